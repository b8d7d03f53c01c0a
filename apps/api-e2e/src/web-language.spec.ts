import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, SHOTS, textsOf, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { createRound, createTrack, createUser } from './support/web-fixture';

const FINANCE = { email: 'frode.finans@test.dk', password: 'finans-kodeord-2', name: 'Frode Finans' };
const POOL: Record<string, string> = { '2014': '125800000', '2015': '1234567', '2016': '100000000', '2017': '100000000' };
const FRAMEWORK = '/budget-years/2014/framework';
const KEY = 'budgetspor.language';

/**
 * Danish by default, English on request: a finance user switches with the keyboard, the shell
 * speaks English and money is written the English way, the choice survives a reload, and the
 * button switches back. The rammeudmelding page is the one with money (its pool table).
 */
describe('the language of the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const missing: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST });
    await t.createOrganisation();
    await createUser(t, FINANCE, 'finance');
    const finance = await t.login(FINANCE.email, FINANCE.password);
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['SAU'] });
    await createRound(t, finance, { year: 2014, pool: POOL, trackWeights: { SVR: '1' } });

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // The 401 of /api/auth/me before logging in is an expected answer.
    page.on('console', (m) => {
      if (m.type() === 'error' && !/401/.test(m.text())) errors.push(m.text());
      // $localize falls back to Danish with this warning when an id has no English text.
      if (/No translation found/i.test(m.text())) missing.push(m.text());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const nav = () => page.getByRole('navigation', { name: /^(Hovedmenu|Main menu)$/ });
  const poolRow = (year: string) =>
    page.getByRole('table', { name: /^(Innovationspuljen pr\. år|The innovation pool per year)$/ }).getByRole('row').filter({ hasText: year });
  const cells = async (year: string) => (await textsOf(poolRow(year).locator('td'))).map((s) => s.trim());

  /** Tabs through the page, as a keyboard user would, until the language button has focus; then Enter. */
  async function switchWithKeyboard(label: string): Promise<void> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'language-switch')) break;
    }
    const focused = page.locator(':focus');
    expect((await focused.innerText()).trim()).toBe(label);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  }

  it('is Danish by default, with Danish money, and keeps nothing in storage', async () => {
    await page.goto(`${t.url}/log-ind?returnUrl=${encodeURIComponent(FRAMEWORK)}`);
    await page.getByLabel('E-mail').fill(FINANCE.email);
    await page.getByLabel('Adgangskode').fill(FINANCE.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await poolRow('2014').waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await nav().getByRole('link', { name: 'Budgetår' }).count()).toBe(1);
    expect(await cells('2014')).toEqual(['125,8 mio. kr.', '125.800.000 kr.']);
    expect(await cells('2015')).toEqual(['1,2 mio. kr.', '1.234.567 kr.']);
    const button = page.getByTestId('language-switch');
    expect(await button.innerText()).toBe('English');
    expect(await button.locator('[lang]').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('switches to English with the keyboard: English texts, English money, and the choice is remembered', async () => {
    await switchWithKeyboard('English');
    await nav().getByRole('link', { name: 'Budget years' }).waitFor();

    expect(new URL(page.url()).pathname).toBe(FRAMEWORK);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Framework announcement – Budgetspor');
    const header = await page.locator('header').innerText();
    expect(header).toContain('Budgeting and innovation tracks');
    expect(header).toContain('Finance');
    expect(header).toContain('Log out');
    await poolRow('2014').waitFor();
    expect(await cells('2014')).toEqual(['DKK 125.8m', 'DKK 125,800,000']);
    expect(await cells('2015')).toEqual(['DKK 1.2m', 'DKK 1,234,567']);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('en');
    await page.screenshot({ path: join(SHOTS, 'rammeudmelding-engelsk-1280.png'), fullPage: true });

    await page.reload();
    await nav().getByRole('link', { name: 'Budget years' }).waitFor();
    expect(await cells('2014')).toEqual(['DKK 125.8m', 'DKK 125,800,000']);

    await nav().getByRole('link', { name: 'Budget years' }).click();
    await page.getByRole('heading', { name: 'Budget years', exact: true }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Budget 2014' });
    expect(await row.innerText()).toContain('Framework announced');
    expect(await row.innerText()).toContain('2014 prices');
    expect(await page.title()).toBe('Budget years – Budgetspor');
  });

  it('switches back to Danish with the same button, now named "Dansk", and forgets the choice', async () => {
    await switchWithKeyboard('Dansk');
    await page.getByRole('heading', { name: 'Budgetår', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.goto(`${t.url}${FRAMEWORK}`);
    await poolRow('2014').waitFor();
    expect(await cells('2014')).toEqual(['125,8 mio. kr.', '125.800.000 kr.']);
  });

  it('opens in English from a link with ?lang=en, and takes the parameter out of the address', async () => {
    await page.goto(`${t.url}/?lang=en`);
    await page.getByRole('heading', { name: 'Welcome to Budgetspor' }).waitFor();
    await page.getByText('Database: running').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('language-switch').innerText()).toBe('Dansk');
    await page.screenshot({ path: join(SHOTS, 'forside-engelsk-1280.png'), fullPage: true });

    await page.goto(`${t.url}/?lang=da`);
    await page.getByRole('heading', { name: 'Velkommen til Budgetspor' }).waitFor();
    expect(errors).toEqual([]);
    expect(missing).toEqual([]);
  });
});
