import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { formatKroner } from '@budgetspor/shared/money';
import { ensureWebBuilt, launchChromium, SHOTS, WEB_DIST } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';
import { createRound, createTrack, createUser, settledAllocation } from './support/web-fixture';

const FINANCE = { email: 'bente.okonomi@test.dk', password: 'okonomi-kodeord-1', name: 'Bente Økonomi' };
const COMMITTEE = { email: 'sofie.sau@test.dk', password: 'udvalg-kodeord-1', name: 'Sofie Socialudvalg' };
const DIRECTOR = { email: 'dorte.direktion@test.dk', password: 'direktion-kodeord-1', name: 'Dorte Direktion' };
const POOL: Record<string, string> = { '2014': '100000000', '2015': '120000000', '2016': '125800000', '2017': '1234567' };

interface Cell {
  savingId: string;
  trackCode: string;
  committeeCode: string;
  year: number;
  forecast: string | null;
  status: string;
  comment: string;
  version: number;
  confirmed: boolean;
  confirmedBy: string | null;
}
interface Round {
  id: string;
  title: string;
  status: string;
  version: number;
  progress: { confirmed: number; total: number; committees: { committeeCode: string; confirmed: number; total: number }[] };
}
interface Change {
  from: string;
  to: string;
  difference: string;
}

/** As the page writes a change: a sign in text, Danish digits. */
const signed = (amount: string) => {
  const text = formatKroner(amount, { unit: false });
  return amount.startsWith('-') || amount === '0' ? text : `+${text}`;
};
const kr = (amount: string) => formatKroner(amount, { unit: false });

/**
 * A follow-up round from opening to comparison in a real Chromium against the real server,
 * worker and database: finance opens the round, a committee user confirms two cells, finance
 * closes it, and a director sees what changed since the previous round, the same figures as
 * the API's comparison.
 */
describe('follow-up rounds in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let finance: string;
  let sau: string;
  let march: Round;
  const errors: string[] = [];

  const rounds = async (): Promise<Round[]> => (await t.request('GET', '/api/budget-years/2014/follow-up-rounds', { token: finance })).body;
  const cellsOf = async (roundId: string, query = ''): Promise<Cell[]> =>
    (await t.request('GET', `/api/follow-up-rounds/${roundId}/cells${query}`, { token: finance })).body;

  async function as(user: { email: string; password: string }, path: string): Promise<void> {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // 401 before login is an answer the page expects.
    page.on('console', (m) => m.type() === 'error' && !/\b401\b/.test(m.text()) && errors.push(m.text()));
    await page.goto(`${t.url}${path}`);
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByLabel('Adgangskode').fill(user.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Budgetopfølgning – budget 2014' }).waitFor();
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    await createUser(t, FINANCE, 'finance');
    await createUser(t, COMMITTEE, 'committee', ['SAU']);
    await createUser(t, DIRECTOR, 'director');
    finance = await t.login(FINANCE.email, FINANCE.password);
    sau = await t.login(COMMITTEE.email, COMMITTEE.password);
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['ÆHU', 'SAU', 'ØU'] });
    await createTrack(t, finance, { code: 'SELV', name: 'Selvhjulpne borgere', shares: ['SAU'] });
    await createRound(t, finance, { year: 2014, pool: POOL, trackWeights: { SVR: '2', SELV: '1' } });
    await settledAllocation(t, finance, 2014);

    // The previous round, over HTTP: March, with one SAU forecast, closed.
    const opened = await t.request('POST', '/api/budget-years/2014/follow-up-rounds', { token: finance, body: { asOf: '2014-03-31', deadline: '2014-04-15' } });
    if (opened.status !== 201) throw new Error(`round: ${opened.status} ${JSON.stringify(opened.body)}`);
    const [selv] = await cellsOf(opened.body.id, '?trackCode=SELV&committeeCode=SAU');
    const put = await t.request('PUT', `/api/follow-up-rounds/${opened.body.id}/cells/${selv.savingId}`, {
      token: sau, body: { forecast: '24500000.50', status: 'on_track', comment: 'Som planlagt.', version: selv.version },
    });
    if (put.status !== 200) throw new Error(`confirm: ${put.status} ${JSON.stringify(put.body)}`);
    const closed = await t.request('POST', `/api/follow-up-rounds/${opened.body.id}/close`, { token: finance, body: { version: 1 } });
    if (closed.status !== 200) throw new Error(`close: ${closed.status} ${JSON.stringify(closed.body)}`);
    march = closed.body;

    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets finance open a round "pr. 30. juni 2014" through the form', async () => {
    await as(FINANCE, '/budget-years/2014/follow-up');
    await page.getByRole('button', { name: 'Åbn ny runde' }).click();
    await page.getByLabel('Opfølgning pr.', { exact: true }).fill('2014-06-30');
    await page.getByLabel('Frist for udvalgene', { exact: true }).fill('2014-07-15');
    await page.getByText('Uden titel hedder runden «Budgetopfølgning pr. 30. juni 2014».').waitFor();
    await page.getByRole('button', { name: 'Åbn runden' }).click();
    await page.getByText('Budgetopfølgning pr. 30. juni 2014 er åbnet. Udvalgene kan nu bekræfte deres celler frem til 15. juli 2014.').waitFor();

    const [, june] = await rounds();
    expect(june).toMatchObject({ title: 'Budgetopfølgning pr. 30. juni 2014', status: 'open', progress: { confirmed: 0 } });
    expect(await page.locator('#round-heading').innerText()).toBe('Budgetopfølgning pr. 30. juni 2014');
  });

  it('lets a committee user confirm two of its cells, each then marked "Bekræftet af … kl. …"', async () => {
    await as(COMMITTEE, '/budget-years/2014/follow-up');
    const june = (await rounds())[1];
    const own = await cellsOf(june.id, '?committeeCode=SAU');
    const grid = page.getByTestId('round-cells');
    await grid.waitFor();
    // Only the user's own committee's cells.
    expect(await grid.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-saving-id')))).toEqual(own.map((c) => c.savingId));

    const entries: [string, string, string, string][] = [
      ['SELV', 'Selvhjulpne borgere', '20.000.000', '20000000'],
      ['SVR', 'Sammenhængende velfærdsressourcer', '-1.250,50', '-1250.50'],
    ];
    for (const [code, name, typed] of entries) {
      await page.getByLabel(`Prognose for ${code} (${name}), udvalg SAU, 2014`, { exact: true }).fill(typed);
      await page.getByLabel(`Status for ${code} (${name}), udvalg SAU, 2014`, { exact: true }).selectOption({ label: 'I risiko' });
      await page.getByLabel(`Kommentar for ${code} (${name}), udvalg SAU, 2014`, { exact: true }).fill(`${code}: justeret i juni.`);
      await page.getByRole('button', { name: `Bekræft ${code}, SAU, 2014` }).click();
      const cell = own.find((c) => c.trackCode === code && c.year === 2014) as Cell;
      await grid.locator(`tr[data-saving-id="${cell.savingId}"] [data-testid=confirmed-by]`).waitFor();
      expect(await grid.locator(`tr[data-saving-id="${cell.savingId}"] [data-testid=confirmed-by]`).innerText()).toMatch(
        new RegExp(`^✓ Bekræftet af ${COMMITTEE.email.replace('.', '\\.')} \\d\\d\\.\\d\\d\\.\\d{4} kl\\. \\d\\d\\.\\d\\d\\.\\d\\d$`),
      );
    }

    const after = await cellsOf(june.id, '?committeeCode=SAU');
    for (const [code, , , api] of entries) {
      expect(after.find((c) => c.trackCode === code && c.year === 2014)).toMatchObject({
        forecast: api, status: 'at_risk', comment: `${code}: justeret i juni.`, confirmed: true, confirmedBy: COMMITTEE.email,
      });
    }
    const sauProgress = (await rounds())[1].progress.committees.find((c) => c.committeeCode === 'SAU');
    expect(sauProgress?.confirmed).toBe(2);
    await page.locator('[data-testid=committee-progress] tr[data-committee=SAU]').getByText(`2 af ${sauProgress?.total} celler bekræftet`).waitFor();
    await page.screenshot({ path: join(SHOTS, 'opfoelgning-1280.png'), fullPage: true });
  });

  it('lets finance close the round after a warning that every cell is frozen', async () => {
    await as(FINANCE, '/budget-years/2014/follow-up');
    await page.getByRole('button', { name: 'Luk runden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Luk Budgetopfølgning pr. 30. juni 2014?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Øjebliksbilledet kan aldrig ændres bagefter');
    await dialog.getByRole('button', { name: 'Luk og frys runden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Budgetopfølgning pr. 30. juni 2014 er lukket.', { exact: false }).waitFor();
    const [, june] = await rounds();
    expect(june).toMatchObject({ status: 'closed', closedBy: FINANCE.email });
    expect(await page.getByRole('button', { name: 'Luk runden' }).count()).toBe(0);
  });

  it('shows a director what changed since the previous round, the figures of the API\'s comparison', async () => {
    await as(DIRECTOR, '/budget-years/2014/follow-up');
    const june = (await rounds())[1];
    const api = (await t.request('GET', `/api/budget-years/2014/follow-up-rounds/compare?from=${march.id}&to=${june.id}`, { token: finance })).body as {
      tracks: (Change & { trackCode: string })[];
      committees: (Change & { committeeCode: string })[];
      cells: (Change & { trackCode: string; committeeCode: string; year: number; from: string | null; to: string | null })[];
      total: Change;
    };
    const section = page.getByTestId('comparison');
    const tracks = section.getByTestId('comparison-tracks');
    await tracks.waitFor();
    expect(await section.locator('#compare-from option:checked').innerText()).toBe(march.title);
    expect(await section.locator('#compare-to option:checked').innerText()).toBe(june.title);

    const rows = (testId: string) =>
      section.getByTestId(testId).locator('tbody tr, tfoot tr').evaluateAll((trs) =>
        // What a sighted user reads: without the texts only for screen readers ("ingen prognose").
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('th, td'), (c) => {
            const copy = c.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
            return (copy.textContent ?? '').trim().replace(/\s+/g, ' ');
          }),
        ),
      );
    expect((await rows('comparison-tracks')).map((r) => r.slice(1))).toEqual([
      ...api.tracks.map((s) => [kr(s.from), kr(s.to), signed(s.difference)]),
      [kr(api.total.from), kr(api.total.to), signed(api.total.difference)],
    ]);
    expect((await rows('comparison-committees')).map((r) => r[0].split(' ')[0])).toEqual([...api.committees.map((c) => c.committeeCode), 'I']);
    const changed = api.cells.filter((c) => c.difference !== '0');
    expect(await rows('comparison-cells')).toEqual(
      changed.map((c) => [c.trackCode, c.committeeCode, String(c.year), c.from === null ? '–' : kr(c.from), c.to === null ? '–' : kr(c.to), signed(c.difference)]),
    );
    // What the director checks: SELV/SAU/2014 went from 24.500.000,50 to 20.000.000.
    expect(await rows('comparison-cells')).toContainEqual(['SELV', 'SAU', '2014', '24.500.000,50', '20.000.000', '-4.500.000,50']);
    expect(await section.getByRole('link', { name: 'Eksportér til Excel' }).getAttribute('href')).toBe(
      `/api/budget-years/2014/follow-up-rounds/compare/export?from=${march.id}&to=${june.id}&format=xlsx`,
    );
    await page.getByRole('heading', { name: 'Hvad har ændret sig mellem to runder' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'opfoelgning-sammenligning-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
