import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, WEB_DIST } from './browser';
import { startTestApp, TEST_ADMIN, TestApp } from './test-app';

/**
 * A tour of every main page of the web app on the Odense demo data, shared by the
 * accessibility check (web-a11y.spec.ts) and the screenshots in both languages
 * (web-screenshots.spec.ts): the pages, the app with a user for each role, logging in, and
 * axe-core's WCAG 2.0/2.1 A and AA rules.
 */

export type Role = 'admin' | 'finance' | 'committee' | 'director';

/** Every main page, with a short name for its screenshots (budget 2014, its tracks and goals). */
export const PAGES: readonly { readonly path: string; readonly name: string }[] = [
  { path: '/', name: 'forside' },
  { path: '/budget-years', name: 'budget-years' },
  { path: '/budget-years/2014/calendar', name: 'calendar' },
  { path: '/budget-years/2014/framework', name: 'framework' },
  { path: '/budget-years/2014/framework/revisions', name: 'framework-revisions' },
  { path: '/budget-years/2014/bids', name: 'bids' },
  { path: '/budget-years/2014/allocation', name: 'allocation' },
  { path: '/budget-years/2014/savings', name: 'savings' },
  { path: '/budget-years/2014/follow-up', name: 'follow-up' },
  { path: '/budget-years/2014/dashboard', name: 'dashboard' },
  { path: '/budget-years/2014/dashboard?spor=SVR', name: 'dashboard-track' },
  { path: '/tracks', name: 'tracks' },
  { path: '/tracks/spor/SVR', name: 'track' },
  { path: '/effect', name: 'effect' },
  { path: '/effect/account/2016', name: 'effect-account' },
  { path: '/analysis/spor/SVR', name: 'analysis' },
  { path: '/audit', name: 'audit' },
  { path: '/users', name: 'users' },
  { path: '/account', name: 'account' },
  { path: '/findes-ikke', name: 'not-found' },
];

const PASSWORD = 'tilgaengelig-kodeord';
const USERS: Record<Role, { email: string; password: string; committeeCodes: string[] }> = {
  admin: { email: TEST_ADMIN.email, password: TEST_ADMIN.password, committeeCodes: [] },
  finance: { email: 'okonomi@a11y.dk', password: PASSWORD, committeeCodes: [] },
  committee: { email: 'udvalg@a11y.dk', password: PASSWORD, committeeCodes: ['ÆHU'] },
  director: { email: 'direktion@a11y.dk', password: PASSWORD, committeeCodes: [] },
};
export const ROLES = Object.keys(USERS) as Role[];

/** The app on the demo data, with its allocation worker and a user for each role; and a browser. */
export async function startTour(): Promise<{ t: TestApp; browser: Browser }> {
  const t = await startTestApp({ WEB_DIST, DEMO_DATA: 'true', RUN_WORKER: 'true' });
  const admin = await t.adminToken();
  for (const role of ROLES) {
    if (role === 'admin') continue;
    const { password, ...user } = USERS[role];
    const res = await t.request('POST', '/api/users', { token: admin, body: { ...user, name: `A11y ${role}`, role, password } });
    if (res.status !== 201) throw new Error(`user ${role}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { t, browser: await launchChromium() };
}

/** A browser context `width` px wide, logged in as `role` (the session cookie of the API's login). */
export async function contextAs(browser: Browser, t: TestApp, role: Role, width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'da-DK' });
  const { email, password } = USERS[role];
  const login = await context.request.post(`${t.url}/api/auth/login`, { data: { email, password } });
  if (login.status() !== 200) throw new Error(`login ${role}: ${login.status()}`);
  return context;
}

/** Opens `path` (which may carry a query) and waits for its heading and, within reason, its data. */
export async function openPage(page: Page, url: string, path: string): Promise<void> {
  await page.goto(`${url}${path}`);
  await page.locator('main h1').first().waitFor({ timeout: 20_000 });
  // Let the page's data arrive; a page still loading is checked as it is then.
  await page
    .waitForFunction(() => !document.querySelector('main [aria-busy="true"], main progress:not([value])'), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  // Two frames more: what the data's layout changes (a table frame that turns out to scroll
  // becomes a named region, libs/web/shared/ui scroll-region.ts) is then on the page.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * axe-core's WCAG 2.0/2.1 A and AA violations on the open page, one line each, named after
 * `label`. Run in the page itself (legacy mode: the app has no frames) and without the details
 * of what passed: a third of the time of AxeBuilder's default, which opens a blank page to
 * gather each run's results.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
