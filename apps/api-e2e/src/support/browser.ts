import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../../../..');

/**
 * The built web app the browser tests open: `TEST_WEB_DIST` when set (a build of one's own,
 * e.g. `nx build web --outputPath=/tmp/web-x` → `/tmp/web-x/browser`), else the normal build.
 */
export const WEB_DIST = process.env['TEST_WEB_DIST'] ?? join(ROOT, 'dist/apps/web/browser');

/** Screenshots of the browser tests (gitignored). */
export const SHOTS = join(ROOT, '.test-results/screenshots');

/** `npm test` builds before it tests; when a browser test runs alone, build the web app first. */
export function ensureWebBuilt(): void {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    execFileSync(join(ROOT, 'node_modules/.bin/nx'), ['build', 'web'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
  }
  mkdirSync(SHOTS, { recursive: true });
}

/** Debian's Chromium (or CHROMIUM_PATH), headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
  });
}

/** The inner texts of every element `locator` matches, once the first is on the page (`allInnerTexts` alone does not wait). */
export async function textsOf(locator: Locator): Promise<string[]> {
  await locator.first().waitFor();
  return locator.allInnerTexts();
}

/** Opens `path` of the app at `url` (a protected page, so the login form shows) and logs in through the form. */
export async function logInThroughForm(page: Page, url: string, path: string, person: { email: string; password: string }): Promise<void> {
  await page.goto(`${url}${path}`);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

/**
 * A page in a browser context of its own, `width` px wide, logged in as `person` through the
 * login form and on `path`. Page errors and console errors go to `errors`, except those
 * matching `expected` (the 401 of /api/auth/me before logging in is always expected).
 */
export async function loggedInPage(
  browser: Browser,
  url: string,
  person: { email: string; password: string },
  path: string,
  options: { errors: string[]; expected?: RegExp; width?: number },
): Promise<Page> {
  const { errors, expected = /401/, width = 1280 } = options;
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !expected.test(m.text()) && errors.push(m.text()));
  await logInThroughForm(page, url, path, person);
  await page.waitForURL((u) => u.pathname === path.split('?')[0]);
  return page;
}
