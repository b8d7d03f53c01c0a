import { DemoDataService } from '@budgetspor/server/demo';
import { startTestApp, TestApp } from './support/test-app';

describe('the Odense demo data', () => {
  let t: TestApp;
  let token: string;
  let logins: { email: string; password: string }[] | null;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'false' });
    // Load it the way a start with DEMO_DATA=true does, keeping the printed logins.
    (t.config as { demoData: boolean }).demoData = true;
    logins = await t.app.get(DemoDataService).loadIfEmpty();
    token = await t.adminToken();
  });
  afterAll(() => t.close());

  it('has Odense\'s five administrations and committees and nine tracks', async () => {
    const committees = await t.request('GET', '/api/committees', { token });
    expect(committees.body.map((c: { code: string }) => c.code)).toEqual(['BKU', 'BUU', 'SAU', 'ÆHU', 'ØU']);
    const tracks = await t.request('GET', '/api/tracks', { token });
    expect(tracks.body.map((c: { code: string }) => c.code)).toEqual(['BYG', 'LEV', 'SBL', 'SELV', 'SUF', 'SVR', 'UKS', 'VIF', 'VOU']);
    const svr = tracks.body.find((x: { code: string }) => x.code === 'SVR');
    expect(svr.shares.map((s: { committeeCode: string }) => s.committeeCode)).toEqual(['BUU', 'SAU', 'ÆHU']);
    expect(tracks.body.find((x: { code: string }) => x.code === 'SUF')).toMatchObject({ startYear: 2014, dependsOnFreeMunicipality: true });
  });

  it('has budget 2013 in bids mode with two revisions: the summer revision adds two tracks', async () => {
    const years = await t.request('GET', '/api/budget-years', { token });
    expect(years.body.map((y: { year: number; status: string }) => [y.year, y.status])).toEqual([[2013, 'agreed'], [2014, 'framework_announced']]);
    const frameworks = await t.request('GET', '/api/budget-years/2013/frameworks', { token });
    expect(frameworks.body.map((f: { decidedOn: string; decidedBy: string }) => [f.decidedOn, f.decidedBy])).toEqual([['2012-02-08', 'ØU'], ['2012-06-27', 'ØU']]);
    expect(frameworks.body[0].pool).toEqual({ '2013': '125800000', '2014': '172000000', '2015': '218200000', '2016': '264400000' });
    const diff = await t.request('GET', '/api/budget-years/2013/frameworks/diff?from=1&to=2', { token });
    expect(diff.body.tracksAdded.map((x: { trackCode: string }) => x.trackCode)).toEqual(['LEV', 'VIF']);
    const bids = await t.request('GET', '/api/budget-years/2013/bids', { token });
    expect(bids.body.uncovered).toEqual({ '2013': '23800000', '2014': '50000000', '2015': '96200000', '2016': '142400000' });
  });

  it('has budget 2014 distributed top-down with Sammenhængende børneliv', async () => {
    const current = await t.request('GET', '/api/budget-years/2014/frameworks/current', { token });
    expect(current.body).toMatchObject({ revision: 1, allocationMethod: 'top_down' });
    expect(current.body.trackWeights.map((w: { trackCode: string }) => w.trackCode)).toContain('SBL');
  });

  it('carries illustrative follow-up figures that the realisation rolls up', async () => {
    const res = await t.request('GET', '/api/budget-years/2013/realisation?groupBy=track', { token });
    // SVR's bids: 8,666,667 + 8,666,667 + 8,666,666 a year; 102 % realised in 2013, forecast for 2014.
    expect(res.body.groups.find((g: { key: string }) => g.key === 'SVR')).toEqual({
      key: 'SVR', expected: '52000000', forecast: '53039998', realised: '26519999', rate: '0.5100',
    });
    const rows = await t.request('GET', '/api/budget-years/2013/savings?trackCode=LEV', { token });
    expect(rows.body[0]).toMatchObject({ year: 2013, expected: '45000000', realised: '31500000', status: 'off_track' });
    expect(rows.body[0].comment).toContain('Illustrativ');
  });

  it('creates one demo user per role, who can log in, and audits it all as the system', async () => {
    expect(logins?.map((l) => l.email)).toEqual(['oekonomi@odense.demo', 'direktion@odense.demo', 'aehu@odense.demo']);
    for (const login of logins ?? []) await t.login(login.email, login.password);
    const audit = await t.request('GET', '/api/audit?entityType=track&entityId=SVR', { token });
    expect(audit.body).toEqual([expect.objectContaining({ actor: 'system', action: 'create' })]);
  });

  it('keeps the admin next to the demo users, and the first runs keep the follow-up figures', async () => {
    const other = await startTestApp({ DEMO_DATA: 'true', RUN_WORKER: 'true' });
    try {
      const admin = await other.adminToken();
      for (const year of [2013, 2014]) {
        for (let i = 0; i < 200 && !(await other.request('GET', `/api/budget-years/${year}/allocation`, { token: admin })).body.run; i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      const rows = await other.request('GET', '/api/budget-years/2013/savings', { token: admin });
      expect(rows.body).toHaveLength(30);
      expect(rows.body.find((r: { trackCode: string; year: number }) => r.trackCode === 'LEV' && r.year === 2013)).toMatchObject({ expected: '45000000', realised: '31500000', version: 1 });
      const allocation2014 = await other.request('GET', '/api/budget-years/2014/allocation', { token: admin });
      expect(allocation2014.body.run).toMatchObject({ status: 'succeeded', allocationMethod: 'top_down', reason: 'framework' });
      const sbl = await other.request('GET', '/api/budget-years/2014/savings?trackCode=SBL', { token: admin });
      expect(sbl.body.find((r: { year: number }) => r.year === 2014)).toMatchObject({ status: 'off_track', version: 1 });
      const users = await other.request('GET', '/api/users', { token: await other.adminToken() });
      expect(users.body.map((u: { email: string; role: string }) => [u.email, u.role])).toEqual([
        ['admin@test.dk', 'admin'], ['aehu@odense.demo', 'committee'], ['direktion@odense.demo', 'director'], ['oekonomi@odense.demo', 'finance'],
      ]);
    } finally {
      await other.close();
    }
  });

  it('loads only into an empty database', async () => {
    expect(await t.app.get(DemoDataService).loadIfEmpty()).toBeNull();
  });
});
