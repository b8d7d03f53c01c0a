import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { BudgetYear } from '../budget-years/budget-years.service';
import { DashboardChart } from '../dashboard/dashboard-chart';
import { ForecastHistoryView } from './forecast-history-view';
import { FollowUpPage } from './follow-up-page';
import { FollowUpCell, FollowUpRound, RoundComparison } from './follow-up.models';

/** jsdom has no canvas; the history chart's configuration is tested on its own. */
@Component({ changeDetection: ChangeDetectionStrategy.OnPush, selector: 'app-dashboard-chart', template: `<p class="chart-stub">{{ label() }}</p>` })
class ChartStub {
  readonly config = input.required<unknown>();
  readonly label = input.required<string>();
}

const BUDGET_2014: BudgetYear = { year: 2014, title: 'Budget 2014', priceLevelYear: 2014, status: 'agreed', periodYears: [2014, 2015, 2016, 2017], version: 3 };
const TRACKS = [{ code: 'SELV', name: 'Selvhjulpne borgere' }, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer' }];
const COMMITTEES = [{ code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget' }, { code: 'ÆHU', name: 'Ældre- og Handicapudvalget' }];
const MARCH_ID = '11111111-1111-4111-8111-111111111111';
const JUNE_ID = '22222222-2222-4222-8222-222222222222';

const round = (id: string, asOf: string, title: string, status: 'open' | 'closed', confirmed: number[]): FollowUpRound => ({
  id, budgetYear: 2014, asOf, deadline: asOf.replace(/-\d\d$/, '-28'), title, status, openedBy: 'oekonomi@odense.dk', openedAt: `${asOf}T08:00:00.000Z`,
  closedBy: status === 'closed' ? 'oekonomi@odense.dk' : null, closedAt: status === 'closed' ? `${asOf}T16:00:00.000Z` : null, version: status === 'closed' ? 2 : 1,
  progress: {
    confirmed: confirmed[0] + confirmed[1], total: 4,
    committees: [{ committeeCode: 'SAU', confirmed: confirmed[0], total: 3 }, { committeeCode: 'ÆHU', confirmed: confirmed[1], total: 1 }],
  },
});
const MARCH = round(MARCH_ID, '2014-03-31', 'Budgetopfølgning pr. 31. marts 2014', 'closed', [1, 0]);
const JUNE = round(JUNE_ID, '2014-06-30', 'Budgetopfølgning pr. 30. juni 2014', 'open', [0, 0]);

const cell = (savingId: string, trackCode: string, committeeCode: string, year: number, forecast: string | null): FollowUpCell => ({
  savingId, trackCode, committeeCode, year, expected: '26000000', forecast, realised: null, status: 'on_track', comment: '', version: 1,
  updatedAt: '2014-06-01T10:00:00.000Z', updatedBy: 'system', confirmed: false, confirmedBy: null, confirmedAt: null,
});
const SAU_CELLS = [cell('s1', 'SELV', 'SAU', 2014, '24500000.50'), cell('s2', 'SELV', 'SAU', 2015, null), cell('s3', 'SVR', 'SAU', 2014, null)];

describe('FollowUpPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** What a sighted user reads: without the texts only for screen readers. */
  const visible = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
    return text(copy);
  };
  const rows = (testId: string) =>
    Array.from(page().querySelectorAll(`[data-testid=${testId}] tbody tr, [data-testid=${testId}] tfoot tr`), (tr) =>
      Array.from(tr.querySelectorAll('th, td'), (c) => visible(c)),
    );
  const button = (name: string) => Array.from(page().querySelectorAll('button')).find((b) => text(b) === name) as HTMLButtonElement;
  const cellsRequest = (roundId: string): TestRequest => http.expectOne((r) => r.url === `/api/follow-up-rounds/${roundId}/cells`);

  async function open(role: UserRole, rounds: FollowUpRound[], url = '/budget-years/2014/follow-up'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years/:year/follow-up', component: FollowUpPage }], withComponentInputBinding()),
      ],
    });
    TestBed.overrideComponent(ForecastHistoryView, { remove: { imports: [DashboardChart] }, add: { imports: [ChartStub] } });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'sofie@odense.dk', name: 'Sofie', role, committeeCodes: role === 'committee' ? ['SAU'] : [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
    http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
    http.expectOne('/api/budget-years/2014/follow-up-rounds').flush(rounds);
    http.expectOne('/api/tracks').flush(TRACKS);
    http.expectOne('/api/committees').flush(COMMITTEES);
    await settle();
  }

  afterEach(() => http.verify());

  it('shows the rounds and each committee\'s progress as a bar with the count in words', async () => {
    await open('committee', [MARCH, JUNE]);
    cellsRequest(JUNE_ID).flush(SAU_CELLS);
    await settle();

    expect(rows('rounds-table')).toEqual([
      ['Budgetopfølgning pr. 31. marts 2014', '31. marts 2014', '28. marts 2014', 'Lukket', '1 af 4 celler bekræftet'],
      ['Budgetopfølgning pr. 30. juni 2014', '30. juni 2014', '28. juni 2014', 'Åben', '0 af 4 celler bekræftet'],
    ]);
    // The open round is the one shown.
    expect(text(page().querySelector('#round-heading'))).toBe('Budgetopfølgning pr. 30. juni 2014');
    expect(rows('committee-progress')).toEqual([
      ['SAU Social- og Arbejdsmarkedsudvalget', '0 af 3 celler bekræftet'],
      ['ÆHU Ældre- og Handicapudvalget', '0 af 1 celle bekræftet'],
      ['I alt', '0 af 4 celler bekræftet'],
    ]);
    // Committee users do not get the directors' comparison.
    expect(page().querySelector('[data-testid=comparison]')).toBeNull();
  });

  it('lets a committee user confirm a cell with a Danish amount, and marks it "Bekræftet af … kl. …"', async () => {
    await open('committee', [MARCH, JUNE]);
    const request = cellsRequest(JUNE_ID);
    expect(request.request.params.get('committeeCode')).toBe('SAU');
    request.flush([...SAU_CELLS, cell('x', 'SVR', 'ÆHU', 2014, null)]);
    await settle();

    // Only the user's own committee's cells.
    expect(rows('round-cells').map((r) => r.slice(0, 3))).toEqual([
      ['SELV Selvhjulpne borgere', 'SAU', '2014'], ['SELV Selvhjulpne borgere', 'SAU', '2015'], ['SVR Sammenhængende velfærdsressourcer', 'SAU', '2014'],
    ]);
    const forecast = page().querySelector('#cell-s2-forecast') as HTMLInputElement;
    expect(forecast.getAttribute('aria-label')).toBe('Prognose for SELV (Selvhjulpne borgere), udvalg SAU, 2015');
    forecast.value = '1.250.000,5';
    forecast.dispatchEvent(new Event('input'));
    const status = page().querySelector('#cell-s2-status') as HTMLSelectElement;
    status.value = 'at_risk';
    status.dispatchEvent(new Event('change'));
    await settle();
    expect(text(page().querySelector('[data-saving-id=s2] .cells__message'))).toBe('Ændret, ikke bekræftet');

    button('Bekræft SELV, SAU, 2015').click();
    const put = http.expectOne({ method: 'PUT', url: `/api/follow-up-rounds/${JUNE_ID}/cells/s2` });
    expect(put.request.body).toEqual({ forecast: '1250000.50', status: 'at_risk', comment: '', version: 1 });
    put.flush({ ...SAU_CELLS[1], forecast: '1250000.50', status: 'at_risk', version: 2, confirmed: true, confirmedBy: 'sofie@odense.dk', confirmedAt: '2014-07-01T08:30:00.000Z' });
    await settle();
    http.expectOne('/api/budget-years/2014/follow-up-rounds').flush([MARCH, round(JUNE_ID, '2014-06-30', JUNE.title, 'open', [1, 0])]);
    await settle();

    expect(text(page().querySelector('[data-saving-id=s2] [data-testid=confirmed-by]'))).toMatch(/^✓ Bekræftet af sofie@odense\.dk \d\d\.\d\d\.2014 kl\. \d\d\.\d\d\.\d\d$/);
    expect(text(page().querySelector('[data-saving-id=s2] [data-testid=cell-message]'))).toBe('Bekræftet');
    expect((page().querySelector('#cell-s2-forecast') as HTMLInputElement).value).toBe('1.250.000,50');
    expect(rows('committee-progress')[0]).toEqual(['SAU Social- og Arbejdsmarkedsudvalget', '1 af 3 celler bekræftet']);
  });

  it('refuses an unreadable amount without sending, and after a 409 keeps the entry and says what is saved', async () => {
    await open('committee', [JUNE]);
    cellsRequest(JUNE_ID).flush(SAU_CELLS);
    await settle();
    const forecast = page().querySelector('#cell-s1-forecast') as HTMLInputElement;
    forecast.value = '12,345';
    forecast.dispatchEvent(new Event('input'));
    await settle();
    button('Bekræft SELV, SAU, 2014').click();
    await settle();
    expect(text(page().querySelector('#cell-s1-forecast-error'))).toBe('Højst 2 decimaler (øre), fx 1.250,50.');
    expect(forecast.getAttribute('aria-invalid')).toBe('true');

    forecast.value = '20.000.000';
    forecast.dispatchEvent(new Event('input'));
    await settle();
    button('Bekræft SELV, SAU, 2014').click();
    http.expectOne({ method: 'PUT', url: `/api/follow-up-rounds/${JUNE_ID}/cells/s1` }).flush(
      { statusCode: 409, error: 'Conflict', message: 'Besparelsesrækken s1 er blevet ændret af en anden, siden du hentede version 1.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    cellsRequest(JUNE_ID).flush([{ ...SAU_CELLS[0], forecast: '23000000', status: 'at_risk', version: 2, updatedBy: 'bente@odense.dk' }, ...SAU_CELLS.slice(1)]);
    await settle();

    expect(text(page().querySelector('[data-saving-id=s1] [data-testid=cell-message]'))).toBe(
      'Ikke bekræftet: bente@odense.dk har gemt cellen imens (prognose 23.000.000 kr., I risiko). Dine indtastninger står stadig i felterne; tjek dem, og tryk Bekræft igen.',
    );
    expect((page().querySelector('#cell-s1-forecast') as HTMLInputElement).value).toBe('20.000.000');
    button('Bekræft SELV, SAU, 2014').click();
    const again = http.expectOne({ method: 'PUT', url: `/api/follow-up-rounds/${JUNE_ID}/cells/s1` });
    expect(again.request.body).toEqual({ forecast: '20000000', status: 'on_track', comment: '', version: 2 });
    again.flush({ ...SAU_CELLS[0], forecast: '20000000', version: 3, confirmed: true, confirmedBy: 'sofie@odense.dk', confirmedAt: '2014-07-01T08:30:00.000Z' });
    await settle();
    http.expectOne('/api/budget-years/2014/follow-up-rounds').flush([JUNE]);
    await settle();
  });

  it('shows a director the change between two rounds per track, committee and cell, with the export', async () => {
    const june = round(JUNE_ID, '2014-06-30', 'Halvårsopfølgning', 'closed', [2, 1]);
    await open('director', [MARCH, june], `/budget-years/2014/follow-up?runde=${MARCH_ID}`);
    cellsRequest(MARCH_ID).flush([]);
    const compare = http.expectOne((r) => r.url === '/api/budget-years/2014/follow-up-rounds/compare');
    expect([compare.request.params.get('from'), compare.request.params.get('to')]).toEqual([MARCH_ID, JUNE_ID]);
    const comparison: RoundComparison = {
      from: { id: MARCH_ID, asOf: '2014-03-31', title: MARCH.title, status: 'closed' },
      to: { id: JUNE_ID, asOf: '2014-06-30', title: 'Halvårsopfølgning', status: 'closed' },
      cells: [
        { savingId: 's1', trackCode: 'SELV', committeeCode: 'SAU', year: 2014, from: '24500000.50', to: '20000000', difference: '-4500000.50' },
        { savingId: 's2', trackCode: 'SELV', committeeCode: 'SAU', year: 2015, from: null, to: '-300.50', difference: '-300.50' },
        { savingId: 's3', trackCode: 'SVR', committeeCode: 'SAU', year: 2014, from: '13000000', to: '13000000', difference: '0' },
        { savingId: 'x', trackCode: 'SVR', committeeCode: 'ÆHU', year: 2014, from: null, to: '13000000', difference: '13000000' },
      ],
      tracks: [
        { trackCode: 'SELV', from: '24500000.50', to: '19999699.50', difference: '-4500301' },
        { trackCode: 'SVR', from: '13000000', to: '26000000', difference: '13000000' },
      ],
      committees: [
        { committeeCode: 'SAU', from: '37500000.50', to: '32999699.50', difference: '-4500301' },
        { committeeCode: 'ÆHU', from: '0', to: '13000000', difference: '13000000' },
      ],
      total: { from: '37500000.50', to: '45999699.50', difference: '8499699' },
    };
    compare.flush(comparison);
    http.expectOne((r) => r.url === '/api/budget-years/2014/follow-up-rounds/history').flush([
      { roundId: MARCH_ID, asOf: '2014-03-31', title: MARCH.title, closedAt: '2014-03-31T16:00:00.000Z', cells: 4, expected: '78000000', forecast: '37500000.50', realised: '0' },
      { roundId: JUNE_ID, asOf: '2014-06-30', title: 'Halvårsopfølgning', closedAt: '2014-06-30T16:00:00.000Z', cells: 4, expected: '78000000', forecast: '45999699.50', realised: '0' },
    ]);
    await settle();

    expect(text(page().querySelector('#round-heading'))).toBe(MARCH.title);
    expect(text(page().querySelector('[data-testid=comparison-total]'))).toBe(
      'Samlet prognose pr. 31. marts 2014: 37.500.000,50 kr. · pr. 30. juni 2014: 45.999.699,50 kr. · ændring: +8.499.699 kr.',
    );
    expect(rows('comparison-tracks')).toEqual([
      ['SELV Selvhjulpne borgere', '24.500.000,50', '19.999.699,50', '-4.500.301'],
      ['SVR Sammenhængende velfærdsressourcer', '13.000.000', '26.000.000', '+13.000.000'],
      ['I alt', '37.500.000,50', '45.999.699,50', '+8.499.699'],
    ]);
    expect(rows('comparison-committees')[1]).toEqual(['ÆHU Ældre- og Handicapudvalget', '0', '13.000.000', '+13.000.000']);
    // Only the cells that changed; the unchanged one is counted under the table.
    expect(rows('comparison-cells')).toEqual([
      ['SELV', 'SAU', '2014', '24.500.000,50', '20.000.000', '-4.500.000,50'],
      ['SELV', 'SAU', '2015', '–', '-300,50', '-300,50'],
      ['SVR', 'ÆHU', '2014', '–', '13.000.000', '+13.000.000'],
    ]);
    expect(text(page().querySelector('[data-testid=comparison] .hint'))).toBe('1 celle uden ændring er udeladt; de er med i summerne og i eksporten.');
    expect(page().querySelector('[data-testid=export-xlsx]')?.getAttribute('href')).toBe(
      `/api/budget-years/2014/follow-up-rounds/compare/export?from=${MARCH_ID}&to=${JUNE_ID}&format=xlsx`,
    );
    expect(rows('history-table')).toEqual([
      [MARCH.title, '31. marts 2014', '4', '78.000.000', '37.500.000,50', '0'],
      ['Halvårsopfølgning', '30. juni 2014', '4', '78.000.000', '45.999.699,50', '0'],
    ]);
    expect(text(page().querySelector('.chart-stub'))).toBe(
      'Kurvediagram: forventet og prognose gennem de lukkede runder, hele budget 2014, i mio. kr. Tallene står i tabellen under diagrammet.',
    );

    // Picking another "from" round puts both in the URL.
    const from = page().querySelector('#compare-from') as HTMLSelectElement;
    from.value = JUNE_ID;
    from.dispatchEvent(new Event('change'));
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/budget-years/2014/follow-up?runde=${MARCH_ID}&fra=${JUNE_ID}&til=${JUNE_ID}`);
    http.expectOne((r) => r.url === '/api/budget-years/2014/follow-up-rounds/compare').flush({ ...comparison, from: comparison.to, cells: [], tracks: [], committees: [] });
    await settle();
    expect(text(page().querySelector('[data-testid=comparison-no-changes]'))).toBe('Ingen celler har fået en anden prognose mellem de to runder.');
  });

  it('lets finance open a round and close it after a warning that closing freezes every cell', async () => {
    await open('finance', [MARCH]);
    cellsRequest(MARCH_ID).flush([]);
    http.expectOne((r) => r.url === '/api/budget-years/2014/follow-up-rounds/history').flush([]);
    await settle();
    expect(text(page().querySelector('[data-testid=comparison-unavailable]'))).toBe('Der skal være mindst to runder i budgetåret, før de kan sammenlignes.');

    button('Åbn ny runde').click();
    await settle();
    button('Åbn runden').click();
    await settle();
    expect(text(page().querySelector('#round-asof-error'))).toBe('Vælg datoen, opfølgningen er pr., fx 30.6.2014.');
    const set = (id: string, value: string) => {
      const el = page().querySelector(`#${id}`) as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new Event('input'));
    };
    set('round-asof', '2014-06-30');
    set('round-deadline', '2014-07-15');
    await settle();
    expect(text(page().querySelector('#round-title-hint'))).toBe('Uden titel hedder runden «Budgetopfølgning pr. 30. juni 2014».');
    button('Åbn runden').click();
    const post = http.expectOne({ method: 'POST', url: '/api/budget-years/2014/follow-up-rounds' });
    expect(post.request.body).toEqual({ asOf: '2014-06-30', deadline: '2014-07-15' });
    post.flush(JUNE);
    await settle();
    http.expectOne('/api/budget-years/2014/follow-up-rounds').flush([MARCH, JUNE]);
    await settle();
    cellsRequest(JUNE_ID).flush([]);
    http.expectOne((r) => r.url === '/api/budget-years/2014/follow-up-rounds/compare').flush({
      from: MARCH, to: JUNE, cells: [], tracks: [], committees: [], total: { from: '0', to: '0', difference: '0' },
    });
    await settle();
    expect(text(page().querySelector('[data-testid=follow-up-notice]'))).toBe(
      'Budgetopfølgning pr. 30. juni 2014 er åbnet. Udvalgene kan nu bekræfte deres celler frem til 28. juni 2014.',
    );

    button('Luk runden').click();
    await settle();
    const dialog = page().querySelector('[role=dialog]');
    expect(text(dialog?.querySelector('h2'))).toBe('Luk Budgetopfølgning pr. 30. juni 2014?');
    expect(text(dialog)).toContain('fryses alle 4 celler i budget 2014 i et øjebliksbillede');
    expect(text(dialog)).toContain('kan aldrig ændres bagefter');
    button('Luk og frys runden').click();
    const close = http.expectOne({ method: 'POST', url: `/api/follow-up-rounds/${JUNE_ID}/close` });
    expect(close.request.body).toEqual({ version: 1 });
    const closed = round(JUNE_ID, '2014-06-30', JUNE.title, 'closed', [0, 0]);
    close.flush(closed);
    await settle();
    http.expectOne('/api/budget-years/2014/follow-up-rounds').flush([MARCH, closed]);
    await settle();
    cellsRequest(JUNE_ID).flush([]);
    http.expectOne((r) => r.url === '/api/budget-years/2014/follow-up-rounds/compare').flush({
      from: MARCH, to: closed, cells: [], tracks: [], committees: [], total: { from: '0', to: '0', difference: '0' },
    });
    http.expectOne((r) => r.url === '/api/budget-years/2014/follow-up-rounds/history').flush([]);
    await settle();
    expect(page().querySelector('[role=dialog]')).toBeNull();
    expect(text(page().querySelector('[data-testid=follow-up-notice]'))).toBe(
      'Budgetopfølgning pr. 30. juni 2014 er lukket. Alle 4 celler er frosset i rundens øjebliksbillede (0 af 4 celler bekræftet).',
    );
    expect(button('Luk runden')).toBeUndefined();
  });
});
