import * as nodeIcal from 'node-ical';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, logInThroughForm, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

const FINANCE = { email: 'bente.okonomi@test.dk', password: 'okonomi-kodeord-1', name: 'Bente Økonomi' };
const COMMITTEE = { email: 'sofie.sau@test.dk', password: 'udvalg-kodeord-1', name: 'Sofie Socialudvalg' };
const READINGS_WARNING =
  'Der er kun 14 dage mellem 1. behandling (11. september 2013) og 2. behandling (25. september 2013); der skal være mindst 21 dage (tre uger)';

interface Milestone {
  id: string;
  date: string;
  title: string;
  kind: string;
  status: string;
  warnings: { message: string }[];
}

/** Today in Copenhagen and `days` from it, as the API counts "upcoming". */
function day(days = 0): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const danish = (date: string) => `${Number(date.slice(8))}. ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/**
 * The årshjul in a real Chromium against the real server and database: finance builds the
 * calendar through the form and meets the API's warning, copies last year's calendar into a new
 * year; a committee user finds an upcoming milestone on the start page, subscribes, and the
 * address the page shows answers with an iCalendar feed holding the milestones.
 */
describe('the årshjul in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let finance: string;
  const errors: string[] = [];
  const upcomingDate = day(5);

  const milestones = async (year: number): Promise<Milestone[]> =>
    (await t.request('GET', `/api/budget-years/${year}/milestones`, { token: finance })).body;

  const logIn = (user: { email: string; password: string }, path: string) => logInThroughForm(page, t.url, path, user);

  async function newPage(): Promise<void> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    // The copy button uses the clipboard; the test reads the address from the field instead.
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // 401 before login is an answer the page expects.
    page.on('console', (m) => m.type() === 'error' && !/\b401\b/.test(m.text()) && errors.push(m.text()));
  }

  async function addMilestone(fields: { date: string; title: string; kind: string; committee?: string }): Promise<void> {
    await page.getByRole('button', { name: 'Ny milepæl' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny milepæl i budget 2014' });
    await dialog.waitFor();
    await dialog.getByLabel('Dato').fill(fields.date);
    await dialog.getByLabel('Titel').fill(fields.title);
    await dialog.getByLabel('Type').selectOption({ label: fields.kind });
    if (fields.committee) {
      await dialog.getByLabel('Et udvalg').check();
      await dialog.getByLabel('Ansvarligt udvalg').selectOption({ label: fields.committee });
    }
    await dialog.getByRole('button', { name: 'Gem milepæl' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('calendar-notice').getByText(`Milepælen «${fields.title}» er oprettet.`, { exact: false }).waitFor();
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    const admin = await t.adminToken();
    for (const [user, role, committeeCodes] of [[FINANCE, 'finance', []], [COMMITTEE, 'committee', ['SAU']]] as const) {
      const created = await t.request('POST', '/api/users', { token: admin, body: { ...user, role, committeeCodes } });
      if (created.status !== 201) throw new Error(`${role} user: ${created.status} ${JSON.stringify(created.body)}`);
    }
    finance = await t.login(FINANCE.email, FINANCE.password);
    for (const year of [2013, 2014, 2015]) {
      const res = await t.request('POST', '/api/budget-years', { token: finance, body: { year, title: `Budget ${year}` } });
      if (res.status !== 201) throw new Error(`budget year ${year}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    // Two milestones made over HTTP; the page adds three, and the five are copied into budget 2015.
    for (const body of [
      { date: '2013-02-06', title: 'ØU: rammeudmelding for budget 2015', kind: 'framework_announcement', responsibleCommitteeCode: 'ØU', status: 'done' },
      { date: '2013-10-09', title: 'Vedtagelse af budget 2015', kind: 'adoption', responsibleRole: 'finance' },
    ]) {
      const res = await t.request('POST', '/api/budget-years/2014/milestones', { token: finance, body });
      if (res.status !== 201) throw new Error(`milestone: ${res.status} ${JSON.stringify(res.body)}`);
    }
    browser = await launchChromium();
    await newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets finance add milestones through the form and shows the API\'s warning on the readings', async () => {
    await logIn(FINANCE, '/budget-years/2014/calendar');
    await page.getByRole('heading', { name: 'Årshjul – budget 2014' }).waitFor();

    await addMilestone({ date: '2013-09-11', title: '1. behandling i byrådet', kind: '1. behandling' });
    await addMilestone({ date: '2013-09-25', title: '2. behandling i byrådet', kind: '2. behandling' });
    await addMilestone({ date: upcomingDate, title: 'SAU: budgetforslag til ØU', kind: 'Andet', committee: 'SAU – Social- og Arbejdsmarkedsudvalget' });

    const warnings = page.getByTestId('calendar-warnings');
    await warnings.waitFor();
    expect(await warnings.locator('li').allInnerTexts()).toEqual([`Nr. 3, 2. behandling i byrådet: ${READINGS_WARNING}.`]);
    const api = await milestones(2014);
    expect(api.find((m) => m.title === '2. behandling i byrådet')?.warnings).toEqual([{ code: 'readings_too_close', message: READINGS_WARNING }]);
    // The list is the API's calendar, in its order, with Danish dates.
    const dates = await page.locator('[data-testid=milestone-list] > li time').allInnerTexts();
    expect(dates).toEqual(api.map((m) => danish(m.date)));
    expect(await page.getByRole('img', { name: /^Årshjul for budget 2014: 5 milepæle/ }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'aarshjul-1280.png'), fullPage: true });
  });

  it('copies last year\'s calendar into an empty year, a year later and planned', async () => {
    const source = await milestones(2014);
    await page.goto(`${t.url}/budget-years/2015/calendar`);
    await page.getByTestId('calendar-empty').waitFor();
    await page.getByRole('button', { name: 'Kopiér sidste års årshjul' }).click();
    await page.getByText(`${source.length} milepæle er kopieret fra budget 2014 og flyttet et år frem.`, { exact: false }).waitFor();

    const copied = await milestones(2015);
    const shifted = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
    expect(copied.map((m) => [m.date, m.title, m.status])).toEqual(source.map((m) => [shifted(m.date), m.title, 'planned']));
    expect(source[0].status).toBe('done');
    expect(await page.locator('[data-testid=milestone-list] > li time').allInnerTexts()).toEqual(copied.map((m) => danish(m.date)));
    expect(copied.slice(0, 2).map((m) => m.date)).toEqual(['2014-02-06', '2014-09-11']);
  });

  it('shows a committee user the upcoming and overdue milestones on the start page, linked to the year\'s calendar', async () => {
    const overdue = await t.request('POST', '/api/budget-years/2014/milestones', {
      token: finance, body: { date: day(-3), title: 'Udvalgenes bemærkninger til rammen', kind: 'other', responsibleRole: 'committee' },
    });
    expect(overdue.status).toBe(201);
    await newPage();
    await logIn(COMMITTEE, '/log-ind');
    const upcoming = page.getByTestId('upcoming-milestones');
    await upcoming.getByRole('heading', { name: 'Kommende og overskredne milepæle' }).waitFor();
    const link = upcoming.getByRole('link', { name: 'SAU: budgetforslag til ØU' });
    await link.waitFor();
    const items = upcoming.locator('li');
    // Overdue first, marked in words; then the one coming up.
    expect((await items.nth(0).innerText()).replace(/\s+/g, ' ')).toBe(`! OVERSKREDET Udvalgenes bemærkninger til rammen ${danish(day(-3))} · Andet · budget 2014`);
    expect((await items.nth(1).innerText()).replace(/\s+/g, ' ')).toBe(`SAU: budgetforslag til ØU ${danish(upcomingDate)} · Andet · budget 2014`);
    const api = (await t.request('GET', '/api/milestones/upcoming?days=30', { token: await t.login(COMMITTEE.email, COMMITTEE.password) })).body;
    expect(await upcoming.locator('li a').allInnerTexts()).toEqual(api.map((m: Milestone) => m.title));
    await page.screenshot({ path: join(SHOTS, 'forside-milepaele-1280.png'), fullPage: true });

    await link.click();
    await page.getByRole('heading', { name: 'Årshjul – budget 2014' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/budget-years/2014/calendar');
  });

  it('gives the user a personal feed address that answers with the year\'s milestones as iCalendar', async () => {
    await page.getByRole('button', { name: 'Lav et abonnementslink' }).click();
    const field = page.getByLabel('Adresse til din kalender (budget 2014)');
    await field.waitFor();
    const address = await field.inputValue();
    expect(address).toMatch(new RegExp(`^${t.url.replace(/[.]/g, '\\.')}/api/budget-years/2014/calendar\\.ics\\?token=[A-Za-z0-9_-]{43}$`));

    const res = await fetch(address);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = Object.values(nodeIcal.sync.parseICS(await res.text())).filter((c): c is nodeIcal.VEvent => c.type === 'VEVENT');
    const titles = events.map((e) => String(e.summary)).sort();
    expect(titles).toEqual((await milestones(2014)).map((m) => m.title).sort());
    expect(titles).toContain('2. behandling i byrådet');

    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('heading', { name: 'Hjulet', exact: true }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SHOTS, 'aarshjul-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Stop abonnementet' }).click();
    await page.getByText('Abonnementet er stoppet. Dit link virker ikke længere.').waitFor();
    expect((await fetch(address)).status).toBe(401);
    expect(errors).toEqual([]);
  });
});
