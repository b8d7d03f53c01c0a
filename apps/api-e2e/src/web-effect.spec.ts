import { join } from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { formatKroner, groupThousands, parseKroner } from '@budgetspor/shared/money';
import { ensureWebBuilt, launchChromium, loggedInPage, SHOTS, textsOf, WEB_DIST } from './support/browser';
import { createBudgetYear } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { createFramework, createTrack, createUser, settledAllocation } from './support/web-fixture';

const DIRECTOR = { email: 'dorte.direktor@test.dk', password: 'direktor-kodeord-1', name: 'Dorte Direktør' };
const FINANCE = { email: 'tove.okonomi@test.dk', password: 'okonomi-kodeord-2', name: 'Tove Økonomi' };
const SAU_USER = { email: 'sune.sau@test.dk', password: 'udvalg-kodeord-3', name: 'Sune Udvalg' };
const ANALYSIS = '/analysis/spor/SELV';

interface Figures {
  priceLevel: number | null;
  expected: string;
  forecast: string;
  realised: string;
  rate: string | null;
}
interface Round {
  budgetYear: number;
  title: string;
  priceLevelYear: number;
  framework: { revision: number; decidedOn: string; decidedBy: string; title: string } | null;
  years: (Figures & { year: number; cumulative: Figures })[];
  total: Figures;
}
interface Analysis {
  code: string;
  name: string;
  rounds: Round[];
}
interface Indicator {
  id: string;
  name: string;
  kind: 'quantitative' | 'qualitative';
  unit: string | null;
  values: { year: number; value: string | null; sourceNote: string | null; assessment: string | null; status: string | null }[];
}
interface Goal {
  id: string;
  title: string;
  level: string;
  parentId: string | null;
  committeeCodes: string[];
  trackCodes: string[];
  indicators: Indicator[];
}
interface AccountIndicator {
  name: string;
  kind: string;
  unit: string | null;
  baselineYear: number | null;
  baselineValue: string | null;
  targetYear: number | null;
  targetValue: string | null;
  value: string | null;
  sourceNote: string | null;
  assessment: string | null;
  progressPercent: string | null;
  expectedPercent: string | null;
  status: string;
}
interface AccountGoal {
  id: string;
  title: string;
  indicators: AccountIndicator[];
  tracks: (Figures & { code: string; name: string })[];
  savings: Figures;
}

const kr = (amount: string) => formatKroner(parseKroner(amount));

/** The page's rate, "87,5 %", worked out here on its own from the API's 4-decimal rate. */
function percent(rate: string | null): string {
  if (rate === null) return '–';
  const match = /^(-?)(\d+)\.(\d{4})$/.exec(rate);
  if (!match) throw new Error(`rate ${rate}`);
  const tenths = (BigInt(match[2] + match[3]) + 5n) / 10n;
  const body = `${groupThousands((tenths / 10n).toString())},${tenths % 10n} %`;
  return match[1] && tenths !== 0n ? `-${body}` : body;
}

/** The traffic light the page must show: ≥ 95 % on track, ≥ 75 % at risk, below behind. */
function light(rate: string | null): string {
  if (rate === null) return '–';
  const units = Number(rate.replace('.', ''));
  return units >= 9500 ? 'På sporet' : units >= 7500 ? 'I risiko' : 'Bagud';
}

/** The API's decimal "20.6" / "6200" as the page writes it: "20,6" / "6.200". */
function decimal(value: string): string {
  const [int, frac] = value.replace('-', '').split('.');
  return `${value.startsWith('-') ? '-' : ''}${groupThousands(int)}${frac ? `,${frac}` : ''}`;
}

const withUnit = (value: string | null, unit: string | null) => (value === null ? '–' : `${decimal(value)}${unit ? ` ${unit}` : ''}`);
const STATUS: Record<string, string> = { achieved: 'Nået', on_track: 'På sporet', at_risk: 'I risiko', off_track: 'Bagud', no_data: 'Ingen værdi' };

/** Each cell's text as a sighted user reads it (without texts only for screen readers). */
function cellTexts(row: Locator): Promise<string[]> {
  return row.locator('th, td').evaluateAll((cells) =>
    cells.map((cell) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
      return (copy.textContent ?? '').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
    }),
  );
}

async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = table.locator('tbody tr, tfoot tr');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push(await cellTexts(rows.nth(i)));
  return out;
}

/**
 * Effect management and the directors' analysis in a real Chromium against the real server,
 * worker and database: a director sees a track's savings per round and its goals' indicators
 * on one page, equal to the API; finance creates a goal; a committee user enters a yearly
 * value; the effect account shows it.
 */
describe('effect goals, the effect account and the analysis across budget rounds in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let finance: string;
  let director: string;
  let jobsGoal: Goal;
  let createdGoalId: string;
  const errors: string[] = [];

  const api = async <T>(path: string, token = director): Promise<T> => {
    const res = await t.request('GET', path, { token });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };
  const must = async (method: string, path: string, body: unknown, token = finance) => {
    const res = await t.request(method, path, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  /** Posts each revision (pool per year → SELV and SVR weights) and waits for the last one's run. */
  async function round(budgetYear: number, revisions: { pool: string; selv: string; svr: string }[]): Promise<void> {
    await createBudgetYear(t, finance, budgetYear);
    for (const [i, r] of revisions.entries()) {
      await createFramework(t, finance, {
        year: budgetYear, decidedOn: `${budgetYear - 1}-02-0${i + 1}`, title: `Rammeudmelding ${budgetYear}, revision ${i + 1}`,
        pool: Object.fromEntries([0, 1, 2, 3].map((k) => [String(budgetYear + k), r.pool])), trackWeights: { SELV: r.selv, SVR: r.svr },
      });
    }
    await settledAllocation(t, finance, budgetYear);
  }

  /** A committee's follow-up: forecasts and realised amounts on some of SELV's and SVR's rows. */
  async function followUp(budgetYear: number, trackCode: string, committeeCode: string, year: number, fields: Record<string, string>): Promise<void> {
    const rows = await api<{ id: string; year: number; version: number }[]>(
      `/api/budget-years/${budgetYear}/savings?trackCode=${trackCode}&committeeCode=${encodeURIComponent(committeeCode)}`,
      finance,
    );
    const row = rows.find((r) => r.year === year);
    if (!row) throw new Error(`no row ${budgetYear} ${trackCode} ${committeeCode} ${year}`);
    await must('PATCH', `/api/savings/${row.id}`, { ...fields, version: row.version });
  }

  /** A fresh browser session of `person`, logged in through the login page, on `path`. */
  const loggedIn = (person: { email: string; password: string }, path: string, width = 1280) => loggedInPage(browser, t.url, person, path, { errors, width });

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ WEB_DIST, RUN_WORKER: 'true' });
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    await createTrack(t, finance, { code: 'SELV', name: 'Selvforsørgelse – frihed til at kunne', shares: ['SAU'] });
    await createTrack(t, finance, { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', shares: ['SAU', 'ÆHU'] });
    // Budget 2014 revised once (the second revision sets the expectations), budget 2015 once.
    await round(2014, [{ pool: '10000000', selv: '1', svr: '1' }, { pool: '12000000', selv: '2', svr: '1' }]);
    await round(2015, [{ pool: '15000000', selv: '1', svr: '2' }]);
    await followUp(2014, 'SELV', 'SAU', 2014, { forecast: '7900000', realised: '7654321.50' });
    await followUp(2014, 'SELV', 'SAU', 2015, { realised: '6000000' });
    await followUp(2015, 'SELV', 'SAU', 2015, { forecast: '5000000', realised: '4750000.25' });
    await followUp(2015, 'SVR', 'ÆHU', 2015, { realised: '3100000' });
    for (const [year, index] of [[2014, '97.5'], [2015, '99'], [2016, '100']] as const) {
      await must('PUT', `/api/price-indices/${year}`, { index, illustrative: true });
    }

    // Goals, indicators and values as finance and the committee would enter them.
    const odense = await must('POST', '/api/effect-goals', { title: 'Flere borgere er selvforsørgende', level: 'municipal', trackCodes: ['SELV'] });
    const jobs = await must('POST', '/api/effect-goals', {
      title: 'Flere ledige i job via virksomhedsrettede forløb', level: 'committee', parentId: odense.id, committeeCodes: ['SAU'], trackCodes: ['SELV', 'SVR'],
    });
    const support = await must('POST', `/api/effect-goals/${odense.id}/indicators`, {
      name: 'Andel af 16-66-årige på offentlig forsørgelse', kind: 'quantitative', unit: 'pct.', direction: 'lower',
      baselineYear: 2014, baselineValue: '21.0', targetYear: 2018, targetValue: '18.0',
    });
    await must('PUT', `/api/indicators/${support.id}/values/2015`, { value: '20.6', sourceNote: 'Illustrativ værdi' });
    const fulltime = await must('POST', `/api/effect-goals/${jobs.id}/indicators`, {
      name: 'Fuldtidspersoner på kontanthjælp', kind: 'quantitative', unit: 'antal', direction: 'lower',
      baselineYear: 2014, baselineValue: '6200', targetYear: 2018, targetValue: '5000',
    });
    await must('PUT', `/api/indicators/${fulltime.id}/values/2014`, { value: '6150', sourceNote: 'Jobindsats.dk' });
    const dialogue = await must('POST', `/api/effect-goals/${jobs.id}/indicators`, { name: 'Samarbejdet med virksomhederne', kind: 'qualitative' });
    await must('PUT', `/api/indicators/${dialogue.id}/values/2015`, { assessment: 'Flere virksomheder tager ledige i praktik.', status: 'on_track' });
    jobsGoal = await api<Goal>(`/api/effect-goals/${jobs.id}`, finance);

    await createUser(t, DIRECTOR, 'director');
    await createUser(t, FINANCE, 'finance');
    await createUser(t, SAU_USER, 'committee', ['SAU']);
    director = await t.login(DIRECTOR.email, DIRECTOR.password);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a director a track\'s savings per round and its goals\' indicators on one page, equal to the API', async () => {
    const page = await loggedIn(DIRECTOR, ANALYSIS);
    await page.getByTestId('rounds-table').waitFor();

    // A fresh load, logged in: from the start of navigation to the rounds and the goals on screen.
    const started = Date.now();
    await page.goto(`${t.url}${ANALYSIS}`);
    const inPage = await page.waitForFunction(() => {
      const round = document.querySelector('[data-testid=rounds-table] tbody tr') as HTMLElement | null;
      const goals = document.querySelector('[data-testid=track-goals] [data-testid=goal-indicators]') as HTMLElement | null;
      return round?.offsetParent && goals?.offsetParent ? performance.now() : null;
    });
    const wall = Date.now() - started;
    console.log(
      `Analyse af et spor (2 budgetrunder, 2 mål), første visning med runder og mål: ${Math.round(Number(await inPage.jsonValue()))} ms efter ` +
        `navigationsstart (performance.now() i siden), ${wall} ms målt af testen fra page.goto`,
    );
    expect(await page.title()).toBe('Analyse af sporet SELV – Budgetspor');

    const analysis = await api<Analysis>('/api/analysis/tracks/SELV');
    expect(analysis.rounds.map((r) => r.budgetYear)).toEqual([2014, 2015]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`SELV – ${analysis.name}`);
    expect(await rowsOf(page.getByTestId('rounds-table'))).toEqual(
      analysis.rounds.map((r) => [
        `${r.title} ${r.priceLevelYear}-priser`,
        `Revision ${r.framework?.revision}: ${r.framework?.title} (${r.framework?.decidedBy}, ${r.framework?.decidedOn.split('-').reverse().join('.')})`,
        kr(r.total.expected),
        kr(r.total.forecast),
        kr(r.total.realised),
        percent(r.total.rate),
        light(r.total.rate),
      ]),
    );
    // Budget 2014's expectation was set by its second revision.
    expect((await rowsOf(page.getByTestId('rounds-table')))[0][1]).toBe('Revision 2: Rammeudmelding 2014, revision 2 (ØU, 02.02.2013)');
    await expectYears(page, analysis.rounds[1]);
    await page.getByTestId('rounds-table').getByRole('link', { name: /^Budget 2014/ }).click();
    await page.getByRole('heading', { name: 'Budget 2014 år for år' }).waitFor();
    await expectYears(page, analysis.rounds[0]);

    // The goals the track serves, with their indicators' latest values, on the same page.
    const goals = await api<Goal[]>('/api/effect-goals?trackCode=SELV');
    const section = page.getByTestId('track-goals');
    expect(await textsOf(section.locator('h3'))).toEqual(goals.map((g) => g.title));
    for (const goal of goals) {
      const rows = await rowsOf(section.locator(`[data-goal="${goal.id}"] [data-testid=goal-indicators]`));
      expect(rows.map((r) => [r[0], r[4]])).toEqual(
        goal.indicators.map((i) => {
          const latest = i.values[i.values.length - 1];
          const shown = i.kind === 'quantitative' ? `${latest.year}: ${withUnit(latest.value, i.unit)}` : `${latest.year}: ${latest.assessment} ${STATUS[latest.status as string]}`;
          return [`${i.name} (${i.kind === 'quantitative' ? 'kvantitativ' : 'kvalitativ'})`, `${shown}${latest.sourceNote ? ` Kilde: ${latest.sourceNote}` : ''}`];
        }),
      );
    }
    // On a laptop screen both tables are whole, without scrolling sideways.
    for (const id of ['rounds-table', 'round-years-table']) {
      const [scroll, client] = await page.getByTestId(id).evaluate((el) => [(el.parentElement as Element).scrollWidth, (el.parentElement as Element).clientWidth]);
      expect({ id, scroll }).toEqual({ id, scroll: Math.min(scroll, client) });
    }
    expect(await page.getByRole('img', { name: /^Søjlediagram: forventet, prognose og realiseret pr\. budgetrunde for sporet SELV/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Kurvediagram: forventet og realiseret pr\. år og akkumuleret, Budget 2014/ }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'analyse-spor-1280.png'), fullPage: true });

    // In 2016 prices every amount is converted by the API and labelled so.
    await page.getByLabel('Prisniveau').selectOption('2016');
    await page.getByTestId('round-years-table').locator('caption').filter({ hasText: '2016-priser' }).waitFor();
    expect(new URL(page.url()).searchParams.get('prisniveau')).toBe('2016');
    const converted = await api<Analysis>('/api/analysis/tracks/SELV?priceLevel=2016');
    const [first] = await rowsOf(page.getByTestId('rounds-table'));
    expect([first[0], ...first.slice(2, 5)]).toEqual([
      'Budget 2014 2016-priser', kr(converted.rounds[0].total.expected), kr(converted.rounds[0].total.forecast), kr(converted.rounds[0].total.realised),
    ]);
    expect(converted.rounds[0].total.expected).not.toBe(analysis.rounds[0].total.expected);

    // On a phone the tables scroll in their frames; the page does not get wider.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 360, undefined, { timeout: 2_000 }).catch(() => undefined);
    await page.screenshot({ path: join(SHOTS, 'analyse-360.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('lets finance create a committee goal with an indicator in the browser', async () => {
    const page = await loggedIn(FINANCE, '/effect/ny');
    await page.getByLabel('Titel').fill('Flere unge i uddannelse eller job');
    await page.getByLabel('Udvalgsmål (et udvalgs effektmål)').check();
    await page.getByLabel('Bidrager til Odensemål (valgfri)').selectOption({ label: 'Flere borgere er selvforsørgende' });
    // Without a committee a committee goal is refused, next to the field, before anything is sent.
    await page.getByRole('button', { name: 'Opret mål' }).click();
    await page.getByText('Vælg mindst ét udvalg, der ejer udvalgsmålet.').waitFor();
    await page.getByLabel('SAU Social- og Arbejdsmarkedsudvalget').check();
    await page.getByLabel('SVR Sammenhængende velfærdsressourcer').check();
    await page.getByRole('button', { name: 'Opret mål' }).click();
    await page.getByTestId('goal-notice').filter({ hasText: 'er oprettet' }).waitFor();
    createdGoalId = new URL(page.url()).pathname.split('/').pop() as string;

    await page.getByRole('button', { name: 'Tilføj indikator' }).click();
    const editor = page.getByTestId('indicator-editor');
    await editor.getByLabel('Navn').fill('Andel unge i uddannelse eller job');
    await editor.getByLabel('Enhed').fill('pct.');
    await editor.getByLabel('Retning').selectOption('higher');
    await editor.getByLabel('Baselineår').fill('2014');
    await editor.getByLabel('Baselineværdi').fill('70,5');
    await editor.getByLabel('Målår').fill('2018');
    await editor.getByLabel('Målværdi').fill('80');
    await page.screenshot({ path: join(SHOTS, 'effekt-maal-okonomi-1280.png'), fullPage: true });
    await editor.getByRole('button', { name: 'Opret indikator' }).click();
    await page.getByTestId('goal-notice').filter({ hasText: 'Indikatoren Andel unge i uddannelse eller job er oprettet.' }).waitFor();

    const goal = await api<Goal>(`/api/effect-goals/${createdGoalId}`);
    const odense = (await api<Goal[]>('/api/effect-goals?level=municipal'))[0];
    expect(goal).toMatchObject({
      title: 'Flere unge i uddannelse eller job', level: 'committee', parentId: odense.id, committeeCodes: ['SAU'], trackCodes: ['SVR'],
      indicators: [expect.objectContaining({ name: 'Andel unge i uddannelse eller job', unit: 'pct.', direction: 'higher', baselineValue: '70.5', targetValue: '80' })],
    });

    await page.goto(`${t.url}/effect`);
    await page.locator(`[data-goal="${createdGoalId}"]`).waitFor();
    await page.screenshot({ path: join(SHOTS, 'effekt-1280.png'), fullPage: true });
  });

  it('lets a user of the owning committee enter a yearly value', async () => {
    const page = await loggedIn(SAU_USER, `/effect/maal/${createdGoalId}`);
    const panel = page.locator('app-indicator-panel').filter({ hasText: 'Andel unge i uddannelse eller job' });
    await panel.getByRole('button', { name: /^Indtast årsværdi/ }).click();
    const editor = panel.getByTestId('value-editor');
    await editor.getByLabel('År', { exact: true }).fill('2015');
    await editor.getByLabel('Værdi (pct.)').fill('73,4');
    await editor.getByLabel('Kilde (valgfri)').fill('Ungdommens Uddannelsesvejledning');
    await editor.getByRole('button', { name: 'Gem værdi' }).click();
    await panel.getByTestId('indicator-notice').filter({ hasText: 'Værdien for 2015 er gemt.' }).waitFor();
    expect((await cellTexts(panel.locator('tr[data-year="2015"]'))).slice(0, 3)).toEqual(['2015', '73,4', 'Ungdommens Uddannelsesvejledning']);
    await page.screenshot({ path: join(SHOTS, 'effekt-maal-udvalg-1280.png'), fullPage: true });

    const goal = await api<Goal>(`/api/effect-goals/${createdGoalId}`);
    expect(goal.indicators[0].values).toEqual([expect.objectContaining({ year: 2015, value: '73.4', sourceNote: 'Ungdommens Uddannelsesvejledning', updatedBy: SAU_USER.email })]);
    // The goal itself is finance's: the committee user gets no goal form.
    expect(await page.getByLabel('Titel').count()).toBe(0);
  });

  it('shows the value in the effect account beside the tracks\' savings, as the API gives them, and prints cleanly', async () => {
    const page = await loggedIn(DIRECTOR, '/effect/account/2015');
    await page.getByTestId('account-goals').waitFor();
    const account = await api<{ budgetYear: number; goals: AccountGoal[] }>('/api/effect-account/2015');
    expect(account.budgetYear).toBe(2015);

    for (const goal of account.goals) {
      const card = page.locator(`app-account-goal [data-goal="${goal.id}"]`);
      expect(await rowsOf(card.getByTestId('account-indicators'))).toEqual(
        goal.indicators.map((i) => [
          i.name,
          ...(i.kind === 'quantitative'
            ? [`${i.baselineYear}: ${withUnit(i.baselineValue, i.unit)}`, `${i.targetYear}: ${withUnit(i.targetValue, i.unit)}`, `${withUnit(i.value, i.unit)}${i.sourceNote ? ` Kilde: ${i.sourceNote}` : ''}`]
            : ['Kvalitativ: vurderes hvert år', `${i.assessment ?? '–'}${i.sourceNote ? ` Kilde: ${i.sourceNote}` : ''}`]),
          i.progressPercent === null ? '–' : `${decimal(i.progressPercent)} % forventet ${decimal(i.expectedPercent as string)} %`,
          STATUS[i.status],
        ]),
      );
      const tracks = goal.tracks.map((tr) => [`${tr.code} ${tr.name}`, kr(tr.expected), kr(tr.forecast), kr(tr.realised), percent(tr.rate)]);
      const total = goal.tracks.length > 1 ? [['I alt', kr(goal.savings.expected), kr(goal.savings.forecast), kr(goal.savings.realised), percent(goal.savings.rate)]] : [];
      expect(await rowsOf(card.getByTestId('account-tracks'))).toEqual([...tracks, ...total]);
      // The goal's title is in the caption for screen readers only (each card has such a table).
      const caption = card.getByTestId('account-tracks').locator('caption');
      expect(await caption.evaluate((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toBe(`Penge: sporenes besparelser i 2015, budget 2015 (kr., 2015-priser) for ${goal.title}`);
      expect((await caption.locator('.visually-hidden').textContent())?.trim()).toBe(`for ${goal.title}`);
    }
    // The committee's value of a moment ago, with its progress: (73,4 − 70,5) ÷ (80 − 70,5) = 30,5 %.
    const created = page.locator(`app-account-goal [data-goal="${createdGoalId}"]`);
    expect((await cellTexts(created.locator('tbody tr').first())).slice(3, 5)).toEqual(['73,4 pct. Kilde: Ungdommens Uddannelsesvejledning', '30,5 % forventet 25,0 %']);
    await page.screenshot({ path: join(SHOTS, 'effektregnskab-1280.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByLabel('Prisniveau', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(await created.getByTestId('account-indicators').isVisible()).toBe(true);
    expect(await created.getByTestId('account-indicators').evaluate((el) => getComputedStyle(el.parentElement as Element).overflowX)).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    // The goal entered through the API is there too, with SELV's and SVR's money.
    expect(account.goals.map((g) => g.id)).toContain(jobsGoal.id);
  });

  /** A round's year table equals the API's years, cumulative figures and total. */
  async function expectYears(page: Page, r: Round): Promise<void> {
    const table = page.getByTestId('round-years-table');
    expect(await table.locator('caption').innerText()).toBe(`${r.title} år for år (kr., ${r.total.priceLevel}-priser)`);
    expect(await rowsOf(table)).toEqual([
      ...r.years.map((y) => [
        String(y.year), kr(y.expected), kr(y.forecast), kr(y.realised), percent(y.rate), kr(y.cumulative.expected), kr(y.cumulative.realised), percent(y.cumulative.rate),
      ]),
      ['Hele perioden', kr(r.total.expected), kr(r.total.forecast), kr(r.total.realised), percent(r.total.rate), ''],
    ]);
  }
});
