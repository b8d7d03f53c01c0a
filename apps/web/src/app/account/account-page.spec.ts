import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { COMMITTEES_URL } from '../users/users.service';
import { accountRoutes } from './account.routes';
import { PASSWORD_CHANGED } from './account-page';
import { CHANGE_PASSWORD_URL } from './account.service';

const SIGNE: CurrentUser = {
  id: 'b0000000-0000-4000-8000-000000000002',
  email: 'signe@odense.dk',
  name: 'Signe Sekretær',
  role: 'committee',
  committeeCodes: ['SAU', 'ØU'],
};
const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget', administrationCode: 'SAF', version: 1 },
  { code: 'ØU', name: 'Økonomiudvalget', administrationCode: 'BMF', version: 1 },
];

describe('AccountPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'account', children: accountRoutes },
          { path: 'log-ind', children: [] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(SIGNE);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/account');
    http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    await settle();
  });

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const field = (id: string) => {
    const el = page().querySelector<HTMLInputElement>(`#${id}`);
    if (!el) throw new Error(`No field #${id}`);
    return el;
  };
  const fill = async (id: string, value: string) => {
    field(id).value = value;
    field(id).dispatchEvent(new Event('input'));
    await settle();
  };
  const submit = async () => {
    const button = Array.from(page().querySelectorAll('button')).find((b) => text(b) === 'Skift adgangskode');
    button?.click();
    await settle();
  };
  const error = (id: string) => text(page().querySelector(`#${id}-error`));
  const notice = () => text(page().querySelector('[data-testid=password-notice]'));

  it('shows who is logged in, with role and committees in words', () => {
    expect(text(page().querySelector('[data-testid=account-name]'))).toBe('Signe Sekretær');
    expect(text(page().querySelector('[data-testid=account-email]'))).toBe('signe@odense.dk');
    expect(text(page().querySelector('[data-testid=account-role]'))).toContain('Udvalg');
    expect(Array.from(page().querySelectorAll('[data-testid=account-committees] li')).map(text)).toEqual([
      'SAU Social- og Arbejdsmarkedsudvalget',
      'ØU Økonomiudvalget',
    ]);
  });

  it('labels the password fields for password managers', () => {
    expect(field('account-current').getAttribute('autocomplete')).toBe('current-password');
    expect(field('account-new').getAttribute('autocomplete')).toBe('new-password');
    expect(field('account-repeat').getAttribute('autocomplete')).toBe('new-password');
    expect(text(page().querySelector('label[for=account-repeat]'))).toBe('Gentag ny adgangskode');
  });

  it('names each problem in Danish and sends nothing', async () => {
    await submit();
    http.expectNone({ method: 'POST' });
    expect(error('account-current')).toBe('Skriv din nuværende adgangskode.');
    expect(error('account-new')).toBe('Skriv en adgangskode på mindst 12 tegn.');
    expect(error('account-repeat')).toBe('Skriv den nye adgangskode igen.');
    expect(notice()).toBe('Adgangskoden er ikke skiftet. Ret de markerede felter.');

    await fill('account-current', 'gammelt-kodeord');
    await fill('account-new', 'kort');
    await fill('account-repeat', 'noget-andet');
    expect(error('account-new')).toBe('Adgangskoden skal være mindst 12 tegn. Den er nu 4.');
    expect(error('account-repeat')).toBe('De to nye adgangskoder er ikke ens.');

    await fill('account-new', 'gammelt-kodeord');
    expect(error('account-new')).toBe('Den nye adgangskode skal være en anden end den nuværende.');
    await submit();
    http.expectNone({ method: 'POST' });
  });

  it('shows a wrong current password next to that field', async () => {
    await fill('account-current', 'forkert-kodeord');
    await fill('account-new', 'nyt-langt-kodeord');
    await fill('account-repeat', 'nyt-langt-kodeord');
    await submit();
    http
      .expectOne({ method: 'POST', url: CHANGE_PASSWORD_URL })
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Den nuværende adgangskode er forkert' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();

    expect(error('account-current')).toBe('Den nuværende adgangskode er forkert.');
    expect(field('account-current').getAttribute('aria-invalid')).toBe('true');
    expect(TestBed.inject(AuthService).loggedIn()).toBe(true);
  });

  it('changes the password and says that other sessions were logged out', async () => {
    await fill('account-current', 'gammelt-kodeord');
    await fill('account-new', 'nyt-langt-kodeord');
    await fill('account-repeat', 'nyt-langt-kodeord');
    await submit();
    const post = http.expectOne({ method: 'POST', url: CHANGE_PASSWORD_URL });
    expect(post.request.body).toEqual({ currentPassword: 'gammelt-kodeord', newPassword: 'nyt-langt-kodeord' });
    post.flush({ accessToken: 'x'.repeat(43), user: SIGNE });
    await settle();

    expect(notice()).toBe(PASSWORD_CHANGED);
    expect(notice()).toContain('logget ud alle andre steder');
    expect(field('account-current').value).toBe('');
    expect(page().querySelector('.field__error')).toBeNull();
  });

  it('sends the user to log in when the session itself has ended', async () => {
    await fill('account-current', 'gammelt-kodeord');
    await fill('account-new', 'nyt-langt-kodeord');
    await fill('account-repeat', 'nyt-langt-kodeord');
    await submit();
    http
      .expectOne({ method: 'POST', url: CHANGE_PASSWORD_URL })
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'Du skal være logget ind' }, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/log-ind?returnUrl=%2Faccount');
    expect(TestBed.inject(AuthService).loggedIn()).toBe(false);
  });
});
