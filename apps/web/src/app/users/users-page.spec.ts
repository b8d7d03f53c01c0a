import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { UserDetail } from './users.models';
import { usersRoutes } from './users.routes';
import { COMMITTEES_URL, USERS_URL } from './users.service';

const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget', administrationCode: 'SAF', version: 1 },
  { code: 'ØU', name: 'Økonomiudvalget', administrationCode: 'BMF', version: 1 },
];
const ADMIN: CurrentUser = { id: 'a0000000-0000-4000-8000-000000000001', email: 'admin@odense.dk', name: 'Anne Admin', role: 'admin', committeeCodes: [] };
const base = { createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z', version: 1, active: true };
const USERS: UserDetail[] = [
  { ...ADMIN, ...base },
  { ...base, id: 'b0000000-0000-4000-8000-000000000002', email: 'signe@odense.dk', name: 'Signe Sekretær', role: 'committee', committeeCodes: ['SAU', 'ØU'], version: 3 },
  { ...base, id: 'c0000000-0000-4000-8000-000000000003', email: 'dorte@odense.dk', name: 'Dorte Direktør', role: 'director', committeeCodes: [], active: false },
];
const SIGNE = USERS[1];

describe('UsersPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  async function flushList(users = USERS): Promise<void> {
    http.expectOne(USERS_URL).flush(users);
    http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'users', children: usersRoutes }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(ADMIN);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/users');
    await flushList();
  });

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** A cell's text; list items and buttons are read one by one, as a screen reader does. */
  const cell = (c: Element) => {
    const parts = c.querySelectorAll('li, a, button');
    return parts.length > 1 ? Array.from(parts).map(text).join(' | ') : text(c);
  };
  const rows = () => Array.from(page().querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map(cell));
  const dialog = () => document.querySelector('[role=dialog]');
  const buttonIn = (root: ParentNode, name: string) => {
    const found = Array.from(root.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? text(b)) === name);
    if (!found) throw new Error(`No button ${name}`);
    return found;
  };
  const click = async (root: ParentNode, name: string) => {
    buttonIn(root, name).click();
    await settle();
  };
  const notice = () => text(page().querySelector('[data-testid=users-notice]'));

  it('lists users with role in Danish, committees and status in words; no deactivating oneself', () => {
    expect(rows()).toEqual([
      ['Anne Admin (dig)', 'admin@odense.dk', 'Administrator', 'Ingen', 'Aktiv', 'Ret | Skift din adgangskode'],
      ['Signe Sekretær', 'signe@odense.dk', 'Udvalg', 'SAU | ØU', 'Aktiv', 'Ret | Deaktiver | Nulstil adgangskode'],
      ['Dorte Direktør', 'dorte@odense.dk', 'Direktion', 'Ingen', 'Deaktiveret', 'Ret | Genaktiver | Nulstil adgangskode'],
    ]);
    expect(page().querySelector('abbr[title="Økonomiudvalget"]')).not.toBeNull();
  });

  it('deactivates only after a confirmation that says the user is logged out at once', async () => {
    await click(page(), 'Deaktiver Signe Sekretær');
    expect(text(dialog()?.querySelector('h2'))).toBe('Deaktiver Signe Sekretær?');
    expect(text(dialog())).toContain('bliver logget ud med det samme');

    await click(dialog() as Element, 'Ja, deaktiver');
    const patch = http.expectOne({ method: 'PATCH', url: `${USERS_URL}/${SIGNE.id}` });
    expect(patch.request.body).toEqual({ active: false, version: 3 });
    patch.flush({ ...SIGNE, active: false, version: 4 });
    await settle();

    expect(dialog()).toBeNull();
    expect(notice()).toBe('Signe Sekretær er deaktiveret og logget ud alle steder.');
    expect(rows()[1][4]).toBe('Deaktiveret');
    expect(rows()[1][5]).toContain('Genaktiver');
  });

  it('cancelling the dialog changes nothing', async () => {
    await click(page(), 'Genaktiver Dorte Direktør');
    expect(text(dialog())).toContain('kan igen logge ind med sin hidtidige adgangskode');
    await click(dialog() as Element, 'Annuller');
    http.expectNone({ method: 'PATCH' });
    expect(dialog()).toBeNull();
  });

  it('explains a 409 and fetches the list again', async () => {
    await click(page(), 'Deaktiver Signe Sekretær');
    await click(dialog() as Element, 'Ja, deaktiver');
    http
      .expectOne({ method: 'PATCH' })
      .flush({ statusCode: 409, error: 'Conflict', message: 'Brugeren er ændret af en anden' }, { status: 409, statusText: 'Conflict' });
    await settle();
    await flushList([USERS[0], { ...SIGNE, version: 4 }, USERS[2]]);

    expect(notice()).toBe(
      'Signe Sekretær er ikke deaktiveret: en anden har rettet brugeren, siden listen blev hentet. Listen er hentet igen – prøv igen.',
    );
  });

  it('resets a password: refuses a short one, then shows a generated one once and fetches the new version', async () => {
    await click(page(), 'Nulstil adgangskode for Signe Sekretær');
    const d = dialog() as Element;
    expect(text(d.querySelector('h2'))).toBe('Nulstil adgangskode for Signe Sekretær');
    expect(text(d)).toContain('bliver logget ud alle steder med det samme');

    const input = d.querySelector<HTMLInputElement>('#reset-password') as HTMLInputElement;
    input.value = 'for-kort';
    input.dispatchEvent(new Event('input'));
    await click(d, 'Nulstil adgangskode');
    http.expectNone({ method: 'POST' });
    expect(text(d.querySelector('#reset-password-error'))).toBe('Adgangskoden skal være mindst 12 tegn. Den er nu 8.');

    await click(d, 'Lav en stærk adgangskode');
    const generated = input.value;
    await click(d, 'Nulstil adgangskode');
    const post = http.expectOne({ method: 'POST', url: `${USERS_URL}/${SIGNE.id}/password` });
    expect(post.request.body).toEqual({ password: generated });
    post.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await flushList([USERS[0], { ...SIGNE, version: 4 }, USERS[2]]);

    const after = dialog() as Element;
    expect(text(after.querySelector('[data-testid=reset-done]'))).toContain('Signe Sekretær er logget ud alle steder');
    expect(text(after.querySelector('[data-testid=shown-password]'))).toBe(generated);
    await click(after, 'Luk');
    expect(dialog()).toBeNull();
  });
});

describe('UsersPage for others than admins', () => {
  it('says that only admins manage users and asks the API nothing', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'users', children: usersRoutes }])],
    });
    const http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush({ ...ADMIN, role: 'committee', committeeCodes: ['SAU'] });
    await loading;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/users');
    await harness.fixture.whenStable();

    expect((harness.routeNativeElement as HTMLElement).querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Kun administratorer kan administrere brugere.',
    );
    http.verify();
  });
});
