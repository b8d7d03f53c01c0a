import { join } from 'node:path';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { formatKroner, formatMio, parseKroner } from '@budgetspor/shared/money';
import { ensureWebBuilt, launchChromium, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { createRound, createTrack, createUser, settledAllocation } from './support/web-fixture';
import type { SavingsListRowDto } from '@budgetspor/server/savings';

const DIRECTOR = { email: 'dorte.direktor@test.dk', password: 'direktor-kodeord-1', name: 'Dorte Direktør' };
const POOL: Record<string, string> = { '2014': '100000000', '2015': '120000000', '2016': '125800000', '2017': '130000000' };
const DASHBOARD = '/budget-years/2014/dashboard';

interface Sums {
  expected: string;
  forecast: string;
  realised: string;
  rate: string | null;
}
interface Realisation {
  groups: (Sums & { key: string | number; priceLevel?: number })[];
  total: Sums & { priceLevel?: number };
}
/** A row of GET …/savings, as the API declares it (`priceLevel` only when asked for). */
type SavingsRow = SavingsListRowDto;

const kr = (amount: string) => formatKroner(parseKroner(amount));

/**
 * The page's rate, "87,5 %", worked out here on its own from the API's 4-decimal rate: the
 * percentage with one decimal, rounded half away from zero.
 */
function percent(rate: string | null): string {
  if (rate === null) return '–';
  const match = /^(-?)(\d+)\.(\d{4})$/.exec(rate);
  if (!match) throw new Error(`rate ${rate}`);
  const tenths = (BigInt(match[2] + match[3]) + 5n) / 10n;
  const body = `${Number(tenths / 10n).toLocaleString('da-DK')},${tenths % 10n} %`;
  return match[1] && tenths !== 0n ? `-${body}` : body;
}

/** The traffic light the page must show: ≥ 95 % on track, ≥ 75 % at risk, below behind. */
function light(rate: string | null): string {
  if (rate === null) return '–';
  const units = Number(rate.replace('.', ''));
  return units >= 9500 ? 'På sporet' : units >= 7500 ? 'I risiko' : 'Bagud';
}

/** Each cell's text as a sighted user reads it (without texts only for screen readers). */
function cellTexts(row: Locator): Promise<string[]> {
  return row.locator('th, td').evaluateAll((cells) =>
    cells.map((cell) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }),
  );
}

/**
 * A director's Overblik in a real Chromium against the real server, worker and database:
 * the figures on the page are exactly those of GET …/realisation, in every view and in a
 * track's drill-down.
 */
describe('the director dashboard (Overblik) in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  const errors: string[] = [];

  const api = async <T>(path: string): Promise<T> => {
    const res = await t.request('GET', path, { token });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };
  const realisation = (groupBy: string) => api<Realisation>(`/api/budget-years/2014/realisation?groupBy=${groupBy}`);
  const table = () => page.getByTestId('realisation-table');

  /** Some forecasts and realised amounts, so the tracks land in different traffic lights. */
  async function enterFollowUp(finance: string): Promise<void> {
    const rows = (await t.request('GET', '/api/budget-years/2014/savings', { token: finance })).body as SavingsRow[];
    const part = (row: SavingsRow, percentOf: bigint) => ((BigInt(row.expected) * percentOf) / 100n).toString();
    for (const row of rows) {
      let body: Record<string, unknown> | null = null;
      if (row.trackCode === 'SELV') body = { forecast: row.expected, realised: row.expected, status: 'realised' };
      if (row.trackCode === 'SVR') {
        body = { forecast: part(row, 90n), realised: `${part(row, 80n)}.50`, status: 'at_risk', comment: 'Forsinket udrulning i ældreplejen.' };
      }
      if (row.trackCode === 'LIV' && row.year === 2015) body = { realised: '-12500.25', status: 'off_track', comment: 'Sporet kostede mere end det sparede.' };
      if (!body) continue;
      const res = await t.request('PATCH', `/api/savings/${row.id}`, { token: finance, body: { ...body, version: row.version } });
      if (res.status !== 200) throw new Error(`PATCH ${row.id}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    const finance = await t.tokenFor('finance');
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['ÆHU', 'SAU', 'ØU'] });
    await createTrack(t, finance, { code: 'SELV', name: 'Selvforsørgelse – frihed til at kunne', shares: ['SAU'] });
    await createTrack(t, finance, { code: 'LIV', name: 'Livskvalitet på egne vilkår', administrationCode: 'ÆHF', startYear: 2015, shares: ['ÆHU'] });
    await createRound(t, finance, { year: 2014, pool: POOL, trackWeights: { SVR: '2', SELV: '1', LIV: '1' } });
    await settledAllocation(t, await t.adminToken(), 2014);
    await enterFollowUp(finance);
    // Price levels the director can choose: the amounts of 2014 at 2016 prices.
    for (const [year, index] of [[2014, '100.0'], [2016, '103.2']] as const) {
      const res = await t.request('PUT', `/api/price-indices/${year}`, { token: finance, body: { index, illustrative: true } });
      if (res.status !== 201) throw new Error(`price index ${year}: ${res.status} ${JSON.stringify(res.body)}`);
    }

    await createUser(t, DIRECTOR, 'director');
    token = await t.login(DIRECTOR.email, DIRECTOR.password);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page = await context.newPage();
    // Fail a step with its own message well before the test's timeout.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    // The 401 of /api/auth/me before logging in is an expected answer.
    page.on('console', (m) => m.type() === 'error' && !/401/.test(m.text()) && errors.push(m.text()));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets the director log in and open the dashboard, and measures its first render', async () => {
    await page.goto(`${t.url}${DASHBOARD}`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await page.getByLabel('E-mail').fill(DIRECTOR.email);
    await page.getByLabel('Adgangskode').fill(DIRECTOR.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Overblik – budget 2014' }).waitFor();
    await table().waitFor();
    expect(new URL(page.url()).pathname).toBe(DASHBOARD);

    // A fresh load, logged in: from the start of navigation to the table on screen.
    const started = Date.now();
    await page.goto(`${t.url}${DASHBOARD}`);
    const inPage = await page.waitForFunction(() => {
      const row = document.querySelector('[data-testid=realisation-table] tbody tr');
      return row && (row as HTMLElement).offsetParent !== null ? performance.now() : null;
    });
    const wall = Date.now() - started;
    console.log(
      `Overblik, første visning med tabel: ${Math.round(Number(await inPage.jsonValue()))} ms efter navigationsstart ` +
        `(performance.now() i siden), ${wall} ms målt af testen fra page.goto`,
    );
    expect(await page.title()).toBe('Overblik – Budgetspor');
  });

  it('shows key figures and a track table equal to GET …/realisation?groupBy=track', async () => {
    const byTrack = await realisation('track');
    expect(byTrack.groups.map((g) => g.key)).toEqual(['LIV', 'SELV', 'SVR']);
    // The follow-up spans every light, so the comparison below covers each status.
    expect(new Set(byTrack.groups.map((g) => light(g.rate)))).toEqual(new Set(['På sporet', 'I risiko', 'Bagud']));

    const figures = page.getByTestId('key-figures');
    for (const [name, amount] of [['expected', byTrack.total.expected], ['forecast', byTrack.total.forecast], ['realised', byTrack.total.realised]]) {
      const figure = figures.locator(`[data-figure=${name}]`);
      expect((await figure.locator('.figure__value').innerText()).trim()).toBe(formatMio(parseKroner(amount)));
      expect((await figure.locator('.figure__exact').innerText()).trim()).toBe(kr(amount));
    }
    expect((await figures.locator('[data-figure=rate] .figure__value').innerText()).trim()).toBe(percent(byTrack.total.rate));
    expect((await figures.locator('[data-figure=rate] .figure__exact').innerText()).trim()).toBe(light(byTrack.total.rate));

    const tracks = await api<{ code: string; name: string }[]>('/api/tracks');
    await expectTable(byTrack, (key) => `${key} ${tracks.find((tr) => tr.code === key)?.name}`);

    expect(await page.getByRole('img', { name: /^Søjlediagram: forventet, prognose og realiseret pr\. spor, budget 2014/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Kurvediagram: akkumuleret forventet, prognose og realiseret 2014–2017/ }).count()).toBe(1);
    await expectCumulative(await realisation('year'));
    await page.screenshot({ path: join(SHOTS, 'overblik-1280.png'), fullPage: true });
  });

  it('switches to the committee, administration and year views, each equal to its groupBy', async () => {
    const switcher = page.getByRole('navigation', { name: 'Vis realiseringen pr.' });
    const committees = await api<{ code: string; name: string }[]>('/api/committees');
    const administrations = await api<{ code: string; name: string }[]>('/api/administrations');
    const views: [string, string, string, (key: string) => string][] = [
      ['Udvalg', 'committee', 'udvalg', (key) => `${key} ${committees.find((c) => c.code === key)?.name}`],
      ['Forvaltning', 'administration', 'forvaltning', (key) => `${key} ${administrations.find((a) => a.code === key)?.name}`],
      ['År', 'year', 'år', (key) => key],
    ];
    for (const [label, groupBy, per, name] of views) {
      await switcher.getByRole('link', { name: label, exact: true }).click();
      await table().locator('caption').filter({ hasText: `Realisering pr. ${per}, budget 2014` }).waitFor();
      expect(await switcher.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe('true');
      await expectTable(await realisation(groupBy), name);
      if (groupBy === 'committee') {
        expect(new URL(page.url()).searchParams.get('visning')).toBe('udvalg');
        await page.screenshot({ path: join(SHOTS, 'overblik-udvalg-1280.png'), fullPage: true });
      }
    }
    await switcher.getByRole('link', { name: 'Spor', exact: true }).click();
    await table().locator('caption').filter({ hasText: 'Realisering pr. spor' }).waitFor();
  });

  it('drills into a track from its link: its committee cells as GET …/savings?trackCode= lists them, and back again', async () => {
    const rows = await api<SavingsRow[]>('/api/budget-years/2014/savings?trackCode=SVR');
    await table().locator('tr[data-key=SVR] a').click();
    await page.getByRole('heading', { name: /^Sporet SVR Sammenhængende velfærdsressourcer/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('spor')).toBe('SVR');
    const drill = page.getByTestId('track-table');
    await drill.waitFor();

    expect(await drill.locator('tbody tr:not(.subtotal)').count()).toBe(rows.length);
    for (const row of rows) {
      const cells = drill.locator(`tbody[data-committee="${row.committeeCode}"] tr[data-year="${row.year}"]`);
      const texts = await cellTexts(cells);
      const status = { on_track: 'På sporet', at_risk: 'I risiko', off_track: 'Bagud', realised: 'Realiseret' }[row.status];
      expect(texts.slice(-6)).toEqual([
        String(row.year),
        kr(row.expected),
        row.forecast === null ? '–' : kr(row.forecast),
        row.realised === null ? '–' : kr(row.realised),
        percent(realisedRate(row)),
        [status, row.comment].filter(Boolean).join(' '),
      ]);
    }
    const svr = (await realisation('track')).groups.find((g) => g.key === 'SVR') as Sums;
    expect((await cellTexts(drill.locator('tfoot tr'))).slice(0, 5)).toEqual(['I alt for sporet', kr(svr.expected), kr(svr.forecast), kr(svr.realised), percent(svr.rate)]);
    // On a laptop screen the whole table is in view, status and comment included.
    expect(await drill.evaluate((el) => (el.parentElement as Element).scrollWidth <= (el.parentElement as Element).clientWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'overblik-spor-1280.png'), fullPage: true });

    // The browser's back button leaves the drill-down.
    await page.goBack();
    await table().waitFor();
    expect(new URL(page.url()).searchParams.get('spor')).toBeNull();
  });

  it('drills into a track when its bars in the chart are clicked', async () => {
    const chart = page.getByRole('img', { name: /^Søjlediagram/ });
    const box = await chart.boundingBox();
    if (!box) throw new Error('the chart has no size');
    // Three tracks share the plot's width; a fifth of the way in lies in the first (LIV).
    await chart.click({ position: { x: box.width * 0.2, y: box.height * 0.5 } });
    await page.getByRole('heading', { name: /^Sporet LIV/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('spor')).toBe('LIV');
    await page.getByRole('link', { name: 'Tilbage til overblikket' }).click();
    await table().waitFor();
  });

  it('shows every amount at a chosen price level (?prisniveau=2016) equal to GET …/realisation?priceLevel=2016, and says so', async () => {
    const own = await realisation('track');
    const select = page.getByLabel('Prisniveau', { exact: true });
    await select.selectOption('2016');
    await table().locator('caption').filter({ hasText: 'Realisering pr. spor, budget 2014 (kr., 2016-priser)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('prisniveau')).toBe('2016');

    const converted = await api<Realisation>('/api/budget-years/2014/realisation?groupBy=track&priceLevel=2016');
    expect(converted.total.priceLevel).toBe(2016);
    // The conversion really moves the amounts (index 103,2 against 100,0); the rate stays.
    expect(converted.total.expected).not.toBe(own.total.expected);
    expect(converted.total.rate).toBe(own.total.rate);

    const figures = page.getByTestId('key-figures');
    for (const [name, amount] of [['expected', converted.total.expected], ['forecast', converted.total.forecast], ['realised', converted.total.realised]]) {
      const figure = figures.locator(`[data-figure=${name}]`);
      expect((await figure.locator('.figure__value').innerText()).trim()).toBe(formatMio(parseKroner(amount)));
      expect((await figure.locator('.figure__exact').innerText()).trim()).toBe(kr(amount));
      expect((await figure.locator('.figure__level').innerText()).trim()).toBe('2016-priser');
    }
    const tracks = await api<{ code: string; name: string }[]>('/api/tracks');
    await expectTable(converted, (key) => `${key} ${tracks.find((tr) => tr.code === key)?.name}`);
    await expectCumulative(await api<Realisation>('/api/budget-years/2014/realisation?groupBy=year&priceLevel=2016'));
    expect(await page.getByTestId('cumulative-table').locator('caption').innerText()).toBe('Akkumuleret til og med året, budget 2014 (kr., 2016-priser)');
    expect(await page.getByRole('img', { name: /^Søjlediagram: .* i mio\. kr\., 2016-priser\./ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Kurvediagram: .* i mio\. kr\., 2016-priser\./ }).count()).toBe(1);
    const exports = await page.locator('app-export-buttons button').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset['url']));
    expect(exports).toEqual([
      '/api/budget-years/2014/realisation/export?groupBy=track&priceLevel=2016&format=xlsx',
      '/api/budget-years/2014/realisation/export?groupBy=track&priceLevel=2016&format=csv',
    ]);
    await page.screenshot({ path: join(SHOTS, 'overblik-2016-priser-1280.png'), fullPage: true });

    // Back to the rounds' own price level: the address forgets the choice, the amounts are the round's again.
    await select.selectOption({ value: '' });
    await table().locator('caption').filter({ hasText: /^Realisering pr\. spor, budget 2014 \(kr\.\)$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('prisniveau')).toBeNull();
    expect(await figures.locator('.figure__level').count()).toBe(0);
    await expectTable(own, (key) => `${key} ${tracks.find((tr) => tr.code === key)?.name}`);
  });

  it('fits a phone: the tables scroll in their frames, the page does not get wider', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 360, undefined, { timeout: 2_000 }).catch(() => undefined);
    await page.screenshot({ path: join(SHOTS, 'overblik-360.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints the figures, charts and tables without the menu, the view switch or buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Vis realiseringen pr.' }).isVisible()).toBe(false);
    expect(await page.locator('app-year-nav').isVisible()).toBe(false);
    expect(await table().isVisible()).toBe(true);
    expect(await page.getByTestId('cumulative-table').isVisible()).toBe(true);
    // The tables are not clipped by their scrolling frames on paper.
    expect(await table().evaluate((t) => getComputedStyle(t.parentElement as Element).overflowX)).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  /** Every row of the table, and its total, equals the API's groups with the page's formatting. */
  async function expectTable(expected: Realisation, name: (key: string) => string): Promise<void> {
    const rows = table().locator('tbody tr');
    expect(await rows.count()).toBe(expected.groups.length);
    for (const [i, group] of expected.groups.entries()) {
      expect(await cellTexts(rows.nth(i))).toEqual([
        name(String(group.key)),
        kr(group.expected),
        kr(group.forecast),
        kr(group.realised),
        percent(group.rate),
        light(group.rate),
      ]);
    }
    const total = expected.total;
    expect(await cellTexts(table().locator('tfoot tr'))).toEqual([
      'I alt', kr(total.expected), kr(total.forecast), kr(total.realised), percent(total.rate), light(total.rate),
    ]);
  }

  /** The cumulative table: running sums of GET …?groupBy=year over the period years. */
  async function expectCumulative(byYear: Realisation): Promise<void> {
    let expected = 0n;
    let forecast = 0n;
    let realised = 0n;
    const lines: string[][] = [];
    for (const year of Object.keys(POOL)) {
      const group = byYear.groups.find((g) => String(g.key) === year);
      if (group) {
        expected += parseKroner(group.expected);
        forecast += parseKroner(group.forecast);
        realised += parseKroner(group.realised);
      }
      lines.push([year, formatKroner(expected), formatKroner(forecast), formatKroner(realised)]);
    }
    const rows = page.getByTestId('cumulative-table').locator('tbody tr');
    expect(await rows.count()).toBe(lines.length);
    for (const [i, line] of lines.entries()) {
      expect((await cellTexts(rows.nth(i))).slice(0, 4)).toEqual(line);
    }
    // The last running sum is the year's total, with its rate.
    expect((await cellTexts(rows.last()))[4]).toBe(percent(byYear.total.rate));
  }
});

/** A cell's rate as the API would compute it for that one row (missing realised counts as 0). */
function realisedRate(row: SavingsRow): string | null {
  const expected = parseKroner(row.expected);
  if (expected === 0n) return null;
  const realised = row.realised === null ? 0n : parseKroner(row.realised);
  const abs = (v: bigint) => (v < 0n ? -v : v);
  const scaled = (2n * abs(realised) * 10_000n + abs(expected)) / (2n * abs(expected));
  const text = `${scaled / 10_000n}.${(scaled % 10_000n).toString().padStart(4, '0')}`;
  return (realised < 0n) !== (expected < 0n) && scaled !== 0n ? `-${text}` : text;
}
