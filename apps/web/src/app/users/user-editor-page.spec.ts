import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { UserDetail } from './users.models';
import { usersRoutes } from './users.routes';
import { COMMITTEES_URL, USERS_URL } from './users.service';

const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget', administrationCode: 'SAF', version: 1 },
  { code: 'ØU', name: 'Økonomiudvalget', administrationCode: 'BMF', version: 1 },
];
const ADMIN: CurrentUser = { id: 'a0000000-0000-4000-8000-000000000001', email: 'admin@odense.dk', name: 'Anne Admin', role: 'admin', committeeCodes: [] };
const SIGNE: UserDetail = {
  id: 'b0000000-0000-4000-8000-000000000002',
  email: 'signe@odense.dk',
  name: 'Signe Sekretær',
  role: 'committee',
  committeeCodes: ['SAU'],
  active: true,
  version: 3,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};
const SIGNE_URL = `${USERS_URL}/${SIGNE.id}`;

describe('UserEditorPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  async function open(url: string, role: UserRole = 'admin', user: UserDetail = SIGNE): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'users', children: usersRoutes }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush({ ...ADMIN, role });
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    if (role === 'admin') {
      http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
      if (url !== '/users/ny') {
        http.expectOne(`${USERS_URL}/${user.id}`).flush(user);
      }
    }
    await settle();
  }

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) => {
    const el = page().querySelector<T>(`#${id}`);
    if (!el) throw new Error(`No field #${id}`);
    return el;
  };
  const fill = async (id: string, value: string) => {
    const el = field<HTMLInputElement | HTMLSelectElement>(id);
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
    await settle();
  };
  const tick = async (id: string) => {
    field(id).click();
    await settle();
  };
  const click = async (label: string) => {
    const found = Array.from(page().querySelectorAll('button')).find((b) => text(b) === label);
    if (!found) throw new Error(`No button ${label}`);
    found.click();
    await settle();
  };
  const error = (id: string) => text(page().querySelector(`#${id}-error`));
  const notice = () => text(page().querySelector('[data-testid=user-notice]'));

  async function fillNewUser(): Promise<void> {
    await fill('user-email', 'signe@odense.dk');
    await fill('user-name', 'Signe Sekretær');
    await fill('user-role', 'committee');
  }

  it('requires a committee for the committee role, next to the committee list, and sends nothing', async () => {
    await open('/users/ny');
    await fillNewUser();
    await fill('user-password', 'et-langt-kodeord');
    await click('Opret bruger');

    http.expectNone({ method: 'POST' });
    expect(error('user-committees')).toBe('Vælg mindst ét udvalg. En bruger med rollen Udvalg skal høre til et udvalg.');
    expect(field('user-committee-SAU').getAttribute('aria-invalid')).toBe('true');
    expect(notice()).toBe('Brugeren er ikke oprettet. Ret de markerede felter.');

    await tick('user-committee-SAU');
    expect(page().querySelector('#user-committees-error')).toBeNull();
    // Another role needs no committee, and the list is not shown for it.
    await fill('user-role', 'director');
    expect(page().querySelector('#user-committee-SAU')).toBeNull();
  });

  it('names every missing field in Danish', async () => {
    await open('/users/ny');
    await click('Opret bruger');

    http.expectNone({ method: 'POST' });
    expect(error('user-email')).toBe('Skriv brugerens e-mailadresse.');
    expect(error('user-name')).toBe('Skriv brugerens navn.');
    expect(error('user-role')).toBe('Vælg en rolle.');
    expect(error('user-password')).toBe('Skriv en adgangskode på mindst 12 tegn.');

    await fill('user-email', 'signe@odense');
    expect(error('user-email')).toBe('Skriv en gyldig e-mailadresse, fx navn@odense.dk.');
  });

  it('refuses a password under 12 characters, saying how long it is', async () => {
    await open('/users/ny');
    await fillNewUser();
    await tick('user-committee-SAU');
    await fill('user-password', 'kort-kode');
    await click('Opret bruger');

    http.expectNone({ method: 'POST' });
    expect(error('user-password')).toBe('Adgangskoden skal være mindst 12 tegn. Den er nu 9.');
    expect(field('user-password').getAttribute('aria-invalid')).toBe('true');
    expect(field('user-password').getAttribute('autocomplete')).toBe('new-password');
  });

  it("shows the API's 409 for a taken email next to the email field", async () => {
    await open('/users/ny');
    await fillNewUser();
    await tick('user-committee-SAU');
    await fill('user-password', 'et-langt-kodeord');
    await click('Opret bruger');

    http
      .expectOne({ method: 'POST', url: USERS_URL })
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Der findes allerede en bruger med e-mail signe@odense.dk' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(error('user-email')).toBe('Der findes allerede en bruger med e-mail signe@odense.dk.');
    expect(field('user-email').getAttribute('aria-invalid')).toBe('true');
    expect(notice()).toBe('Brugeren er ikke oprettet. Ret de markerede felter.');
    // Another address clears the server's message.
    await fill('user-email', 'signe2@odense.dk');
    expect(page().querySelector('#user-email-error')).toBeNull();
  });

  it('puts a 400 field message from the API next to its field', async () => {
    await open('/users/ny');
    await fillNewUser();
    await tick('user-committee-ØU');
    await fill('user-password', 'et-langt-kodeord');
    await click('Opret bruger');
    http
      .expectOne({ method: 'POST', url: USERS_URL })
      .flush(
        { statusCode: 400, error: 'Bad Request', message: ['committeeCodes: udvalget findes ikke: ØU'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();

    expect(error('user-committees')).toBe('Udvalget findes ikke: ØU.');
  });

  it('creates a committee user with a generated password and shows that password once', async () => {
    await open('/users/ny');
    await fillNewUser();
    await tick('user-committee-ØU');
    await tick('user-committee-SAU');
    await click('Lav en stærk adgangskode');
    const generated = field('user-password').value;
    expect(generated).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{20}$/);
    // A generated password is shown at once so the admin can pass it on.
    expect(field('user-password').type).toBe('text');
    await click('Opret bruger');

    const post = http.expectOne({ method: 'POST', url: USERS_URL });
    expect(post.request.body).toEqual({
      email: 'signe@odense.dk',
      name: 'Signe Sekretær',
      role: 'committee',
      password: generated,
      committeeCodes: ['SAU', 'ØU'],
    });
    post.flush({ ...SIGNE, committeeCodes: ['SAU', 'ØU'], version: 1 }, { status: 201, statusText: 'Created' });
    await settle();

    const created = page().querySelector('[data-testid=created]');
    expect(text(created)).toContain('Signe Sekretær er oprettet');
    expect(text(created)).toContain('signe@odense.dk kan nu logge ind med rollen Udvalg for SAU, ØU.');
    expect(text(page().querySelector('[data-testid=shown-password]'))).toBe(generated);
  });

  it('saves only what changed with the version it read, and says a new role logs the user out', async () => {
    await open(`/users/${SIGNE.id}`);
    expect(field('user-name').value).toBe('Signe Sekretær');
    expect(field<HTMLInputElement>('user-committee-SAU').checked).toBe(true);
    expect(page().querySelector('#user-email')).toBeNull();
    expect(page().querySelector('#user-password')).toBeNull();

    await fill('user-role', 'director');
    await click('Gem ændringer');
    const patch = http.expectOne({ method: 'PATCH', url: SIGNE_URL });
    expect(patch.request.body).toEqual({ role: 'director', committeeCodes: [], version: 3 });
    patch.flush({ ...SIGNE, role: 'director', committeeCodes: [], version: 4 });
    await settle();

    expect(notice()).toBe('Ændringerne for Signe Sekretær er gemt. Signe Sekretær er logget ud og får den nye rolle ved næste login.');
  });

  it('explains a 409 and reloads the newest version on request', async () => {
    await open(`/users/${SIGNE.id}`);
    await fill('user-name', 'Signe S.');
    await click('Gem ændringer');
    http
      .expectOne({ method: 'PATCH', url: SIGNE_URL })
      .flush({ statusCode: 409, error: 'Conflict', message: 'Brugeren er ændret af en anden' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(text(page().querySelector('[role=alert]'))).toContain('en anden har rettet brugeren, siden du åbnede siden');
    await click('Hent den nyeste version');
    http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    http.expectOne(SIGNE_URL).flush({ ...SIGNE, name: 'Signe Andersen', version: 4 });
    await settle();

    expect(field('user-name').value).toBe('Signe Andersen');
    expect(notice()).toBe('Den nyeste version af brugeren er hentet. Ret igen, og gem.');
  });

  it("does not let an admin change their own role, which would log them out", async () => {
    const me: UserDetail = { ...SIGNE, ...ADMIN, committeeCodes: [] };
    await open(`/users/${ADMIN.id}`, 'admin', me);

    expect(field<HTMLSelectElement>('user-role').disabled).toBe(true);
    expect(text(field('user-role-hint'))).toContain('Du kan ikke ændre din egen rolle');
    await fill('user-name', 'Anne Administrator');
    await click('Gem ændringer');
    const patch = http.expectOne({ method: 'PATCH', url: `${USERS_URL}/${ADMIN.id}` });
    expect(patch.request.body).toEqual({ name: 'Anne Administrator', version: 3 });
    patch.flush({ ...me, name: 'Anne Administrator', version: 4 });
    await settle();
    expect(notice()).toBe('Ændringerne for Anne Administrator er gemt.');
  });

  it('tells anyone but an admin that only admins manage users, and asks the API nothing', async () => {
    await open('/users/ny', 'finance');
    expect(text(page().querySelector('[role=alert]'))).toBe('Kun administratorer kan administrere brugere.');
    expect(page().querySelector('form')).toBeNull();
  });
});
