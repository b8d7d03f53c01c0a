import { join } from 'node:path';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, SHOTS, textsOf, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { createRound, createTrack, createUser } from './support/web-fixture';

const FINANCE = { email: 'frida.finans@test.dk', password: 'finans-kodeord-1', name: 'Frida Finans' };
const POOL_1: Record<string, string> = { '2014': '100000000', '2015': '100000000', '2016': '100000000', '2017': '100000000' };

/**
 * The rammeudmelding editor in a real Chromium against the real server: finance types a new
 * pool and weights, watches the browser-side allocation, saves revision 2, and compares it
 * with revision 1. The expected amounts are worked out by hand below, not by the code under test.
 */
describe('rammeudmelding in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST });
    await t.createOrganisation();
    await createUser(t, FINANCE, 'finance');
    const finance = await t.tokenFor('finance');
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['ÆHU', 'SAU', 'ØU'] });
    await createTrack(t, finance, { code: 'SELV', name: 'Selvforsørgelse', shares: ['SAU'] });
    await createRound(t, finance, { year: 2014, title: 'Rammeudmelding for budget 2014', pool: POOL_1, trackWeights: { SVR: '1', SELV: '1' } });

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // The 401 of /api/auth/me before logging in is an expected answer.
    page.on('console', (m) => m.type() === 'error' && !/401/.test(m.text()) && errors.push(m.text()));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The texts of a preview row's amount cells (2014, 2015, 2016, 2017, I alt). */
  const amounts = async (row: Locator) => (await textsOf(row.locator('td.amount'))).map((s) => s.trim());

  it('shows the current revision and an editor prefilled from it', async () => {
    await page.goto(`${t.url}/log-ind?returnUrl=%2Fbudget-years%2F2014%2Fframework`);
    await page.getByLabel('E-mail').fill(FINANCE.email);
    await page.getByLabel('Adgangskode').fill(FINANCE.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Rammeudmelding – budget 2014' }).waitFor();

    expect(await page.getByTestId('current-revision').innerText()).toBe('1');
    expect(await page.getByRole('table', { name: 'Innovationspuljen pr. år' }).innerText()).toContain('100.000.000 kr.');
    await page.getByRole('heading', { name: 'Ny revision (revision 2)' }).waitFor();
    expect(await page.getByLabel('Pulje 2014').inputValue()).toBe('100000000');
    expect(await page.getByLabel('Vægt for Sammenhængende velfærdsressourcer (SVR)').inputValue()).toBe('1');
  });

  it('recomputes the preview while finance types, and says what is missing when the input cannot be read', async () => {
    const pool2014 = page.getByLabel('Pulje 2014');
    await pool2014.fill('125.8 mio.');
    await page.getByTestId('preview-missing').filter({ hasText: 'Puljen for 2014 kan ikke læses: Brug komma som decimaltegn' }).waitFor();
    expect(await page.getByTestId('preview-table').count()).toBe(0);

    await pool2014.fill('125,8 mio.');
    await page.getByLabel('Pulje 2015').fill('130.000.000');
    await page.getByLabel('Vægt for Sammenhængende velfærdsressourcer (SVR)').fill('2');
    await page.getByLabel('Besluttet den').fill('2013-06-19');
    await page.getByLabel('Titel').fill('Revideret rammeudmelding for budget 2014');
    await page.getByText('= 125.800.000 kr. (125,8 mio. kr.)').waitFor();

    // By hand: 2014 pool 125.800.000 kr., weights SVR 2 and SELV 1. Quotas 83.866.666,67 and
    // 41.933.333,33; the floors leave 1 krone, which goes to SVR (larger remainder).
    // 2015: 130.000.000 kr. → 86.666.666,67 and 43.333.333,33 → SVR gets the leftover krone.
    // 2016 and 2017: 100.000.000 kr. → 66.666.666,67 and 33.333.333,33 → 66.666.667 and 33.333.333.
    const table = page.getByTestId('preview-table');
    const svr = table.locator('tbody[data-track=SVR] tr.track');
    expect(await amounts(svr)).toEqual(['83.866.667 kr.', '86.666.667 kr.', '66.666.667 kr.', '66.666.667 kr.', '303.866.668 kr.']);
    const selv = table.locator('tbody[data-track=SELV] tr.track');
    expect(await amounts(selv)).toEqual(['41.933.333 kr.', '43.333.333 kr.', '33.333.333 kr.', '33.333.333 kr.', '151.933.332 kr.']);
    // SVR 2014 (83.866.667 kr.) over three equal committees: 27.955.555,67 each; the 2 leftover
    // kroner go by committee code in code-point order, SAU (S) and ÆHU (Æ) before ØU (Ø).
    const committee = (code: string) => table.locator(`tbody[data-track=SVR] tr[data-committee="${code}"]`);
    expect((await amounts(committee('SAU')))[0]).toBe('27.955.556 kr.');
    expect((await amounts(committee('ÆHU')))[0]).toBe('27.955.556 kr.');
    expect((await amounts(committee('ØU')))[0]).toBe('27.955.555 kr.');
    // 2015: 86.666.667 kr. splits evenly, 28.888.889 kr. each.
    expect((await amounts(committee('ØU')))[1]).toBe('28.888.889 kr.');
    expect(await amounts(table.locator('tfoot tr[data-line=unallocated]'))).toEqual(['0 kr.', '0 kr.', '0 kr.', '0 kr.', '0 kr.']);
    expect(await amounts(table.locator('tfoot tr[data-line=pool]'))).toEqual([
      '125.800.000 kr.', '130.000.000 kr.', '100.000.000 kr.', '100.000.000 kr.', '455.800.000 kr.',
    ]);
    await page.screenshot({ path: join(SHOTS, 'rammeudmelding-1280.png'), fullPage: true });
  });

  it('saves revision 2, which the API then returns as current', async () => {
    await page.getByRole('button', { name: 'Gem som revision 2' }).click();
    await page.getByTestId('saved-notice').filter({ hasText: 'Revision 2 er gemt og er nu den gældende rammeudmelding.' }).waitFor();
    expect(await page.getByTestId('current-revision').innerText()).toBe('2');
    await page.getByRole('heading', { name: 'Ny revision (revision 3)' }).waitFor();
    expect(await page.getByLabel('Pulje 2014').inputValue()).toBe('125800000');

    const current = await t.request('GET', '/api/budget-years/2014/frameworks/current', { token: await t.adminToken() });
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({
      revision: 2,
      decidedOn: '2013-06-19',
      decidedBy: 'ØU',
      title: 'Revideret rammeudmelding for budget 2014',
      allocationMethod: 'top_down',
      pool: { '2014': '125800000', '2015': '130000000', '2016': '100000000', '2017': '100000000' },
      trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '2' }],
      createdBy: FINANCE.email,
    });
  });

  it('compares revision 1 and 2 side by side with the changed pool years marked', async () => {
    await page.getByRole('link', { name: 'Se ændringerne fra revision 1' }).click();
    await page.getByRole('heading', { name: 'Rammeudmelding – revisioner for budget 2014' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/budget-years/2014/framework/revisions');

    // The heading comes before the revisions have loaded: wait for the list itself.
    const revisions = page.getByTestId('revisions');
    await revisions.locator('tbody tr').nth(1).waitFor();
    expect(await revisions.locator('tbody tr').count()).toBe(2);
    expect(await revisions.locator('tbody tr').nth(1).innerText()).toContain('(gældende)');

    // Choose the pair in the selects, as a user would (the link already chose 1 → 2).
    await page.getByLabel('Fra revision').selectOption('2');
    await page.getByTestId('diff-summary').filter({ hasText: 'Revision 2 og 2 er ens.' }).waitFor();
    await page.getByLabel('Fra revision').selectOption('1');
    await page.getByTestId('diff-summary').filter({ hasText: '6 ændringer fra revision 1 til revision 2.' }).waitFor();

    const diff = page.getByTestId('diff-table');
    const row = (key: string) => diff.locator(`tr[data-key="${key}"]`);
    const cells = async (key: string) => (await textsOf(row(key).locator('th, td'))).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(await cells('pool:2014')).toEqual(['Pulje 2014', '100,0 mio. kr. 100.000.000 kr.', '125,8 mio. kr. 125.800.000 kr.', 'ændret +25.800.000 kr.']);
    expect(await cells('pool:2015')).toEqual(['Pulje 2015', '100,0 mio. kr. 100.000.000 kr.', '130,0 mio. kr. 130.000.000 kr.', 'ændret +30.000.000 kr.']);
    expect(await cells('pool:2016')).toEqual(['Pulje 2016', '100,0 mio. kr. 100.000.000 kr.', '100,0 mio. kr. 100.000.000 kr.', 'uændret']);
    expect((await cells('pool:total'))[3]).toBe('ændret +55.800.000 kr.');
    expect(await cells('weight:SVR')).toEqual(['Vægt: Sammenhængende velfærdsressourcer (SVR)', '1', '2', 'ændret']);
    expect(await cells('field:decidedOn')).toEqual(['Besluttet den', '6. februar 2013', '19. juni 2013', 'ændret']);
    expect(await row('pool:2014').getAttribute('data-change')).toBe('changed');
    expect(await row('pool:2016').getAttribute('data-change')).toBe('unchanged');
    await page.screenshot({ path: join(SHOTS, 'rammeudmelding-diff-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
