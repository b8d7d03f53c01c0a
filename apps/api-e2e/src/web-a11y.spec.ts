import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, WEB_DIST } from './support/browser';
import { startTestApp, TEST_ADMIN, TestApp } from './support/test-app';

type Role = 'admin' | 'finance' | 'committee' | 'director';

/** Every page of the app, on the Odense demo data (budget 2014, its tracks and goals). */
const PAGES = [
  '/',
  '/budget-years',
  '/budget-years/2014/calendar',
  '/budget-years/2014/framework',
  '/budget-years/2014/framework/revisions',
  '/budget-years/2014/bids',
  '/budget-years/2014/allocation',
  '/budget-years/2014/savings',
  '/budget-years/2014/follow-up',
  '/budget-years/2014/dashboard',
  '/budget-years/2014/dashboard?spor=SVR',
  '/tracks',
  '/tracks/spor/SVR',
  '/effect',
  '/effect/account/2016',
  '/analysis/spor/SVR',
  '/audit',
  '/users',
  '/account',
  '/findes-ikke',
];

const PASSWORD = 'tilgaengelig-kodeord';
const USERS: Record<Role, { email: string; committeeCodes: string[] }> = {
  admin: { email: TEST_ADMIN.email, committeeCodes: [] },
  finance: { email: 'okonomi@a11y.dk', committeeCodes: [] },
  committee: { email: 'udvalg@a11y.dk', committeeCodes: ['ÆHU'] },
  director: { email: 'direktion@a11y.dk', committeeCodes: [] },
};

/**
 * WCAG 2.0/2.1 A and AA (webtilgængelighedsloven) with axe-core in Chromium: every page,
 * as every role, on the demo data, and the login page as a visitor. Zero violations.
 */
describe('accessibility: axe-core on every page as every role', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST, DEMO_DATA: 'true', RUN_WORKER: 'true' });
    const admin = await t.adminToken();
    for (const [role, user] of Object.entries(USERS)) {
      if (role === 'admin') continue;
      const res = await t.request('POST', '/api/users', { token: admin, body: { ...user, name: `A11y ${role}`, role, password: PASSWORD } });
      if (res.status !== 201) throw new Error(`user ${role}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function violations(page: Page, path: string): Promise<string[]> {
    await page.goto(`${t.url}${path}`);
    await page.locator('main h1').first().waitFor({ timeout: 20_000 });
    // Let the page's data arrive; a page still loading is checked as it is then.
    await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"], main progress:not([value])'), undefined, { timeout: 5_000 }).catch(() => undefined);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return result.violations.map((v) => `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }

  it('finds nothing on the login page for a visitor', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const found = await violations(await context.newPage(), '/log-ind');
    await context.close();
    expect(found).toEqual([]);
  });

  const cases: [Role, number][] = [...(Object.keys(USERS) as Role[]).map((role): [Role, number] => [role, 1280]), ['finance', 360]];
  for (const [role, width] of cases) {
    it(`finds nothing on any page for ${role} at ${width} px`, async () => {
      const context: BrowserContext = await browser.newContext({ viewport: { width, height: 900 }, locale: 'da-DK' });
      const login = await context.request.post(`${t.url}/api/auth/login`, {
        data: { email: USERS[role].email, password: role === 'admin' ? TEST_ADMIN.password : PASSWORD },
      });
      expect(login.status()).toBe(200);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of PAGES) found.push(...(await violations(page, path)));
      await context.close();
      expect(found).toEqual([]);
    }, 300_000);
  }
});
