import { DataSource } from 'typeorm';
import { createBudgetYear } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const AMOUNT = 'skal være et beløb i kroner som tekst med højst 2 decimaler, fx "1250.50" eller "-300.50", eller null';
const STATUS = 'status: skal være on_track, at_risk, off_track eller realised';
const VERSION = 'version: skal være den version, du læste (et heltal fra 1)';
const CODE = 'skal være 1–16 tegn: bogstaver, cifre, - eller _';
const LIMIT = 'limit: skal være et heltal fra 1 til 10000';
const OFFSET = 'offset: skal være et heltal fra 0 til 2147483647';
const GROUP_BY = 'groupBy: skal være track, committee, year eller administration';

/** Each case: the PATCH body and the exact 400 messages. */
const PATCH_CASES: [string, Record<string, unknown>, string[]][] = [
  ['forecast as a JSON number', { forecast: 1250, version: 1 }, [`forecast: ${AMOUNT}`]],
  ['realised as a JSON number', { realised: -300.5, version: 1 }, [`realised: ${AMOUNT}`]],
  ['three decimals', { forecast: '1.234', version: 1 }, [`forecast: ${AMOUNT}`]],
  ['a decimal comma', { realised: '1250,50', version: 1 }, [`realised: ${AMOUNT}`]],
  ['a thousands separator', { forecast: '26.000.000', version: 1 }, [`forecast: ${AMOUNT}`]],
  ['an empty amount', { forecast: '', version: 1 }, [`forecast: ${AMOUNT}`]],
  ['exponent notation', { realised: '1e3', version: 1 }, [`realised: ${AMOUNT}`]],
  ['a leading plus', { forecast: '+5', version: 1 }, [`forecast: ${AMOUNT}`]],
  ['a leading zero', { forecast: '007', version: 1 }, [`forecast: ${AMOUNT}`]],
  ['16 digits before the point', { realised: '1000000000000000', version: 1 }, [`realised: ${AMOUNT}`]],
  ['an amount as an object', { forecast: { kroner: '5' }, version: 1 }, [`forecast: ${AMOUNT}`]],
  ['an amount as a boolean', { realised: true, version: 1 }, [`realised: ${AMOUNT}`]],
  ['an unknown status', { status: 'done', version: 1 }, [STATUS]],
  ['a status in capitals', { status: 'ON_TRACK', version: 1 }, [STATUS]],
  ['a null status', { status: null, version: 1 }, [STATUS]],
  ['a 4001-character comment', { comment: 'k'.repeat(4001), version: 1 }, ['comment: må højst være 4000 tegn']],
  // 2001 × "❤️" is 4002 code points, as PostgreSQL counts, though class-validator would count 2001.
  ['a comment of 4002 code points', { comment: '\u2764\ufe0f'.repeat(2001), version: 1 }, ['comment: må højst være 4000 tegn']],
  ['a comment with U+0000', { comment: 'a\u0000b', version: 1 }, ['comment: må ikke indeholde tegnet \\u0000']],
  ['a null comment', { comment: null, version: 1 }, ['comment: skal være tekst']],
  ['a numeric comment', { comment: 5, version: 1 }, ['comment: skal være tekst']],
  ['expected, which comes from the allocation', { expected: '1', version: 1 }, ['expected: feltet kendes ikke']],
  ['the cell’s key', { trackCode: 'SVR', year: 2015, version: 1 }, ['trackCode: feltet kendes ikke', 'year: feltet kendes ikke']],
  ['no version', { forecast: '1' }, [VERSION]],
  ['a null version', { forecast: '1', version: null }, [VERSION]],
  ['version as text', { version: '1' }, [VERSION]],
  ['version 0', { version: 0 }, [VERSION]],
  ['a fractional version', { version: 1.5 }, [VERSION]],
  ['a version beyond PostgreSQL integer', { version: 2 ** 31 }, [VERSION]],
  [
    'every field wrong at once',
    { forecast: 1, realised: '0.001', status: 'ok', comment: null, version: 'x' },
    [`forecast: ${AMOUNT}`, `realised: ${AMOUNT}`, STATUS, 'comment: skal være tekst', VERSION],
  ],
];

/** Each case: the query string of GET …/savings and the exact 400 messages. */
const LIST_CASES: [string, string[]][] = [
  ['?limit=0', [LIMIT]],
  ['?limit=10001', [LIMIT]],
  ['?limit=-1', [LIMIT]],
  ['?limit=1.5', [LIMIT]],
  ['?limit=1e3', [LIMIT]],
  ['?limit=0x10', [LIMIT]],
  ['?limit=01', [LIMIT]],
  ['?limit=%205', [LIMIT]],
  ['?limit=', [LIMIT]],
  ['?limit=abc', [LIMIT]],
  ['?limit=99999999999999999999', [LIMIT]],
  ['?limit=1&limit=2', [LIMIT]],
  ['?offset=-1', [OFFSET]],
  ['?offset=2147483648', [OFFSET]],
  ['?offset=x', [OFFSET]],
  ['?offset=', [OFFSET]],
  ['?trackCode=', [`trackCode: ${CODE}`]],
  ['?trackCode=S%20V', [`trackCode: ${CODE}`]],
  ['?trackCode=%00', [`trackCode: ${CODE}`]],
  ['?committeeCode=AAAAAAAAAAAAAAAAA', [`committeeCode: ${CODE}`]],
  ['?committeeCode=SAU&committeeCode=ØU', [`committeeCode: ${CODE}`]],
  ['?status=on_track', ['status: feltet kendes ikke']],
  ['?limit=0&offset=-1&trackCode=', [LIMIT, OFFSET, `trackCode: ${CODE}`]],
];

/** Each case: the query string of GET …/realisation and the exact 400 messages. */
const REALISATION_CASES: [string, string[]][] = [
  ['?groupBy=owner', [GROUP_BY]],
  ['?groupBy=Track', [GROUP_BY]],
  ['?groupBy=', [GROUP_BY]],
  ['?groupBy=track&groupBy=year', [GROUP_BY]],
  ['?groupBy=track&limit=5', ['limit: feltet kendes ikke']],
  ['?trackCode=a%2Fb', [`trackCode: ${CODE}`]],
];

describe('savings: every invalid field or parameter is a 400 that names it', () => {
  let t: TestApp;
  let finance: string;
  let committee: string;
  let id: string;
  let stored: unknown;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    [finance, committee] = await Promise.all([t.tokenFor('finance'), t.tokenFor('committee', ['SAU'])]);
    await createBudgetYear(t, finance, 2014);
    const shares = [{ committeeCode: 'SAU', weight: '1' }];
    await t.request('POST', '/api/tracks', { token: finance, body: { code: 'SELV', name: 'Selvforsørgelse', administrationCode: 'SAF', startYear: 2013, shares } });
    [{ id }] = await t.app.get(DataSource).query(
      `INSERT INTO savings (budget_year, track_code, committee_code, year, expected) VALUES (2014, 'SELV', 'SAU', 2014, 26000000) RETURNING id`,
    );
    stored = (await t.request('GET', `/api/savings/${id}`, { token: finance })).body;
  });
  afterAll(() => t.close());

  it.each(PATCH_CASES)('PATCH refuses %s and changes nothing', async (_, body, messages) => {
    for (const token of [finance, committee]) {
      const res = await t.request('PATCH', `/api/savings/${id}`, { token, body });
      expect(res).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: messages } });
    }
    expect((await t.request('GET', `/api/savings/${id}`, { token: finance })).body).toEqual(stored);
  });

  it('PATCH refuses a body that is not a JSON object', async () => {
    for (const body of ['[]', '"tekst"', '{"version":1']) {
      const res = await t.request('PATCH', `/api/savings/${id}`, { token: finance, body });
      expect(res.status).toBe(400);
    }
    expect((await t.request('GET', `/api/savings/${id}`, { token: finance })).body).toEqual(stored);
  });

  it('PATCH accepts the boundaries: 4000-character comment, ±15-digit amounts with 2 decimals, empty comment', async () => {
    const edges = [
      { comment: 'Æ'.repeat(4000), forecast: '-999999999999999.99', realised: '0.01' },
      { comment: '\u2764\ufe0f'.repeat(2000), forecast: '999999999999999', realised: '-0.01' },
      { comment: '', forecast: null, realised: null },
    ];
    let version = (stored as { version: number }).version;
    for (const body of edges) {
      const res = await t.request('PATCH', `/api/savings/${id}`, { token: finance, body: { ...body, version } });
      expect(res).toMatchObject({ status: 200, body: { ...body, version: ++version } });
    }
  });

  it.each(LIST_CASES)('GET …/savings%s is a 400 naming the parameter', async (query, messages) => {
    const res = await t.request('GET', `/api/budget-years/2014/savings${query}`, { token: finance });
    expect(res).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: messages } });
  });

  it.each(REALISATION_CASES)('GET …/realisation%s is a 400 naming the parameter', async (query, messages) => {
    const res = await t.request('GET', `/api/budget-years/2014/realisation${query}`, { token: finance });
    expect(res).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: messages } });
  });

  it.each(['savings', 'realisation'])('GET …/%s names a malformed year', async (route) => {
    for (const year of ['abc', '2014.5', '1e3', '0']) {
      const res = await t.request('GET', `/api/budget-years/${year}/${route}`, { token: finance });
      expect(res).toMatchObject({ status: 400, body: { message: ['year: skal være et årstal (heltal), fx 2014'] } });
    }
  });
});
