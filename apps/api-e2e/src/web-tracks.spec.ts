import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, SHOTS, textsOf, WEB_DIST } from './support/browser';
import { createBudgetYear } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { createTrack, createUser, settledAllocation, SettledAllocation } from './support/web-fixture';

const FINANCE = { email: 'tove.okonomi@test.dk', password: 'okonomi-kodeord-2', name: 'Tove Økonomi' };
const POOL = { '2014': '100000000', '2015': '120000000', '2016': '125800000', '2017': '1234567' };
const ALIV = 'Livskvalitet på egne vilkår';
const SVR = 'Sammenhængende velfærdsressourcer';
const COMMITTEE_NAMES: Record<string, string> = { ØU: 'Økonomiudvalget', SAU: 'Social- og Arbejdsmarkedsudvalget', ÆHU: 'Ældre- og Handicapudvalget' };

/**
 * Finance in a real Chromium against the real server and worker: a new innovation track with
 * two committee shares, a changed weight, then bids typed into the grid of a bids-mode year,
 * each checked against what the API returns.
 */
describe('innovation tracks and bids in the web app', () => {
  let t: TestApp;
  let finance: string;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const cellLabel = (year: number, track: string, trackName: string, committee: string) =>
    `Bud ${year}: ${track} ${trackName}, ${committee} ${COMMITTEE_NAMES[committee]}`;
  const footer = async (line: string) =>
    (await textsOf(page.locator(`app-bids-grid tfoot tr[data-line=${line}] td`))).map((c) => c.split('\n')[0].trim());

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    await createUser(t, FINANCE, 'finance');
    finance = await t.login(FINANCE.email, FINANCE.password);
    await createTrack(t, finance, { code: 'SVR', name: SVR, startYear: 2013, shares: ['SAU', 'ØU'] });
    await createBudgetYear(t, finance, 2014);

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // The 401 of /api/auth/me before logging in is an expected answer.
    page.on('console', (m) => m.type() === 'error' && !/401/.test(m.text()) && errors.push(m.text()));

    await page.goto(`${t.url}/tracks`);
    await page.getByLabel('E-mail').fill(FINANCE.email);
    await page.getByLabel('Adgangskode').fill(FINANCE.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Innovationsspor', exact: true }).waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('creates a track with two committee shares, showing each share in percent as it is typed', async () => {
    await page.getByRole('link', { name: 'Opret spor' }).click();
    await page.getByRole('heading', { name: 'Nyt innovationsspor' }).waitFor();
    await page.getByLabel('Kode', { exact: true }).fill('ÆLIV');
    await page.getByLabel('Navn', { exact: true }).fill(ALIV);
    await page.getByLabel('Beskrivelse').fill('Tilføjet ved revisionen i sommeren 2012.');
    await page.getByLabel('Forvaltning').selectOption('ÆHF');
    await page.getByLabel('Startår').fill('2014');
    await page.getByLabel('Afhænger af frikommuneforsøg').check();
    await page.getByLabel('Udvalg i række 1').selectOption('ÆHU');
    await page.getByLabel('Vægt i række 1').fill('3');
    await page.getByRole('button', { name: 'Tilføj udvalg' }).click();
    // Focus moves to the new row.
    await page.waitForFunction(() => document.activeElement?.id === 'share-1-committee');
    await page.getByLabel('Udvalg i række 2').selectOption('ÆHU');
    await page.getByText('ÆHU Ældre- og Handicapudvalget er allerede valgt i række 1.').waitFor();
    await page.getByLabel('Udvalg i række 2').selectOption('SAU');
    await page.getByLabel('Vægt i række 2').fill('1');
    expect(await page.getByTestId('share-percent-0').innerText()).toMatch(/75\s%$/);
    expect(await page.getByTestId('share-percent-1').innerText()).toMatch(/25\s%$/);

    await page.getByRole('button', { name: 'Opret spor' }).click();
    await page.getByTestId('track-notice').filter({ hasText: 'Sporet ÆLIV er oprettet.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tracks/spor/%C3%86LIV');
    await page.getByRole('heading', { name: `ÆLIV – ${ALIV}` }).waitFor();
  });

  it('edits a share weight; the API returns exactly what was typed', async () => {
    // The saved shares come back sorted by code point, so SAU (weight 1) is now row 1 and ÆHU row 2.
    expect(await page.getByLabel('Udvalg i række 1').inputValue()).toBe('SAU');
    await page.getByLabel('Vægt i række 2').fill('2');
    expect(await page.getByTestId('share-percent-0').innerText()).toMatch(/33,3\s%$/);
    expect(await page.getByTestId('share-percent-1').innerText()).toMatch(/66,7\s%$/);
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByTestId('track-notice').filter({ hasText: 'Sporet ÆLIV er gemt. Fordelingen genberegnes for de berørte budgetår.' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'spor-rediger-1280.png'), fullPage: true });

    const res = await t.request('GET', '/api/tracks/%C3%86LIV', { token: finance });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      code: 'ÆLIV',
      name: ALIV,
      description: 'Tilføjet ved revisionen i sommeren 2012.',
      administrationCode: 'ÆHF',
      startYear: 2014,
      status: 'active',
      dependsOnFreeMunicipality: true,
      shares: [
        { committeeCode: 'SAU', weight: '1' },
        { committeeCode: 'ÆHU', weight: '2' },
      ],
      version: 2,
    });
  });

  it('lists the tracks with status, frikommune flag and shares in percent', async () => {
    await page.getByRole('link', { name: 'Tilbage til innovationssporene' }).click();
    const row = page.getByRole('row').filter({ hasText: ALIV });
    await row.waitFor();
    const cells = (await row.locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual(['ÆLIV', ALIV, 'ÆHF Ældre- og Handicapforvaltningen', '2014', 'aktiv', 'Ja', 'SAU: 1 (33,3 %) ÆHU: 2 (66,7 %)']);
    await page.screenshot({ path: join(SHOTS, 'spor-1280.png'), fullPage: true });
  });

  it('takes bids in a bids-mode year, shows the uncovered gap per year live, and saves what the allocation then returns', async () => {
    const framework = await t.request('POST', '/api/budget-years/2014/frameworks', {
      token: finance,
      body: { decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Rammeudmelding 2014 (budmodel)', allocationMethod: 'bids', pool: POOL, trackWeights: [] },
    });
    expect(framework.status).toBe(201);

    await page.goto(`${t.url}/budget-years/2014/bids`);
    await page.getByRole('heading', { name: 'Bud – budget 2014' }).waitFor();
    await page.locator('app-bids-grid').waitFor();
    expect(await footer('uncovered')).toEqual(['100.000.000 kr.', '120.000.000 kr.', '125.800.000 kr.', '1.234.567 kr.', '347.034.567 kr.']);

    await page.getByLabel(cellLabel(2014, 'SVR', SVR, 'SAU')).fill('26.000.000');
    await page.getByLabel(cellLabel(2014, 'SVR', SVR, 'ØU')).fill('13000000');
    await page.getByLabel(cellLabel(2014, 'ÆLIV', ALIV, 'ÆHU')).fill('45.000.000');
    // The gap follows the typing, before anything is saved.
    expect(await footer('uncovered')).toEqual(['16.000.000 kr.', '120.000.000 kr.', '125.800.000 kr.', '1.234.567 kr.', '263.034.567 kr.']);

    await page.getByLabel(cellLabel(2015, 'ÆLIV', ALIV, 'SAU')).fill('5.000.000,50');
    await page.getByLabel(cellLabel(2016, 'SVR', SVR, 'SAU')).click();
    await page.getByText('ÆLIV / SAU, 2015: Skriv hele kroner uden øre, fx 1.234.567.').waitFor();
    await page.getByLabel(cellLabel(2015, 'ÆLIV', ALIV, 'SAU')).fill('5.000.000');
    await page.getByLabel(cellLabel(2016, 'SVR', SVR, 'SAU')).fill('125800000');
    await page.getByLabel(cellLabel(2017, 'ÆLIV', ALIV, 'ÆHU')).fill('1.234.568');
    await page.getByLabel(cellLabel(2017, 'ÆLIV', ALIV, 'ÆHU')).blur();
    // Leaving a cell writes the amount the Danish way.
    expect(await page.getByLabel(cellLabel(2016, 'SVR', SVR, 'SAU')).inputValue()).toBe('125.800.000');

    expect(await footer('bids')).toEqual(['84.000.000 kr.', '5.000.000 kr.', '125.800.000 kr.', '1.234.568 kr.', '216.034.568 kr.']);
    expect(await footer('pool')).toEqual(['100.000.000 kr.', '120.000.000 kr.', '125.800.000 kr.', '1.234.567 kr.', '347.034.567 kr.']);
    expect(await footer('uncovered')).toEqual(['16.000.000 kr.', '115.000.000 kr.', '0 kr.', '-1 kr.', '130.999.999 kr.']);
    expect(await page.locator('tfoot tr[data-line=uncovered] td').nth(3).innerText()).toContain('OVERBUD');
    expect((await page.locator('tr[data-row="ÆLIV/ÆHU"] [data-testid=row-total]').innerText()).trim()).toBe('46.234.568 kr.');

    // Leaving with unsaved bids asks first; "Annuller" keeps the page and what was typed.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: 'Fordeling', exact: true }).click();
    await page.waitForTimeout(200);
    expect(new URL(page.url()).pathname).toBe('/budget-years/2014/bids');

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/budget-years/2014/bids') && r.request().method() === 'PUT'),
      page.getByRole('button', { name: 'Gem bud' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await page.getByTestId('bids-notice').filter({ hasText: 'Buddene er gemt.' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'bud-1280.png'), fullPage: true });

    // The newest run is the one the bids queued.
    const allocation = await settledAllocation(t, finance, 2014);
    const key = (c: SettledAllocation['cells'][number]) => `${c.trackCode}/${c.committeeCode}/${c.year}`;
    expect([...allocation.cells].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [
        { trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '26000000' },
        { trackCode: 'SVR', committeeCode: 'ØU', year: 2014, amount: '13000000' },
        { trackCode: 'ÆLIV', committeeCode: 'ÆHU', year: 2014, amount: '45000000' },
        { trackCode: 'ÆLIV', committeeCode: 'SAU', year: 2015, amount: '5000000' },
        { trackCode: 'SVR', committeeCode: 'SAU', year: 2016, amount: '125800000' },
        { trackCode: 'ÆLIV', committeeCode: 'ÆHU', year: 2017, amount: '1234568' },
      ].sort((a, b) => key(a).localeCompare(key(b))),
    );
    expect(allocation.uncovered).toEqual({ '2014': '16000000', '2015': '115000000', '2016': '0', '2017': '-1' });

    // A reload shows the saved bids, and no warning is needed to leave.
    await page.reload();
    await page.locator('app-bids-grid').waitFor();
    expect(await page.getByLabel(cellLabel(2014, 'ÆLIV', ALIV, 'ÆHU')).inputValue()).toBe('45.000.000');
    expect(await footer('uncovered')).toEqual(['16.000.000 kr.', '115.000.000 kr.', '0 kr.', '-1 kr.', '130.999.999 kr.']);
  });

  it('scrolls the grid sideways on a phone with the row names fixed, without widening the page', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const wrap = page.locator('app-bids-grid .bs-table-wrap');
    await wrap.evaluate((el) => el.scrollTo({ left: 400 }));
    const firstColumn = page.locator('tr[data-row="SVR/SAU"] th').first();
    const [wrapBox, headerBox] = [await wrap.boundingBox(), await firstColumn.boundingBox()];
    // Inside the frame's 1 px border, however far the table has scrolled.
    expect(Math.abs((headerBox?.x ?? -100) - ((wrapBox?.x ?? 0) + 1))).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });
});
