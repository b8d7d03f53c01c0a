import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createBudgetYear } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const LEAKS = [/\bat .+:\d+:\d+/, /node_modules/, /\/work\//, /\bSELECT\b/i, /\bUPDATE\b/i, /QueryFailedError/, /TypeError/, /MoneyError/];

const nasty = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('1250.50', '-300.5', '999999999999999.99', '9999999999999999', '1e3', '0x10', ' 5', '1,5', '', '\u0000', 'ÆHU', 'on_track'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const field = fc.constantFrom('forecast', 'realised', 'status', 'comment', 'version', 'expected', 'trackCode', '__proto__');
const body = fc.oneof(
  fc.dictionary(field, fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), nasty, { maxKeys: 2 })), { maxKeys: 6 })
    .map((o) => JSON.stringify(o)),
  fc.constantFrom('{', '[]', 'null', '"x"', ''),
);
const queryValue = fc.oneof(
  fc.constantFrom('0', '1', '10000', '10001', '-1', '1e3', '2147483648', '99999999999999999999', 'SAU', '%C3%86HU', '%00', 'track', 'year', 'administration', '%FF'),
  fc.string({ maxLength: 10 }).map(encodeURIComponent),
);
const queryName = fc.constantFrom('limit', 'offset', 'trackCode', 'committeeCode', 'groupBy', 'x');
const query = fc.array(fc.tuple(queryName, queryValue), { maxLength: 4 }).map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

/** Malformed requests against the savings routes: nothing may answer 5xx or leak internals. */
describe('fuzzing the savings routes', () => {
  let t: TestApp;
  const tokens: Record<string, string | undefined> = { none: undefined };
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    [tokens['finance'], tokens['committee']] = await Promise.all([t.tokenFor('finance'), t.tokenFor('committee', ['SAU'])]);
    await createBudgetYear(t, tokens['finance'] as string, 2014);
    const shares = [{ committeeCode: 'SAU', weight: '1' }];
    await t.request('POST', '/api/tracks', { token: tokens['finance'], body: { code: 'SELV', name: 'Selvforsørgelse', administrationCode: 'SAF', startYear: 2013, shares } });
    [{ id }] = await t.app.get(DataSource).query(
      `INSERT INTO savings (budget_year, track_code, committee_code, year, expected) VALUES (2014, 'SELV', 'SAU', 2014, 26000000) RETURNING id`,
    );
  });
  afterAll(() => t.close());

  it('never answers 5xx and never leaks internals (≥ 600 requests)', async () => {
    const segment = fc.oneof(fc.constant(id), fc.constant('2014'), fc.constantFrom('abc', '%00', '1e3', '-1', '00000000-0000-0000-0000-000000000000', '%FF'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('PATCH /api/savings/{s}', 'GET /api/savings/{s}', 'GET /api/budget-years/{s}/savings', 'GET /api/budget-years/{s}/realisation'),
        segment,
        query,
        body,
        fc.constantFrom('finance', 'committee', 'none'),
        async (route, s, q, payload, who) => {
          const [method, template] = route.split(' ');
          const path = template.replace('{s}', s) + (method === 'GET' ? q : '');
          const res = await t.request(method, path, { token: tokens[who], body: method === 'GET' ? undefined : payload });
          const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
          expect({ path, payload, status: res.status, lt500: res.status < 500 }).toMatchObject({ lt500: true });
          for (const leak of LEAKS) expect({ path, leak: leak.test(text) }).toEqual({ path, leak: false });
        },
      ),
      { numRuns: 600 },
    );
    expect((await t.request('GET', '/api/health')).status).toBe(200);
  }, 120_000);
});
