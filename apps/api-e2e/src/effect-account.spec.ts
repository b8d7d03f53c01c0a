import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Savings rows of two rounds: budget year, track, committee, year, expected, forecast,
 * realised. 2017 is budget 2016's first projection year and budget 2017's budget year; the
 * account of 2017 must take budget 2017's rows only. Every figure below is worked out by hand.
 */
const CELLS: [number, string, string, number, string, string | null, string | null][] = [
  [2016, 'SELV', 'SAU', 2017, '1000000', '900000', null], // superseded by budget 2017
  [2016, 'SVR', 'SAU', 2019, '500', null, '250.50'],
  [2017, 'SELV', 'SAU', 2017, '2000000', '1900000', '1500000.50'],
  [2017, 'SVR', 'SAU', 2017, '300', '200', '100'],
  [2017, 'SVR', 'ÆHU', 2017, '700', null, '-50'],
  [2017, 'VIF', 'ØU', 2017, '0', null, '10'],
];

const money = (priceLevel: number | null, expected: string, forecast: string, realised: string, rate: string | null) => ({ priceLevel, expected, forecast, realised, rate });

describe('the effect account (effektregnskab) over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let director: string;
  let jobs: string;
  let team: string;
  let empty: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    [finance, director] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director')]);
    for (const [code, committees] of [['SELV', ['SAU']], ['SVR', ['SAU', 'ÆHU']], ['VIF', ['ØU']]] as const) {
      const shares = committees.map((committeeCode) => ({ committeeCode, weight: '1' }));
      const res = await t.request('POST', '/api/tracks', { token: finance, body: { code, name: `Spor ${code}`, administrationCode: 'SAF', startYear: 2016, shares } });
      expect(res.status).toBe(201);
    }
    for (const year of [2016, 2017]) {
      expect((await t.request('POST', '/api/budget-years', { token: finance, body: { year, title: `Budget ${year}` } })).status).toBe(201);
    }
    const db = t.app.get(DataSource);
    for (const cell of CELLS) {
      await db.query(
        `INSERT INTO savings (budget_year, track_code, committee_code, year, expected, forecast, realised) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        cell,
      );
    }
    jobs = await goal({ title: 'Flere borgere er i job', level: 'municipal', trackCodes: ['SVR', 'SELV'] });
    team = await goal({ title: 'Stærkere fællesskaber', level: 'committee', parentId: jobs, committeeCodes: ['ØU'], trackCodes: ['VIF'] });
    empty = await goal({ title: 'Et mål uden indikatorer', level: 'municipal' });
  });
  afterAll(() => t.close());

  async function goal(body: unknown): Promise<string> {
    const res = await t.request('POST', '/api/effect-goals', { token: finance, body });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function indicator(goalId: string, body: unknown, values: Record<number, unknown>): Promise<string> {
    const res = await t.request('POST', `/api/effect-goals/${goalId}/indicators`, { token: finance, body });
    expect(res.status).toBe(201);
    for (const [year, value] of Object.entries(values)) {
      expect((await t.request('PUT', `/api/indicators/${res.body.id}/values/${year}`, { token: finance, body: value })).status).toBe(201);
    }
    return res.body.id;
  }

  const account = (year: number | string, query = '', token = director) => t.request('GET', `/api/effect-account/${year}${query}`, { token });

  it('sets each goal\'s indicators against baseline and target, beside its tracks\' savings', async () => {
    const employment = await indicator(jobs, {
      name: 'Beskæftigelsesfrekvens', kind: 'quantitative', unit: 'pct.', direction: 'higher',
      baselineYear: 2016, baselineValue: '60', targetYear: 2020, targetValue: '80',
    }, { 2017: { value: '66', sourceNote: 'Illustrativ værdi' } });
    const unemployment = await indicator(jobs, {
      name: 'Ledighed', kind: 'quantitative', unit: 'pct.', direction: 'lower',
      baselineYear: 2016, baselineValue: '12.5', targetYear: 2020, targetValue: '10',
    }, { 2017: { value: '12.4' } });
    const dialogue = await indicator(team, { name: 'Dialog med foreningerne', kind: 'qualitative' },
      { 2017: { assessment: 'Færre foreninger deltager end ventet.', status: 'at_risk' } });
    await indicator(team, { name: 'Frivillige pr. 1.000 borgere', kind: 'quantitative', unit: 'antal', direction: 'higher',
      baselineYear: 2016, baselineValue: '40', targetYear: 2019, targetValue: '55' }, { 2018: { value: '50' } });

    const res = await account(2017);
    expect(res.status).toBe(200);
    expect(res.body.year).toBe(2017);
    expect(res.body.budgetYear).toBe(2017);
    const [a, b, c] = res.body.goals;
    expect(a).toMatchObject({ id: jobs, title: 'Flere borgere er i job', level: 'municipal', parentId: null, status: 'off_track' });
    expect(a.indicators).toEqual([
      {
        id: employment, name: 'Beskæftigelsesfrekvens', kind: 'quantitative', unit: 'pct.', direction: 'higher',
        baselineYear: 2016, baselineValue: '60', targetYear: 2020, targetValue: '80',
        // (66 − 60) ÷ (80 − 60) = 30 %, with 25 % of the way due after one of four years.
        value: '66', sourceNote: 'Illustrativ værdi', assessment: null, progressPercent: '30.0', expectedPercent: '25.0', status: 'on_track',
      },
      // (12.4 − 12.5) ÷ (10 − 12.5) = 4 %: less than half the 25 % due.
      expect.objectContaining({ id: unemployment, value: '12.4', progressPercent: '4.0', expectedPercent: '25.0', status: 'off_track' }),
    ]);
    expect(a.tracks).toEqual([
      // 1.500.000,50 ÷ 2.000.000 = 0.75000025
      { code: 'SELV', name: 'Spor SELV', ...money(2017, '2000000', '1900000', '1500000.50', '0.7500') },
      // SAU 300 + ÆHU 700; realised 100 − 50
      { code: 'SVR', name: 'Spor SVR', ...money(2017, '1000', '200', '50', '0.0500') },
    ]);
    // 1.500.050,50 ÷ 2.001.000 = 0.749650…
    expect(a.savings).toEqual(money(2017, '2001000', '1900200', '1500050.50', '0.7497'));

    // The qualitative assessment is at risk; the indicator without a 2017 value does not count.
    expect(b).toMatchObject({ id: team, parentId: jobs, committeeCodes: ['ØU'], status: 'at_risk' });
    expect(b.indicators.map((i: { id: string; status: string }) => i.status)).toEqual(['at_risk', 'no_data']);
    expect(b.indicators[0]).toMatchObject({ id: dialogue, value: null, assessment: 'Færre foreninger deltager end ventet.', progressPercent: null, expectedPercent: null });
    expect(b.indicators[1]).toMatchObject({ value: null, progressPercent: null, expectedPercent: '33.3' });
    expect(b.tracks).toEqual([{ code: 'VIF', name: 'Spor VIF', ...money(2017, '0', '0', '10', null) }]);

    expect(c).toMatchObject({ id: empty, status: 'no_data', indicators: [], tracks: [], savings: money(2017, '0', '0', '0', null) });
  });

  it('takes a year\'s money from the newest round that has rows for it', async () => {
    const res = await account(2019);
    expect(res.body.budgetYear).toBe(2016);
    const [a, b] = res.body.goals;
    expect(a.tracks).toEqual([
      { code: 'SELV', name: 'Spor SELV', ...money(2016, '0', '0', '0', null) },
      { code: 'SVR', name: 'Spor SVR', ...money(2016, '500', '0', '250.50', '0.5010') },
    ]);
    // 2019 is the target year of the volunteers' indicator; it has no 2019 value.
    expect(b.indicators[1]).toMatchObject({ status: 'no_data', expectedPercent: '100.0' });
    const none = await account(2015);
    expect(none.body.budgetYear).toBeNull();
    expect(none.body.goals[0].savings).toEqual(money(null, '0', '0', '0', null));
  });

  it('converts the money to another price level exactly (index 101.5 → 103.2)', async () => {
    for (const [year, index] of [[2016, '100'], [2017, '101.5'], [2018, '103.2']] as const) {
      expect((await t.request('PUT', `/api/price-indices/${year}`, { token: finance, body: { index, illustrative: true } })).status).toBe(201);
    }
    const res = await account(2017, '?priceLevel=2018');
    expect(res.status).toBe(200);
    // 2.000.000 × 103.2 ÷ 101.5 = 2.033.497,536… → 2.033.497,54; 1.500.000,50 × 103.2 ÷ 101.5 = 1.525.123,656… → 1.525.123,66
    expect(res.body.goals[0].tracks[0]).toEqual({ code: 'SELV', name: 'Spor SELV', ...money(2018, '2033497.54', '1931822.66', '1525123.66', '0.7500') });
    // The goal's sum is converted from the exact sum: 2.001.000 × 103.2 ÷ 101.5 = 2.034.514,285… → 2.034.514,29
    expect(res.body.goals[0].savings).toEqual(money(2018, '2034514.29', '1932026.01', '1525174.50', '0.7497'));
    const same = await account(2017, '?priceLevel=2017');
    expect(same.body.goals[0].savings).toEqual(money(2017, '2001000', '1900200', '1500050.50', '0.7497'));
  });

  it('answers 400 for a bad year, a bad price level or a missing index, and 401 without a session', async () => {
    expect((await account(1800)).body.message).toEqual(['year: skal være et årstal fra 1900 til 2200']);
    expect((await account('2017x')).status).toBe(400);
    expect((await account(2017, '?priceLevel=1e3')).body.message).toEqual(['priceLevel: skal være et årstal fra 1900 til 2200, fx 2016']);
    const missing = await account(2017, '?priceLevel=2019');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toEqual(['priceLevel: pris- og lønindekset mangler for 2019; finance kan indtaste det under /api/price-indices']);
    expect((await t.request('GET', '/api/effect-account/2017')).status).toBe(401);
  });
});
