import { startTestApp, TestApp } from './support/test-app';

/**
 * Two budget rounds allocated by the real worker:
 * - budget 2014, revision 2 (revision 1 is superseded): 1.000 kr. a year over SELV 3 : SVR 1
 *   → SELV/SAU 750, SVR 250 → SVR/SAU 125 and SVR/ÆHU 125;
 * - budget 2015, revision 1: 2.000 kr. a year over SELV 1 : SVR 1 → SELV/SAU 1.000,
 *   SVR/SAU 500, SVR/ÆHU 500.
 * Forecasts and realised amounts are then entered as a committee would. Every figure below is
 * worked out by hand from these.
 */
const ENTERED: [budgetYear: number, track: string, committee: string, year: number, fields: Record<string, string>][] = [
  [2014, 'SELV', 'SAU', 2014, { forecast: '720', realised: '700' }],
  [2014, 'SELV', 'SAU', 2015, { forecast: '740' }],
  [2014, 'SVR', 'SAU', 2014, { realised: '100.50' }],
  [2014, 'SVR', 'ÆHU', 2014, { realised: '150' }],
  [2015, 'SELV', 'SAU', 2015, { realised: '900' }],
  [2015, 'SVR', 'ÆHU', 2015, { realised: '-20' }],
];

type Figures = { priceLevel: number | null; expected: string; forecast: string; realised: string; rate: string | null };
const f = (priceLevel: number, expected: string, forecast: string, realised: string, rate: string | null): Figures => ({ priceLevel, expected, forecast, realised, rate });
const year = (y: number, own: Figures, cumulative: Figures) => ({ year: y, ...own, cumulative });

describe('analysis across budget rounds over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let director: string;

  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKER: 'true' });
    await t.createOrganisation();
    [finance, director] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director')]);
    const track = (code: string, administrationCode: string, committees: string[]) =>
      t.request('POST', '/api/tracks', {
        token: finance,
        body: { code, name: `Spor ${code}`, administrationCode, startYear: 2014, shares: committees.map((committeeCode) => ({ committeeCode, weight: '1' })) },
      });
    expect((await track('SELV', 'SAF', ['SAU'])).status).toBe(201);
    expect((await track('SVR', 'ÆHF', ['SAU', 'ÆHU'])).status).toBe(201);
    await round(2014, [{ '100': ['1', '1'] }, { '1000': ['3', '1'] }]);
    await round(2015, [{ '2000': ['1', '1'] }]);
    for (const [budgetYear, trackCode, committeeCode, y, fields] of ENTERED) {
      const rows = await t.request('GET', `/api/budget-years/${budgetYear}/savings?trackCode=${trackCode}&committeeCode=${encodeURIComponent(committeeCode)}`, { token: finance });
      const row = rows.body.find((r: { year: number }) => r.year === y);
      const res = await t.request('PATCH', `/api/savings/${row.id}`, { token: finance, body: { ...fields, version: row.version } });
      expect(res.status).toBe(200);
    }
  }, 120_000);
  afterAll(() => t.close());

  /** Posts each revision (pool per year → SELV and SVR weights) and waits for the last one's run. */
  async function round(budgetYear: number, revisions: Record<string, [string, string]>[]): Promise<void> {
    expect((await t.request('POST', '/api/budget-years', { token: finance, body: { year: budgetYear, title: `Budget ${budgetYear}` } })).status).toBe(201);
    for (const [i, revision] of revisions.entries()) {
      const [[pool, [selv, svr]]] = Object.entries(revision);
      const res = await t.request('POST', `/api/budget-years/${budgetYear}/frameworks`, {
        token: finance,
        body: {
          decidedOn: `${budgetYear - 1}-02-0${i + 1}`, decidedBy: 'ØU', title: `Ramme ${budgetYear}, revision ${i + 1}`, allocationMethod: 'top_down',
          pool: Object.fromEntries([0, 1, 2, 3].map((k) => [String(budgetYear + k), pool])),
          trackWeights: [{ trackCode: 'SELV', weight: selv }, { trackCode: 'SVR', weight: svr }],
        },
      });
      expect(res.status).toBe(201);
    }
    for (let i = 0; i < 400; i++) {
      const allocation = await t.request('GET', `/api/budget-years/${budgetYear}/allocation`, { token: finance });
      if (allocation.body.run?.frameworkRevision === revisions.length) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`budget ${budgetYear} was not allocated`);
  }

  const analysis = (path: string, token = director) => t.request('GET', `/api/analysis/${path}`, { token });

  it('shows a track in every round: per year, cumulative, rate, and the revision that set the expectation', async () => {
    const res = await analysis('tracks/SELV');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ entityType: 'track', code: 'SELV', name: 'Spor SELV', priceLevel: null });
    const [r2014, r2015] = res.body.rounds;
    expect(res.body.rounds).toHaveLength(2);
    expect(r2014).toMatchObject({
      budgetYear: 2014, title: 'Budget 2014', status: 'framework_announced', priceLevelYear: 2014,
      framework: { revision: 2, decidedOn: '2013-02-02', decidedBy: 'ØU', title: 'Ramme 2014, revision 2', allocationMethod: 'top_down' },
    });
    expect(r2014.years).toEqual([
      year(2014, f(2014, '750', '720', '700', '0.9333'), f(2014, '750', '720', '700', '0.9333')), // 700/750 = 0.93333…
      year(2015, f(2014, '750', '740', '0', '0.0000'), f(2014, '1500', '1460', '700', '0.4667')),
      year(2016, f(2014, '750', '0', '0', '0.0000'), f(2014, '2250', '1460', '700', '0.3111')),
      year(2017, f(2014, '750', '0', '0', '0.0000'), f(2014, '3000', '1460', '700', '0.2333')),
    ]);
    expect(r2014.total).toEqual(f(2014, '3000', '1460', '700', '0.2333'));
    expect(r2015).toMatchObject({ budgetYear: 2015, priceLevelYear: 2015, framework: { revision: 1, title: 'Ramme 2015, revision 1' } });
    expect(r2015.years.map((y: { year: number; realised: string; cumulative: Figures }) => [y.year, y.realised, y.cumulative.expected, y.cumulative.rate])).toEqual([
      [2015, '900', '1000', '0.9000'], [2016, '0', '2000', '0.4500'], [2017, '0', '3000', '0.3000'], [2018, '0', '4000', '0.2250'],
    ]);
  });

  it('shows a committee and an administration through their committees\' rows', async () => {
    const aehu = await analysis(`committees/${encodeURIComponent('ÆHU')}`);
    expect(aehu.body).toMatchObject({ entityType: 'committee', code: 'ÆHU', name: 'Ældre- og Handicapudvalget' });
    expect(aehu.body.rounds.map((r: { budgetYear: number; years: Figures[] }) => [r.budgetYear, r.years[0]])).toEqual([
      [2014, expect.objectContaining({ year: 2014, expected: '125', realised: '150', rate: '1.2000' })],
      [2015, expect.objectContaining({ year: 2015, expected: '500', realised: '-20', rate: '-0.0400' })],
    ]);
    // SAF owns committee SAU: SELV's 750 and SVR's 125; realised 700 + 100.50. 800.5 / 875 = 0.914857…
    const saf = await analysis('administrations/SAF');
    expect(saf.body.rounds[0].years[0]).toEqual(year(2014, f(2014, '875', '720', '800.50', '0.9149'), f(2014, '875', '720', '800.50', '0.9149')));
    expect(saf.body.rounds[1].total).toEqual(f(2015, '6000', '0', '900', '0.1500'));
    const bmf = await analysis('administrations/BMF');
    expect(bmf.body).toEqual({ entityType: 'administration', code: 'BMF', name: 'Borgmesterforvaltningen', priceLevel: null, rounds: [] });
  });

  it('answers 404 for an unknown entity and 401 without a session', async () => {
    expect((await analysis('tracks/NOPE')).status).toBe(404);
    expect((await analysis('committees/NOPE')).body.message).toBe('Udvalget NOPE findes ikke');
    expect((await analysis('administrations/%20x')).status).toBe(404);
    expect((await t.request('GET', '/api/analysis/tracks/SELV')).status).toBe(401);
  });

  describe('price levels', () => {
    const put = (y: number | string, body: unknown, token = finance) => t.request('PUT', `/api/price-indices/${y}`, { token, body });

    it('keeps a versioned, audited index per year that only finance writes', async () => {
      const created = await put(2014, { index: '100', illustrative: true });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ year: 2014, index: '100', source: null, illustrative: true, version: 1 });
      expect((await put(2014, { index: '101' })).status).toBe(409);
      const replaced = await put(2014, { index: '100.000', source: 'KL, P/L-skøn', version: 1 });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toEqual({ year: 2014, index: '100', source: 'KL, P/L-skøn', illustrative: false, version: 2 });
      expect((await put(2014, { index: '99', version: 1 })).status).toBe(409);
      for (const token of [director, await t.adminToken(), await t.tokenFor('committee', ['SAU'])]) {
        expect((await put(2016, { index: '104.04' }, token)).status).toBe(403);
      }
      expect((await put(2016, { index: '0' })).body.message).toEqual(['index: skal være større end 0']);
      expect((await put(2016, { index: 104.04, extra: true })).body.message).toEqual([
        'extra: feltet kendes ikke', 'index: skal være et decimaltal som tekst, fx "72.5"',
      ]);
      expect((await put(1899, { index: '1' })).body.message).toEqual(['year: skal være et årstal fra 1900 til 2200']);
      expect((await put(2016, { index: '104.04' })).status).toBe(201);
      const list = await t.request('GET', '/api/price-indices', { token: director });
      expect(list.body.map((r: { year: number; index: string }) => [r.year, r.index])).toEqual([[2014, '100'], [2016, '104.04']]);
      const audit = await t.request('GET', '/api/audit?entityType=price_index&entityId=2014', { token: finance });
      expect(audit.body.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
    });

    it('needs the index of every round\'s own price level', async () => {
      const res = await analysis('tracks/SELV?priceLevel=2016');
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['priceLevel: pris- og lønindekset mangler for 2015; finance kan indtaste det under /api/price-indices']);
    });

    it('converts every amount exactly to the chosen price level and labels it', async () => {
      expect((await put(2015, { index: '102' })).status).toBe(201);
      const res = await analysis('tracks/SELV?priceLevel=2016');
      expect(res.status).toBe(200);
      expect(res.body.priceLevel).toBe(2016);
      const [r2014, r2015] = res.body.rounds;
      expect(r2014.priceLevelYear).toBe(2014);
      // × 104.04 ÷ 100: 750 → 780,30; 720 → 749,088 → 749,09; 700 → 728,28.
      expect(r2014.years[0]).toEqual(year(2014, f(2016, '780.30', '749.09', '728.28', '0.9333'), f(2016, '780.30', '749.09', '728.28', '0.9333')));
      // Cumulative 2017 from the exact sums: 3.000 → 3.121,20; 1.460 → 1.518,984 → 1.518,98.
      expect(r2014.total).toEqual(f(2016, '3121.20', '1518.98', '728.28', '0.2333'));
      // × 104.04 ÷ 102 = × 1.02: 1.000 → 1.020; 900 → 918.
      expect(r2015.years[0]).toEqual(year(2015, f(2016, '1020', '0', '918', '0.9000'), f(2016, '1020', '0', '918', '0.9000')));
      const own = await analysis('tracks/SELV?priceLevel=2014');
      // Budget 2015 back to 2014 prices: 1.000 × 100 ÷ 102 = 980,392… → 980,39.
      expect(own.body.rounds[1].years[0]).toMatchObject({ priceLevel: 2014, expected: '980.39', realised: '882.35' });
      expect(own.body.rounds[0].years[0]).toMatchObject({ priceLevel: 2014, expected: '750' });
      expect((await analysis('tracks/SELV?priceLevel=abc')).body.message).toEqual(['priceLevel: skal være et årstal fra 1900 til 2200, fx 2016']);
    });
  });
});
