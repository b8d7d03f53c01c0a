import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { appRoutes } from './app.routes';
import { PageTitleStrategy } from './page-title-strategy';
import { HEALTH_URL } from './system/system-health.service';

describe('app routes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  function heading(): string | undefined {
    return harness.routeNativeElement?.querySelector('h1')?.textContent?.trim();
  }

  it('shows the Forside with the system status on the empty path', async () => {
    await harness.navigateByUrl('/');

    expect(heading()).toBe('Velkommen til Budgetspor');
    expect(harness.routeNativeElement?.textContent).toContain('Systemstatus');
    TestBed.inject(HttpTestingController).expectOne(HEALTH_URL);
    expect(TestBed.inject(Title).getTitle()).toBe('Budgetspor');
  });

  it('shows "Siden findes ikke" with a link to the Forside for an unknown deep link', async () => {
    await harness.navigateByUrl('/budget-years/2014');

    expect(heading()).toBe('Siden findes ikke');
    expect(harness.routeNativeElement?.textContent).toContain('/budget-years/2014');
    const back = harness.routeNativeElement?.querySelector('a');
    expect(back?.textContent?.trim()).toBe('Gå til forsiden');
    expect(back?.getAttribute('href')).toBe('/');
    expect(TestBed.inject(Title).getTitle()).toBe('Siden findes ikke – Budgetspor');
  });

  it('sends a visitor of /budget-years to "Log ind" and remembers where they were going', async () => {
    const navigation = harness.navigateByUrl('/budget-years');
    await new Promise((r) => setTimeout(r));
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/me')
      .flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    await navigation;

    expect(heading()).toBe('Log ind');
    expect(TestBed.inject(Router).url).toBe('/log-ind?returnUrl=%2Fbudget-years');
    expect(TestBed.inject(Title).getTitle()).toBe('Log ind – Budgetspor');
  });
});
