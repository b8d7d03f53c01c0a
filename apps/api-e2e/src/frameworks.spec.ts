import SwaggerParser from '@apidevtools/swagger-parser';
import type { TestApp } from './support/test-app';
import { auditRows, createBudgetYear, frameworkBody, startFrameworksTestApp } from './support/framework-fixtures';

const TIMESTAMP = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
const POOL_MESSAGE = 'skal være et helt antal kroner som tekst, fx "26000000" (ikke negativt)';
const WEIGHT_MESSAGE = 'skal være et positivt decimaltal som tekst med højst 6 decimaler, fx "1" eller "0.5"';
const DATE_MESSAGE = 'decidedOn: skal være en gyldig dato på formen ÅÅÅÅ-MM-DD, fx "2012-02-08"';

describe('framework announcements (rammeudmeldinger) over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let director: string;
  let committee: string;

  const url = (year: number | string, rest = '') => `/api/budget-years/${year}/frameworks${rest}`;
  const post = (year: number, body: unknown, token = finance) => t.request('POST', url(year), { token, body });
  const get = (year: number | string, rest = '', token = finance) => t.request('GET', url(year, rest), { token });
  const budgetYear = async (year: number) => (await t.request('GET', `/api/budget-years/${year}`, { token: finance })).body;

  beforeAll(async () => {
    ({ t, finance, director, committee } = await startFrameworksTestApp());
    for (const year of [2014, 2016, 2018, 2020]) await createBudgetYear(t, finance, year);
  });
  afterAll(() => t.close());

  const first = {
    budgetYear: 2014,
    revision: 1,
    decidedOn: '2013-02-06',
    decidedBy: 'ØU',
    title: 'Rammeudmelding for budget 2014',
    allocationMethod: 'top_down',
    pool: { '2014': '125800000', '2015': '180000000', '2016': '0', '2017': '264400000' },
    trackWeights: [
      { trackCode: 'SELV', weight: '1' },
      { trackCode: 'SVR', weight: '1.5' },
      { trackCode: 'ÅBEN', weight: '0.25' },
      { trackCode: 'ÆLIV', weight: '0.333333' },
    ],
    createdAt: TIMESTAMP,
    createdBy: 'finance1@test.dk',
  };
  const second = {
    ...first,
    revision: 2,
    decidedOn: '2013-06-19',
    title: 'Revideret rammeudmelding, sommer',
    allocationMethod: 'bids',
    pool: { '2014': '205800000', '2015': '180000000', '2016': '0', '2017': '260000000' },
    trackWeights: [],
  };

  describe('POST', () => {
    it('creates revision 1 with canonical money and weights sorted by code point, and announces the draft year', async () => {
      const res = await post(2014, {
        decidedOn: '2013-02-06',
        decidedBy: 'ØU',
        title: 'Rammeudmelding for budget 2014',
        allocationMethod: 'top_down',
        pool: { '2017': '264400000', '2014': '125800000.00', '2015': '180000000', '2016': '0' },
        trackWeights: [
          { trackCode: 'ÆLIV', weight: '0.333333' },
          { trackCode: 'ÅBEN', weight: '0.250' },
          { trackCode: 'SVR', weight: '1.500000' },
          { trackCode: 'SELV', weight: '1' },
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(first);
      expect(Object.keys(res.body.pool)).toEqual(['2014', '2015', '2016', '2017']);

      const year = { year: 2014, title: 'Budget 2014', priceLevelYear: 2014, periodYears: [2014, 2015, 2016, 2017] };
      expect(await budgetYear(2014)).toEqual({ ...year, status: 'framework_announced', version: 2 });
      expect(await auditRows(t, 'framework', '2014/1')).toEqual([{ actor: 'finance1@test.dk', action: 'create', before: null, after: res.body }]);
      expect(await auditRows(t, 'budget_year', '2014')).toEqual([
        { actor: 'finance1@test.dk', action: 'create', before: null, after: { ...year, status: 'draft', version: 1 } },
        { actor: 'finance1@test.dk', action: 'update', before: { ...year, status: 'draft', version: 1 }, after: { ...year, status: 'framework_announced', version: 2 } },
      ]);
    });

    it('creates revision 2 (bids mode may have no track weights) without touching an announced year again', async () => {
      const res = await post(2014, { ...frameworkBody(2014), ...second, createdAt: undefined, createdBy: undefined, budgetYear: undefined, revision: undefined });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(second);
      expect(await budgetYear(2014)).toMatchObject({ status: 'framework_announced', version: 2 });
      expect(await auditRows(t, 'budget_year', '2014')).toHaveLength(2);
      expect(await auditRows(t, 'framework', '2014/2')).toHaveLength(1);
    });

    it('numbers five concurrent revisions 1..5 without duplicates or errors, moving the year once', async () => {
      const results = await Promise.all([1, 2, 3, 4, 5].map((i) => post(2016, frameworkBody(2016, { title: `Udkast ${i}` }))));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(results.map((r) => r.body.revision).sort()).toEqual([1, 2, 3, 4, 5]);
      expect((await get(2016)).body.map((f: { revision: number }) => f.revision)).toEqual([1, 2, 3, 4, 5]);
      expect(await budgetYear(2016)).toMatchObject({ status: 'framework_announced', version: 2 });
      expect(await auditRows(t, 'budget_year', '2016')).toHaveLength(2);
    });

    it('keeps an agreed year agreed', async () => {
      await t.request('PATCH', '/api/budget-years/2018', { token: finance, body: { status: 'agreed', version: 1 } });
      expect((await post(2018, frameworkBody(2018))).status).toBe(201);
      expect(await budgetYear(2018)).toMatchObject({ status: 'agreed', version: 2 });
    });

    it('refuses a closed year with 409 and stores nothing', async () => {
      await t.request('PATCH', '/api/budget-years/2020', { token: finance, body: { status: 'closed', version: 1 } });
      const res = await post(2020, frameworkBody(2020));
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ statusCode: 409, error: 'Conflict', message: 'Budgetåret 2020 er lukket, og intet under det kan ændres længere' });
      expect((await get(2020)).body).toEqual([]);
    });

    it('answers an unknown year with 404 and a non-integer year with 400', async () => {
      expect((await post(2099, frameworkBody(2099))).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2099 findes ikke' });
      const bad = await t.request('POST', url('x'), { token: finance, body: frameworkBody(2014) });
      expect(bad.body).toEqual({ statusCode: 400, error: 'Bad Request', message: ['year: skal være et årstal (heltal), fx 2014'] });
    });

    it('needs a session (401) and the finance role (403)', async () => {
      expect((await post(2014, frameworkBody(2014), '')).status).toBe(401);
      for (const token of [director, committee]) {
        expect((await post(2014, frameworkBody(2014), token)).body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Din rolle må ikke gøre dette' });
      }
      expect((await get(2014)).body).toHaveLength(2);
    });

    const pool = (changes: Record<string, unknown>) => ({ pool: { ...(frameworkBody(2014)['pool'] as object), ...changes } });
    it.each([
      [pool({ '2015': 100000000 }), `pool.2015: ${POOL_MESSAGE}`],
      [pool({ '2015': '100.5' }), `pool.2015: ${POOL_MESSAGE}`],
      [pool({ '2016': '-1' }), `pool.2016: ${POOL_MESSAGE}`],
      [pool({ '2016': '1e6' }), `pool.2016: ${POOL_MESSAGE}`],
      [pool({ '2017': undefined }), 'pool.2017: mangler; puljen skal have et beløb for hvert år i budgetperioden 2014–2017'],
      [pool({ '2018': '1' }), 'pool.2018: er ikke et år i budgetperioden 2014–2017'],
      [pool({ '2013': '1' }), 'pool.2013: er ikke et år i budgetperioden 2014–2017'],
      [{ pool: ['100'] }, 'pool: skal være et objekt med ét beløb pr. år i budgetperioden, fx {"2014": "125800000", …}'],
      [{ pool: undefined }, 'pool: skal være et objekt med ét beløb pr. år i budgetperioden, fx {"2014": "125800000", …}'],
      [{ trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'UKENDT', weight: '1' }] }, 'trackWeights.1.trackCode: sporet UKENDT findes ikke'],
      [{ trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SELV', weight: '2' }] }, 'trackWeights: sporet SELV står mere end én gang'],
      [{ trackWeights: [{ trackCode: 'SELV', weight: '0' }] }, `trackWeights.0.weight: ${WEIGHT_MESSAGE}`],
      [{ trackWeights: [{ trackCode: 'SELV', weight: '-1' }] }, `trackWeights.0.weight: ${WEIGHT_MESSAGE}`],
      [{ trackWeights: [{ trackCode: 'SELV', weight: '1.1234567' }] }, `trackWeights.0.weight: ${WEIGHT_MESSAGE}`],
      [{ trackWeights: [{ trackCode: 'SELV', weight: 1 }] }, `trackWeights.0.weight: ${WEIGHT_MESSAGE}`],
      [{ trackWeights: [{ trackCode: 'S E', weight: '1' }] }, 'trackWeights.0.trackCode: skal være 1–16 tegn: bogstaver, cifre, - eller _'],
      [{ trackWeights: [{ trackCode: 'SELV', weight: '1', share: '1' }] }, 'trackWeights.0.share: feltet kendes ikke'],
      [{ trackWeights: [] }, 'trackWeights: skal have mindst ét spor, når allocationMethod er "top_down"'],
      [{ trackWeights: undefined }, 'trackWeights: skal være en liste'],
      [{ decidedOn: '2012-02-30' }, DATE_MESSAGE],
      [{ decidedOn: '2012-2-8' }, DATE_MESSAGE],
      [{ decidedOn: '08-02-2012' }, DATE_MESSAGE],
      [{ decidedOn: '2012-02-08T00:00:00Z' }, DATE_MESSAGE],
      [{ decidedOn: 20120208 }, DATE_MESSAGE],
      [{ allocationMethod: 'bud' }, 'allocationMethod: skal være "top_down" eller "bids"'],
      [{ decidedBy: '' }, 'decidedBy: skal være 1–200 tegn'],
      [{ title: undefined }, 'title: skal være tekst'],
      [{ revision: 3 }, 'revision: feltet kendes ikke'],
    ])('answers %j with 400 naming the field, storing nothing', async (overrides, message) => {
      const res = await post(2014, frameworkBody(2014, overrides));
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('Bad Request');
      expect(res.body.message).toContain(message);
      expect((await get(2014)).body).toHaveLength(2);
    });

    it('names every bad pool year and track at once', async () => {
      const res = await post(2014, frameworkBody(2014, {
        pool: { '2014': '1', '2015': 5, '2017': '-1', '2019': '1' },
        trackWeights: [{ trackCode: 'NEJ', weight: '1' }],
      }));
      expect(res.body.message).toEqual([
        `pool.2015: ${POOL_MESSAGE}`,
        'pool.2016: mangler; puljen skal have et beløb for hvert år i budgetperioden 2014–2017',
        `pool.2017: ${POOL_MESSAGE}`,
        'pool.2019: er ikke et år i budgetperioden 2014–2017',
        'trackWeights.0.trackCode: sporet NEJ findes ikke',
      ]);
    });
  });

  describe('GET', () => {
    it('lists all revisions oldest first, to every role', async () => {
      for (const token of [finance, director, committee]) {
        const res = await get(2014, '', token);
        expect(res.status).toBe(200);
        expect(res.body).toEqual([first, second]);
      }
    });

    it('reads the current (newest) revision and any one revision', async () => {
      expect((await get(2014, '/current', director)).body).toEqual(second);
      expect((await get(2014, '/1', committee)).body).toEqual(first);
      expect((await get(2016, '/current')).body).toMatchObject({ budgetYear: 2016, revision: 5 });
    });

    it('answers a year without a framework: empty list, 404 for current', async () => {
      await createBudgetYear(t, finance, 2022);
      expect((await get(2022)).body).toEqual([]);
      expect((await get(2022, '/current')).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2022 har endnu ingen rammeudmelding' });
    });

    it('answers unknown years and revisions with 404, and malformed ones with 400', async () => {
      const unknownYear = { statusCode: 404, error: 'Not Found', message: 'Budgetåret 2099 findes ikke' };
      for (const rest of ['', '/current', '/1', '/diff?from=1&to=2']) expect((await get(2099, rest)).body).toEqual(unknownYear);
      expect((await get(2014, '/3')).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2014 har ingen revision 3 af rammeudmeldingen' });
      for (const revision of ['abc', '0', '1.5', '-1', '9999999999']) {
        expect((await get(2014, `/${revision}`)).body).toEqual({
          statusCode: 400, error: 'Bad Request', message: ['revision: skal være et revisionsnummer (positivt heltal), fx 1'],
        });
      }
    });

    it('needs a session', async () => {
      for (const rest of ['', '/current', '/1', '/diff?from=1&to=2']) expect((await t.request('GET', url(2014, rest))).status).toBe(401);
    });
  });

  describe('GET …/frameworks/diff', () => {
    it('shows what changed from one revision to another, money as signed strings', async () => {
      const res = await get(2014, '/diff?from=1&to=2', committee);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        from: 1,
        to: 2,
        pool: [
          { year: 2014, from: '125800000', to: '205800000', change: '80000000' },
          { year: 2015, from: '180000000', to: '180000000', change: '0' },
          { year: 2016, from: '0', to: '0', change: '0' },
          { year: 2017, from: '264400000', to: '260000000', change: '-4400000' },
        ],
        tracksAdded: [],
        tracksRemoved: first.trackWeights,
        tracksReweighted: [],
        methodChanged: { from: 'top_down', to: 'bids' },
      });
    });

    it('diffs backwards and a revision with itself', async () => {
      const back = (await get(2014, '/diff?from=2&to=1')).body;
      expect(back).toMatchObject({ from: 2, to: 1, tracksAdded: first.trackWeights, tracksRemoved: [], methodChanged: { from: 'bids', to: 'top_down' } });
      expect(back.pool[0]).toEqual({ year: 2014, from: '205800000', to: '125800000', change: '-80000000' });
      const same = (await get(2014, '/diff?from=1&to=1')).body;
      expect(same).toEqual({ from: 1, to: 1, pool: expect.any(Array), tracksAdded: [], tracksRemoved: [], tracksReweighted: [] });
    });

    it('names a missing or malformed from/to (400) and an unknown revision (404)', async () => {
      expect((await get(2014, '/diff?to=2')).body).toEqual({ statusCode: 400, error: 'Bad Request', message: ['from: skal udfyldes'] });
      expect((await get(2014, '/diff?from=1&to=x')).body.message).toEqual(['to: skal være et revisionsnummer (positivt heltal), fx 1']);
      expect((await get(2014, '/diff?from=1&from=2&to=2')).status).toBe(400);
      expect((await get(2014, '/diff?from=1&to=7')).body).toEqual({
        statusCode: 404, error: 'Not Found', message: 'Budgetåret 2014 har ingen revision 7 af rammeudmeldingen',
      });
    });
  });

  it('documents every route in an OpenAPI document that validates', async () => {
    const api = await SwaggerParser.validate((await t.request('GET', '/api/docs-json')).body);
    expect(Object.keys(api.paths ?? {})).toEqual(expect.arrayContaining([
      '/api/budget-years', '/api/budget-years/{year}', '/api/budget-years/{year}/frameworks', '/api/budget-years/{year}/frameworks/current',
      '/api/budget-years/{year}/frameworks/diff', '/api/budget-years/{year}/frameworks/{revision}', '/api/budget-years/{year}/bids',
    ]));
  });
});
