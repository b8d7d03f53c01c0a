import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { milestone } from '../calendar/calendar-testing';
import { UpcomingMilestone } from '../calendar/calendar.models';
import { HEALTH_URL } from '../system/system-health.service';
import { ForsidePage } from './forside-page';

const SAU_USER: CurrentUser = { id: 'u2', email: 'sofie@odense.dk', name: 'Sofie', role: 'committee', committeeCodes: ['SAU'] };
const upcoming = (overrides: Partial<UpcomingMilestone> & Pick<UpcomingMilestone, 'id' | 'date'>): UpcomingMilestone => ({
  ...milestone(overrides),
  overdue: false,
  ...overrides,
});

describe('ForsidePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function open(user: CurrentUser | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '', component: ForsidePage }])],
    });
    http = TestBed.inject(HttpTestingController);
    if (user) {
      const loading = TestBed.inject(AuthService).ensureLoaded();
      http.expectOne(AUTH_URLS.me).flush(user);
      await loading;
    }
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    await settle();
    http.expectOne(HEALTH_URL);
  }

  afterEach(() => http.verify());

  it('shows a visitor the page as before, without asking for milestones', async () => {
    await open(null);

    expect(text(page().querySelector('h1'))).toBe('Velkommen til Budgetspor');
    expect(page().querySelector('[data-testid=upcoming-milestones]')).toBeNull();
    http.expectNone((r) => r.url.startsWith('/api/milestones'));
  });

  it('lists the user\'s upcoming and overdue milestones, overdue said in words, each linking to its year\'s calendar', async () => {
    await open(SAU_USER);
    const request = http.expectOne((r) => r.url === '/api/milestones/upcoming');
    expect(request.request.params.get('days')).toBe('30');
    request.flush([
      upcoming({ id: 'a', date: '2013-08-21', title: 'Udvalgenes budgetforslag', overdue: true, responsibleRole: 'committee' }),
      upcoming({ id: 'b', date: '2013-09-11', title: '1. behandling i byrådet', kind: 'first_reading', budgetYear: 2014 }),
    ]);
    await settle();

    const section = page().querySelector('[data-testid=upcoming-milestones]');
    expect(text(section?.querySelector('h2'))).toBe('Kommende og overskredne milepæle');
    expect(text(section?.querySelector('.upcoming__hint'))).toBe('1 overskredet og 1 kommende inden for 30 dage. Vælg en milepæl for at se budgetårets årshjul.');
    const items = Array.from(section?.querySelectorAll('li') ?? []);
    expect(items.map((li) => text(li))).toEqual([
      '! Overskredet Udvalgenes budgetforslag 21. august 2013 · Andet · budget 2014',
      '1. behandling i byrådet 11. september 2013 · 1. behandling · budget 2014',
    ]);
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('/budget-years/2014/calendar');
  });

  it('says so when there is nothing due, and offers a retry when the call fails', async () => {
    await open(SAU_USER);
    http.expectOne((r) => r.url === '/api/milestones/upcoming').flush({ statusCode: 500, message: 'Intern fejl' }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(text(page().querySelector('[data-testid=upcoming-milestones] [role=alert]'))).toBe('Intern fejl.');

    (Array.from(page().querySelectorAll('button')).find((b) => text(b) === 'Prøv igen') as HTMLButtonElement).click();
    await settle();
    http.expectOne((r) => r.url === '/api/milestones/upcoming').flush([]);
    await settle();
    expect(text(page().querySelector('.upcoming__empty'))).toBe('Du har ingen milepæle de næste 30 dage og ingen, der er overskredet.');
  });
});
