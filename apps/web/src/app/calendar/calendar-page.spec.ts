import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { BudgetYear } from '../budget-years/budget-years.service';
import { CalendarPage } from './calendar-page';
import { Milestone } from './calendar.models';
import { milestone } from './calendar-testing';
import { YearWheelChart } from './year-wheel-chart';

/** jsdom has no canvas; the wheel's configuration is tested on its own. The stub shows its name. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  selector: 'app-year-wheel-chart',
  template: `<p class="wheel-stub">{{ label() }} ({{ milestones().length }})</p>`,
})
class YearWheelStub {
  readonly milestones = input.required<readonly Milestone[]>();
  readonly label = input.required<string>();
}

const BUDGET_2014: BudgetYear = { year: 2014, title: 'Budget 2014', priceLevelYear: 2014, status: 'agreed', periodYears: [2014, 2015, 2016, 2017], version: 3 };
const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget' },
  { code: 'ØU', name: 'Økonomiudvalget' },
];
const ROUND_ID = '4f0c3f5e-1111-4222-8333-444455556666';
const CALENDAR: Milestone[] = [
  milestone({ id: 'a', date: '2013-02-06', title: 'ØU: rammeudmelding', kind: 'framework_announcement', responsibleRole: null, responsibleCommitteeCode: 'ØU', status: 'done', frameworkRevision: 1 }),
  milestone({ id: 'b', date: '2013-09-11', title: '1. behandling i byrådet', kind: 'first_reading' }),
  milestone({
    id: 'c', date: '2013-09-25', title: '2. behandling i byrådet', kind: 'second_reading', status: 'late',
    warnings: [{ code: 'readings_too_close', message: 'Der er kun 14 dage mellem 1. behandling (11. september 2013) og 2. behandling (25. september 2013); der skal være mindst 21 dage (tre uger)' }],
  }),
  milestone({ id: 'd', date: '2014-06-30', title: 'Halvårsopfølgning', kind: 'follow_up', followUpRoundId: ROUND_ID }),
];

describe('CalendarPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** What a screen reader announces: without the aria-hidden parts. */
  const spoken = (el: Element | null | undefined) => {
    const copy = el?.cloneNode(true) as Element | undefined;
    copy?.querySelectorAll('[aria-hidden=true]').forEach((h) => h.remove());
    return text(copy);
  };
  const facts = (li: Element) => Array.from(li.querySelectorAll('dl > div'), (d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
  const button = (name: string) => Array.from(page().querySelectorAll('button')).find((b) => text(b) === name) as HTMLButtonElement;
  const field = <T extends HTMLElement>(id: string) => page().querySelector(`#${id}`) as T;
  const type = (id: string, value: string) => {
    const el = field<HTMLInputElement | HTMLSelectElement>(id);
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
  };

  async function open(role: UserRole, milestones: Milestone[] = CALENDAR): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years/:year/calendar', component: CalendarPage }], withComponentInputBinding()),
      ],
    });
    TestBed.overrideComponent(CalendarPage, { remove: { imports: [YearWheelChart] }, add: { imports: [YearWheelStub] } });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes: role === 'committee' ? ['SAU'] : [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years/2014/calendar');
    await settle();
    http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
    http.expectOne('/api/budget-years/2014/milestones').flush(milestones);
    http.expectOne('/api/committees').flush(COMMITTEES);
    http.expectOne('/api/budget-years/2014/follow-up-rounds').flush([{ id: ROUND_ID, title: 'Budgetopfølgning pr. 30. juni 2014', asOf: '2014-06-30' }]);
    if (role === 'finance') {
      http.expectOne('/api/budget-years/2014/frameworks').flush([{ revision: 1, title: 'Rammeudmelding 2014', decidedOn: '2013-02-06' }]);
    }
    await settle();
  }

  afterEach(() => http.verify());

  it('lists the milestones with Danish dates, who is responsible, the status in words and what each produced', async () => {
    await open('director');

    expect(text(page().querySelector('h1'))).toBe('Årshjul – budget 2014');
    const items = Array.from(page().querySelectorAll('[data-testid=milestone-list] > li'));
    expect(items.map((li) => text(li.querySelector('.mlist__date')))).toEqual([
      'Nr. 1, 6. februar 2013', 'Nr. 2, 11. september 2013', 'Nr. 3, 25. september 2013', 'Nr. 4, 30. juni 2014',
    ]);
    expect(facts(items[0])).toEqual([['Type', 'Rammeudmelding'], ['Ansvarlig', 'ØU – Økonomiudvalget'], ['Status', 'Gennemført'], ['Resultat', 'Rammeudmelding, revision 1']]);
    expect(facts(items[1])).toEqual([['Type', '1. behandling'], ['Ansvarlig', 'Økonomi'], ['Status', 'Planlagt Datoen er passeret']]);
    expect(text(items[2].querySelector('lib-status-badge'))).toBe('Forsinket');
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('/budget-years/2014/framework');
    expect(text(items[3].querySelector('a'))).toBe('Budgetopfølgning pr. 30. juni 2014');
    expect(items[3].querySelector('a')?.getAttribute('href')).toBe(`/budget-years/2014/follow-up?runde=${ROUND_ID}`);
    expect(text(page().querySelector('.wheel-stub'))).toBe(
      'Årshjul for budget 2014: 4 milepæle fra 6. februar 2013 til 30. juni 2014, vist ved deres dato på årets tolv måneder. Milepælene står med samme numre i listen. (4)',
    );
    // Read-only for everyone but finance.
    expect(button('Ny milepæl')).toBeUndefined();
    expect(page().querySelector('.mlist__actions')).toBeNull();
  });

  it('shows the API\'s warnings above the wheel and at the milestone they concern', async () => {
    await open('committee');

    const box = page().querySelector('[data-testid=calendar-warnings]');
    expect(spoken(box?.querySelector('h2'))).toBe('Advarsel i årshjulet');
    expect(text(box?.querySelector('li'))).toBe(
      'Nr. 3, 2. behandling i byrådet: Der er kun 14 dage mellem 1. behandling (11. september 2013) og 2. behandling (25. september 2013); der skal være mindst 21 dage (tre uger).',
    );
    expect(Array.from(page().querySelectorAll('[data-testid=milestone-warning]'), (w) => spoken(w))).toEqual([
      'Advarsel: Der er kun 14 dage mellem 1. behandling (11. september 2013) og 2. behandling (25. september 2013); der skal være mindst 21 dage (tre uger).',
    ]);
  });

  it('checks the milestone form in Danish before anything is sent, then creates it and reloads the list', async () => {
    await open('finance');
    button('Ny milepæl').click();
    await settle();
    expect(text(page().querySelector('[role=dialog] h2'))).toBe('Ny milepæl i budget 2014');

    button('Gem milepæl').click();
    await settle();
    expect(Array.from(page().querySelectorAll('[role=dialog] .field__error'), (e) => text(e))).toEqual([
      'Vælg milepælens dato.',
      'Skriv en titel, fx "1. behandling i byrådet".',
      'Milepælen er ikke gemt. Ret de markerede felter.',
    ]);
    expect(field('milestone-date').getAttribute('aria-invalid')).toBe('true');
    expect(field('milestone-date').getAttribute('aria-describedby')).toBe('milestone-date-error');

    type('milestone-date', '2013-10-09');
    type('milestone-title', '   ');
    type('milestone-kind', 'adoption');
    (page().querySelector('input[type=radio][value=committee]') as HTMLInputElement).click();
    await settle();
    button('Gem milepæl').click();
    await settle();
    expect(Array.from(page().querySelectorAll('[role=dialog] .field__error'), (e) => text(e))).toEqual([
      'Skriv en titel, fx "1. behandling i byrådet".',
      'Vælg det ansvarlige udvalg.',
      'Milepælen er ikke gemt. Ret de markerede felter.',
    ]);

    type('milestone-title', ' Vedtagelse af budget 2014 ');
    type('milestone-committee', 'ØU');
    type('milestone-link', 'framework:1');
    await settle();
    button('Gem milepæl').click();
    const post = http.expectOne({ method: 'POST', url: '/api/budget-years/2014/milestones' });
    expect(post.request.body).toEqual({
      date: '2013-10-09', title: 'Vedtagelse af budget 2014', description: '', kind: 'adoption', responsibleRole: null,
      responsibleCommitteeCode: 'ØU', status: 'planned', frameworkRevision: 1, followUpRoundId: null,
    });
    const created = milestone({ id: 'e', date: '2013-10-09', title: 'Vedtagelse af budget 2014', kind: 'adoption' });
    post.flush(created);
    await settle();
    http.expectOne('/api/budget-years/2014/milestones').flush([...CALENDAR, created]);
    await settle();

    expect(page().querySelector('[role=dialog]')).toBeNull();
    expect(text(page().querySelector('[data-testid=calendar-notice]'))).toBe('Milepælen «Vedtagelse af budget 2014» er oprettet.');
    expect(page().querySelectorAll('[data-testid=milestone-list] > li')).toHaveLength(5);
  });

  it('meets a newer version with a choice, and saves the user\'s values on top of it', async () => {
    await open('finance');
    const item = page().querySelectorAll('[data-testid=milestone-list] > li')[1];
    (Array.from(item.querySelectorAll('button')).find((b) => text(b).startsWith('Ret')) as HTMLButtonElement).click();
    await settle();
    expect(field<HTMLInputElement>('milestone-title').value).toBe('1. behandling i byrådet');
    type('milestone-date', '2013-09-04');
    await settle();

    button('Gem milepæl').click();
    http.expectOne({ method: 'PATCH', url: '/api/milestones/b' }).flush(
      { statusCode: 409, error: 'Conflict', message: 'Milepælen b er blevet ændret af en anden, siden du hentede version 1. Hent den nyeste version, og prøv igen.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const fresh = { ...CALENDAR[1], title: '1. behandling (flyttet)', version: 2, updatedBy: 'kollega@odense.dk' };
    http.expectOne('/api/milestones/b').flush(fresh);
    await settle();

    const conflict = page().querySelector('[data-testid=milestone-conflict]');
    expect(text(conflict)).toContain('Milepælen er ændret af kollega@odense.dk');
    expect(text(conflict)).toContain('«1. behandling (flyttet)» og ligger den 11. september 2013');
    // The user's date is still in the form.
    expect(field<HTMLInputElement>('milestone-date').value).toBe('2013-09-04');

    button('Gem mine ændringer').click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/milestones/b' });
    expect(patch.request.body).toMatchObject({ date: '2013-09-04', title: '1. behandling i byrådet', version: 2 });
    patch.flush({ ...fresh, date: '2013-09-04', title: '1. behandling i byrådet', version: 3 });
    await settle();
    http.expectOne('/api/budget-years/2014/milestones').flush(CALENDAR);
    await settle();
    expect(text(page().querySelector('[data-testid=calendar-notice]'))).toBe('Milepælen «1. behandling i byrådet» er gemt.');
  });

  it('copies last year\'s calendar into an empty year, and says so', async () => {
    await open('finance', []);
    expect(text(page().querySelector('[data-testid=calendar-empty]'))).toBe('Budget 2014 har endnu ingen milepæle.');

    button('Kopiér sidste års årshjul').click();
    http.expectOne({ method: 'POST', url: '/api/budget-years/2014/milestones/copy-from/2013' }).flush(CALENDAR.slice(0, 2));
    await settle();

    expect(text(page().querySelector('[data-testid=calendar-notice]'))).toBe(
      '2 milepæle er kopieret fra budget 2013 og flyttet et år frem. Tjek datoerne, og ret dem, der ikke passer.',
    );
    expect(page().querySelectorAll('[data-testid=milestone-list] > li')).toHaveLength(2);
    expect(button('Kopiér sidste års årshjul')).toBeUndefined();
  });

  it('deletes a milestone with the version it read, after asking', async () => {
    await open('finance');
    const item = page().querySelectorAll('[data-testid=milestone-list] > li')[3];
    (Array.from(item.querySelectorAll('button')).find((b) => text(b).startsWith('Slet')) as HTMLButtonElement).click();
    await settle();
    expect(text(page().querySelector('[role=dialog] .dialog__body'))).toContain('«Halvårsopfølgning» den 30. juni 2014 slettes');

    button('Slet milepæl').click();
    const del = http.expectOne((r) => r.method === 'DELETE' && r.url === '/api/milestones/d');
    expect(del.request.params.get('version')).toBe('1');
    del.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/budget-years/2014/milestones').flush(CALENDAR.slice(0, 3));
    await settle();
    expect(text(page().querySelector('[data-testid=calendar-notice]'))).toBe('Milepælen «Halvårsopfølgning» er slettet.');
  });

  it('makes a personal feed address for the user\'s calendar program, and stops it', async () => {
    await open('committee');
    button('Lav et abonnementslink').click();
    http.expectOne({ method: 'POST', url: '/api/auth/calendar-token' }).flush({ token: 'q3Vn0k2w-_x', createdAt: '2013-01-10T09:00:00.000Z' });
    await settle();

    expect(field<HTMLInputElement>('feed-url').value).toBe(`${location.origin}/api/budget-years/2014/calendar.ics?token=q3Vn0k2w-_x`);
    expect(page().querySelector('label[for=feed-url]')).not.toBeNull();
    expect(text(page().querySelector('[data-testid=subscription-notice]'))).toContain('Dit abonnementslink er lavet.');

    button('Stop abonnementet').click();
    http.expectOne({ method: 'DELETE', url: '/api/auth/calendar-token' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(field('feed-url')).toBeNull();
    expect(text(page().querySelector('[data-testid=subscription-notice]'))).toBe('Abonnementet er stoppet. Dit link virker ikke længere.');
  });
});
