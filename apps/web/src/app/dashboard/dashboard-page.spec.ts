import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { BudgetYear } from '../budget-years/budget-years.service';
import { PriceIndex } from '../core/price-level';
import { DashboardChart } from './dashboard-chart';
import { DashboardPage } from './dashboard-page';
import { Realisation, SavingsRow } from './dashboard.models';

/**
 * jsdom has no canvas; the charts' configurations are tested on their own. The stub shows the
 * chart's name and lets a test "click" the second group's bars.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  selector: 'app-dashboard-chart',
  template: `<p class="chart-stub">{{ label() }} ({{ config().data.labels?.length }} grupper)</p>
    @if (clickable()) {
      <button type="button" class="pick-second" (click)="picked.emit(1)">søjle 2</button>
    }`,
})
class DashboardChartStub {
  readonly config = input.required<{ data: { labels?: unknown[] } }>();
  readonly label = input.required<string>();
  readonly clickable = input(false);
  readonly picked = output<number>();
}

const BUDGET_2014: BudgetYear = { year: 2014, title: 'Budget 2014', priceLevelYear: 2014, status: 'agreed', periodYears: [2014, 2015, 2016, 2017], version: 3 };
const TRACKS = [
  { code: 'SELV', name: 'Selvforsørgelse' },
  { code: 'SVR', name: 'Sammenhængende velfærdsressourcer' },
];
const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget' },
  { code: 'ÆHU', name: 'Ældre- og Handicapudvalget' },
];
const ADMINISTRATIONS = [{ code: 'SAF', name: 'Social- og Arbejdsmarkedsforvaltningen' }];

const TOTAL = { expected: '151800000', forecast: '140000000', realised: '132825000.50', rate: '0.8750' };
const BY_TRACK: Realisation = {
  groups: [
    { key: 'SELV', expected: '26000000', forecast: '26000000', realised: '26000000', rate: '1.0000' },
    { key: 'SVR', expected: '125800000', forecast: '114000000', realised: '106825000.50', rate: '0.8492' },
  ],
  total: TOTAL,
};
const BY_YEAR: Realisation = {
  groups: [
    { key: 2014, expected: '100000000', forecast: '100000000', realised: '100000000', rate: '1.0000' },
    { key: 2015, expected: '51800000', forecast: '40000000', realised: '32825000.50', rate: '0.6337' },
  ],
  total: TOTAL,
};
const BY_COMMITTEE: Realisation = {
  groups: [
    { key: 'SAU', expected: '90000000', forecast: '90000000', realised: '90000000', rate: '1.0000' },
    { key: 'ÆHU', expected: '61800000', forecast: '50000000', realised: '42825000.50', rate: '0.6930' },
    { key: 'ØU', expected: '0', forecast: '0', realised: '0', rate: null },
  ],
  total: TOTAL,
};
/** The same figures at 2016 prices (index 103,2 against 100,0): what `?priceLevel=2016` answers. */
const AT_2016 = { priceLevel: 2016 } as const;
const BY_YEAR_2016: Realisation = {
  groups: [
    { key: 2014, expected: '103200000', forecast: '103200000', realised: '103200000', rate: '1.0000', ...AT_2016 },
    { key: 2015, expected: '53457600', forecast: '41280000', realised: '33875400.52', rate: '0.6337', ...AT_2016 },
  ],
  total: { expected: '156657600', forecast: '144480000', realised: '137075400.52', rate: '0.8750', ...AT_2016 },
};
const BY_TRACK_2016: Realisation = {
  groups: [
    { key: 'SELV', expected: '26832000', forecast: '26832000', realised: '26832000', rate: '1.0000', ...AT_2016 },
    { key: 'SVR', expected: '129825600', forecast: '117648000', realised: '110243400.52', rate: '0.8492', ...AT_2016 },
  ],
  total: BY_YEAR_2016.total,
};
const INDICES: PriceIndex[] = [
  { year: 2014, index: '100.0', source: null, illustrative: true, version: 1 },
  { year: 2016, index: '103.2', source: null, illustrative: true, version: 1 },
];
const savingsRow = (committeeCode: string, year: number, expected: string, forecast: string | null, realised: string | null, status: SavingsRow['status'], comment = ''): SavingsRow => ({
  id: `SVR-${committeeCode}-${year}`, trackCode: 'SVR', committeeCode, year, expected, forecast, realised, status, comment, version: 2, updatedAt: '2026-11-27T10:00:00Z', updatedBy: 'x@odense.dk',
});
const SVR_ROWS: SavingsRow[] = [
  savingsRow('SAU', 2014, '50000000', '50000000', '48000000', 'on_track', 'Jobcentret følger planen.'),
  savingsRow('SAU', 2015, '25000000', null, null, 'at_risk'),
  savingsRow('ÆHU', 2014, '50800000', '39000000', '58825000.50', 'realised'),
];

describe('DashboardPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  /** A realisation request, at the rounds' own price level (no `priceLevel`) unless one is given. */
  const realisationRequest = (groupBy: string, priceLevel: string | null = null): TestRequest =>
    http.expectOne(
      (r) => r.url === '/api/budget-years/2014/realisation' && r.params.get('groupBy') === groupBy && r.params.get('priceLevel') === priceLevel,
    );

  async function open(url = '/budget-years/2014/dashboard', byYear: Realisation = BY_YEAR, priceLevel: string | null = null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years/:year/dashboard', component: DashboardPage }], withComponentInputBinding()),
      ],
    });
    TestBed.overrideComponent(DashboardPage, { remove: { imports: [DashboardChart] }, add: { imports: [DashboardChartStub] } });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
    http.expectOne('/api/price-indices').flush(INDICES);
    http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
    http.expectOne('/api/tracks').flush(TRACKS);
    http.expectOne('/api/committees').flush(COMMITTEES);
    http.expectOne('/api/administrations').flush(ADMINISTRATIONS);
    realisationRequest('year', priceLevel).flush(byYear);
    await settle();
  }

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  /** Soft hyphens are invisible unless a word breaks there. */
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim() ?? '';
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
  /** A link by its accessible name: what a screen reader announces, so without aria-hidden parts. */
  const link = (name: string) =>
    Array.from(page().querySelectorAll('a')).find((a) => {
      const copy = a.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden=true]').forEach((h) => h.remove());
      return text(copy) === name;
    });

  it('shows the key figures and a table with exactly the API totals per track, with a status in words', async () => {
    await open();
    realisationRequest('track').flush(BY_TRACK);
    await settle();

    expect(text(page().querySelector('h1'))).toBe('Overblik – budget 2014');
    const figures = Array.from(page().querySelectorAll('[data-testid=key-figures] .figure'), (f) => Array.from(f.children, (c) => text(c)).join(' '));
    expect(figures).toEqual([
      'Forventet 151,8 mio. kr. 151.800.000 kr.',
      'Prognose 140,0 mio. kr. 140.000.000 kr.',
      'Realiseret 132,8 mio. kr. 132.825.000,50 kr.',
      'Realiseringsgrad 87,5 % I risiko',
    ]);
    expect(rows('realisation-table')).toEqual([
      ['SELV Selvforsørgelse', '26.000.000 kr.', '26.000.000 kr.', '26.000.000 kr.', '100,0 %', 'På sporet'],
      ['SVR Sammenhængende velfærdsressourcer', '125.800.000 kr.', '114.000.000 kr.', '106.825.000,50 kr.', '84,9 %', 'I risiko'],
      ['I alt', '151.800.000 kr.', '140.000.000 kr.', '132.825.000,50 kr.', '87,5 %', 'I risiko'],
    ]);
    expect(text(page().querySelector('[data-testid=realisation-table] caption'))).toBe('Realisering pr. spor, budget 2014 (kr.)');
    // The status is a badge with an icon and its text, not a colour alone.
    const badge = page().querySelector('[data-key=SVR] lib-status-badge');
    expect(badge?.getAttribute('data-tone')).toBe('warning');
    expect(text(badge)).toBe('I risiko');
    expect(text(page().querySelector('.chart-stub'))).toBe(
      'Søjlediagram: forventet, prognose og realiseret pr. spor, budget 2014, i mio. kr. Tallene står i tabellen under diagrammet. (2 grupper)',
    );
  });

  it('shows the cumulative totals over the period years in the table beside the line chart', async () => {
    await open();
    realisationRequest('track').flush(BY_TRACK);
    await settle();

    expect(rows('cumulative-table')).toEqual([
      ['2014', '100.000.000 kr.', '100.000.000 kr.', '100.000.000 kr.', '100,0 %'],
      ['2015', '151.800.000 kr.', '140.000.000 kr.', '132.825.000,50 kr.', '87,5 %'],
      ['2016', '151.800.000 kr.', '140.000.000 kr.', '132.825.000,50 kr.', '87,5 %'],
      ['2017', '151.800.000 kr.', '140.000.000 kr.', '132.825.000,50 kr.', '87,5 %'],
    ]);
    const charts = Array.from(page().querySelectorAll('.chart-stub'), (c) => text(c));
    expect(charts[1]).toBe('Kurvediagram: akkumuleret forventet, prognose og realiseret 2014–2017 i mio. kr. Tallene står i tabellen under diagrammet. (4 grupper)');
  });

  it('switches to the committee view through the URL and shows the committees with names, and "–" without expected', async () => {
    await open();
    realisationRequest('track').flush(BY_TRACK);
    await settle();

    link('Udvalg')?.click();
    await settle();
    realisationRequest('committee').flush(BY_COMMITTEE);
    await settle();

    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/dashboard?visning=udvalg');
    expect(link('Udvalg')?.getAttribute('aria-current')).toBe('true');
    expect(link('Spor')?.getAttribute('aria-current')).toBeNull();
    expect(rows('realisation-table')).toEqual([
      ['SAU Social- og Arbejdsmarkedsudvalget', '90.000.000 kr.', '90.000.000 kr.', '90.000.000 kr.', '100,0 %', 'På sporet'],
      ['ÆHU Ældre- og Handicapudvalget', '61.800.000 kr.', '50.000.000 kr.', '42.825.000,50 kr.', '69,3 %', 'Bagud'],
      ['ØU', '0 kr.', '0 kr.', '0 kr.', '–', '–'],
      ['I alt', '151.800.000 kr.', '140.000.000 kr.', '132.825.000,50 kr.', '87,5 %', 'I risiko'],
    ]);
    // Committees are not drill-down targets.
    expect(page().querySelector('[data-testid=realisation-table] tbody a')).toBeNull();
    expect(page().querySelector('.pick-second')).toBeNull();

    // Back to the track view: its answer is reused, not asked for again.
    link('Spor')?.click();
    await settle();
    expect(rows('realisation-table')[0][0]).toBe('SELV Selvforsørgelse');
  });

  it('downloads the chosen grouping as a spreadsheet and the whole year as the director report', async () => {
    await open('/budget-years/2014/dashboard?visning=forvaltning');
    realisationRequest('administration').flush({ groups: [], total: BY_YEAR.total });
    await settle();
    const urls = Array.from(page().querySelectorAll('app-export-buttons button'), (b) => (b as HTMLElement).dataset['url']);
    expect(urls).toEqual([
      '/api/budget-years/2014/realisation/export?groupBy=administration&format=xlsx',
      '/api/budget-years/2014/realisation/export?groupBy=administration&format=csv',
    ]);
    expect(page().querySelector('app-export-buttons [role=group]')?.getAttribute('aria-label')).toBe('Hent realiseringen pr. forvaltning');
    const report = Array.from(page().querySelectorAll('button')).find((b) => text(b) === 'Direktionsrapport (PDF)') as HTMLElement;
    expect(report.dataset['url']).toBe('/api/budget-years/2014/reports/director.pdf');
  });

  it('shows every amount at a chosen price level (?prisniveau=), says so beside the figures and in the captions, and exports at it', async () => {
    await open('/budget-years/2014/dashboard?prisniveau=2016', BY_YEAR_2016, '2016');
    realisationRequest('track', '2016').flush(BY_TRACK_2016);
    await settle();

    const select = page().querySelector<HTMLSelectElement>('app-price-level-select select') as HTMLSelectElement;
    expect(select.value).toBe('2016');
    const figures = Array.from(page().querySelectorAll('[data-testid=key-figures] .figure'), (f) => Array.from(f.children, (c) => text(c)).join(' '));
    expect(figures).toEqual([
      'Forventet 156,7 mio. kr. 156.657.600 kr. 2016-priser',
      'Prognose 144,5 mio. kr. 144.480.000 kr. 2016-priser',
      'Realiseret 137,1 mio. kr. 137.075.400,52 kr. 2016-priser',
      'Realiseringsgrad 87,5 % I risiko',
    ]);
    expect(rows('realisation-table')).toEqual([
      ['SELV Selvforsørgelse', '26.832.000 kr.', '26.832.000 kr.', '26.832.000 kr.', '100,0 %', 'På sporet'],
      ['SVR Sammenhængende velfærdsressourcer', '129.825.600 kr.', '117.648.000 kr.', '110.243.400,52 kr.', '84,9 %', 'I risiko'],
      ['I alt', '156.657.600 kr.', '144.480.000 kr.', '137.075.400,52 kr.', '87,5 %', 'I risiko'],
    ]);
    expect(text(page().querySelector('[data-testid=realisation-table] caption'))).toBe('Realisering pr. spor, budget 2014 (kr., 2016-priser)');
    expect(text(page().querySelector('[data-testid=cumulative-table] caption'))).toBe('Akkumuleret til og med året, budget 2014 (kr., 2016-priser)');
    expect(rows('cumulative-table')[1]).toEqual(['2015', '156.657.600 kr.', '144.480.000 kr.', '137.075.400,52 kr.', '87,5 %']);
    expect(Array.from(page().querySelectorAll('.chart-stub'), (c) => text(c))).toEqual([
      'Søjlediagram: forventet, prognose og realiseret pr. spor, budget 2014, i mio. kr., 2016-priser. Tallene står i tabellen under diagrammet. (2 grupper)',
      'Kurvediagram: akkumuleret forventet, prognose og realiseret 2014–2017 i mio. kr., 2016-priser. Tallene står i tabellen under diagrammet. (4 grupper)',
    ]);
    const urls = Array.from(page().querySelectorAll('app-export-buttons button'), (b) => (b as HTMLElement).dataset['url']);
    expect(urls).toEqual([
      '/api/budget-years/2014/realisation/export?groupBy=track&priceLevel=2016&format=xlsx',
      '/api/budget-years/2014/realisation/export?groupBy=track&priceLevel=2016&format=csv',
    ]);
    const report = Array.from(page().querySelectorAll('button')).find((b) => text(b) === 'Direktionsrapport (PDF)') as HTMLElement;
    expect(report.dataset['url']).toBe('/api/budget-years/2014/reports/director.pdf?priceLevel=2016');

    // A view of its own keeps the level; so does a track's drill-down, whose rows are converted too.
    link('Udvalg')?.click();
    await settle();
    realisationRequest('committee', '2016').flush({ groups: [], total: BY_YEAR_2016.total });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/dashboard?prisniveau=2016&visning=udvalg');
    link('Spor')?.click();
    await settle();
    page().querySelector<HTMLAnchorElement>('[data-key=SVR] a')?.click();
    await settle();
    const drill = http.expectOne((r) => r.url === '/api/budget-years/2014/savings');
    expect([drill.request.params.get('trackCode'), drill.request.params.get('priceLevel')]).toEqual(['SVR', '2016']);
    drill.flush(SVR_ROWS.map((r) => ({ ...r, priceLevel: 2016 })));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/dashboard?prisniveau=2016&spor=SVR');
    expect(text(page().querySelector('[data-testid=track-table] caption'))).toBe(
      'Sporet SVR – Sammenhængende velfærdsressourcer: udvalg og år, budget 2014 (kr., 2016-priser)',
    );
    expect(text(page().querySelector('[data-figure=expected] [data-testid=price-level]'))).toBe('2016-priser');

    // Back to the rounds' own level: the amounts are asked for again without a priceLevel, and nothing says "2016-priser".
    link('Tilbage til overblikket')?.click();
    await settle();
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/dashboard');
    realisationRequest('year').flush(BY_YEAR);
    realisationRequest('track').flush(BY_TRACK);
    await settle();
    expect(text(page().querySelector('[data-testid=realisation-table] caption'))).toBe('Realisering pr. spor, budget 2014 (kr.)');
    expect(rows('realisation-table')[2]).toEqual(['I alt', '151.800.000 kr.', '140.000.000 kr.', '132.825.000,50 kr.', '87,5 %', 'I risiko']);
    expect(page().querySelector('[data-testid=price-level]')).toBeNull();
  });

  it('says what the server says when a price level cannot be converted, and still offers the select', async () => {
    await open('/budget-years/2014/dashboard?prisniveau=2099', BY_YEAR, '2099');
    realisationRequest('track', '2099').flush(
      { statusCode: 400, error: 'Bad Request', message: ['priceLevel: pris- og lønindekset mangler for 2099'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(page().querySelector('[role=alert]'))).toBe('priceLevel: pris- og lønindekset mangler for 2099.');
    expect(page().querySelector('app-price-level-select select')).not.toBeNull();
  });

  it('reuses the year answer for the year view', async () => {
    await open('/budget-years/2014/dashboard?visning=aar');
    await settle();

    expect(rows('realisation-table').map((r) => r[0])).toEqual(['2014', '2015', 'I alt']);
    expect(text(page().querySelector('#grouping-heading'))).toBe('Realisering pr. år');
  });

  it('drills into a track from its link: loads the track\'s rows per committee and year, and goes back', async () => {
    await open();
    realisationRequest('track').flush(BY_TRACK);
    await settle();

    const svr = page().querySelector<HTMLAnchorElement>('[data-key=SVR] a');
    expect(text(svr)).toBe('SVR Sammenhængende velfærdsressourcer – vis sporets udvalg og år');
    svr?.click();
    await settle();
    const request = http.expectOne((r) => r.url === '/api/budget-years/2014/savings');
    expect(request.request.params.get('trackCode')).toBe('SVR');
    request.flush(SVR_ROWS);
    await settle();

    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/dashboard?spor=SVR');
    expect(text(page().querySelector('#drill-heading'))).toBe('Sporet SVR Sammenhængende velfærdsressourcer');
    expect(document.activeElement?.id).toBe('drill-heading');
    expect(rows('track-table')).toEqual([
      ['SAU Social- og Arbejdsmarkedsudvalget', '2014', '50.000.000 kr.', '50.000.000 kr.', '48.000.000 kr.', '96,0 %', 'På sporet Jobcentret følger planen.'],
      ['2015', '25.000.000 kr.', '–', '–', '0,0 %', 'I risiko'],
      ['I alt for udvalget', '75.000.000 kr.', '50.000.000 kr.', '48.000.000 kr.', '64,0 %', ''],
      ['ÆHU Ældre- og Handicapudvalget', '2014', '50.800.000 kr.', '39.000.000 kr.', '58.825.000,50 kr.', '115,8 %', 'Realiseret'],
      ['I alt for udvalget', '50.800.000 kr.', '39.000.000 kr.', '58.825.000,50 kr.', '115,8 %', ''],
      ['I alt for sporet', '125.800.000 kr.', '89.000.000 kr.', '106.825.000,50 kr.', '84,9 %', ''],
    ]);
    // The track's own key figures replace the year's.
    expect(Array.from(page().querySelector('[data-figure=realised]')?.children ?? [], (c) => text(c)).join(' ')).toBe('Realiseret 106,8 mio. kr. 106.825.000,50 kr.');
    expect(page().querySelector('[data-testid=realisation-table]')).toBeNull();

    link('Tilbage til overblikket')?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/dashboard');
    expect(rows('realisation-table')).toHaveLength(3);
    expect(document.activeElement).toBe(page().querySelector('[data-key=SVR] a'));
  });

  it('drills into the track whose bars were clicked, and opens a drill-down straight from a link', async () => {
    await open();
    realisationRequest('track').flush(BY_TRACK);
    await settle();

    page().querySelector<HTMLButtonElement>('.pick-second')?.click();
    await settle();
    http.expectOne((r) => r.url === '/api/budget-years/2014/savings' && r.params.get('trackCode') === 'SVR').flush(SVR_ROWS);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/dashboard?spor=SVR');
    expect(rows('track-table')).toHaveLength(6);
  });

  it('says so when a linked track has no rows', async () => {
    await open('/budget-years/2014/dashboard?spor=UKENDT');
    http.expectOne((r) => r.url === '/api/budget-years/2014/savings' && r.params.get('trackCode') === 'UKENDT').flush([]);
    realisationRequest('track').flush(BY_TRACK);
    await settle();

    expect(text(page().querySelector('[data-testid=track-empty]'))).toBe('Sporet UKENDT har ingen besparelser i budget 2014.');
  });

  it('says there is nothing to follow up yet when the year has no savings rows', async () => {
    await open('/budget-years/2014/dashboard', { groups: [], total: { expected: '0', forecast: '0', realised: '0', rate: null } });
    realisationRequest('track').flush({ groups: [], total: { expected: '0', forecast: '0', realised: '0', rate: null } });
    await settle();

    expect(text(page().querySelector('[data-testid=empty]'))).toBe(
      'Der er endnu ingen besparelser at følge op på i budget 2014. De opstår, når innovationspuljen er fordelt på spor og udvalg.',
    );
    expect(page().querySelector('table')).toBeNull();
  });

  it('shows the server\'s message when the realisation fails, and loads again on "Prøv igen"', async () => {
    await open();
    realisationRequest('track').flush({ statusCode: 503, error: 'Service Unavailable', message: 'Databasen svarer ikke' }, { status: 503, statusText: 'Service Unavailable' });
    await settle();

    expect(text(page().querySelector('[role=alert]'))).toBe('Databasen svarer ikke.');
    Array.from(page().querySelectorAll('button')).find((b) => text(b) === 'Prøv igen')?.click();
    await settle();
    http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
    http.expectOne('/api/tracks').flush(TRACKS);
    http.expectOne('/api/committees').flush(COMMITTEES);
    http.expectOne('/api/administrations').flush(ADMINISTRATIONS);
    realisationRequest('year').flush(BY_YEAR);
    realisationRequest('track').flush(BY_TRACK);
    await settle();

    expect(page().querySelector('[role=alert]')).toBeNull();
    expect(rows('realisation-table')).toHaveLength(3);
  });

  it('says the budget year does not exist on a 404', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'budget-years/:year/dashboard', component: DashboardPage }], withComponentInputBinding())],
    });
    TestBed.overrideComponent(DashboardPage, { remove: { imports: [DashboardChart] }, add: { imports: [DashboardChartStub] } });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years/2099/dashboard');
    await settle();
    const notFound = { statusCode: 404, error: 'Not Found', message: 'Budgetåret findes ikke' };
    http.expectOne('/api/budget-years/2099').flush(notFound, { status: 404, statusText: 'Not Found' });
    http.match(() => true).filter((r) => !r.cancelled).forEach((r) => r.flush(r.request.url.endsWith('realisation') ? notFound : [], r.request.url.endsWith('realisation') ? { status: 404, statusText: 'Not Found' } : {}));
    await settle();

    expect(text(page().querySelector('[role=alert]'))).toBe('Budgetår 2099 findes ikke.');
  });
});
