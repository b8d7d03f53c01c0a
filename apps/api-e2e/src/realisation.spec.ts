import { DataSource } from 'typeorm';
import { createBudgetYear } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Budget 2014's cells: track, committee (its administration in the comment), year, expected,
 * forecast, realised. Every sum and rate below is worked out by hand from these.
 */
const CELLS: [string, string, number, string, string | null, string | null][] = [
  ['SELV', 'SAU', 2014, '3', null, '1'], // SAF
  ['SELV', 'SAU', 2015, '0', '-0.50', '1'], // SAF; the cell left the allocation, what was entered stays
  ['SVR', 'SAU', 2014, '32', '30', '-1'], // SAF, though the track is owned by ÆHF
  ['SVR', 'ÆHU', 2014, '0', null, null], // ÆHF
  ['ÆLIV', 'ÆHU', 2015, '26000000', '24500000.50', '812500'], // ÆHF
  ['ÅBEN', 'ØU', 2014, '0', null, '100'], // BMF
  ['VIF', 'ØU', 2016, '5000000', null, null], // BMF
  ['SUND', 'SUU', 2014, '3', null, '-2'], // ÆHF
];

const sums = (expected: string, forecast: string, realised: string, rate: string | null) => ({ expected, forecast, realised, rate });
const TOTAL = sums('31000038', '24500030', '812599', '0.0262'); // 812599 / 31000038 = 0.026212…

/** The body for each groupBy; keys in code point order (Å C5 < Æ C6 < Ø D8), years ascending. */
const BY: Record<string, { key: string | number; expected: string; forecast: string; realised: string; rate: string | null }[]> = {
  track: [
    { key: 'SELV', ...sums('3', '-0.50', '2', '0.6667') }, // 2/3 = 0.66666…
    { key: 'SUND', ...sums('3', '0', '-2', '-0.6667') }, // negative, rounded away from zero
    { key: 'SVR', ...sums('32', '30', '-1', '-0.0313') }, // -0.03125: the half goes away from zero
    { key: 'VIF', ...sums('5000000', '0', '0', '0.0000') }, // nothing entered: nulls count as 0
    { key: 'ÅBEN', ...sums('0', '0', '100', null) }, // nothing expected: no rate
    { key: 'ÆLIV', ...sums('26000000', '24500000.50', '812500', '0.0313') }, // 0.03125 exactly
  ],
  committee: [
    { key: 'SAU', ...sums('35', '29.50', '1', '0.0286') }, // 1/35 = 0.028571…
    { key: 'SUU', ...sums('3', '0', '-2', '-0.6667') },
    { key: 'ÆHU', ...sums('26000000', '24500000.50', '812500', '0.0313') },
    { key: 'ØU', ...sums('5000000', '0', '100', '0.0000') }, // 0.00002
  ],
  administration: [
    { key: 'BMF', ...sums('5000000', '0', '100', '0.0000') },
    { key: 'SAF', ...sums('35', '29.50', '1', '0.0286') },
    { key: 'ÆHF', ...sums('26000003', '24500000.50', '812498', '0.0312') }, // 812498/26000003 = 0.031249…
  ],
  year: [
    { key: 2014, ...sums('38', '30', '98', '2.5789') }, // 98/38 = 2.578947…
    { key: 2015, ...sums('26000000', '24500000', '812501', '0.0313') }, // -0.50 + 24500000.50
    { key: 2016, ...sums('5000000', '0', '0', '0.0000') },
  ],
};
const NOTHING = { groups: [], total: sums('0', '0', '0', null) };

describe('realisation (realiseringsgrad) over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let director: string;
  let committee: string;

  const realisation = (query = '', token = director, year: number | string = 2014) =>
    t.request('GET', `/api/budget-years/${year}/realisation${query}`, { token });

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    const admin = await t.adminToken();
    const sundhed = { code: 'SUU', name: 'Sundhedsudvalget', administrationCode: 'ÆHF' };
    expect((await t.request('POST', '/api/committees', { token: admin, body: sundhed })).status).toBe(201);
    [finance, director, committee] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU'])]);
    for (const year of [2014, 2015, 2016]) await createBudgetYear(t, finance, year);
    const tracks: [string, string, string[]][] = [
      ['SELV', 'SAF', ['SAU']], ['SVR', 'ÆHF', ['SAU', 'ÆHU']], ['ÆLIV', 'ÆHF', ['ÆHU']],
      ['ÅBEN', 'BMF', ['ØU']], ['VIF', 'BMF', ['ØU']], ['SUND', 'ÆHF', ['SUU']],
    ];
    for (const [code, administrationCode, committees] of tracks) {
      const shares = committees.map((committeeCode) => ({ committeeCode, weight: '1' }));
      const res = await t.request('POST', '/api/tracks', { token: finance, body: { code, name: `Spor ${code}`, administrationCode, startYear: 2013, shares } });
      if (res.status !== 201) throw new Error(`track ${code}: ${JSON.stringify(res.body)}`);
    }
    const db = t.app.get(DataSource);
    for (const cell of CELLS) {
      await db.query(
        `INSERT INTO savings (budget_year, track_code, committee_code, year, expected, forecast, realised) VALUES (2014, $1, $2, $3, $4, $5, $6)`,
        cell,
      );
    }
    // Another round's row, which must not count in budget 2014.
    await db.query(`INSERT INTO savings (budget_year, track_code, committee_code, year, expected, realised) VALUES (2015, 'SELV', 'SAU', 2015, 999, 999)`);
  });
  afterAll(() => t.close());

  it.each(Object.keys(BY))('groups by %s with exact sums and rates, and the total', async (groupBy) => {
    const res = await realisation(`?groupBy=${groupBy}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ groups: BY[groupBy], total: TOTAL });
  });

  it('groups by track when groupBy is left out, for every role', async () => {
    for (const token of [director, committee, finance, await t.adminToken()]) {
      expect(await realisation('', token)).toMatchObject({ status: 200, body: { groups: BY['track'], total: TOTAL } });
    }
  });

  it('filters by track and committee before grouping; the total covers the filtered rows only', async () => {
    expect((await realisation('?trackCode=SVR&groupBy=committee')).body).toEqual({
      groups: [{ key: 'SAU', ...sums('32', '30', '-1', '-0.0313') }, { key: 'ÆHU', ...sums('0', '0', '0', null) }],
      total: sums('32', '30', '-1', '-0.0313'),
    });
    expect((await realisation('?committeeCode=%C3%98U')).body).toEqual({
      groups: [BY['track'][3], BY['track'][4]], // VIF and ÅBEN
      total: sums('5000000', '0', '100', '0.0000'),
    });
    expect((await realisation('?trackCode=SELV&committeeCode=SAU&groupBy=year')).body).toEqual({
      groups: [{ key: 2014, ...sums('3', '0', '1', '0.3333') }, { key: 2015, ...sums('0', '-0.50', '1', null) }], // 1/3
      total: sums('3', '-0.50', '2', '0.6667'),
    });
    expect((await realisation('?trackCode=selv')).body).toEqual(NOTHING);
  });

  it('shows an empty round as no groups and a zero total without rate', async () => {
    expect((await realisation('?groupBy=administration', director, 2016)).body).toEqual(NOTHING);
    expect((await realisation('', director, 2015)).body).toEqual({
      groups: [{ key: 'SELV', ...sums('999', '0', '999', '1.0000') }],
      total: sums('999', '0', '999', '1.0000'),
    });
  });

  it('follows what committees enter through PATCH', async () => {
    const [row] = (await t.request('GET', '/api/budget-years/2014/savings?trackCode=VIF', { token: finance })).body;
    const res = await t.request('PATCH', `/api/savings/${row.id}`, { token: finance, body: { forecast: '4000000', realised: '2500000.01', version: row.version } });
    expect(res.status).toBe(200);
    const vif = (await realisation('?trackCode=VIF')).body;
    expect(vif).toEqual({ groups: [{ key: 'VIF', ...sums('5000000', '4000000', '2500000.01', '0.5000') }], total: sums('5000000', '4000000', '2500000.01', '0.5000') });
    expect((await realisation()).body.total).toEqual(sums('31000038', '28500030', '3312599.01', '0.1069')); // 3312599.01/31000038 = 0.106857…
  });

  it('shows every write to the savings at once, however it was made, and a committee moved to another administration', async () => {
    const before = (await realisation('?trackCode=ÅBEN')).body;
    // As the allocation runner or an import writes: straight to the table, in one statement.
    await t.app.get(DataSource).query(`UPDATE savings SET realised = realised + 7 WHERE budget_year = 2014 AND track_code = 'ÅBEN'`);
    const after = (await realisation('?trackCode=ÅBEN')).body;
    expect(BigInt(after.total.realised) - BigInt(before.total.realised)).toBe(7n);
    // Grouping by administration follows the committee's administration at the moment of reading.
    const byAdministration = (await realisation('?groupBy=administration')).body;
    const admin = await t.adminToken();
    const ou = (await t.request('GET', '/api/committees', { token: admin })).body.find((c: { code: string }) => c.code === 'ØU');
    expect((await t.request('PATCH', '/api/committees/%C3%98U', { token: admin, body: { administrationCode: 'SAF', version: ou.version } })).status).toBe(200);
    const moved = (await realisation('?groupBy=administration')).body;
    expect(moved.groups.map((g: { key: string }) => g.key)).not.toEqual(byAdministration.groups.map((g: { key: string }) => g.key));
    expect(moved.total).toEqual(byAdministration.total);
  });

  it('answers an unknown budget year with 404 and a missing session with 401', async () => {
    expect((await realisation('', director, 2099)).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2099 findes ikke' });
    expect(await t.request('GET', '/api/budget-years/2014/realisation')).toMatchObject({
      status: 401,
      body: { statusCode: 401, error: 'Unauthorized', message: 'Du skal være logget ind' },
    });
  });

  it('documents groupBy and the shape in the OpenAPI document', async () => {
    const doc = (await t.request('GET', '/api/docs-json')).body;
    const get = doc.paths['/api/budget-years/{year}/realisation'].get;
    expect(get.parameters.find((p: { name: string }) => p.name === 'groupBy').schema).toMatchObject({ enum: ['track', 'committee', 'year', 'administration'], default: 'track' });
    expect(Object.keys(doc.components.schemas.RealisationDto.properties)).toEqual(['groups', 'total']);
  });
});
