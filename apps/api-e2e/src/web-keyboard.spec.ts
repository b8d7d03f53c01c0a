import * as ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { formatKroner, parseKroner } from '@budgetspor/shared/money';
import { ensureWebBuilt, launchChromium, SHOTS, WEB_DIST } from './support/browser';
import { expectFocused, expectFocusVisible, skipToContent, tabTo, typeOver } from './support/keyboard';
import { startTestApp, TestApp } from './support/test-app';
import { createRound, createTrack, createUser, settledAllocation } from './support/web-fixture';
import type { SavingsListRowDto } from '@budgetspor/server/savings';

const FINANCE = { email: 'bente.okonomi@test.dk', password: 'okonomi-kodeord-1', name: 'Bente Økonomi' };
const COMMITTEE = { email: 'sofie.sau@test.dk', password: 'udvalg-kodeord-1', name: 'Sofie Socialudvalg' };
const DIRECTOR = { email: 'dorte.direktor@test.dk', password: 'direktor-kodeord-1', name: 'Dorte Direktør' };
const POOL: Record<string, string> = { '2014': '100000000', '2015': '100000000', '2016': '100000000', '2017': '100000000' };

/** A row of GET …/savings, as the API declares it (`priceLevel` only when asked for). */
type SavingsRow = SavingsListRowDto;
interface Sums {
  expected: string;
  forecast: string;
  realised: string;
  rate: string | null;
}

const kr = (amount: string) => formatKroner(parseKroner(amount));
/** The aria-label of a savings grid field: each names its field, track, committee and year. */
const fieldLabel = (field: string, year = 2014) => `${field} for spor SELV (Selvhjulpne borgere), udvalg SAU, ${year}`;

/**
 * Every main flow done with the keyboard alone (issue 11), in a real Chromium against the
 * real server and worker: Tab, Shift+Tab, Enter, Space, Escape, arrow keys and typing; no
 * clicks and no filled-in fields. Along the way: the skip link is the first Tab stop, focus is
 * visible at every stop, dialogs take focus when they open and give it back when they close.
 * Each flow has its own browser context and starts with one page load.
 */
describe('keyboard-only flows in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let finance: string;
  let dir: string;
  const errors: string[] = [];

  const api = async <T>(path: string, token = finance): Promise<T> => {
    const res = await t.request('GET', path, { token });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };
  const savingsRow = async (trackCode: string, committeeCode: string, year: number): Promise<SavingsRow> =>
    (await api<SavingsRow[]>(`/api/budget-years/2014/savings?trackCode=${trackCode}&committeeCode=${committeeCode}`)).find((r) => r.year === year) as SavingsRow;

  /** A fresh browser context (no session) and its page, with errors collected. */
  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => errors.push(e.message));
    // 401 before login and for the wrong password, and the 409 of a stale save, are answers the page handles.
    page.on('console', (m) => m.type() === 'error' && !/\b(401|409)\b/.test(m.text()) && errors.push(m.text()));
    return { context, page };
  }

  /**
   * On a login page just loaded: skip link, then e-mail, password and Enter. Checks that the
   * skip link leads into the form.
   */
  async function logIn(page: Page, user: { email: string; password: string }): Promise<void> {
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await skipToContent(page);
    await tabTo(page, page.getByLabel('E-mail'), { max: 3 });
    await typeOver(page, user.email);
    await tabTo(page, page.getByLabel('Adgangskode'), { max: 1 });
    await typeOver(page, user.password);
    await page.keyboard.press('Enter');
  }

  /** Fails unless focus is inside `dialog` (on the dialog itself or a control in it). */
  async function expectFocusIn(page: Page, dialog: Locator): Promise<void> {
    if (!(await dialog.evaluate((el) => el.contains(document.activeElement)))) {
      throw new Error(`focus is not in ${dialog} but on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
    }
  }

  beforeAll(async () => {
    ensureWebBuilt();
    dir = mkdtempSync(join(tmpdir(), 'web-keyboard-'));
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    await createUser(t, FINANCE, 'finance');
    await createUser(t, COMMITTEE, 'committee', ['SAU']);
    await createUser(t, DIRECTOR, 'director');
    finance = await t.login(FINANCE.email, FINANCE.password);
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['ÆHU', 'SAU', 'ØU'] });
    await createTrack(t, finance, { code: 'SELV', name: 'Selvhjulpne borgere', shares: ['SAU'] });
    await createRound(t, finance, { year: 2014, pool: POOL, trackWeights: { SVR: '1', SELV: '1' } });
    await settledAllocation(t, finance, 2014);
    // Some follow-up on SVR, so its drill-down has figures beyond the expected amounts.
    for (const [committeeCode, year, forecast, realised] of [['ÆHU', 2014, '1500000', '1200000.50'], ['SAU', 2015, '800000', null]] as const) {
      const row = await savingsRow('SVR', committeeCode, year);
      const res = await t.request('PATCH', `/api/savings/${row.id}`, { token: finance, body: { forecast, realised, version: row.version } });
      if (res.status !== 200) throw new Error(`PATCH ${row.id}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('logs in from the start page: skip link, the header\'s "Log ind", a wrong and then the right password', async () => {
    const { context, page } = await newPage();
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { name: 'Velkommen til Budgetspor' }).waitFor();
    await skipToContent(page);
    // "Log ind" sits in the header, before the content the skip link jumped to.
    const loginLink = page.getByRole('banner').getByRole('link', { name: 'Log ind' });
    await tabTo(page, loginLink, { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();

    await tabTo(page, page.getByLabel('E-mail'));
    await typeOver(page, FINANCE.email);
    await tabTo(page, page.getByLabel('Adgangskode'), { max: 1 });
    await typeOver(page, 'forkert-kodeord');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode' });
    await alert.waitFor();
    // The message takes focus, so it is read out; the next Tab stop is the form again.
    await expectFocused(page, alert);
    await tabTo(page, page.getByLabel('E-mail'), { max: 1 });
    await tabTo(page, page.getByLabel('Adgangskode'), { max: 1 });
    await typeOver(page, FINANCE.password);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Velkommen til Budgetspor' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('banner').getByText(FINANCE.name).waitFor();
    // The form is gone with the page; focus went to the new page's content, not nowhere.
    await expectFocused(page, page.getByRole('main'));
    // Logged in, the menu above the content is reachable by keyboard too.
    await tabTo(page, page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Budgetår' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Budgetår', exact: true }).waitFor();
    await context.close();
  }, 60_000);

  it('enters a framework revision with the keyboard: pool per year and track weights, saved as revision 2', async () => {
    const { context, page } = await newPage();
    await page.goto(`${t.url}/budget-years/2014/framework`);
    await logIn(page, FINANCE);
    await page.getByRole('heading', { name: 'Ny revision (revision 2)' }).waitFor();

    await tabTo(page, page.getByLabel('Titel', { exact: true }));
    await typeOver(page, 'Revideret rammeudmelding 2014');
    await tabTo(page, page.getByLabel('Pulje 2014'));
    await typeOver(page, '125,8 mio.');
    await tabTo(page, page.getByLabel('Pulje 2015'), { max: 1 });
    await typeOver(page, '130.000.000');
    await tabTo(page, page.getByLabel('Vægt for Sammenhængende velfærdsressourcer (SVR)'));
    await typeOver(page, '2');
    // The preview follows: 125.800.000 kr. split 2 : 1 gives SVR 83.866.667 kr. (the leftover krone by larger remainder).
    await page.getByTestId('preview-table').locator('tbody[data-track=SVR] tr.track td.amount').first().filter({ hasText: '83.866.667 kr.' }).waitFor();

    const save = page.getByRole('button', { name: 'Gem som revision 2' });
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('saved-notice').filter({ hasText: 'Revision 2 er gemt og er nu den gældende rammeudmelding.' });
    await notice.waitFor();
    expect(await page.getByTestId('current-revision').innerText()).toBe('2');
    await page.getByRole('heading', { name: 'Ny revision (revision 3)' }).waitFor();
    // The disabled "Gemmer …" could not keep focus; the notice of the saved revision took it.
    await expectFocused(page, notice);

    const current = await api<Record<string, unknown>>('/api/budget-years/2014/frameworks/current');
    expect(current).toMatchObject({
      revision: 2,
      title: 'Revideret rammeudmelding 2014',
      pool: { '2014': '125800000', '2015': '130000000', '2016': '100000000', '2017': '100000000' },
      trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '2' }],
      createdBy: FINANCE.email,
    });

    // The new revision next to the old one: the notice's link is the next Tab stop.
    await tabTo(page, page.getByRole('link', { name: 'Se ændringerne fra revision 1' }), { max: 1 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Rammeudmelding – revisioner for budget 2014' }).waitFor();
    await page.getByTestId('diff-summary').filter({ hasText: 'ændringer fra revision 1 til revision 2.' }).waitFor();
    expect((await page.getByTestId('diff-table').locator('tr[data-key="pool:2014"]').innerText()).replace(/\s+/g, ' ')).toContain('125.800.000 kr.');
    await context.close();
    // The new framework's allocation rewrites the expected amounts; the next flows start from its result.
    await settledAllocation(t, finance, 2014);
  }, 60_000);

  it('edits a forecast, a status and a comment in the savings grid, then resolves a conflict with the keyboard', async () => {
    const { context, page } = await newPage();
    await page.goto(`${t.url}/budget-years/2014/savings`);
    await logIn(page, COMMITTEE);
    await page.getByRole('heading', { name: 'Vores besparelser – budget 2014' }).waitFor();
    const before = await savingsRow('SELV', 'SAU', 2014);
    const row = page.locator(`app-savings-grid tr[data-row-id="${before.id}"]`);
    const forecast = page.getByLabel(fieldLabel('Prognose'), { exact: true });
    const save = row.getByRole('button', { name: 'Gem SELV, SAU, 2014' });

    await tabTo(page, forecast);
    await typeOver(page, '-1.250,50');
    await tabTo(page, page.getByLabel(fieldLabel('Status'), { exact: true }));
    // On a closed select the arrow keys change the choice: "På sporet" → "I risiko".
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByLabel(fieldLabel('Kommentar'), { exact: true }), { max: 1 });
    await typeOver(page, 'Jobcentret er forsinket; forventer indhentning i 2015.');
    await page.getByText('1 række med ugemte ændringer.').waitFor();
    await tabTo(page, save);
    await page.keyboard.press('Space');
    await row.getByText('Gemt', { exact: true }).waitFor();
    await expectFocusVisible(page);
    expect(await savingsRow('SELV', 'SAU', 2014)).toMatchObject({
      forecast: '-1250.50',
      status: 'at_risk',
      comment: 'Jobcentret er forsinket; forventer indhentning i 2015.',
      version: before.version + 1,
      updatedBy: COMMITTEE.email,
    });

    // The committee types a new forecast; meanwhile finance saves the same row over the API.
    const read = await savingsRow('SELV', 'SAU', 2014);
    await tabTo(page, forecast, { backwards: true });
    await typeOver(page, '2.000.000');
    const theirs = await t.request('PATCH', `/api/savings/${read.id}`, {
      token: finance,
      body: { forecast: '999000', comment: 'Bente: justeret efter budgetmødet', version: read.version },
    });
    expect(theirs.status).toBe(200);

    await tabTo(page, save);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rækken SELV, SAU, 2014 er ændret af en anden' });
    await dialog.waitFor();
    await expectFocusIn(page, dialog);
    // Escape closes without a choice: focus is back on "Gem", the edit still there.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectFocused(page, save);
    await expectFocusVisible(page);
    await row.getByText('Ikke gemt: en anden har ændret rækken.', { exact: false }).waitFor();

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expectFocusIn(page, dialog);
    expect((await dialog.locator('tr[data-field=forecast] td').allInnerTexts()).map((c) => c.trim())).toEqual(['2.000.000 kr.', '999.000 kr.']);
    await page.screenshot({ path: join(SHOTS, 'tastatur-konflikt-1280.png') });
    await tabTo(page, dialog.getByRole('button', { name: 'Behold mine' }), { max: 5 });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Gemt', { exact: true }).waitFor();
    // "Gem" is disabled now that the row is saved; focus is on the row's first field instead.
    await expectFocused(page, forecast);
    await expectFocusVisible(page);

    expect(await savingsRow('SELV', 'SAU', 2014)).toMatchObject({
      forecast: '2000000',
      // Only the committee's changed field was sent again: finance's comment stays.
      comment: 'Bente: justeret efter budgetmødet',
      version: read.version + 2,
      updatedBy: COMMITTEE.email,
    });
    await context.close();
  }, 60_000);

  it('drills into a track from the dashboard table with the keyboard, with the figures of GET …/realisation, and back', async () => {
    const { context, page } = await newPage();
    await page.goto(`${t.url}/budget-years/2014/dashboard`);
    await logIn(page, DIRECTOR);
    await page.getByRole('heading', { name: 'Overblik – budget 2014' }).waitFor();
    const director = await t.login(DIRECTOR.email, DIRECTOR.password);
    const byTrack = await api<{ groups: (Sums & { key: string })[] }>('/api/budget-years/2014/realisation?groupBy=track', director);
    const svr = byTrack.groups.find((g) => g.key === 'SVR') as Sums;
    expect(parseKroner(svr.realised)).toBe(120_000_050n);

    const link = page.getByTestId('realisation-table').getByRole('link', { name: 'SVR Sammenhængende velfærdsressourcer – vis sporets udvalg og år' });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: /^Sporet SVR Sammenhængende velfærdsressourcer/ });
    await heading.waitFor();
    // Focus moved to the drill-down's heading, where the new content starts.
    await expectFocused(page, heading);
    const footer = page.getByTestId('track-table').locator('tfoot tr');
    await footer.waitFor();
    const cells = (await footer.locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 4)).toEqual(['I alt for sporet', kr(svr.expected), kr(svr.forecast), kr(svr.realised)]);
    expect(new URL(page.url()).searchParams.get('spor')).toBe('SVR');

    await tabTo(page, page.getByRole('link', { name: 'Tilbage til overblikket' }), { backwards: true, max: 3 });
    await page.keyboard.press('Enter');
    await page.getByTestId('realisation-table').waitFor();
    expect(new URL(page.url()).searchParams.get('spor')).toBeNull();
    // Back in the overview, focus returns to the link of the track that was open.
    await page.waitForFunction(() => document.activeElement?.closest('tr')?.getAttribute('data-key') === 'SVR');
    await expectFocused(page, link);
    await expectFocusVisible(page);
    await context.close();
  }, 60_000);

  it('imports a savings file: the picker by keyboard, the preview dialog confirmed with the keyboard, the values saved', async () => {
    const target = await savingsRow('SVR', 'ØU', 2015);
    // The file as finance would have it: the export, with one forecast changed.
    const exported = await fetch(`${t.url}/api/budget-years/2014/savings/export?format=xlsx`, { headers: { authorization: `Bearer ${finance}` } });
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported.arrayBuffer());
    workbook.worksheets[0].eachRow((line) => {
      if (line.getCell(1).value === target.id) line.getCell(7).value = 4321000;
    });
    const file = join(dir, 'besparelser-2014-tastatur.xlsx');
    await workbook.xlsx.writeFile(file);

    const { context, page } = await newPage();
    await page.goto(`${t.url}/budget-years/2014/savings`);
    await logIn(page, FINANCE);
    await page.getByRole('heading', { name: 'Besparelser – budget 2014' }).waitFor();
    // The one step that is not a key: the browser's own file chooser, which the keyboard opens
    // (Enter on the button) but a test cannot type into, gets its file from playwright. The
    // listener comes before the Tabs, so playwright intercepts the chooser by the time it opens.
    page.once('filechooser', (chooser) => chooser.setFiles(file).catch((e: Error) => errors.push(e.message)));
    const picker = page.getByRole('button', { name: 'Indlæs fra fil' });
    await tabTo(page, picker);
    await page.keyboard.press('Enter');

    const preview = page.getByRole('dialog', { name: 'Forhåndsvisning af besparelser-2014-tastatur.xlsx' });
    await preview.waitFor();
    await expectFocusIn(page, preview);
    const changes = preview.locator('[data-testid=import-changes] tbody tr');
    await changes.first().waitFor();
    expect((await changes.allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim())).toEqual([expect.stringContaining('SVR ØU 2015 Prognose (ikke udfyldt) 4.321.000 kr.')]);
    await tabTo(page, preview.getByRole('button', { name: 'Gem ændringerne' }), { max: 5 });
    await page.keyboard.press('Enter');

    const saved = page.getByRole('dialog', { name: 'Ændringerne er gemt' });
    await saved.getByTestId('import-saved').waitFor();
    // The save button is gone; focus stayed in the dialog, so Escape still reaches it.
    await expectFocusIn(page, saved);
    await page.keyboard.press('Escape');
    await saved.waitFor({ state: 'detached' });
    await expectFocused(page, picker);
    await expectFocusVisible(page);

    expect(await savingsRow('SVR', 'ØU', 2015)).toMatchObject({ forecast: '4321000', version: target.version + 1, updatedBy: FINANCE.email });
    expect(await page.getByLabel('Prognose for spor SVR (Sammenhængende velfærdsressourcer), udvalg ØU, 2015', { exact: true }).inputValue()).toBe('4.321.000');
    await context.close();
    expect(errors).toEqual([]);
  }, 60_000);
});
