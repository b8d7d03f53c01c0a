import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { ensureWebBuilt, launchChromium, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';


/** The Danish app shell in a real Chromium, served by the API exactly as `npm start` serves it. */
describe('the web app in Chromium', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the Danish shell at / with the system status from the API', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${t.url}/`);
    await page.getByText('Database: kører').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.locator('header').innerText()).toContain('Budgetspor');
    expect(await page.getByText('Kø (Redis): kører').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'forside-1280.png'), fullPage: true });
    // The CSP must let the production build run: no violations, no errors.
    expect(errors).toEqual([]);
  });

  it('answers a deep link with the app, which shows its not-found page, also at 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${t.url}/budget-years/2014`);
    await page.getByRole('heading', { name: 'Siden findes ikke' }).waitFor();
    expect(await page.title()).toBe('Siden findes ikke – Budgetspor');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SHOTS, 'ikke-fundet-360.png'), fullPage: true });
  });
});
