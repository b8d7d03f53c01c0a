import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, logInThroughForm, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TEST_ADMIN, TestApp } from './support/test-app';

const SIGNE = { email: 'signe.sau@test.dk', name: 'Signe Sekretær' };
const SKIFTER = { email: 'karl.skifter@test.dk', name: 'Karl Skifter', password: 'gammelt-kodeord-1' };
const NEW_PASSWORD = 'nyt-og-langt-kodeord-2';

/**
 * User administration and "Min konto" in a real Chromium against the real server: the admin
 * creates a committee user and deactivates them, and a user changes their own password; each
 * step is checked where it matters, at the API's login and session answers.
 */
describe('users and own account in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: Page;
  let signePassword = '';
  const errors: string[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // The 401 of /api/auth/me before logging in is an expected answer.
    page.on('console', (m) => m.type() === 'error' && !/401/.test(m.text()) && errors.push(m.text()));
    return page;
  }

  const logIn = (page: Page, path: string, email: string, password: string) => logInThroughForm(page, t.url, path, { email, password });

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST });
    await t.createOrganisation();
    browser = await launchChromium();
    admin = await newPage();
    await logIn(admin, '/users', TEST_ADMIN.email, TEST_ADMIN.password);
    await admin.getByRole('heading', { name: 'Brugere', exact: true }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets the admin create a committee user for SAU, who can then log in with the generated password', async () => {
    await admin.locator('header').getByRole('link', { name: 'Brugere' }).waitFor();
    await admin.getByRole('link', { name: 'Opret bruger' }).click();
    await admin.getByRole('heading', { name: 'Ny bruger' }).waitFor();

    await admin.getByLabel('E-mail').fill(SIGNE.email);
    await admin.getByLabel('Navn').fill(SIGNE.name);
    await admin.getByLabel('Rolle').selectOption({ label: 'Udvalg' });
    await admin.getByLabel('Adgangskode', { exact: true }).fill('kort');
    await admin.getByRole('button', { name: 'Opret bruger' }).click();
    // Danish messages beside the fields; nothing is sent.
    await admin.getByText('Vælg mindst ét udvalg. En bruger med rollen Udvalg skal høre til et udvalg.').waitFor();
    await admin.getByText('Adgangskoden skal være mindst 12 tegn. Den er nu 4.').waitFor();
    expect((await t.request('GET', '/api/users', { token: await t.adminToken() })).body).toHaveLength(1);

    await admin.getByLabel('SAU Social- og Arbejdsmarkedsudvalget').check();
    await admin.getByRole('button', { name: 'Lav en stærk adgangskode' }).click();
    await admin.getByRole('button', { name: 'Opret bruger' }).click();
    await admin.getByRole('heading', { name: `${SIGNE.name} er oprettet` }).waitFor();
    signePassword = (await admin.getByTestId('shown-password').innerText()).trim();
    expect(signePassword).toMatch(/^[A-Za-z2-9]{20}$/);

    const login = await t.request('POST', '/api/auth/login', { body: { email: SIGNE.email, password: signePassword } });
    expect(login.status).toBe(200);
    expect(login.body.user).toEqual({ id: expect.any(String), email: SIGNE.email, name: SIGNE.name, role: 'committee', committeeCodes: ['SAU'] });

    await admin.getByRole('link', { name: 'Til brugerne' }).click();
    const row = admin.getByRole('row').filter({ hasText: SIGNE.email });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 4)).toEqual([SIGNE.email, 'Udvalg', 'SAU', 'Aktiv']);
    await admin.screenshot({ path: join(SHOTS, 'brugere-1280.png'), fullPage: true });
  });

  it('deactivates the user after a confirmation, which ends their session at once', async () => {
    const token = await t.login(SIGNE.email, signePassword);
    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(200);

    const row = admin.getByRole('row').filter({ hasText: SIGNE.email });
    await row.getByRole('button', { name: `Deaktiver ${SIGNE.name}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Deaktiver ${SIGNE.name}?` });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('logget ud med det samme');
    await dialog.getByRole('button', { name: 'Ja, deaktiver' }).click();
    await admin.getByText(`${SIGNE.name} er deaktiveret og logget ud alle steder.`).waitFor();
    expect(await row.innerText()).toContain('Deaktiveret');

    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
    const again = await t.request('POST', '/api/auth/login', { body: { email: SIGNE.email, password: signePassword } });
    expect(again.status).toBe(401);
  });

  it('lets a user change their own password on Min konto: the new one works, the old one and other sessions do not', async () => {
    const created = await t.request('POST', '/api/users', {
      token: await t.adminToken(),
      body: { ...SKIFTER, role: 'finance', committeeCodes: [] },
    });
    expect(created.status).toBe(201);
    const otherSession = await t.login(SKIFTER.email, SKIFTER.password);

    const page = await newPage();
    await logIn(page, '/account', SKIFTER.email, SKIFTER.password);
    await page.getByRole('heading', { name: 'Min konto' }).waitFor();
    expect((await page.getByTestId('account-name').innerText()).trim()).toBe(SKIFTER.name);
    expect((await page.getByTestId('account-email').innerText()).trim()).toBe(SKIFTER.email);
    expect(await page.getByTestId('account-role').innerText()).toContain('Økonomi');
    // Only admins see the users page, in the header and on the page itself.
    expect(await page.locator('header').getByRole('link', { name: 'Brugere' }).count()).toBe(0);

    await page.getByLabel('Nuværende adgangskode', { exact: true }).fill('forkert-kodeord');
    await page.getByLabel('Ny adgangskode', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Gentag ny adgangskode', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await page.getByText('Den nuværende adgangskode er forkert.').waitFor();

    await page.getByLabel('Nuværende adgangskode', { exact: true }).fill(SKIFTER.password);
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await page.getByText('Din adgangskode er skiftet.').waitFor();
    expect(await page.getByTestId('password-notice').innerText()).toContain('logget ud alle andre steder');
    await page.screenshot({ path: join(SHOTS, 'min-konto-1280.png'), fullPage: true });

    expect((await t.request('POST', '/api/auth/login', { body: { email: SKIFTER.email, password: SKIFTER.password } })).status).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { email: SKIFTER.email, password: NEW_PASSWORD } })).status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { token: otherSession })).status).toBe(401);
    // This browser got a new session with the change and is still logged in after a reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Min konto' }).waitFor();
    expect((await page.getByTestId('account-name').innerText()).trim()).toBe(SKIFTER.name);

    await page.goto(`${t.url}/users`);
    await page.getByText('Kun administratorer kan administrere brugere.').waitFor();
    await page.context().close();
    expect(errors).toEqual([]);
  });
});
