import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

/** Waits until the year's current run is `runId` (or any run when omitted) and returns the allocation. */
async function settled(t: TestApp, token: string, year: number, runId?: string): Promise<any> {
  for (let i = 0; i < 200; i++) {
    const res = await t.request('GET', `/api/budget-years/${year}/allocation`, { token });
    const run = res.body.run;
    if (run && (!runId || run.id === runId)) {
      const queued = await t.request('GET', `/api/budget-years/${year}/allocation-runs?limit=1`, { token });
      if (queued.body[0].status === 'succeeded' || queued.body[0].status === 'failed') return res.body;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`allocation of ${year} did not settle`);
}

describe('pool allocation by background jobs, end to end', () => {
  let t: TestApp;
  let finance: string;
  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKER: 'true' });
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    const track = (code: string, startYear: number, shares: [string, string][]) =>
      t.request('POST', '/api/tracks', {
        token: finance,
        body: { code, name: `Spor ${code}`, administrationCode: 'BMF', startYear, shares: shares.map(([committeeCode, weight]) => ({ committeeCode, weight })) },
      });
    await track('SVR', 2014, [['ÆHU', '1'], ['SAU', '1'], ['ØU', '1']]);
    await track('SELV', 2014, [['SAU', '1']]);
    await track('NY', 2016, [['ØU', '1']]);
    await t.request('POST', '/api/budget-years', { token: finance, body: { year: 2014, title: 'Budget 2014' } });
  });
  afterAll(() => t.close());

  const framework = (pool: Record<string, string>, trackWeights: { trackCode: string; weight: string }[]) =>
    t.request('POST', '/api/budget-years/2014/frameworks', {
      token: finance,
      body: { decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Ramme', allocationMethod: 'top_down', pool, trackWeights },
    });

  it('has no allocation before the first framework', async () => {
    const res = await t.request('GET', '/api/budget-years/2014/allocation', { token: finance });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ run: null, cells: [], unallocated: {} });
  });

  it('allocates a new framework revision exactly by the rule, shortly after the POST', async () => {
    const posted = await framework({ '2014': '100', '2015': '0', '2016': '1000', '2017': '10' }, [
      { trackCode: 'SVR', weight: '2' }, { trackCode: 'SELV', weight: '1' }, { trackCode: 'NY', weight: '1' },
    ]);
    expect(posted.status).toBe(201);
    const allocation = await settled(t, finance, 2014);
    expect(allocation.run).toMatchObject({ budgetYear: 2014, frameworkRevision: 1, status: 'succeeded', allocationMethod: 'top_down' });
    // 2014: 100 over SVR 2 : SELV 1 → 66.67 / 33.33 → SVR 67 (largest remainder), SELV 33;
    // SVR's 67 over three equal shares → 22.33 each, the extra krone to the smallest code, SAU.
    // 2016: NY joins: 1000 over 2:1:1 → 500/250/250; SVR 500 → 166.67 ×3 → two extra kroner to SAU and ÆHU.
    expect(allocation.cells.filter((c: { year: number }) => c.year === 2014)).toEqual([
      { trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '33' },
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '23' },
      { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2014, amount: '22' },
      { trackCode: 'SVR', committeeCode: 'ØU', year: 2014, amount: '22' },
    ]);
    expect(allocation.cells.filter((c: { year: number }) => c.year === 2016)).toEqual([
      { trackCode: 'NY', committeeCode: 'ØU', year: 2016, amount: '250' },
      { trackCode: 'SELV', committeeCode: 'SAU', year: 2016, amount: '250' },
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2016, amount: '167' },
      { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2016, amount: '167' },
      { trackCode: 'SVR', committeeCode: 'ØU', year: 2016, amount: '166' },
    ]);
    expect(allocation.unallocated).toEqual({});
    const explanation = await t.request('GET', `/api/allocation-runs/${allocation.run.id}/explanation?trackCode=SVR&committeeCode=SAU&year=2014`, { token: finance });
    expect(explanation.status).toBe(200);
    expect(explanation.body).toMatchObject({ trackAmount: '67', trackGotExtra: true });
  });

  it('keeps entered forecasts and comments when revision 2 changes the cells', async () => {
    const ds = t.app.get(DataSource);
    await ds.query(`UPDATE savings SET forecast = 20, comment = 'Tidlig prognose' WHERE track_code = 'SELV' AND year = 2014`);
    const posted = await framework({ '2014': '300', '2015': '0', '2016': '1000', '2017': '10' }, [
      { trackCode: 'SVR', weight: '1' }, { trackCode: 'SELV', weight: '2' },
    ]);
    expect(posted.body.revision).toBe(2);
    const allocation = await settled(t, finance, 2014);
    expect(allocation.run.frameworkRevision).toBe(2);
    expect(allocation.cells.find((c: { trackCode: string; year: number }) => c.trackCode === 'SELV' && c.year === 2014).amount).toBe('200');
    const [selv] = await ds.query(`SELECT expected::text, forecast::text, comment FROM savings WHERE track_code = 'SELV' AND year = 2014`);
    expect(selv).toEqual({ expected: '200', forecast: '20.00', comment: 'Tidlig prognose' });
    // NY left the framework: its 2016 cell is gone from the allocation, its savings row stays with expected 0.
    const [ny] = await ds.query(`SELECT expected::text FROM savings WHERE track_code = 'NY' AND year = 2016`);
    expect(ny).toEqual({ expected: '0' });
  });

  it('drops a paused track from the next run and shows years without eligible tracks as unallocated', async () => {
    const pause = async (code: string) => {
      const track = await t.request('GET', `/api/tracks/${code}`, { token: finance });
      const res = await t.request('PATCH', `/api/tracks/${code}`, { token: finance, body: { status: 'paused', version: track.body.version } });
      expect(res.status).toBe(200);
      const [run] = (await t.request('GET', '/api/budget-years/2014/allocation-runs?limit=1', { token: finance })).body;
      return settled(t, finance, 2014, run.id);
    };
    const withoutSvr = await pause('SVR');
    expect(withoutSvr.run.reason).toBe('track');
    expect(withoutSvr.cells.map((c: { trackCode: string }) => c.trackCode)).not.toContain('SVR');
    const none = await pause('SELV');
    expect(none.cells).toEqual([]);
    expect(none.unallocated).toEqual({ '2014': '300', '2015': '0', '2016': '1000', '2017': '10' });
  });

  it('announces run status changes as server-sent events', async () => {
    const controller = new AbortController();
    const res = await fetch(`${t.url}/api/budget-years/2014/events`, { headers: { authorization: `Bearer ${finance}` }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    if (!res.body) throw new Error('no event stream');
    const reader = res.body.getReader();
    let text = '';
    const posted = await t.request('POST', '/api/budget-years/2014/allocation/recompute', { token: finance });
    while (!text.includes('"status":"succeeded"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: run');
    for (const status of ['queued', 'running', 'succeeded']) {
      expect(text).toContain(`"id":"${posted.body.runId}","budgetYear":2014,"status":"${status}"`);
    }
  });

  it('retries a failing run with backoff, then marks it failed and keeps the previous result current', async () => {
    const before = await t.request('GET', '/api/budget-years/2014/allocation', { token: finance });
    // A track named by the framework that has lost its shares cannot be split: the rule refuses it.
    const ds = t.app.get(DataSource);
    const [{ shares }] = await ds.query(`SELECT json_agg(s) AS shares FROM track_shares s WHERE track_code = 'SELV'`);
    await ds.query(`DELETE FROM track_shares WHERE track_code = 'SELV'`);
    try {
      const { body } = await t.request('POST', '/api/budget-years/2014/allocation/recompute', { token: finance });
      let run: any;
      for (let i = 0; i < 300 && run?.status !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        run = (await t.request('GET', `/api/allocation-runs/${body.runId}`, { token: finance })).body;
      }
      expect(run).toMatchObject({ status: 'failed', attempts: 5, error: expect.stringContaining('SELV') });
      const after = await t.request('GET', '/api/budget-years/2014/allocation', { token: finance });
      expect(after.body.run.id).toBe(before.body.run.id);
      expect(after.body.cells).toEqual(before.body.cells);
    } finally {
      for (const share of shares) {
        await ds.query(`INSERT INTO track_shares (track_code, committee_code, weight) VALUES ($1, $2, $3)`, [share.track_code, share.committee_code, share.weight]);
      }
    }
  }, 30_000);

  it('does not let an open event stream hold up shutdown', async () => {
    const other = await startTestApp();
    const token = await other.adminToken();
    const res = await fetch(`${other.url}/api/budget-years/2014/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers a manual recompute with 202 and a run id; closed years refuse with 409', async () => {
    const res = await t.request('POST', '/api/budget-years/2014/allocation/recompute', { token: finance });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ runId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const run = await t.request('GET', `/api/allocation-runs/${res.body.runId}`, { token: finance });
    expect(run.body).toMatchObject({ id: res.body.runId, budgetYear: 2014, status: expect.stringMatching(/queued|running|succeeded/) });
    await settled(t, finance, 2014, res.body.runId);
    const director = await t.tokenFor('director');
    expect((await t.request('POST', '/api/budget-years/2014/allocation/recompute', { token: director })).status).toBe(403);
    expect((await t.request('POST', '/api/budget-years/2099/allocation/recompute', { token: finance })).status).toBe(404);
    const year = await t.request('GET', '/api/budget-years/2014', { token: finance });
    await t.request('PATCH', '/api/budget-years/2014', { token: finance, body: { status: 'closed', version: year.body.version } });
    expect((await t.request('POST', '/api/budget-years/2014/allocation/recompute', { token: finance })).status).toBe(409);
  });
});
