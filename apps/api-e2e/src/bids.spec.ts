import type { TestApp } from './support/test-app';
import { auditRows, createBudgetYear, frameworkBody, startFrameworksTestApp } from './support/framework-fixtures';

const AMOUNT_MESSAGE = 'skal være et helt antal kroner som tekst, fx "26000000" (ikke negativt)';
const POOL = { '2013': '125800000', '2014': '180000000', '2015': '230000000', '2016': '264400000' };
const ZEROS = { '2013': '0', '2014': '0', '2015': '0', '2016': '0' };

describe('bids (bud) over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let director: string;
  let committee: string;

  const put = (year: number | string, entries: unknown, token = finance) => t.request('PUT', `/api/budget-years/${year}/bids`, { token, body: { entries } });
  const get = (year: number | string, token = finance) => t.request('GET', `/api/budget-years/${year}/bids`, { token });
  const announce = async (year: number, overrides: Record<string, unknown>) => {
    const res = await t.request('POST', `/api/budget-years/${year}/frameworks`, { token: finance, body: frameworkBody(year, overrides) });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  };
  const entry = (trackCode: string, committeeCode: string, year: number, amount: string) => ({ trackCode, committeeCode, year, amount });

  beforeAll(async () => {
    ({ t, finance, director, committee } = await startFrameworksTestApp());
    for (const year of [2013, 2014, 2015]) await createBudgetYear(t, finance, year);
  });
  afterAll(() => t.close());

  it('shows no bids and no uncovered pool before the first framework', async () => {
    const res = await get(2013, committee);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ budgetYear: 2013, frameworkRevision: null, allocationMethod: null, entries: [], totals: ZEROS, uncovered: null });
  });

  it('refuses bids (409) without a framework, and when the current one is top-down', async () => {
    expect((await put(2013, [])).body).toEqual({
      statusCode: 409, error: 'Conflict', message: 'Budgetåret 2013 har endnu ingen rammeudmelding; bud kræver en rammeudmelding med allocationMethod "bids"',
    });
    await announce(2014, {});
    expect((await put(2014, [entry('SELV', 'SAU', 2014, '1')])).body).toEqual({
      statusCode: 409, error: 'Conflict',
      message: 'Den gældende rammeudmelding for budgetåret 2014 (revision 1) fordeler top-down; bud kræver allocationMethod "bids"',
    });
  });

  const stored = [
    entry('SELV', 'SAU', 2013, '26000000'),
    entry('SELV', 'SAU', 2014, '26000000'),
    entry('SVR', 'SAU', 2013, '13000000'),
    entry('SVR', 'ÆHU', 2013, '13000000'),
    entry('ÆLIV', 'ÆHU', 2016, '300000000'),
  ];
  const replaced = {
    budgetYear: 2013,
    frameworkRevision: 1,
    allocationMethod: 'bids',
    entries: stored,
    totals: { '2013': '52000000', '2014': '26000000', '2015': '0', '2016': '300000000' },
    uncovered: { '2013': '73800000', '2014': '154000000', '2015': '230000000', '2016': '-35600000' },
  };

  it('replaces the bids, sorted, with totals and the uncovered pool (negative when over-bid), and audits it', async () => {
    await announce(2013, { allocationMethod: 'bids', pool: POOL, trackWeights: [] });
    const res = await put(2013, [
      entry('ÆLIV', 'ÆHU', 2016, '300000000'),
      entry('SVR', 'ÆHU', 2013, '13000000.00'),
      entry('SELV', 'SAU', 2014, '26000000'),
      entry('SVR', 'SAU', 2013, '13000000'),
      entry('SELV', 'SAU', 2013, '26000000'),
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(replaced);
    expect((await get(2013, director)).body).toEqual(replaced);
    expect(await auditRows(t, 'bids', '2013')).toEqual([{
      actor: 'finance1@test.dk',
      action: 'replace',
      before: { ...replaced, entries: [], totals: ZEROS, uncovered: POOL },
      after: replaced,
    }]);
  });

  it.each([
    [[entry('SELV', 'SAU', 2013, 26000000 as unknown as string)], `entries.0.amount: ${AMOUNT_MESSAGE}`],
    [[entry('SELV', 'SAU', 2013, '100.5')], `entries.0.amount: ${AMOUNT_MESSAGE}`],
    [[entry('SELV', 'SAU', 2013, '-1')], `entries.0.amount: ${AMOUNT_MESSAGE}`],
    [[entry('SELV', 'SAU', 2013, '1'), entry('SELV', 'SAU', 2017, '1')], 'entries.1.year: 2017 ligger uden for budgetperioden 2013–2016'],
    [[entry('SELV', 'SAU', 2012, '1')], 'entries.0.year: 2012 ligger uden for budgetperioden 2013–2016'],
    [[entry('SELV', 'SAU', '2013' as unknown as number, '1')], 'entries.0.year: skal være et årstal (heltal)'],
    [[entry('UKENDT', 'SAU', 2013, '1')], 'entries.0.trackCode: sporet UKENDT findes ikke'],
    [[entry('SELV', 'BUU', 2013, '1')], 'entries.0.committeeCode: udvalget BUU findes ikke'],
    [[entry('SELV', 'ØU', 2013, '1')], 'entries.0.committeeCode: udvalget ØU har ingen andel i sporet SELV'],
    [[entry('SVR', 'SAU', 2013, '1'), entry('SVR', 'SAU', 2013, '2')], 'entries: buddet for sporet SVR, udvalget SAU og året 2013 står mere end én gang'],
    [[{ ...entry('SELV', 'SAU', 2013, '1'), comment: 'x' }], 'entries.0.comment: feltet kendes ikke'],
    [[{ trackCode: 'SELV', committeeCode: 'SAU', year: 2013 }], `entries.0.amount: ${AMOUNT_MESSAGE}`],
    ['SELV', 'entries: skal være en liste'],
    [undefined, 'entries: skal være en liste'],
  ])('answers %j with 400 naming the field, changing nothing', async (entries, message) => {
    const res = await put(2013, entries);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Bad Request');
    expect(res.body.message).toContain(message);
    expect((await get(2013)).body).toEqual(replaced);
  });

  it('names every bad entry at once', async () => {
    const res = await put(2013, [entry('SELV', 'SAU', 2020, '1'), entry('NEJ', 'SAU', 2013, '1'), entry('VIF', 'SAU', 2013, '1')]);
    expect(res.body.message).toEqual([
      'entries.0.year: 2020 ligger uden for budgetperioden 2013–2016',
      'entries.1.trackCode: sporet NEJ findes ikke',
      'entries.2.committeeCode: udvalget SAU har ingen andel i sporet VIF',
    ]);
  });

  it('needs a session (401) and the finance role (403) to replace; reading needs a session', async () => {
    expect((await put(2013, [], '')).status).toBe(401);
    expect((await get(2013, '')).status).toBe(401);
    for (const token of [director, committee]) {
      expect((await put(2013, [], token)).body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Din rolle må ikke gøre dette' });
    }
    expect((await get(2013)).body).toEqual(replaced);
  });

  it('answers an unknown year with 404 and a malformed one with 400', async () => {
    const unknown = { statusCode: 404, error: 'Not Found', message: 'Budgetåret 2099 findes ikke' };
    expect((await put(2099, [])).body).toEqual(unknown);
    expect((await get(2099)).body).toEqual(unknown);
    expect((await get('2013x')).body.message).toEqual(['year: skal være et årstal (heltal), fx 2014']);
  });

  it('serialises concurrent replacements: all succeed and the last one wins whole', async () => {
    const bodies = [1, 2, 3, 4, 5].map((i) => [entry('SELV', 'SAU', 2013, String(i)), entry('VIF', 'ØU', 2015, String(i * 10))]);
    const results = await Promise.all(bodies.map((b) => put(2013, b)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const final = (await get(2013)).body.entries;
    expect(bodies).toContainEqual(final);
    expect(await auditRows(t, 'bids', '2013')).toHaveLength(6);
  });

  it('clears the bids with an empty list', async () => {
    const res = await put(2013, []);
    expect(res.body).toEqual({ ...replaced, entries: [], totals: ZEROS, uncovered: POOL });
  });

  it('keeps stored bids visible after a top-down revision, but refuses new ones', async () => {
    await put(2013, [entry('SELV', 'SAU', 2013, '26000000')]);
    await announce(2013, { pool: POOL, trackWeights: [{ trackCode: 'SELV', weight: '1' }] });
    expect((await get(2013)).body).toEqual({
      budgetYear: 2013,
      frameworkRevision: 2,
      allocationMethod: 'top_down',
      entries: [entry('SELV', 'SAU', 2013, '26000000')],
      totals: { ...ZEROS, '2013': '26000000' },
      uncovered: { ...POOL, '2013': '99800000' },
    });
    expect((await put(2013, [])).status).toBe(409);
  });

  it('refuses bids for a closed year with 409', async () => {
    await announce(2015, { allocationMethod: 'bids', trackWeights: [] });
    await t.request('PATCH', '/api/budget-years/2015', { token: finance, body: { status: 'closed', version: 2 } });
    const res = await put(2015, [entry('SELV', 'SAU', 2015, '1')]);
    expect(res.body).toEqual({ statusCode: 409, error: 'Conflict', message: 'Budgetåret 2015 er lukket, og intet under det kan ændres længere' });
    expect((await get(2015)).body.entries).toEqual([]);
  });
});
