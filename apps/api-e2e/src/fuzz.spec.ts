import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Malformed requests of every kind against every endpoint: nothing may answer 5xx, and no
 * body may leak a stack trace, SQL or a file path.
 */
const ENDPOINTS: [method: string, path: string][] = [
  ['POST', '/api/auth/login'],
  ['POST', '/api/auth/password'],
  ['POST', '/api/users'],
  ['PATCH', '/api/users/{id}'],
  ['POST', '/api/users/{id}/password'],
  ['POST', '/api/administrations'],
  ['PATCH', '/api/administrations/{code}'],
  ['POST', '/api/committees'],
  ['PATCH', '/api/committees/{code}'],
  ['POST', '/api/budget-years'],
  ['PATCH', '/api/budget-years/{year}'],
  ['POST', '/api/tracks'],
  ['PATCH', '/api/tracks/{code}'],
  ['POST', '/api/budget-years/{year}/frameworks'],
  ['PUT', '/api/budget-years/{year}/bids'],
  ['GET', '/api/budget-years/{year}/frameworks/{revision}'],
  ['GET', '/api/budget-years/{year}/frameworks/diff?from={revision}&to={revision}'],
  ['GET', '/api/audit?limit={revision}&entityType={code}'],
  ['GET', '/api/tracks/{code}'],
  ['GET', '/api/users/{id}'],
  ['POST', '/api/budget-years/{year}/allocation/recompute'],
  ['GET', '/api/budget-years/{year}/allocation'],
  ['GET', '/api/budget-years/{year}/allocation-runs?limit={revision}'],
  ['GET', '/api/allocation-runs/{id}'],
  ['GET', '/api/allocation-runs/{id}/explanation?trackCode={code}&committeeCode={code}&year={year}'],
  ['GET', '/api/budget-years/{year}/savings?trackCode={code}&limit={revision}&offset={revision}'],
  ['PATCH', '/api/savings/{id}'],
  ['GET', '/api/budget-years/{year}/realisation?groupBy={code}'],
  ['GET', '/api/budget-years/{year}/savings/export?format={code}&delimiter={code}'],
  ['POST', '/api/budget-years/{year}/savings/import?dryRun={code}'],
  ['POST', '/api/budget-years/{year}/frameworks/import?dryRun={code}'],
  ['GET', '/api/budget-years/{year}/reports/committee/{code}.pdf'],
  ['POST', '/api/effect-goals'],
  ['PATCH', '/api/effect-goals/{id}'],
  ['POST', '/api/effect-goals/{id}/indicators'],
  ['PUT', '/api/indicators/{id}/values/{year}'],
  ['GET', '/api/effect-account/{year}?priceLevel={revision}'],
  ['GET', '/api/analysis/tracks/{code}?priceLevel={revision}'],
  ['PUT', '/api/price-indices/{year}'],
  ['POST', '/api/budget-years/{year}/milestones'],
  ['PATCH', '/api/milestones/{id}'],
  ['POST', '/api/budget-years/{year}/follow-up-rounds'],
  ['PUT', '/api/follow-up-rounds/{id}/cells/{id}'],
  ['POST', '/api/follow-up-rounds/{id}/close'],
  ['GET', '/api/budget-years/{year}/calendar.ics?token={code}'],
];

const LEAKS = [/\bat .+:\d+:\d+/, /node_modules/, /\/work\//, /\bSELECT\b/i, /\bINSERT\b/i, /QueryFailedError/, /TypeError/, /ReferenceError/];

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom("'; DROP TABLE users; --", '<script>alert(1)</script>', '\u0000\u0001\u001f', '%FF', '../../etc/passwd', 'ÆHU', 'ØU', '𝔘𝔫𝔦', ''),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 0.1, 2.005),
  fc.constantFrom('99999999999999999999999', '-1', '1.001', '1e9', '0x10', ' 5', 'NaN'),
  fc.boolean(),
  fc.constant(null),
);
const field = fc.constantFrom(
  'email', 'password', 'name', 'role', 'committeeCodes', 'code', 'administrationCode', 'version', 'year', 'title',
  'priceLevelYear', 'status', 'startYear', 'shares', 'description', 'dependsOnFreeMunicipality', 'decidedOn', 'decidedBy',
  'allocationMethod', 'pool', 'trackWeights', 'entries', 'active', 'currentPassword', 'newPassword', '__proto__', 'constructor',
  'forecast', 'realised', 'comment',
);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, nasty, nasty, tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(field, fc.string({ maxLength: 8 })), tie('any'), { maxKeys: 6 }),
})).any;
const body = fc.oneof(
  fc.dictionary(field, value, { maxKeys: 8 }).map((o) => JSON.stringify(o)),
  value.map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom('{', '{"a":', '[1,2', 'null', '"text"', '{"email": "a", }', '\u0000', '{"a":1}{"b":2}', ''),
  fc.string({ maxLength: 60 }),
);
const segment = fc.oneof(
  fc.constantFrom('2014', '0', '-1', '99999999999', '1e3', 'abc', '%FF', '%C3%86HU', 'SVR', '%00', 'null', '00000000-0000-0000-0000-000000000000', '1.5'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const contentType = fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x');

describe('fuzzing every endpoint with malformed requests', () => {
  let t: TestApp;
  let finance: string;
  let admin: string;
  let sent = 0;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const accepted: string[] = [];
  let auditBefore = '0';

  it('never answers 5xx and never leaks internals (1,500 requests; with savings-fuzz.spec.ts over 2,000)', async () => {
    [{ max: auditBefore }] = await t.app.get(DataSource).query(`SELECT COALESCE(max(id), 0)::text AS max FROM audit_log`);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS),
        fc.tuple(segment, segment, segment),
        body,
        contentType,
        fc.constantFrom('finance', 'admin', 'none'),
        async ([method, template], [a, b, c], payload, type, who) => {
          const path = template.replace('{id}', a).replace('{code}', a).replace('{year}', b).replace(/\{revision\}/g, c);
          const token = who === 'finance' ? finance : who === 'admin' ? admin : undefined;
          const res = await t.request(method, path, {
            token,
            body: method === 'GET' ? undefined : payload,
            headers: { 'content-type': type },
          });
          sent++;
          if (method !== 'GET' && res.status < 300 && !path.startsWith('/api/auth/')) accepted.push(`${method} ${path} ${res.status}`);
          const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
          expect({ path, status: res.status, lt500: res.status < 500 }).toMatchObject({ lt500: true });
          for (const leak of LEAKS) expect({ path, leak: leak.test(text) }).toEqual({ path, leak: false });
        },
      ),
      { numRuns: 1500 },
    );
    expect(sent).toBeGreaterThanOrEqual(1500);
    // The server is still healthy afterwards, and valid writes still go through.
    expect((await t.request('GET', '/api/health')).status).toBe(200);
    for (const [path, token, body] of [
      ['/api/budget-years', finance, { year: 2031, title: 'Efter fuzzing' }],
      ['/api/committees', admin, { code: 'EFU', name: 'Efter fuzzing', administrationCode: 'BMF' }],
    ] as const) {
      const res = await t.request('POST', path, { token, body });
      if (res.status === 201) accepted.push(`POST ${path} 201`);
    }
    expect(accepted.length).toBeGreaterThanOrEqual(2);
    // And the database holds only what the accepted requests wrote: every change to the data
    // leaves exactly one audit row in its own transaction, so the audit rows written during the
    // fuzzing (logins and file exports aside, which are reads) are exactly as many as the
    // requests answered 2xx.
    const [{ n }] = await t.app.get(DataSource).query(
      `SELECT count(*)::int AS n FROM audit_log WHERE id > $1 AND action NOT IN ('login', 'login_failed', 'export')`,
      [auditBefore],
    );
    expect({ auditRows: n, accepted }).toEqual({ auditRows: accepted.length, accepted });
  }, 240_000);
});
