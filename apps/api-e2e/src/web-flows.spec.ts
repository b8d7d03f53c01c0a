import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { formatKroner, parseKroner } from '@budgetspor/shared/money';
import { ensureWebBuilt, launchChromium, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { createRound, createTrack, createUser, settledAllocation } from './support/web-fixture';


const FINANCE = { email: 'bente.okonomi@test.dk', password: 'okonomi-kodeord-1', name: 'Bente Økonomi' };
const POOL: Record<string, string> = { '2014': '100000000', '2015': '120000000', '2016': '125800000', '2017': '1234567' };

interface Cell {
  trackCode: string;
  committeeCode: string;
  year: number;
  amount: string;
}
interface Allocation {
  run: { id: string } | null;
  cells: Cell[];
}

const kr = (amount: string | bigint) => formatKroner(typeof amount === 'bigint' ? amount * 100n : parseKroner(amount));

/**
 * Finance's daily flows in a real Chromium against the real server, worker and database:
 * log in through the form, the budget years, the allocation with its live run status.
 */
describe('finance flows in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    await createUser(t, FINANCE, 'finance');
    const finance = await t.tokenFor('finance');
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['ÆHU', 'SAU', 'ØU'] });
    await createTrack(t, finance, { code: 'SELV', name: 'Selvhjulpne borgere', shares: ['SAU'] });
    await createRound(t, finance, { year: 2014, pool: POOL, trackWeights: { SVR: '2', SELV: '1' } });
    await settledAllocation(t, await t.adminToken(), 2014);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // A 401 on /api/auth/me before login and the 401 of the wrong password are expected answers.
    page.on('console', (m) => m.type() === 'error' && !/401/.test(m.text()) && errors.push(m.text()));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sends a visitor of a protected page to the login form and back there after logging in', async () => {
    await page.goto(`${t.url}/budget-years`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/log-ind');
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/budget-years');

    await page.getByLabel('E-mail').fill(FINANCE.email);
    await page.getByLabel('Adgangskode').fill('forkert-kodeord');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'log-ind-fejl.png'), fullPage: true });

    await page.getByLabel('Adgangskode').fill(FINANCE.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Budgetår', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/budget-years');
    const header = await page.locator('header').innerText();
    expect(header).toContain(FINANCE.name);
    expect(header).toContain('Økonomi');
    expect(header).toContain('Log ud');
    // The session is the httpOnly cookie; nothing is kept in the page's storage.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).not.toContain('budgetspor_session');

    // A reload of a public page still knows who is logged in.
    await page.goto(`${t.url}/`);
    await page.locator('header').getByText(FINANCE.name).waitFor();
    await page.locator('header').getByRole('link', { name: 'Budgetår' }).click();
    await page.getByRole('heading', { name: 'Budgetår', exact: true }).waitFor();
  });

  it('lists the budget years with their status, and finance can create a year and move it forward after confirming', async () => {
    const row2014 = page.getByRole('row').filter({ hasText: 'Budget 2014' });
    expect(await row2014.innerText()).toContain('Rammeudmeldt');

    await page.getByRole('button', { name: 'Opret budgetår' }).click();
    await page.getByRole('spinbutton', { name: 'Budgetår' }).fill('2030');
    await page.getByLabel('Titel').fill('Budget 2030');
    await page.getByRole('button', { name: 'Opret', exact: true }).click();
    await page.getByText('Budget 2030 er oprettet som kladde.').waitFor();
    const row2030 = page.getByRole('row').filter({ hasText: 'Budget 2030' });
    expect(await row2030.innerText()).toContain('Kladde');
    expect(await row2030.innerText()).toContain('2030–2033');

    const advance = row2030.getByRole('button', { name: /Ryk til Rammeudmeldt/ });
    await advance.click();
    const dialog = page.getByRole('dialog', { name: 'Ryk budget 2030 til Rammeudmeldt?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('status kan ikke flyttes tilbage');
    // Focus moved into the dialog; Escape closes it and gives focus back to the button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await advance.evaluate((el) => el === document.activeElement)).toBe(true);

    await advance.click();
    await page.getByRole('button', { name: 'Ja, ryk til Rammeudmeldt' }).click();
    await page.getByText('Budget 2030 har nu status Rammeudmeldt.').waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Budget 2030' }).innerText()).toContain('Rammeudmeldt');
    const api = await t.request('GET', '/api/budget-years/2030', { token: await t.adminToken() });
    expect(api.body.status).toBe('framework_announced');
    await page.screenshot({ path: join(SHOTS, 'budgetaar-1280.png'), fullPage: true });
  });

  it('shows the allocation the API returns, with totals, the chart and a succeeded run', async () => {
    const allocation = await settledAllocation(t, await t.adminToken(), 2014);
    await page.getByRole('link', { name: 'Fordeling for budget 2014' }).click();
    await page.getByRole('heading', { name: 'Fordeling af innovationspuljen – budget 2014' }).waitFor();
    const status = page.getByTestId('run-status');
    await status.filter({ hasText: 'Gennemført' }).waitFor();
    expect(await status.getAttribute('data-run-id')).toBe(allocation.run.id);

    const table = page.locator('app-allocation-grid table');
    await table.waitFor();
    // Every cell the API returns is in the table with its amount in Danish format.
    for (const cell of allocation.cells) {
      const column = Object.keys(POOL).indexOf(String(cell.year));
      const inTrack = table.locator('tbody').filter({ hasText: cell.trackCode }).locator('tr').filter({ has: page.locator(`th[scope=row]:has-text("${cell.committeeCode}")`) });
      expect(await inTrack.count()).toBe(1);
      expect((await inTrack.locator('td').nth(column).innerText()).split('\n')[0].trim()).toBe(kr(cell.amount));
    }
    // The pool line reconciles with the framework: 100.000.000 kr. in 2014 etc.
    const poolCells = await table.locator('tfoot tr[data-line=pool] td').allInnerTexts();
    expect(poolCells.map((c) => c.trim())).toEqual([...Object.values(POOL).map((a) => kr(a)), kr(Object.values(POOL).reduce((a, b) => a + BigInt(b), 0n))]);
    const allocated = await table.locator('tfoot tr[data-line=allocated] td').first().innerText();
    expect(allocated.trim()).toBe('100.000.000 kr.');

    const chart = page.getByRole('img', { name: /Søjlediagram: innovationspuljen pr. år/ });
    await chart.waitFor();
    expect(await chart.evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(0);

    // "Hvorfor dette beløb?" on SELV/SAU 2014: a third of the pool, with the leftover krone.
    const selv = allocation.cells.find((c) => c.trackCode === 'SELV' && c.year === 2014) as Cell;
    await page.getByRole('button', { name: new RegExp(`hvorfor dette beløb\\? SELV, SAU, 2014`) }).click();
    const dialog = page.getByRole('dialog', { name: 'Hvorfor dette beløb?' });
    await dialog.getByText('Trin 2 – udvalgets andel af sporets beløb').waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('Puljen for 2014 er 100.000.000 kr.');
    expect(text).toContain(`Beløbet i cellen er derfor ${kr(selv.amount)}`);
    await page.screenshot({ path: join(SHOTS, 'fordeling-forklaring-1280.png'), fullPage: false });
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.screenshot({ path: join(SHOTS, 'fordeling-1280.png'), fullPage: true });

    // On a phone the table scrolls inside its frame; the page itself does not get wider.
    await page.setViewportSize({ width: 360, height: 740 });
    // (Chart.js redraws the canvas for the new width on its next animation frame.)
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 360, undefined, { timeout: 2_000 }).catch(() => undefined);
    await page.screenshot({ path: join(SHOTS, 'fordeling-360.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints the allocation without the app\'s navigation and buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Genberegn' }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: /Fordeling af innovationspuljen/ }).isVisible()).toBe(true);
      expect(await page.locator('table').first().isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'fordeling-udskrift.png'), fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  }, 30_000);

  it('starts a recompute with "Genberegn" and shows the new run succeed live', async () => {
    const before = await page.getByTestId('run-status').getAttribute('data-run-id');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/budget-years/2014/allocation/recompute') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Genberegn' }).click(),
    ]);
    expect(response.status()).toBe(202);
    const { runId } = await response.json();
    expect(runId).not.toBe(before);
    // The page asks for the run's status only at load and after a "succeeded" event, so this
    // state can only come from the server-sent events.
    await page.locator(`[data-testid=run-status][data-run-id="${runId}"]`).filter({ hasText: 'Gennemført' }).waitFor({ timeout: 20_000 });
    await page.getByText('Tabellen viser beregningen fra').waitFor();
    expect((await settledAllocation(t, await t.adminToken(), 2014, runId)).run.id).toBe(runId);
    await page.screenshot({ path: join(SHOTS, 'fordeling-genberegnet-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows the allocation in a chosen price level, as the API converts it, labelled and exported so', async () => {
    const finance = await t.tokenFor('finance');
    for (const [year, index] of [[2014, '100.0'], [2016, '103.2']] as const) {
      const res = await t.request('PUT', `/api/price-indices/${year}`, { token: finance, body: { index, illustrative: true } });
      expect(res.status).toBe(201);
    }
    // The indices are read when the page opens.
    await page.reload();
    const table = page.locator('app-allocation-grid table');
    await table.locator('caption').filter({ hasText: 'Fordeling pr. spor, udvalg og år (kr., 2014-priser)' }).waitFor();

    await page.getByLabel('Prisniveau').selectOption('2016');
    await table.locator('caption').filter({ hasText: 'Fordeling pr. spor, udvalg og år (kr., 2016-priser)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('prisniveau')).toBe('2016');
    const token = await t.adminToken();
    const own = (await t.request('GET', '/api/budget-years/2014/allocation', { token })).body as Allocation & { unallocated: Record<string, string> };
    const converted = (await t.request('GET', '/api/budget-years/2014/allocation?priceLevel=2016', { token })).body as Allocation & {
      unallocated: Record<string, string>;
      priceLevel: number;
    };
    expect(converted.priceLevel).toBe(2016);
    expect(converted.cells.map((c) => c.amount)).not.toEqual(own.cells.map((c) => c.amount));
    // Every converted cell is in the table with its amount, øre and all, as the API converted it.
    for (const cell of converted.cells) {
      const column = Object.keys(POOL).indexOf(String(cell.year));
      const inTrack = table.locator('tbody').filter({ hasText: cell.trackCode }).locator('tr').filter({ has: page.locator(`th[scope=row]:has-text("${cell.committeeCode}")`) });
      expect((await inTrack.locator('td').nth(column).innerText()).trim()).toBe(kr(cell.amount));
    }
    const years = Object.keys(POOL);
    const allocatedIn = (year: string) => converted.cells.filter((c) => String(c.year) === year).reduce((sum, c) => sum + parseKroner(c.amount), 0n);
    const pool = years.map((y) => allocatedIn(y) + parseKroner(converted.unallocated[y] ?? '0'));
    expect((await table.locator('tfoot tr[data-line=pool] td').allInnerTexts()).map((c) => c.trim())).toEqual(
      [...pool, pool.reduce((a, b) => a + b, 0n)].map((ore) => formatKroner(ore)),
    );
    expect(await page.getByTestId('price-level-note').innerText()).toBe('Beløbene er omregnet til 2016-priser med pris- og lønindekset.');
    expect(await page.getByRole('img', { name: /Søjlediagram: innovationspuljen pr\. år 2014–2017 fordelt på spor, i 2016-priser\./ }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'fordeling-2016-priser-1280.png'), fullPage: true });

    // The export is of what the page shows: the allocation at 2016 prices.
    const exports = page.getByRole('group', { name: 'Hent fordelingen' });
    const [file] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Hent som CSV' }).click()]);
    // (fetch's text() drops the byte-order mark the file starts with.)
    const csv = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
    const api = await fetch(`${t.url}/api/budget-years/2014/allocation/export?priceLevel=2016&format=csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv).toBe(await api.text());
    expect(file.suggestedFilename()).toBe('fordeling-2014-2016-pris.csv');
    expect(csv).toContain('Beløb (kr., 2016-pris)');
    const selv = converted.cells.find((c) => c.trackCode === 'SELV' && c.year === 2014) as Cell;
    expect(csv).toContain(`;2014;${selv.amount.replace('.', ',')}`);

    // Back at the round's own level, the amounts are the stored ones again.
    await page.getByLabel('Prisniveau').selectOption('');
    await table.locator('caption').filter({ hasText: '2014-priser' }).waitFor();
    expect(new URL(page.url()).searchParams.has('prisniveau')).toBe(false);
    expect((await table.locator('tfoot tr[data-line=pool] td').allInnerTexts()).map((c) => c.trim())[0]).toBe(kr(POOL['2014']));
    expect(errors).toEqual([]);
  }, 30_000);

  it('sends a user whose session expired to login on the next request, and back to the same page after logging in', async () => {
    // No run still in flight: its event would make the open page reload (and meet the 401) first.
    await settledAllocation(t, await t.adminToken(), 2014);
    await page.goto(`${t.url}/budget-years/2014/allocation`);
    await page.getByRole('heading', { name: /Fordeling af innovationspuljen/ }).waitFor();
    // The server ends every session (as an expiry or an admin's deactivation would); the page does not know yet.
    await t.app.get(DataSource).query('DELETE FROM sessions');
    await page.getByRole('link', { name: 'Budgetår', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/budget-years');
    await page.getByLabel('E-mail').fill(FINANCE.email);
    await page.getByLabel('Adgangskode').fill(FINANCE.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Budgetår', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/budget-years');
    await page.getByRole('row').filter({ hasText: 'Budget 2014' }).waitFor();
  }, 30_000);

  it('logs out and is sent to login when opening a protected page again', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await page.goto(`${t.url}/budget-years/2014/allocation`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/budget-years/2014/allocation');
  });
});
