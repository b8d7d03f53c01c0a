import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { DashboardChart } from '../dashboard/dashboard-chart';
import { Figures } from '../effect/effect.models';
import { PRICE_INDICES_URL } from '../core/price-level';
import { GOALS_URL } from '../effect/effect.service';
import { COMMITTEES, JOBS_SAU, PageHarness, signedIn, tableRows, TRACKS, visible } from '../effect/effect-testing';
import { ADMINISTRATIONS_URL, COMMITTEES_URL, TRACKS_URL } from '../tracks/tracks.service';
import { AnalysisPage } from './analysis-page';
import { Analysis } from './analysis.models';
import { analysisRoutes } from './analysis.routes';

/** jsdom has no canvas; the chart builders are tested on their own. The stub shows the chart's name. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  selector: 'app-dashboard-chart',
  template: `<p class="chart-stub">{{ label() }} ({{ config().data.labels?.length }} punkter)</p>`,
})
class ChartStub {
  readonly config = input.required<{ data: { labels?: unknown[] } }>();
  readonly label = input.required<string>();
}

const f = (priceLevel: number, expected: string, forecast: string, realised: string, rate: string | null): Figures => ({ priceLevel, expected, forecast, realised, rate });
const year = (y: number, own: Figures, cumulative: Figures) => ({ year: y, ...own, cumulative });

/** SELV in the API's integration test (analysis.spec.ts), figure for figure. */
const SELV: Analysis = {
  entityType: 'track',
  code: 'SELV',
  name: 'Selvforsørgelse – frihed til at kunne',
  priceLevel: null,
  rounds: [
    {
      budgetYear: 2014, title: 'Budget 2014', status: 'framework_announced', priceLevelYear: 2014,
      framework: { revision: 2, decidedOn: '2013-02-02', decidedBy: 'ØU', title: 'Ramme 2014, revision 2', allocationMethod: 'top_down' },
      years: [
        year(2014, f(2014, '750', '720', '700', '0.9333'), f(2014, '750', '720', '700', '0.9333')),
        year(2015, f(2014, '750', '740', '0', '0.0000'), f(2014, '1500', '1460', '700', '0.4667')),
        year(2016, f(2014, '750', '0', '0', '0.0000'), f(2014, '2250', '1460', '700', '0.3111')),
        year(2017, f(2014, '750', '0', '0', '0.0000'), f(2014, '3000', '1460', '700', '0.2333')),
      ],
      total: f(2014, '3000', '1460', '700', '0.2333'),
    },
    {
      budgetYear: 2015, title: 'Budget 2015', status: 'agreed', priceLevelYear: 2015,
      framework: { revision: 1, decidedOn: '2014-02-01', decidedBy: 'ØU', title: 'Ramme 2015, revision 1', allocationMethod: 'top_down' },
      years: [year(2015, f(2015, '1000', '0', '900', '0.9000'), f(2015, '1000', '0', '900', '0.9000'))],
      total: f(2015, '1000', '0', '900', '0.9000'),
    },
  ],
};

describe('AnalysisPage', () => {
  let h: PageHarness;

  async function open(url: string): Promise<void> {
    h = await signedIn([{ path: 'analysis', children: analysisRoutes }], 'director', [], () =>
      TestBed.overrideComponent(AnalysisPage, { remove: { imports: [DashboardChart] }, add: { imports: [ChartStub] } }),
    );
    await h.harness.navigateByUrl(url);
    await h.settle();
    h.http.expectOne(PRICE_INDICES_URL).flush([{ year: 2016, index: '104.04', source: null, illustrative: true, version: 1 }]);
    h.http.expectOne(TRACKS_URL).flush(TRACKS);
    h.http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    h.http.expectOne(ADMINISTRATIONS_URL).flush([{ code: 'SAF', name: 'Social- og Arbejdsmarkedsforvaltningen' }]);
  }

  afterEach(() => h.http.verify());

  const analysisRequest = (path: string, priceLevel: string | null = null) =>
    h.http.expectOne((r) => r.url === `/api/analysis/${path}` && r.params.get('priceLevel') === priceLevel);

  it('shows a track\'s savings in every round and its goals\' indicators on one page, as the API gives them', async () => {
    await open('/analysis/spor/SELV');
    analysisRequest('tracks/SELV').flush(SELV);
    h.http.expectOne((r) => r.url === GOALS_URL && r.params.get('trackCode') === 'SELV').flush([JOBS_SAU]);
    await h.settle();

    expect(visible(h.page().querySelector('h1'))).toBe('SELV – Selvforsørgelse – frihed til at kunne');
    expect(tableRows(h.page(), '[data-testid=rounds-table]')).toEqual([
      ['Budget 2014 2014-priser', 'Revision 2: Ramme 2014, revision 2 (ØU, 02.02.2013)', '3.000 kr.', '1.460 kr.', '700 kr.', '23,3 %', 'Bagud'],
      ['Budget 2015 2015-priser', 'Revision 1: Ramme 2015, revision 1 (ØU, 01.02.2014)', '1.000 kr.', '0 kr.', '900 kr.', '90,0 %', 'I risiko'],
    ]);
    // The newest round year by year, unless another is chosen.
    expect(visible(h.page().querySelector('#round-heading'))).toBe('Budget 2015 år for år');
    expect(visible(h.page().querySelector('[data-testid=round-years-table] caption'))).toBe('Budget 2015 år for år (kr., 2015-priser)');
    expect(Array.from(h.page().querySelectorAll('.chart-stub'), (c) => visible(c))).toEqual([
      'Søjlediagram: forventet, prognose og realiseret pr. budgetrunde for sporet SELV, i mio. kr. Tallene står i tabellen under diagrammet. (2 punkter)',
      'Kurvediagram: forventet og realiseret pr. år og akkumuleret, Budget 2015, i mio. kr. Tallene står i tabellen under diagrammet. (1 punkter)',
    ]);

    const goals = h.page().querySelector('[data-testid=track-goals]') as HTMLElement;
    expect(visible(goals.querySelector('h3'))).toBe(JOBS_SAU.title);
    expect(tableRows(goals, '[data-testid=goal-indicators]').map((r) => [r[0], r[4]])).toEqual([
      ['Andel af 25-64-årige i beskæftigelse (kvantitativ)', '2017: 72 pct. Kilde: Danmarks Statistik, RAS300'],
      ['Dialog med virksomhederne (kvalitativ)', 'Ingen værdier endnu'],
    ]);

    (h.page().querySelector('[data-testid=rounds-table] tr[data-round="2014"] a') as HTMLAnchorElement).click();
    await h.settle();
    expect(TestBed.inject(Router).url).toBe('/analysis/spor/SELV?runde=2014');
    expect(tableRows(h.page(), '[data-testid=round-years-table]')).toEqual([
      ['2014', '750 kr.', '720 kr.', '700 kr.', '93,3 %', '750 kr.', '700 kr.', '93,3 %'],
      ['2015', '750 kr.', '740 kr.', '0 kr.', '0,0 %', '1.500 kr.', '700 kr.', '46,7 %'],
      ['2016', '750 kr.', '0 kr.', '0 kr.', '0,0 %', '2.250 kr.', '700 kr.', '31,1 %'],
      ['2017', '750 kr.', '0 kr.', '0 kr.', '0,0 %', '3.000 kr.', '700 kr.', '23,3 %'],
      ['Hele perioden', '3.000 kr.', '1.460 kr.', '700 kr.', '23,3 %', ''],
    ]);
  });

  it('asks for the chosen price level, and picks what to analyse from the selects', async () => {
    await open('/analysis/spor/SELV?prisniveau=2016');
    analysisRequest('tracks/SELV', '2016').flush({ ...SELV, priceLevel: 2016, rounds: [] });
    h.http.expectOne((r) => r.url === GOALS_URL).flush([]);
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=analysis-empty]'))).toContain('Sporet SELV har ingen besparelser i nogen budgetrunde endnu.');
    expect(visible(h.page().querySelector('[data-testid=track-goals]'))).toContain('Sporet SELV er ikke knyttet til noget effektmål endnu.');

    const kind = h.page().querySelector('#analysis-kind') as HTMLSelectElement;
    kind.value = 'udvalg';
    kind.dispatchEvent(new Event('change'));
    await h.settle();
    const code = h.page().querySelector('#analysis-code') as HTMLSelectElement;
    expect(Array.from(code.options, (o) => o.textContent?.trim())).toEqual([
      'Vælg udvalg', 'SAU – Social- og Arbejdsmarkedsudvalget', 'ØU – Økonomiudvalget', 'ÆHU – Ældre- og Handicapudvalget',
    ]);
    (h.page().querySelector('.picker button') as HTMLButtonElement).click();
    await h.settle();
    expect(visible(h.page().querySelector('#analysis-code-error'))).toBe('Vælg udvalg, der skal analyseres.');

    code.value = 'ÆHU';
    code.dispatchEvent(new Event('change'));
    (h.page().querySelector('.picker button') as HTMLButtonElement).click();
    await h.settle();
    expect(TestBed.inject(Router).url).toBe('/analysis/udvalg/%C3%86HU?prisniveau=2016');
    analysisRequest('committees/%C3%86HU', '2016').flush(
      { statusCode: 400, error: 'Bad Request', message: ['priceLevel: pris- og lønindekset mangler for 2015; finance kan indtaste det under /api/price-indices'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await h.settle();
    expect(visible(h.page().querySelector('[role=alert]'))).toBe('priceLevel: pris- og lønindekset mangler for 2015; finance kan indtaste det under /api/price-indices.');
  });

  it('says what it does before anything is chosen, and names an unknown entity', async () => {
    await open('/analysis');
    await h.settle();
    expect(visible(h.page().querySelector('h1'))).toBe('Analyse på tværs af budgetår');
    expect(h.page().querySelector('[data-testid=analysis-intro]')).not.toBeNull();

    await TestBed.inject(Router).navigateByUrl('/analysis/forvaltning/NOPE');
    await h.settle();
    h.http.expectOne(PRICE_INDICES_URL).flush([]);
    h.http.expectOne(TRACKS_URL).flush(TRACKS);
    h.http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    h.http.expectOne(ADMINISTRATIONS_URL).flush([]);
    analysisRequest('administrations/NOPE').flush({ statusCode: 404, error: 'Not Found', message: 'Forvaltningen NOPE findes ikke' }, { status: 404, statusText: 'Not Found' });
    await h.settle();
    expect(visible(h.page().querySelector('[role=alert]'))).toBe('Forvaltningen NOPE findes ikke.');
  });
});
