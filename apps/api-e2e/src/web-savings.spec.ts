import { join } from 'node:path';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { formatKroner } from '@budgetspor/shared/money';
import { ensureWebBuilt, launchChromium, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { createRound, createTrack, createUser, settledAllocation } from './support/web-fixture';
import type { SavingsListRowDto } from '@budgetspor/server/savings';

const FINANCE = { email: 'bente.okonomi@test.dk', password: 'okonomi-kodeord-1', name: 'Bente Økonomi' };
const COMMITTEE = { email: 'sofie.sau@test.dk', password: 'udvalg-kodeord-1', name: 'Sofie Socialudvalg' };
const POOL: Record<string, string> = { '2014': '100000000', '2015': '120000000', '2016': '125800000', '2017': '1234567' };

/** A row of GET …/savings, as the API declares it (`priceLevel` only when asked for). */
type SavingsRow = SavingsListRowDto;

/** Waits for something the page does on its own time (a confirm after a click). */
async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  for (const start = Date.now(); !condition(); ) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The aria-label of a grid field: each names its field, track, committee and year. */
const fieldLabel = (field: string, year = 2014) => `${field} for spor SELV (Selvhjulpne borgere), udvalg SAU, ${year}`;

/**
 * A committee's savings follow-up in a real Chromium against the real server, worker and
 * database: the committee user sees only its own rows, saves an entry, and meets another
 * user's newer save as a conflict it resolves without losing either person's work.
 */
describe('savings follow-up in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let finance: string;
  const errors: string[] = [];

  const sauRows = async (): Promise<SavingsRow[]> => {
    const res = await t.request('GET', '/api/budget-years/2014/savings?committeeCode=SAU', { token: finance });
    return res.body;
  };
  const selv2014 = async (): Promise<SavingsRow> => {
    const res = await t.request('GET', '/api/budget-years/2014/savings?trackCode=SELV&committeeCode=SAU', { token: finance });
    return (res.body as SavingsRow[]).find((r) => r.year === 2014) as SavingsRow;
  };
  const gridRow = (id: string): Locator => page.locator(`app-savings-grid tr[data-row-id="${id}"]`);

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    await createUser(t, FINANCE, 'finance');
    await createUser(t, COMMITTEE, 'committee', ['SAU']);
    finance = await t.login(FINANCE.email, FINANCE.password);
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['ÆHU', 'SAU', 'ØU'] });
    await createTrack(t, finance, { code: 'SELV', name: 'Selvhjulpne borgere', shares: ['SAU'] });
    await createRound(t, finance, { year: 2014, pool: POOL, trackWeights: { SVR: '2', SELV: '1' } });
    await settledAllocation(t, await t.adminToken(), 2014);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // 401 before login and the 409 of the stale save are answers the page expects and handles.
    page.on('console', (m) => m.type() === 'error' && !/\b(401|409)\b/.test(m.text()) && errors.push(m.text()));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the committee user only the rows of its own committee', async () => {
    await page.goto(`${t.url}/budget-years/2014/savings`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await page.getByLabel('E-mail').fill(COMMITTEE.email);
    await page.getByLabel('Adgangskode').fill(COMMITTEE.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Vores besparelser – budget 2014' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/budget-years/2014/savings');

    const api = await sauRows();
    const all = (await t.request('GET', '/api/budget-years/2014/savings', { token: finance })).body as SavingsRow[];
    expect(api.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(api.length);
    const rows = page.locator('app-savings-grid tbody tr');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id')))).toEqual(api.map((r) => r.id));
    const committees = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[0]?.textContent?.trim()));
    expect(new Set(committees)).toEqual(new Set(['SAU']));
  });

  it('saves forecast, status and comment of a row, says "Gemt", and the API holds the new values', async () => {
    const before = await selv2014();
    const row = gridRow(before.id);
    await page.getByLabel(fieldLabel('Prognose'), { exact: true }).fill('-1.250,50');
    await page.getByLabel(fieldLabel('Status'), { exact: true }).selectOption({ label: 'I risiko' });
    await page.getByLabel(fieldLabel('Kommentar'), { exact: true }).fill('Jobcentret er forsinket; forventer indhentning i 2015.');
    await page.getByText('1 række med ugemte ændringer.').waitFor();

    await row.getByRole('button', { name: 'Gem SELV, SAU, 2014' }).click();
    await row.getByText('Gemt', { exact: true }).waitFor();
    expect(await page.getByLabel(fieldLabel('Prognose'), { exact: true }).inputValue()).toBe('-1.250,50');

    const after = await selv2014();
    expect(after).toMatchObject({
      forecast: '-1250.50',
      status: 'at_risk',
      comment: 'Jobcentret er forsinket; forventer indhentning i 2015.',
      version: before.version + 1,
      updatedBy: COMMITTEE.email,
    });
    expect(await row.innerText()).toContain(COMMITTEE.email);
    // At 1280 px every column fits; only narrower screens scroll the grid.
    expect(await page.locator('app-savings-grid .bs-table-wrap').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'besparelser-1280.png'), fullPage: true });
  });

  it('meets another user’s newer save with the conflict dialog, and "Behold mine" saves the committee’s value on top', async () => {
    const read = await selv2014();
    const forecast = page.getByLabel(fieldLabel('Prognose'), { exact: true });
    await forecast.fill('2.000.000');
    await forecast.press('Tab');

    // Meanwhile finance changes the same row over HTTP.
    const theirs = await t.request('PATCH', `/api/savings/${read.id}`, {
      token: finance,
      body: { forecast: '999000', comment: 'Bente: justeret efter budgetmødet', version: read.version },
    });
    expect(theirs.status).toBe(200);

    await gridRow(read.id).getByRole('button', { name: 'Gem SELV, SAU, 2014' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rækken SELV, SAU, 2014 er ændret af en anden' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    const headers = await dialog.locator('thead th').allInnerTexts();
    expect(headers[1].trim()).toBe('Dine ændringer');
    expect(headers[2]).toContain(`Gemt af ${FINANCE.email}`);
    const forecastLine = await dialog.locator('tr[data-field=forecast] td').allInnerTexts();
    expect(forecastLine.map((c) => c.trim())).toEqual(['2.000.000 kr.', '999.000 kr.']);
    expect(await dialog.locator('tr[data-field=comment] td').last().innerText()).toBe('Bente: justeret efter budgetmødet');
    await page.screenshot({ path: join(SHOTS, 'besparelser-konflikt-1280.png'), fullPage: false });

    await dialog.getByRole('button', { name: 'Behold mine' }).click();
    await dialog.waitFor({ state: 'detached' });
    await gridRow(read.id).getByText('Gemt', { exact: true }).waitFor();
    // Focus is back in the row, not lost at the top of the page.
    expect(await forecast.evaluate((el) => el === document.activeElement)).toBe(true);

    const final = await selv2014();
    expect(final).toMatchObject({
      forecast: '2000000',
      // Only the committee's changed field was sent again: finance's comment stays.
      comment: 'Bente: justeret efter budgetmødet',
      status: 'at_risk',
      version: read.version + 2,
      updatedBy: COMMITTEE.email,
    });
  });

  it('asks before leaving with unsaved edits, and warns before the tab closes', async () => {
    const comment = page.getByLabel(fieldLabel('Kommentar', 2015), { exact: true });
    await comment.fill('Ikke gemt endnu');
    expect(await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    })).toBe(true);

    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    const tabs = page.getByRole('navigation', { name: 'Sider for budget 2014' });
    await tabs.getByRole('link', { name: 'Fordeling', exact: true }).click();
    await until(() => asked.length === 1);
    expect(asked[0]).toContain('Du har ændringer, der ikke er gemt');
    expect(new URL(page.url()).pathname).toBe('/budget-years/2014/savings');
    expect(await comment.inputValue()).toBe('Ikke gemt endnu');

    page.once('dialog', (d) => void d.accept());
    await tabs.getByRole('link', { name: 'Fordeling', exact: true }).click();
    await page.waitForURL(/\/budget-years\/2014\/allocation$/);
  });

  it('keeps the track column in view while the grid scrolls sideways on a phone', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${t.url}/budget-years/2014/savings`);
    await page.getByRole('heading', { name: 'Vores besparelser – budget 2014' }).waitFor();
    const wrap = page.locator('app-savings-grid .bs-table-wrap');
    const firstCell = page.locator('app-savings-grid tbody tr').first().locator('th');
    await firstCell.waitFor();

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const x = (await firstCell.boundingBox())?.x;
    await wrap.evaluate((el) => el.scrollTo({ left: 400 }));
    await page.waitForFunction(() => (document.querySelector('app-savings-grid .bs-table-wrap')?.scrollLeft ?? 0) > 0);
    expect((await firstCell.boundingBox())?.x).toBe(x);
    await wrap.evaluate((el) => el.scrollTo({ left: 0 }));
    await page.screenshot({ path: join(SHOTS, 'besparelser-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  it('shows the savings at a chosen price level: the API’s converted figures, nothing to edit, and the way back to edit', async () => {
    for (const [year, index] of [[2014, '97.5'], [2016, '100']] as const) {
      const res = await t.request('PUT', `/api/price-indices/${year}`, { token: finance, body: { index, illustrative: true } });
      expect(res.status).toBeLessThan(300);
    }
    await page.goto(`${t.url}/budget-years/2014/savings`);
    await page.getByRole('heading', { name: 'Vores besparelser – budget 2014' }).waitFor();
    const grid = page.locator('app-savings-grid');
    await grid.locator('caption').filter({ hasText: '(kr., 2014-priser)' }).waitFor();
    expect(await grid.locator('input').count()).toBeGreaterThan(0);

    await page.getByLabel('Prisniveau', { exact: true }).selectOption('2016');
    await grid.locator('caption').filter({ hasText: '(kr., 2016-priser)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('prisniveau')).toBe('2016');

    const api = (await t.request('GET', '/api/budget-years/2014/savings?committeeCode=SAU&priceLevel=2016', { token: finance })).body as SavingsRow[];
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((r) => r.priceLevel === 2016)).toBe(true);
    const own = await sauRows();
    // The index moved from 97,5 to 100, so the converted amounts differ from the round's own.
    expect(api.map((r) => r.expected)).not.toEqual(own.map((r) => r.expected));
    const cell = (amount: string | null) => (amount === null ? '–' : formatKroner(amount, { unit: false }));
    const shown = await grid.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-row-id'),
        // What a sighted user reads: without the texts only for screen readers ("ikke indtastet").
        ...Array.from(tr.querySelectorAll('td')).slice(2, 5).map((td) => {
          const copy = td.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
          return (copy.textContent ?? '').trim();
        }),
      ]),
    );
    expect(shown).toEqual(api.map((r) => [r.id, cell(r.expected), cell(r.forecast), cell(r.realised)]));

    // Read-only at another level: no field, no "Gem", no import; the export carries the level.
    expect(await grid.locator('input, select, textarea, button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gem alle ændringer' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Indlæs fra fil' }).count()).toBe(0);
    const note = page.getByTestId('price-level-note');
    expect((await note.innerText()).replace(/\s+/g, ' ').trim()).toBe(
      'Beløbene er omregnet til 2016-priser, så de kan ikke rettes her, og en eksport af dem kan ikke indlæses igen. ' +
        'Prognose og realiseret indtastes i budgettets eget prisniveau: vis og ret i 2014-priser.',
    );
    expect(await page.getByTestId('savings-files').locator('button').first().getAttribute('data-url')).toBe(
      '/api/budget-years/2014/savings/export?committeeCode=SAU&priceLevel=2016&format=xlsx',
    );
    await page.screenshot({ path: join(SHOTS, 'besparelser-2016-priser-1280.png'), fullPage: true });

    await note.getByRole('link', { name: 'vis og ret i 2014-priser' }).click();
    await grid.locator('caption').filter({ hasText: '(kr., 2014-priser)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('prisniveau')).toBeNull();
    // The committee's own figure from the conflict test above, editable again.
    expect(await page.getByLabel(fieldLabel('Prognose'), { exact: true }).inputValue()).toBe('2.000.000');
    expect(errors).toEqual([]);
  });
});
