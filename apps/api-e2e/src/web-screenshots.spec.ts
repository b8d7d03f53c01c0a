import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, SHOTS, textsOf } from './support/browser';
import { axeViolations, contextAs, openPage, PAGES, Role, startTour } from './support/page-tour';
import { TestApp } from './support/test-app';

type Language = 'da' | 'en';

/** The page in a given language: `?lang=` is what a link or a script uses (see src/locale-init.ts). */
const inLanguage = (path: string, language: Language) => `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;

/**
 * Every main page, logged in as finance on the demo data, at 360 px (a phone) and 1440 px (a
 * desktop), in Danish and in English: a full-page screenshot of each in SHOTS
 * (`da-1440-savings.png`, `en-360-tracks.png`, …). The English pages also carry
 * `<html lang="en">` and pass axe-core's WCAG 2.0/2.1 A and AA rules, as web-a11y.spec.ts
 * checks the Danish ones.
 */
describe('screenshots of every main page at 360 and 1440 px, in Danish and English', () => {
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

  for (const language of ['da', 'en'] as const) {
    for (const width of [360, 1440]) {
      it(`captures every page in ${language === 'da' ? 'Danish' : 'English'} at ${width} px`, async () => {
        const context = await contextAs(browser, t, 'finance', width);
        const page = await context.newPage();
        const problems: string[] = [];
        for (const { path, name } of PAGES) {
          await openPage(page, t.url, inLanguage(path, language));
          const lang = await page.evaluate(() => document.documentElement.lang);
          if (lang !== language) problems.push(`${path}: <html lang="${lang}">, not "${language}"`);
          await page.screenshot({ path: join(SHOTS, `${language}-${width}-${name}.png`), fullPage: true, animations: 'disabled' });
          if (language === 'en') problems.push(...(await axeViolations(page, `${path} (${width} px, English)`)));
        }
        await context.close();
        expect(problems).toEqual([]);
        // axe-core takes most of the time: about 2–10 s a page, depending on the machine's load.
      }, 600_000);
    }
  }

  describe('in English, the tracks and users pages', () => {
    const text = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();

    async function englishPage(role: Role, path: string): Promise<Page> {
      const context = await contextAs(browser, t, role, 1440);
      const page = await context.newPage();
      await openPage(page, t.url, inLanguage(path, 'en'));
      return page;
    }

    it('lists and edits tracks in English, with English numbers', async () => {
      const page = await englishPage('finance', '/tracks');
      expect(await text(page, 'main h1')).toBe('Innovation tracks');
      const headers = (await textsOf(page.locator('main thead th'))).map((h) => h.trim());
      expect(headers).toEqual(['Code', 'Name', 'Administration', 'Start year', 'Status', 'Free municipality', 'Committee: weight (share)']);
      // Percentages the English way ("50%", "33.3%"), never the Danish "33,3 %".
      const shares = await textsOf(page.locator('main ul.shares'));
      expect(shares.join(' ')).toMatch(/\d%\)/);
      expect(shares.join(' ')).not.toMatch(/\d,\d|\s%/);

      // The language is remembered, so the track's own page needs no ?lang= of its own.
      await openPage(page, t.url, '/tracks/spor/SVR');
      await page.getByRole('button', { name: 'Save changes' }).waitFor();
      await page.getByRole('group', { name: "The committees' shares" }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).innerText()).toMatch(/^Innovation tracks/);
      await page.getByLabel('Name', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText("Enter the track's name.").waitFor();
      await page.getByText('The track has not been saved. Correct the marked fields.').waitFor();
      await page.context().close();
    }, 120_000);

    it('tells finance that only administrators manage users, and shows the admin the users in English', async () => {
      const finance = await englishPage('finance', '/users');
      expect(await text(finance, 'main [role=alert]')).toBe('Only administrators can manage users.');
      await finance.context().close();

      const admin = await englishPage('admin', '/users');
      expect(await text(admin, 'main h1')).toBe('Users');
      const row = admin.getByRole('row').filter({ hasText: 'okonomi@a11y.dk' });
      const cells = (await textsOf(row.getByRole('cell'))).map((c) => c.replace(/\s+/g, ' ').trim());
      expect(cells.slice(0, 4)).toEqual(['okonomi@a11y.dk', 'Finance', 'None', 'Active']);
      await row.getByRole('button', { name: 'Deactivate A11y finance' }).waitFor();
      // Finance sees only the notice on /users; the list itself is the admin's.
      await admin.screenshot({ path: join(SHOTS, 'en-1440-users-admin.png'), fullPage: true, animations: 'disabled' });
      await admin.getByRole('link', { name: 'Create user' }).click();
      await admin.getByRole('heading', { name: 'New user' }).waitFor();
      await admin.getByLabel('Role').selectOption({ label: 'Executive management' });
      await admin.getByText('Can read everything, but not edit.').waitFor();
      await admin.getByRole('button', { name: 'Show password' }).waitFor();
      await admin.context().close();
    }, 120_000);
  });
});
