import * as ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { createRound, createTrack, createUser, settledAllocation } from './support/web-fixture';
import type { SavingsListRowDto } from '@budgetspor/server/savings';

const FINANCE = { email: 'bente.okonomi@test.dk', password: 'okonomi-kodeord-1', name: 'Bente Økonomi' };
const POOL: Record<string, string> = { '2014': '100000000', '2015': '120000000', '2016': '125800000', '2017': '1234567' };

/** A row of GET …/savings, as the API declares it (`priceLevel` only when asked for). */
type SavingsRow = SavingsListRowDto;

/** The sheet's data rows as plain values (header first), as a spreadsheet program shows them. */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null)));
  return rows;
}

/**
 * Files in and out of the web app, in a real Chromium against the real server and worker:
 * finance downloads the savings as Excel, changes one forecast in the file, imports it and
 * sees exactly that change in the preview before saving it; the audit page lists it; the
 * committee report downloads as a PDF.
 */
describe('spreadsheets and reports in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let finance: string;
  let dir: string;
  let edited: string;
  let target: SavingsRow;
  const errors: string[] = [];

  const apiRows = async (): Promise<SavingsRow[]> => (await t.request('GET', '/api/budget-years/2014/savings', { token: finance })).body;
  const download = async (click: () => Promise<void>): Promise<Download> => {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    return file;
  };

  beforeAll(async () => {
    ensureWebBuilt();
    dir = mkdtempSync(join(tmpdir(), 'web-exports-'));
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    await createUser(t, FINANCE, 'finance');
    finance = await t.login(FINANCE.email, FINANCE.password);
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['ÆHU', 'SAU', 'ØU'] });
    await createTrack(t, finance, { code: 'SELV', name: 'Selvhjulpne borgere', shares: ['SAU'] });
    await createRound(t, finance, { year: 2014, pool: POOL, trackWeights: { SVR: '2', SELV: '1' } });
    await settledAllocation(t, finance, 2014);
    target = (await apiRows()).find((r) => r.trackCode === 'SELV' && r.committeeCode === 'SAU' && r.year === 2014) as SavingsRow;
    if (!target) throw new Error('the allocation of 2014 did not create the SELV/SAU/2014 row');

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !/\b401\b/.test(m.text()) && errors.push(m.text()));

    await page.goto(`${t.url}/budget-years/2014/savings`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await page.getByLabel('E-mail').fill(FINANCE.email);
    await page.getByLabel('Adgangskode').fill(FINANCE.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Besparelser – budget 2014' }).waitFor();
    await page.locator('app-savings-grid tbody tr').first().waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('downloads the savings as Excel from the savings page, with the rows the API has', async () => {
    const group = page.getByRole('group', { name: 'Hent besparelserne' });
    const file = await download(() => group.getByRole('button', { name: 'Hent som Excel' }).click());
    expect(file.suggestedFilename()).toBe('besparelser-2014.xlsx');
    const bytes = readFileSync(await file.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const [header, ...rows] = valuesOf(workbook.worksheets[0]);
    expect(header.slice(0, 7)).toEqual(['Id', 'Version', 'Spor', 'Udvalg', 'År', 'Forventet (kr.)', 'Prognose (kr.)']);
    const api = await apiRows();
    expect(rows.map((r) => r.slice(0, 7))).toEqual(
      api.map((r) => [r.id, r.version, r.trackCode, r.committeeCode, r.year, Number(r.expected), r.forecast === null ? null : Number(r.forecast)]),
    );

    // Finance changes one forecast in the file, as in Excel.
    workbook.worksheets[0].eachRow((row) => {
      if (row.getCell(1).value === target.id) row.getCell(7).value = 1234567.5;
    });
    edited = join(dir, 'besparelser-2014-rettet.xlsx');
    writeFileSync(edited, Buffer.from(await workbook.xlsx.writeBuffer()));
  });

  it('imports the edited file: the preview shows exactly that one change, and saving puts it in the grid and the API', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Indlæs fra fil' }).click()]);
    await chooser.setFiles(edited);
    const dialog = page.getByRole('dialog', { name: 'Forhåndsvisning af besparelser-2014-rettet.xlsx' });
    await dialog.waitFor();
    const changes = dialog.locator('[data-testid=import-changes] tbody tr');
    await changes.first().waitFor();
    expect(await changes.count()).toBe(1);
    const cells = (await changes.first().locator('td').allInnerTexts()).map((c) => c.trim());
    const rowNumber = (await apiRows()).findIndex((r) => r.id === target.id) + 2;
    expect(cells).toEqual([String(rowNumber), 'SELV', 'SAU', '2014', 'Prognose', '(ikke udfyldt)', '1.234.567,50 kr.']);
    expect((await dialog.getByTestId('import-summary').innerText()).trim()).toContain('1 ændring i 1 række gemmes');
    expect((await t.request('GET', `/api/savings/${target.id}`, { token: finance })).body.forecast).toBeNull(); // a dry run writes nothing
    await page.screenshot({ path: join(SHOTS, 'import-forhaandsvisning-1280.png'), fullPage: false });

    await dialog.getByRole('button', { name: 'Gem ændringerne' }).click();
    await page.getByRole('dialog', { name: 'Ændringerne er gemt' }).getByTestId('import-saved').waitFor();
    await page.getByRole('dialog', { name: 'Ændringerne er gemt' }).getByRole('button', { name: 'Luk' }).click();

    const forecast = page.getByLabel('Prognose for spor SELV (Selvhjulpne borgere), udvalg SAU, 2014', { exact: true });
    await page.waitForFunction(
      (label) => (document.querySelector(`[aria-label="${label}"]`) as HTMLInputElement | null)?.value === '1.234.567,50',
      'Prognose for spor SELV (Selvhjulpne borgere), udvalg SAU, 2014',
    );
    expect(await forecast.inputValue()).toBe('1.234.567,50');
    const after = (await t.request('GET', `/api/savings/${target.id}`, { token: finance })).body;
    expect(after).toMatchObject({ forecast: '1234567.50', version: target.version + 1, updatedBy: FINANCE.email });
    // Only that row was written.
    const others = (await apiRows()).filter((r) => r.id !== target.id);
    expect(others.every((r) => r.version === 1 && r.forecast === null)).toBe(true);
  });

  it('lists the change on the audit page, newest first, with the forecast before and after', async () => {
    await page.goto(`${t.url}/audit?entityType=savings`);
    await page.getByRole('heading', { name: 'Revisionsspor' }).waitFor();
    const first = page.locator('[data-testid=audit-table] tbody tr[data-audit-id]').first();
    await first.waitFor();
    const cells = (await first.locator('td').allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(1, 5)).toEqual([FINANCE.email, 'Ændret', 'Besparelse', target.id]);
    await first.getByRole('button', { name: /^Vis ændringer/ }).click();
    const prognose = page.locator('[data-testid=audit-changes] tbody tr[data-changed=true]').filter({ hasText: 'Prognose' });
    await prognose.waitFor();
    expect((await prognose.locator('td').allInnerTexts()).map((c) => c.trim())).toEqual(['–', '1.234.567,50 kr.']);
    await page.screenshot({ path: join(SHOTS, 'revisionsspor-1280.png'), fullPage: true });

    const file = await download(() => page.getByRole('group', { name: 'Hent de filtrerede poster' }).getByRole('button', { name: 'Hent som CSV' }).click());
    expect(file.suggestedFilename()).toMatch(/^revisionsspor-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync(await file.path(), 'utf8')).toContain(target.id);
  });

  it('downloads the committee report of SAU as a PDF from the savings page', async () => {
    await page.goto(`${t.url}/budget-years/2014/savings`);
    const item = page.locator('.reports__item').filter({ hasText: 'SAU – Social- og Arbejdsmarkedsudvalget' });
    const file = await download(() => item.getByRole('button', { name: 'Udskriv udvalgsrapport (PDF)' }).click());
    expect(file.suggestedFilename()).toBe('udvalgsrapport-2014-SAU.pdf');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(errors).toEqual([]);
  });
});
