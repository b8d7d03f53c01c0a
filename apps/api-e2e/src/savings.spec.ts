import { DataSource } from 'typeorm';
import { auditRows, createBudgetYear } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** When the rows below were "written by the allocation": fixed, so list bodies can be exact. */
const SEEDED_AT = '2014-01-15T08:00:00.000Z';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const NO_SUCH_ROW = (id: string) => ({ statusCode: 404, error: 'Not Found', message: `Besparelsesrækken ${id} findes ikke` });
const ROLE_FORBIDDEN = { statusCode: 403, error: 'Forbidden', message: 'Din rolle må ikke gøre dette' };

type Cell = [trackCode: string, committeeCode: string, year: number, expected: string];

/** A savings row as the API returns it, fresh from the allocation (nothing entered yet). */
const row = (id: string, [trackCode, committeeCode, year, expected]: Cell, extra: object = {}) => ({
  id, trackCode, committeeCode, year, expected, forecast: null, realised: null, status: 'on_track', comment: '',
  version: 1, updatedAt: SEEDED_AT, updatedBy: 'system', ...extra,
});

describe('savings follow-up over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let financeEmail: string;
  let director: string;
  let sau: string;
  let sauEmail: string;
  let aehu: string;
  let sauAndOu: string;

  /** Rows as the allocation job would write them (it is not built yet), with their ids. */
  const insertCells = async (budgetYear: number, cells: Cell[]): Promise<string[]> => {
    const inserted: { id: string }[] = await t.app.get(DataSource).query(
      `INSERT INTO savings (budget_year, track_code, committee_code, year, expected, updated_at)
       SELECT $1, c.track, c.committee, c.year, c.expected, $6 FROM unnest($2::text[], $3::text[], $4::int[], $5::bigint[]) WITH ORDINALITY
         AS c (track, committee, year, expected, n) ORDER BY c.n RETURNING id`,
      [budgetYear, ...[0, 1, 2, 3].map((i) => cells.map((c) => c[i])), SEEDED_AT],
    );
    return inserted.map((r) => r.id);
  };
  const list = (query = '', token = director, year: number | string = 2014) =>
    t.request('GET', `/api/budget-years/${year}/savings${query}`, { token });
  const get = (id: string, token = director) => t.request('GET', `/api/savings/${id}`, { token });
  const patch = (id: string, body: unknown, token = finance) => t.request('PATCH', `/api/savings/${id}`, { token, body });
  const emailOf = async (token: string): Promise<string> => (await t.request('GET', '/api/auth/me', { token })).body.email;

  // Budget 2014's cells in the order the API must list them: codes by code point, then year.
  // Danish collation would put ÆLIV before ÅBEN and locale-blind sorting ÆHU before SAU.
  const ordered: Cell[] = [
    ['SELV', 'SAU', 2014, '26000000'],
    ['SELV', 'SAU', 2015, '26000000'],
    ['SVR', 'SAU', 2014, '13000000'],
    ['SVR', 'ÆHU', 2014, '13000000'],
    ['ÅBEN', 'ØU', 2014, '5000000'],
    ['ÆLIV', 'ÆHU', 2015, '45000000'],
  ];
  let rows: ReturnType<typeof row>[];
  let nextYear = 2015;
  /** A row of its own in budget 2015 for a test that writes (SELV is SAU's track, ÅBEN ØU's). */
  const freshRow = async (track: 'SELV' | 'ÅBEN' = 'SELV') => {
    const cell: Cell = [track, track === 'SELV' ? 'SAU' : 'ØU', nextYear++, '1000000'];
    const [id] = await insertCells(2015, [cell]);
    return row(id, cell);
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    [finance, director, sau, aehu, sauAndOu] = await Promise.all([
      t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU']), t.tokenFor('committee', ['ÆHU']),
      t.tokenFor('committee', ['SAU', 'ØU']),
    ]);
    [financeEmail, sauEmail] = await Promise.all([emailOf(finance), emailOf(sau)]);
    for (const year of [2013, 2014, 2015]) await createBudgetYear(t, finance, year);
    for (const [code, administrationCode, committees] of [
      ['SELV', 'SAF', ['SAU']], ['SVR', 'ÆHF', ['SAU', 'ÆHU']], ['ÆLIV', 'ÆHF', ['ÆHU']], ['ÅBEN', 'BMF', ['ØU']],
    ] as const) {
      const shares = committees.map((committeeCode) => ({ committeeCode, weight: '1' }));
      const res = await t.request('POST', '/api/tracks', { token: finance, body: { code, name: `Spor ${code}`, administrationCode, startYear: 2013, shares } });
      if (res.status !== 201) throw new Error(`track ${code}: ${JSON.stringify(res.body)}`);
    }
    // Inserted shuffled, so only the query's ORDER BY can produce the order above.
    const shuffled = [5, 3, 0, 4, 2, 1].map((i) => ordered[i]);
    const ids = await insertCells(2014, shuffled);
    rows = ordered.map((cell) => row(ids[shuffled.indexOf(cell)], cell));
  });
  afterAll(() => t.close());

  describe('GET /api/budget-years/:year/savings', () => {
    it('lists every row of the round in code point order with money as canonical strings', async () => {
      const res = await list('', sau);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(rows);
    });

    it.each([
      ['?trackCode=SVR', [2, 3]],
      ['?committeeCode=%C3%86HU', [3, 5]],
      ['?trackCode=SVR&committeeCode=SAU', [2]],
      ['?trackCode=selv', []],
      ['?committeeCode=BUU', []],
      ['?limit=2', [0, 1]],
      ['?limit=2&offset=2', [2, 3]],
      ['?offset=4', [4, 5]],
      ['?offset=6', []],
      ['?limit=10000&offset=0', [0, 1, 2, 3, 4, 5]],
      ['?committeeCode=SAU&limit=1&offset=1', [1]],
    ])('%s gives the matching rows, in order', async (query, indexes) => {
      const res = await list(query);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(indexes.map((i) => rows[i]));
    });

    it('answers an unknown budget year with 404 and a round without rows with []', async () => {
      expect((await list('', director, 2099)).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2099 findes ikke' });
      expect((await list('', director, 2013)).body).toEqual([]);
    });
  });

  describe('GET /api/savings/:id', () => {
    it('returns one row to every role', async () => {
      for (const token of [director, sau, aehu, finance, await t.adminToken()]) {
        expect(await get(rows[4].id, token)).toMatchObject({ status: 200, body: rows[4] });
      }
    });

    it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '1', '%00', "'%20OR%201=1"])('answers %s with 404', async (id) => {
      const res = await get(id);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(NO_SUCH_ROW(decodeURIComponent(id)));
    });
  });

  describe('PATCH /api/savings/:id', () => {
    it('lets finance enter forecast, realised (negative), status and comment; bumps version, time and author', async () => {
      const before = await freshRow();
      const res = await patch(before.id, { forecast: '24500000.5', realised: '-300.50', status: 'at_risk', comment: 'Forsinket opstart i jobcentret.', version: 1 });
      const expected = { ...before, forecast: '24500000.50', realised: '-300.50', status: 'at_risk', comment: 'Forsinket opstart i jobcentret.', version: 2, updatedBy: financeEmail };
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...expected, updatedAt: expect.stringMatching(ISO) });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(SEEDED_AT));
      expect((await get(before.id)).body).toEqual(res.body);
      expect((await list()).body).toEqual(rows);
    });

    it('stores amounts canonically, changes only what is sent, and clears with null', async () => {
      const { id } = await freshRow();
      const first = await patch(id, { forecast: '1250.00', realised: '-0', version: 1 });
      expect(first.body).toMatchObject({ forecast: '1250', realised: '0', status: 'on_track', comment: '', version: 2 });
      const second = await patch(id, { comment: '', status: 'realised', version: 2 });
      expect(second.body).toMatchObject({ forecast: '1250', realised: '0', status: 'realised', comment: '', version: 3 });
      const third = await patch(id, { forecast: null, realised: '999999999999999.99', version: 3 });
      expect(third.body).toMatchObject({ forecast: null, realised: '999999999999999.99', status: 'realised', version: 4 });
      const fourth = await patch(id, { version: 4 });
      expect(fourth.body).toEqual({ ...third.body, version: 5, updatedAt: expect.stringMatching(ISO) });
    });

    it('records one audit row per write with before and after exactly as the API returned them', async () => {
      const before = await freshRow();
      const first = await patch(before.id, { realised: '100.10', version: 1 });
      const second = await patch(before.id, { comment: 'Realiseret som ventet.', version: 2 }, sau);
      expect(await auditRows(t, 'savings', before.id)).toEqual([
        { actor: financeEmail, action: 'update', before, after: first.body },
        { actor: sauEmail, action: 'update', before: first.body, after: second.body },
      ]);
    });

    it('lets a committee user write its own committees’ rows and no one else’s (403, nothing changes)', async () => {
      const own = await freshRow('SELV');
      const other = await freshRow('ÅBEN');
      expect(await patch(own.id, { forecast: '1', version: 1 }, sau)).toMatchObject({ status: 200, body: { forecast: '1', updatedBy: sauEmail } });
      expect(await patch(other.id, { forecast: '1', version: 1 }, sau)).toMatchObject({
        status: 403,
        body: { statusCode: 403, error: 'Forbidden', message: 'Du må kun rette besparelser for dine egne udvalg (SAU); denne række hører til udvalget ØU' },
      });
      expect((await patch(own.id, { forecast: '2', version: 2 }, aehu)).body.message).toBe(
        'Du må kun rette besparelser for dine egne udvalg (ÆHU); denne række hører til udvalget SAU',
      );
      expect(await patch(other.id, { forecast: '3', version: 1 }, sauAndOu)).toMatchObject({ status: 200, body: { forecast: '3' } });
      expect((await get(own.id)).body).toMatchObject({ forecast: '1', version: 2 });
      expect(await auditRows(t, 'savings', other.id)).toHaveLength(1);
    });

    it('refuses directors and admins with 403 whatever the row', async () => {
      const { id } = await freshRow();
      for (const token of [director, await t.adminToken()]) {
        expect(await patch(id, { forecast: '1', version: 1 }, token)).toMatchObject({ status: 403, body: ROLE_FORBIDDEN });
      }
      expect((await get(id)).body.version).toBe(1);
    });

    it('answers a stale version with 409 and changes nothing', async () => {
      const { id } = await freshRow();
      const current = (await patch(id, { forecast: '10', version: 1 })).body;
      const res = await patch(id, { forecast: '20', comment: 'for sent', version: 1 });
      expect(res.status).toBe(409);
      expect(res.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: `Besparelsen for SELV, SAU, ${current.year} (budget 2015) er blevet ændret af en anden, siden du hentede version 1. Hent den nyeste version, og prøv igen.`,
      });
      expect((await get(id)).body).toEqual(current);
      expect(await auditRows(t, 'savings', id)).toHaveLength(1);
    });

    it('answers a write to a closed budget year with 409 and changes nothing', async () => {
      const cell: Cell = ['SELV', 'SAU', 2013, '26000000'];
      const [id] = await insertCells(2013, [cell]);
      expect((await t.request('PATCH', '/api/budget-years/2013', { token: finance, body: { status: 'closed', version: 1 } })).status).toBe(200);
      for (const token of [finance, sau]) {
        expect(await patch(id, { realised: '26000000', version: 1 }, token)).toMatchObject({
          status: 409,
          body: { statusCode: 409, error: 'Conflict', message: 'Budgetåret 2013 er lukket, og intet under det kan ændres længere' },
        });
      }
      expect((await get(id)).body).toEqual(row(id, cell));
      expect(await auditRows(t, 'savings', id)).toEqual([]);
    });

    it('answers an unknown or malformed id with 404', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'SELV']) {
        expect(await patch(id, { forecast: '1', version: 1 })).toMatchObject({ status: 404, body: NO_SUCH_ROW(id) });
      }
    });

    it('lets exactly one of 10 concurrent writers with the same version win', async () => {
      const { id } = await freshRow();
      const bodies = Array.from({ length: 10 }, (_, i) => ({ forecast: `${i + 1}000.5${i}`, status: 'off_track', comment: `Skribent ${i}`, version: 1 }));
      const results = await Promise.all(bodies.map((body, i) => patch(id, body, i % 2 ? sau : finance)));
      expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
      const winner = results.find((r) => r.status === 200)?.body;
      expect(winner).toMatchObject({ ...bodies[results.findIndex((r) => r.status === 200)], version: 2 });
      expect((await get(id)).body).toEqual(winner);
      expect((await auditRows(t, 'savings', id)).map((a) => a.after)).toEqual([winner]);
    });
  });

  describe('sessions and documentation', () => {
    it('needs a session for every route (401)', async () => {
      for (const [method, path] of [['GET', '/api/budget-years/2014/savings'], ['GET', `/api/savings/${rows[0].id}`], ['PATCH', `/api/savings/${rows[0].id}`]]) {
        const res = await t.request(method, path, { body: method === 'PATCH' ? { forecast: '1', version: 1 } : undefined });
        expect(res).toMatchObject({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Du skal være logget ind' } });
      }
      expect((await get(rows[0].id)).body).toEqual(rows[0]);
    });

    it('publishes the routes with their roles and shapes in the OpenAPI document', async () => {
      const doc = (await t.request('GET', '/api/docs-json')).body;
      expect(Object.keys(doc.paths['/api/budget-years/{year}/savings'])).toEqual(['get']);
      expect(Object.keys(doc.paths['/api/savings/{id}'])).toEqual(['get', 'patch']);
      expect(doc.paths['/api/savings/{id}'].patch.summary).toContain('committee for egne udvalg');
      expect(doc.paths['/api/budget-years/{year}/savings'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(
        ['committeeCode', 'limit', 'offset', 'priceLevel', 'trackCode', 'year'],
      );
      expect(doc.components.schemas.UpdateSavingsDto.required).toEqual(['version']);
      expect(Object.keys(doc.components.schemas.SavingsRowDto.properties)).toEqual(Object.keys(rows[0]));
    });
  });
});
