import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { BUDGET_YEARS_URL } from '../budget-years/budget-years.service';
import { COMMITTEES_URL } from '../tracks/tracks.service';
import { AccountGoal, EffectAccount, Figures } from './effect.models';
import { effectRoutes } from './effect.routes';
import { PRICE_INDICES_URL } from '../core/price-level';
import { accountUrl } from './effect.service';
import { COMMITTEES, PageHarness, signedIn, tableRows, visible } from './effect-testing';

const money = (priceLevel: number | null, expected: string, forecast: string, realised: string, rate: string | null): Figures => ({ priceLevel, expected, forecast, realised, rate });

/** The account of 2017 from the API's integration test (effect-account.spec.ts), figure for figure. */
const JOBS: AccountGoal = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  title: 'Flere borgere er i job',
  level: 'municipal',
  parentId: null,
  committeeCodes: [],
  status: 'off_track',
  indicators: [
    {
      id: '11111111-1111-4111-8111-111111111111', name: 'Beskæftigelsesfrekvens', kind: 'quantitative', unit: 'pct.', direction: 'higher',
      baselineYear: 2016, baselineValue: '60', targetYear: 2020, targetValue: '80',
      value: '66', sourceNote: 'Illustrativ værdi', assessment: null, progressPercent: '30.0', expectedPercent: '25.0', status: 'on_track',
    },
    {
      id: '22222222-2222-4222-8222-222222222222', name: 'Ledighed', kind: 'quantitative', unit: 'pct.', direction: 'lower',
      baselineYear: 2016, baselineValue: '12.5', targetYear: 2020, targetValue: '10',
      value: '12.4', sourceNote: null, assessment: null, progressPercent: '4.0', expectedPercent: '25.0', status: 'off_track',
    },
  ],
  tracks: [
    { code: 'SELV', name: 'Spor SELV', ...money(2017, '2000000', '1900000', '1500000.50', '0.7500') },
    { code: 'SVR', name: 'Spor SVR', ...money(2017, '1000', '200', '50', '0.0500') },
  ],
  savings: money(2017, '2001000', '1900200', '1500050.50', '0.7497'),
};
const TEAM: AccountGoal = {
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  title: 'Stærkere fællesskaber',
  level: 'committee',
  parentId: JOBS.id,
  committeeCodes: ['ØU'],
  status: 'at_risk',
  indicators: [
    {
      id: '33333333-3333-4333-8333-333333333333', name: 'Dialog med foreningerne', kind: 'qualitative', unit: null, direction: null,
      baselineYear: null, baselineValue: null, targetYear: null, targetValue: null,
      value: null, sourceNote: null, assessment: 'Færre foreninger deltager end ventet.', progressPercent: null, expectedPercent: null, status: 'at_risk',
    },
  ],
  tracks: [{ code: 'VIF', name: 'Spor VIF', ...money(2017, '0', '0', '10', null) }],
  savings: money(2017, '0', '0', '10', null),
};
const ACCOUNT: EffectAccount = { year: 2017, budgetYear: 2017, goals: [TEAM, JOBS] };
const INDICES = [
  { year: 2017, index: '101.5', source: null, illustrative: true, version: 1 },
  { year: 2018, index: '103.2', source: 'KL', illustrative: false, version: 1 },
];

describe('EffectAccountPage', () => {
  let h: PageHarness;

  async function open(url = '/effect/account/2017'): Promise<void> {
    h = await signedIn([{ path: 'effect', children: effectRoutes }], 'director');
    await h.harness.navigateByUrl(url);
    await h.settle();
    h.http.expectOne(PRICE_INDICES_URL).flush(INDICES);
    h.http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    h.http.expectOne(BUDGET_YEARS_URL).flush([{ year: 2016, title: 'Budget 2016', priceLevelYear: 2016, status: 'agreed', periodYears: [2016, 2017, 2018, 2019], version: 1 }]);
  }

  afterEach(() => h.http.verify());

  const card = (id: string) => h.page().querySelector(`app-account-goal [data-goal="${id}"]`) as HTMLElement;

  it('shows every goal, Odensemål first, with exactly the API\'s indicator figures and savings', async () => {
    await open();
    h.http.expectOne((r) => r.url === accountUrl(2017) && !r.params.has('priceLevel')).flush(ACCOUNT);
    await h.settle();

    expect(visible(h.page().querySelector('h1'))).toBe('Effektregnskab 2017');
    expect(visible(h.page().querySelector('[data-testid=money-note]'))).toBe(
      'Besparelserne for 2017 er fra budget 2017, den nyeste budgetrunde, der dækker året. Beløbene er i 2017-priser.',
    );
    // Tree order: the Odensemål before the committee goal under it, though the API listed it second.
    expect(Array.from(h.page().querySelectorAll('app-account-goal h2, app-account-goal h3'), (e) => visible(e))).toEqual(['Flere borgere er i job', 'Stærkere fællesskaber']);
    expect(visible(card(JOBS.id).querySelector('[data-testid=goal-status]'))).toBe('Målets status 2017: Bagud');

    expect(tableRows(card(JOBS.id), '[data-testid=account-indicators]')).toEqual([
      ['Beskæftigelsesfrekvens', '2016: 60 pct.', '2020: 80 pct.', '66 pct. Kilde: Illustrativ værdi', '30,0 % forventet 25,0 %', 'På sporet'],
      ['Ledighed', '2016: 12,5 pct.', '2020: 10 pct.', '12,4 pct.', '4,0 % forventet 25,0 %', 'Bagud'],
    ]);
    const caption = card(JOBS.id).querySelector('[data-testid=account-tracks] caption');
    expect(visible(caption)).toBe('Penge: sporenes besparelser i 2017, budget 2017 (kr., 2017-priser)');
    // A screen reader also hears the goal: every goal card has such a table.
    expect(caption?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Penge: sporenes besparelser i 2017, budget 2017 (kr., 2017-priser) for Flere borgere er i job');
    expect(tableRows(card(JOBS.id), '[data-testid=account-tracks]')).toEqual([
      ['SELV Spor SELV', '2.000.000 kr.', '1.900.000 kr.', '1.500.000,50 kr.', '75,0 %'],
      ['SVR Spor SVR', '1.000 kr.', '200 kr.', '50 kr.', '5,0 %'],
      ['I alt', '2.001.000 kr.', '1.900.200 kr.', '1.500.050,50 kr.', '75,0 %'],
    ]);
    // A track links to its analysis across budget years: money and effect one click apart.
    expect(card(JOBS.id).querySelector('[data-track=SELV] a')?.getAttribute('href')).toBe('/analysis/spor/SELV');

    expect(tableRows(card(TEAM.id), '[data-testid=account-indicators]')).toEqual([
      ['Dialog med foreningerne', 'Kvalitativ: vurderes hvert år', 'Færre foreninger deltager end ventet.', '–', 'I risiko'],
    ]);
    expect(tableRows(card(TEAM.id), '[data-testid=account-tracks]')).toEqual([['VIF Spor VIF', '0 kr.', '0 kr.', '10 kr.', '–']]);
    expect(Array.from(h.page().querySelectorAll('.summary li'), (li) => visible(li))).toEqual(['I risiko 1 mål', 'Bagud 1 mål']);
  });

  it('asks the API for another price level and labels the amounts with it', async () => {
    await open();
    h.http.expectOne(accountUrl(2017)).flush(ACCOUNT);
    await h.settle();
    const select = h.page().querySelector<HTMLSelectElement>('app-price-level-select select') as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.textContent?.trim())).toEqual(['Budgetrundens eget prisniveau', '2017-priser (illustrativt indeks)', '2018-priser']);
    select.value = '2018';
    select.dispatchEvent(new Event('change'));
    await h.settle();

    expect(TestBed.inject(Router).url).toBe('/effect/account/2017?prisniveau=2018');
    const converted = { ...JOBS, tracks: JOBS.tracks.map((t) => ({ ...t, priceLevel: 2018 })), savings: { ...JOBS.savings, priceLevel: 2018, expected: '2034514.29' } };
    h.http.expectOne((r) => r.url === accountUrl(2017) && r.params.get('priceLevel') === '2018').flush({ ...ACCOUNT, goals: [converted] });
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=account-tracks] caption'))).toContain('(kr., 2018-priser)');
    expect(tableRows(card(JOBS.id), '[data-testid=account-tracks]')[2][1]).toBe('2.034.514,29 kr.');
    expect(select.value).toBe('2018');
  });

  it('shows the API\'s message when an index is missing, and says when no round covers the year', async () => {
    await open('/effect/account/2017?prisniveau=2019');
    h.http.expectOne((r) => r.url === accountUrl(2017)).flush(
      { statusCode: 400, error: 'Bad Request', message: ['priceLevel: pris- og lønindekset mangler for 2019; finance kan indtaste det under /api/price-indices'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await h.settle();
    expect(visible(h.page().querySelector('[role=alert]'))).toBe('priceLevel: pris- og lønindekset mangler for 2019; finance kan indtaste det under /api/price-indices.');

    await TestBed.inject(Router).navigateByUrl('/effect/account/2015');
    await h.settle();
    h.http.expectOne(accountUrl(2015)).flush({ year: 2015, budgetYear: null, goals: [{ ...JOBS, tracks: JOBS.tracks.map((t) => ({ ...t, ...money(null, '0', '0', '0', null) })), savings: money(null, '0', '0', '0', null) }] });
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=money-note]'))).toBe('Ingen budgetrunde har besparelser for 2015, så målene står uden penge.');
    expect(h.page().querySelector('[data-testid=account-tracks]')).toBeNull();
    expect(visible(card(JOBS.id).querySelector('.money-none'))).toBe('Sporene SELV, SVR har ingen besparelser i 2015: ingen budgetrunde dækker året.');
  });
});
