import { DemoDataService } from '@budgetspor/server/demo';
import { startTestApp, TestApp } from './support/test-app';

interface Goal {
  id: string;
  title: string;
  description: string;
  level: string;
  committeeCodes: string[];
  trackCodes: string[];
  indicators: { id: string; name: string; kind: string; values: { year: number; sourceNote: string }[] }[];
}

describe('the Odense demo data: effect goals, indicators and price levels', () => {
  let t: TestApp;
  let director: string;
  let logins: { email: string; password: string }[];
  let goals: Goal[];

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'false' });
    (t.config as { demoData: boolean }).demoData = true;
    logins = (await t.app.get(DemoDataService).loadIfEmpty()) ?? [];
    const login = logins.find((l) => l.email === 'direktion@odense.demo');
    director = await t.login(login?.email, login?.password);
    goals = (await t.request('GET', '/api/effect-goals', { token: director })).body;
  }, 60_000);
  afterAll(() => t.close());

  it('has ten Odensemål, each with two or three indicators, marked as illustrative', () => {
    expect(goals).toHaveLength(10);
    expect(goals[0].title).toBe('Flere borgere er selvforsørgende');
    for (const goal of goals) {
      expect(goal.level).toBe('municipal');
      expect(goal.description).toContain('Illustrativt Odensemål');
      expect(goal.indicators.length).toBeGreaterThanOrEqual(2);
      expect(goal.indicators.length).toBeLessThanOrEqual(3);
    }
    const values = goals.flatMap((g) => g.indicators.flatMap((i) => i.values));
    expect(values.length).toBeGreaterThan(60);
    expect(new Set(values.map((v) => v.sourceNote))).toEqual(new Set(['Illustrativ værdi (demodata)']));
    expect(new Set(values.map((v) => v.year))).toEqual(new Set([2016, 2017, 2018, 2019]));
  });

  it('links every Odense track to the goals it serves', async () => {
    const tracks = (await t.request('GET', '/api/tracks', { token: director })).body.map((x: { code: string }) => x.code);
    const linked = new Set(goals.flatMap((g) => g.trackCodes));
    expect([...linked].sort()).toEqual([...tracks].sort());
    const lev = await t.request('GET', '/api/effect-goals?trackCode=LEV', { token: director });
    expect(lev.body.map((g: Goal) => g.title)).toEqual(['Flere ældre klarer sig selv', 'Borgere med handicap lever et selvstændigt liv']);
  });

  it('gives the effect accounts 2016–2019 a status per goal', async () => {
    const account = await t.request('GET', '/api/effect-account/2018', { token: director });
    expect(account.status).toBe(200);
    const elderly = account.body.goals.find((g: { title: string }) => g.title === 'Flere ældre klarer sig selv');
    // Rehabilitation 40 → 55 by 2020, 50 in 2018: 66.7 % of the way, 60 % due. Home care 4.2 → 3.4, 3.8 in 2018: 50 %.
    expect(elderly.indicators.map((i: { progressPercent: string | null; status: string }) => [i.progressPercent, i.status])).toEqual([
      ['66.7', 'on_track'], ['50.0', 'at_risk'], [null, 'at_risk'],
    ]);
    expect(elderly.status).toBe('at_risk');
    for (const year of [2016, 2017, 2019]) {
      const res = await t.request('GET', `/api/effect-account/${year}`, { token: director });
      expect(res.body.goals.every((g: { status: string }) => g.status !== 'no_data')).toBe(true);
    }
  });

  it('has an illustrative price index that converts the rounds\' money exactly', async () => {
    const indices = (await t.request('GET', '/api/price-indices', { token: director })).body;
    expect(indices.map((r: { year: number }) => r.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(indices.every((r: { illustrative: boolean; source: string }) => r.illustrative && r.source.includes('Illustrativt'))).toBe(true);
    const lev = await t.request('GET', '/api/analysis/tracks/LEV?priceLevel=2016', { token: director });
    // Budget 2013 at 2013 prices (index 96): 45.000.000 × 100 ÷ 96 = 46.875.000; 31.500.000 → 32.812.500.
    expect(lev.body.rounds[0].years[0]).toMatchObject({ year: 2013, priceLevel: 2016, expected: '46875000', realised: '32812500', rate: '0.7000' });
  });

  it('lets the ÆHU demo user enter values for ÆHU\'s goals only', async () => {
    const login = logins.find((l) => l.email === 'aehu@odense.demo');
    const aehu = await t.login(login?.email, login?.password);
    const own = goals.find((g) => g.title === 'Flere ældre klarer sig selv') as Goal;
    const res = await t.request('PUT', `/api/indicators/${own.indicators[0].id}/values/2020`, { token: aehu, body: { value: '55.5' } });
    expect(res.status).toBe(201);
    const other = goals.find((g) => g.title === 'Flere borgere er selvforsørgende') as Goal;
    expect((await t.request('PUT', `/api/indicators/${other.indicators[0].id}/values/2020`, { token: aehu, body: { value: '18' } })).status).toBe(403);
  });
});
