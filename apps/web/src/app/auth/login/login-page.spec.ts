import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AUTH_URLS, AuthService } from '../auth.service';
import { LoginPage } from './login-page';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Fordeling</h1>' })
class Target {}

describe('LoginPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = () => new Promise((r) => setTimeout(r));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'log-ind', component: LoginPage },
            { path: '**', component: Target },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  function page(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function fill(label: string, value: string): void {
    const input = Array.from(page().querySelectorAll('label'))
      .find((l) => l.textContent?.trim() === label)
      ?.control as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(email = 'bente@odense.dk', password = 'hemmeligt'): Promise<void> {
    fill('E-mail', email);
    fill('Adgangskode', password);
    page().querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await harness.fixture.whenStable();
  }

  async function failWith(status: number, body: object): Promise<string> {
    await harness.navigateByUrl('/log-ind');
    await submit();
    http.expectOne(AUTH_URLS.login).flush(body, { status, statusText: 'x' });
    await settle();
    await harness.fixture.whenStable();
    return page().querySelector('[role=alert]')?.textContent?.trim() ?? '';
  }

  it('has labelled e-mail and password fields and a "Log ind" button', async () => {
    await harness.navigateByUrl('/log-ind');

    expect(page().querySelector('h1')?.textContent).toBe('Log ind');
    const labels = Array.from(page().querySelectorAll('label'), (l) => [l.textContent?.trim(), (l.control as HTMLInputElement).type]);
    expect(labels).toEqual([['E-mail', 'email'], ['Adgangskode', 'password']]);
  });

  it('says what is missing next to the fields and sends nothing', async () => {
    await harness.navigateByUrl('/log-ind');
    await submit('ikke-en-mail', '');

    expect(Array.from(page().querySelectorAll('.field__error'), (e) => e.textContent?.trim())).toEqual([
      'Skriv en gyldig e-mailadresse, fx navn@odense.dk.',
      'Skriv din adgangskode.',
    ]);
    expect(page().querySelector('#login-email')?.getAttribute('aria-describedby')).toBe('login-email-error');
    http.expectNone(AUTH_URLS.login);
  });

  it('logs in and returns to the page the user came from', async () => {
    await harness.navigateByUrl('/log-ind?returnUrl=%2Fbudget-years%2F2014%2Fallocation');
    await submit();

    const request = http.expectOne(AUTH_URLS.login);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'bente@odense.dk', password: 'hemmeligt' });
    request.flush({ accessToken: 't', user: { id: '1', email: 'bente@odense.dk', name: 'Bente', role: 'finance', committeeCodes: [] } });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/allocation');
    expect(TestBed.inject(AuthService).user()?.name).toBe('Bente');
    expect(localStorage.length).toBe(0);
  });

  it('does not follow a return URL to another site', async () => {
    await harness.navigateByUrl('/log-ind?returnUrl=%2F%2Fevil.example');
    await submit();
    http.expectOne(AUTH_URLS.login).flush({ accessToken: 't', user: { id: '1', email: 'a@b.dk', name: 'A', role: 'director', committeeCodes: [] } });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('says "Forkert e-mail eller adgangskode" on 401 and clears the password', async () => {
    expect(await failWith(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials' })).toBe(
      'Forkert e-mail eller adgangskode',
    );
    expect(page().querySelector<HTMLInputElement>('#login-password')?.value).toBe('');
    expect(page().querySelectorAll('.field__error').length).toBe(0);
    // The message takes focus, so it is read out and the next Tab is the form again.
    expect(document.activeElement).toBe(page().querySelector('[role=alert]'));
  });

  it("shows the server's Danish message on 429", async () => {
    expect(
      await failWith(429, { statusCode: 429, error: 'Too Many Requests', message: 'For mange loginforsøg. Vent et minut, og prøv igen.' }),
    ).toBe('For mange loginforsøg. Vent et minut, og prøv igen.');
  });

  it('says the server could not be reached on a network error', async () => {
    await harness.navigateByUrl('/log-ind');
    await submit();
    http.expectOne(AUTH_URLS.login).error(new ProgressEvent('error'));
    await settle();
    await harness.fixture.whenStable();

    expect(page().querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Kunne ikke kontakte serveren. Tjek forbindelsen, og prøv igen.',
    );
  });
});
