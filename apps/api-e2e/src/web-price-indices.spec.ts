import { join } from 'node:path';
import { Browser, Locator } from 'playwright-core';
import { ensureWebBuilt, launchChromium, loggedInPage, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/web-fixture';

const DIRECTOR = { email: 'dorte.direktor@test.dk', password: 'direktor-kodeord-1', name: 'Dorte Direktør' };
const FINANCE = { email: 'tove.okonomi@test.dk', password: 'okonomi-kodeord-2', name: 'Tove Økonomi' };
const PAGE = '/effect/price-indices';

interface PriceIndex {
  year: number;
  index: string;
  source: string | null;
  illustrative: boolean;
  version: number;
}

/** The API's "103.2" as the Danish page writes it: "103,2" (indices are below a thousand here). */
const danish = (index: string) => index.replace('.', ',');

/** Each cell's text as a sighted user reads it (without texts only for screen readers). */
async function rowsOf(table: Locator): Promise<string[][]> {
  // The heading comes before the rows: read them once the first is on the page.
  await table.locator('tbody tr').first().waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => {
        const copy = cell.cloneNode(true) as Element;
        copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
  );
}

/**
 * The price and wage index page (issue 7) in a real Chromium against the real server and
 * database: finance adds a year and corrects another, every save checked against the version
 * read, and the API holds exactly what was typed; a director reads the same table without any
 * control to change it.
 */
describe('the price and wage index in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let finance: string;
  const errors: string[] = [];

  const indices = async (): Promise<PriceIndex[]> => {
    const res = await t.request('GET', '/api/price-indices', { token: finance });
    if (res.status !== 200) throw new Error(`price-indices: ${res.status}`);
    return res.body as PriceIndex[];
  };
  const must = async (method: string, path: string, body: unknown, token = finance) => {
    const res = await t.request(method, path, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  /** The table as the page must show it for the API's list. */
  const expected = (list: PriceIndex[]) => list.map((i) => [String(i.year), danish(i.index), i.illustrative ? 'Illustrativt' : 'Fra en kilde', i.source ?? '–']);

  /** A fresh browser session of `person`, logged in through the login page, on `path` (the 409 of the conflict below is expected). */
  const loggedIn = (person: { email: string; password: string }, path: string, width = 1280) =>
    loggedInPage(browser, t.url, person, path, { errors, width, expected: /\b(401|409)\b/ });

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST });
    await createUser(t, DIRECTOR, 'director');
    await createUser(t, FINANCE, 'finance');
    finance = await t.login(FINANCE.email, FINANCE.password);
    await must('PUT', '/api/price-indices/2014', { index: '97.5', illustrative: true });
    await must('PUT', '/api/price-indices/2016', { index: '103.2', source: 'KL, P/L-skøn for serviceudgifter, juni 2016' });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets finance add a year and correct another, and the API holds exactly that', async () => {
    const page = await loggedIn(FINANCE, PAGE);
    const table = page.getByTestId('price-indices');
    await table.waitFor();
    expect(await page.title()).toBe('Pris- og lønindeks – Budgetspor');
    expect((await rowsOf(table)).map((r) => r.slice(0, 4))).toEqual(expected(await indices()));

    // A new year: checked in the browser first, then sent without a version.
    await page.getByRole('button', { name: 'Tilføj et år' }).click();
    const editor = page.getByTestId('price-index-editor');
    expect(await editor.getByLabel('År', { exact: true }).inputValue()).toBe('2017');
    await editor.getByLabel('År', { exact: true }).fill('2016');
    await editor.getByLabel('Indeks', { exact: true }).fill('0');
    await editor.getByRole('button', { name: 'Tilføj år' }).click();
    await editor.getByText('2016 har allerede et indeks. Ret det med knappen ved året i tabellen.').waitFor();
    await editor.getByText('Indekset skal være større end 0.').waitFor();
    await editor.getByLabel('År', { exact: true }).fill('2015');
    await editor.getByLabel('Indeks', { exact: true }).fill('99,8');
    await editor.getByLabel('Kilde (valgfri)').fill('KL, P/L-skøn, juni 2015');
    await page.screenshot({ path: join(SHOTS, 'prisindeks-tilfoej-1280.png'), fullPage: true });
    await editor.getByRole('button', { name: 'Tilføj år' }).click();
    await page.getByTestId('price-indices-notice').filter({ hasText: '2015 er tilføjet med indeks 99,8.' }).waitFor();

    // Another year corrected, on the version read, and marked illustrative.
    await table.getByRole('button', { name: 'Ret indekset for 2016' }).click();
    expect(await editor.getByLabel('Indeks', { exact: true }).inputValue()).toBe('103,2');
    await editor.getByLabel('Indeks', { exact: true }).fill('103,45');
    await editor.getByLabel('Illustrativ værdi (et demotal, ikke et tal fra en kilde)').check();
    await editor.getByRole('button', { name: 'Gem indeks' }).click();
    await page.getByTestId('price-indices-notice').filter({ hasText: 'Indekset for 2016 er gemt: 103,45.' }).waitFor();

    const saved = await indices();
    expect(saved).toEqual([
      { year: 2014, index: '97.5', source: null, illustrative: true, version: 1 },
      { year: 2015, index: '99.8', source: 'KL, P/L-skøn, juni 2015', illustrative: false, version: 1 },
      { year: 2016, index: '103.45', source: 'KL, P/L-skøn for serviceudgifter, juni 2016', illustrative: true, version: 2 },
    ]);
    expect((await rowsOf(table)).map((r) => r.slice(0, 4))).toEqual(expected(saved));
    await page.screenshot({ path: join(SHOTS, 'prisindeks-okonomi-1280.png'), fullPage: true });

    // Someone else corrects 2014 while the form is open: the save is refused, and the value saved now is offered.
    await table.getByRole('button', { name: 'Ret indekset for 2014' }).click();
    await must('PUT', '/api/price-indices/2014', { index: '97.6', illustrative: true, version: 1 });
    await editor.getByLabel('Indeks', { exact: true }).fill('98');
    await editor.getByRole('button', { name: 'Gem indeks' }).click();
    await page.getByTestId('price-index-conflict').getByText('Indekset for 2014 er ikke gemt: en anden har rettet det').waitFor();
    await page.getByRole('button', { name: 'Hent den nyeste værdi' }).click();
    await page.getByTestId('price-index-conflict').waitFor({ state: 'detached' });
    expect(await editor.getByLabel('Indeks', { exact: true }).inputValue()).toBe('97,6');
    expect((await rowsOf(table))[0].slice(0, 2)).toEqual(['2014', '97,6']);
    await editor.getByRole('button', { name: 'Annuller' }).click();
    expect((await indices())[0]).toMatchObject({ year: 2014, index: '97.6', version: 2 });
    expect(errors).toEqual([]);
  });

  it('shows a director the table, reached from the effect page, without any control to change it', async () => {
    const page = await loggedIn(DIRECTOR, '/effect');
    await page.getByRole('link', { name: 'Pris- og lønindeks' }).click();
    await page.waitForURL((url) => url.pathname === PAGE);
    const table = page.getByTestId('price-indices');
    await table.waitFor();
    expect(await rowsOf(table)).toEqual(expected(await indices()));
    await page.getByText('Kun økonomi og administratorer kan rette indekset.').waitFor();
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    expect(await page.locator('main input, main textarea, main select').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'prisindeks-direktion-1280.png'), fullPage: true });

    // The same page in English: the table's numbers and words follow the language.
    await page.goto(`${t.url}${PAGE}?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Price and wage index' }).waitFor();
    const english = await rowsOf(page.getByTestId('price-indices'));
    expect(english.find((r) => r[0] === '2016')).toEqual(['2016', '103.45', 'Illustrative', 'KL, P/L-skøn for serviceudgifter, juni 2016']);
    expect(english.find((r) => r[0] === '2015')?.[2]).toBe('From a source');
    await page.screenshot({ path: join(SHOTS, 'price-indices-en-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
