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

  it('creates one demo user per role, who can log in, and audits it all as the system', async () => {
    expect(logins?.map((l) => l.email)).toEqual(['oekonomi@odense.demo', 'direktion@odense.demo', 'aehu@odense.demo']);
    for (const login of logins ?? []) await t.login(login.email, login.password);
    const audit = await t.request('GET', '/api/audit?entityType=track&entityId=SVR', { token });
    expect(audit.body).toEqual([expect.objectContaining({ actor: 'system', action: 'create' })]);
  });

  it('keeps the admin created at start next to the demo users', async () => {
    const other = await startTestApp({ DEMO_DATA: 'true' });
    try {
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
