import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { authGuard } from './auth.guard';
import { authInterceptor } from './auth.interceptor';
import { safeReturnUrl } from './auth.models';
import { AUTH_URLS, AuthService } from './auth.service';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, selector: 'app-protected-stub', template: '<h1>Beskyttet side</h1>' })
class ProtectedPage {}

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, selector: 'app-login-stub', template: '<h1>Log ind</h1>' })
class LoginStub {}

describe('session handling', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'log-ind', component: LoginStub },
          { path: 'budget-years', canActivate: [authGuard], component: ProtectedPage },
          { path: 'budget-years/:year/allocation', component: ProtectedPage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const unauthorized = { status: 401, statusText: 'Unauthorized' };
  const body401 = { statusCode: 401, error: 'Unauthorized', message: 'Log ind først' };
  const settle = () => new Promise((r) => setTimeout(r));

  it('sends a 401 from the API back to login with the current page as return URL', async () => {
    await harness.navigateByUrl('/budget-years/2014/allocation');
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/budget-years/2014/allocation')).catch((e) => e);
    http.expectOne('/api/budget-years/2014/allocation').flush(body401, unauthorized);
    expect((await call).status).toBe(401);
    await settle();

    expect(TestBed.inject(Router).url).toBe('/log-ind?returnUrl=%2Fbudget-years%2F2014%2Fallocation');
    expect(TestBed.inject(AuthService).loggedIn()).toBe(false);
  });

  it('leaves a 401 from /api/auth/* to the caller (a wrong password is not an expired session)', async () => {
    await harness.navigateByUrl('/budget-years/2014/allocation');
    const call = firstValueFrom(TestBed.inject(HttpClient).post(AUTH_URLS.login, {})).catch((e) => e);
    http.expectOne(AUTH_URLS.login).flush(body401, unauthorized);
    await call;
    await settle();

    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/allocation');
  });

  it('does not redirect on other errors such as 403', async () => {
    await harness.navigateByUrl('/budget-years/2014/allocation');
    const call = firstValueFrom(TestBed.inject(HttpClient).post('/api/budget-years', {})).catch((e) => e);
    http.expectOne('/api/budget-years').flush({ statusCode: 403 }, { status: 403, statusText: 'Forbidden' });
    await call;
    await settle();

    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/allocation');
  });

  it('guards a page: without a session the visitor lands on login with the return URL', async () => {
    const navigation = harness.navigateByUrl('/budget-years');
    await settle();
    http.expectOne(AUTH_URLS.me).flush(body401, unauthorized);
    await navigation;

    expect(TestBed.inject(Router).url).toBe('/log-ind?returnUrl=%2Fbudget-years');
    expect(harness.routeNativeElement?.textContent).toContain('Log ind');
  });

  it('guards a page: with a session the page opens', async () => {
    const navigation = harness.navigateByUrl('/budget-years');
    await settle();
    http.expectOne(AUTH_URLS.me).flush({ id: '1', email: 'a@b.dk', name: 'A', role: 'director', committeeCodes: [] });
    await navigation;

    expect(harness.routeNativeElement?.textContent).toContain('Beskyttet side');
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/budget-years/2014/allocation', '/budget-years/2014/allocation'],
    ['//evil.example/x', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/log-ind?returnUrl=/x', '/'],
    [undefined, '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
