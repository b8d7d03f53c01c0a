import { Browser, Page } from 'playwright-core';
import { ensureWebBuilt } from './support/browser';
import { axeViolations, contextAs, openPage, PAGES, Role, ROLES, startTour } from './support/page-tour';
import { TestApp } from './support/test-app';

/**
 * WCAG 2.0/2.1 A and AA (webtilgængelighedsloven) with axe-core in Chromium: every page,
 * as every role, on the demo data, and the login page as a visitor. Zero violations.
 * (English is checked in web-screenshots.spec.ts.)
 */
describe('accessibility: axe-core on every page as every role', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    ({ t, browser } = await startTour());
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function violations(page: Page, path: string): Promise<string[]> {
    await openPage(page, t.url, path);
    return axeViolations(page, path);
  }

  it('finds nothing on the login page for a visitor', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const found = await violations(await context.newPage(), '/log-ind');
    await context.close();
    expect(found).toEqual([]);
  });

  const cases: [Role, number][] = [...ROLES.map((role): [Role, number] => [role, 1280]), ['finance', 360]];
  for (const [role, width] of cases) {
    it(`finds nothing on any page for ${role} at ${width} px`, async () => {
      const context = await contextAs(browser, t, role, width);
      const page = await context.newPage();
      const found: string[] = [];
      for (const { path } of PAGES) found.push(...(await violations(page, path)));
      await context.close();
      expect(found).toEqual([]);
    }, 300_000);
  }
});
