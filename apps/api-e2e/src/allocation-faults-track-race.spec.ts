import { DataSource, QueryRunner } from 'typeorm';
import { cleanUp, expectedFromApi, timeline, waitFor, yearSettled } from './support/fault-helpers';
import { startRedisServer, ThrowawayRedis } from './support/redis-server';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Fault test: a track change racing a framework revision that starts naming the track.
 *
 * A track PATCH asks for a recompute of the years "using" the track (yearsUsingTrack), decided
 * from one statement's snapshot. If a framework revision of another year that newly names
 * the track commits after that snapshot, and that year's run computes before the PATCH
 * commits, neither the PATCH nor the revision's run covers the new shares, and the year's
 * allocation stays stale.
 *
 * The window is widened deterministically: the test holds budget year 2061's row lock, as a
 * long run of 2061 on another worker (or any writer of 2061) would, so the PATCH waits on it
 * after having decided which years it touches.
 */
describe('allocation faults: a track change racing a framework revision that names the track', () => {
  let redis: ThrowawayRedis;
  let t: TestApp;
  let lock: QueryRunner | undefined;
  let finance: string;

  beforeAll(async () => {
    redis = await startRedisServer();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: redis.url });
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    for (const [code, shares] of [['SVR', { SAU: '1', ØU: '1' }], ['SELV', { SAU: '1' }]] as const) {
      const res = await t.request('POST', '/api/tracks', {
        token: finance,
        body: { code, name: `Spor ${code}`, administrationCode: 'BMF', startYear: 2060, shares: Object.entries(shares).map(([committeeCode, weight]) => ({ committeeCode, weight })) },
      });
      if (res.status !== 201) throw new Error(`track ${code}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    for (const year of [2060, 2061]) {
      const y = await t.request('POST', '/api/budget-years', { token: finance, body: { year, title: `Budget ${year}` } });
      if (y.status !== 201) throw new Error(`budget year ${year}: ${y.status}`);
    }
  }, 30_000);

  afterAll(async () => {
    await cleanUp([
      ['release the year lock', async () => {
        if (lock && !lock.isReleased) {
          await lock.rollbackTransaction().catch(() => undefined);
          await lock.release();
        }
      }],
      ['close app and drop database', () => t?.close()],
      ['stop redis and remove its dir', () => redis?.cleanup()],
    ]);
  }, 60_000);

  const framework = (year: number, trackCodes: string[]) =>
    t.request('POST', `/api/budget-years/${year}/frameworks`, {
      token: finance,
      body: {
        decidedOn: '2059-02-06', decidedBy: 'ØU', title: 'Ramme', allocationMethod: 'top_down',
        pool: Object.fromEntries([0, 1, 2, 3].map((i) => [String(year + i), '1200'])), trackWeights: trackCodes.map((trackCode) => ({ trackCode, weight: '1' })),
      },
    });

  it('recomputes every year whose allocation the track change alters', async () => {
    const ds = t.app.get(DataSource);
    // 2061 uses SVR; 2060 does not yet.
    expect((await framework(2061, ['SVR'])).status).toBe(201);
    expect((await framework(2060, ['SELV'])).status).toBe(201);
    for (const year of [2060, 2061]) await waitFor(`${year} settled`, () => yearSettled(ds, year), 10_000);

    lock = ds.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    await lock.query(`SELECT 1 FROM budget_years WHERE year = 2061 FOR UPDATE`);

    // The PATCH decides which years use SVR (only 2061), then waits for 2061's lock.
    const version = (await t.request('GET', '/api/tracks/SVR', { token: finance })).body.version;
    const patched = t.request('PATCH', '/api/tracks/SVR', { token: finance, body: { version, shares: [{ committeeCode: 'SAU', weight: '1' }, { committeeCode: 'ÆHU', weight: '3' }] } });
    await waitFor(
      'the PATCH to wait for 2061',
      async () => {
        const [row] = await ds.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE OF y%'`,
        );
        return row ? true : undefined;
      },
      10_000,
      10,
    );

    // Meanwhile 2060's revision 2 starts naming SVR. It must not slip in between the PATCH
    // choosing its years and committing (the engine orders the two with a lock), so it is
    // sent now and may only complete after the PATCH.
    const revision2 = framework(2060, ['SELV', 'SVR']);
    await new Promise((resolve) => setTimeout(resolve, 300));

    await lock.rollbackTransaction();
    await lock.release();
    expect((await patched).status).toBe(200);
    expect((await revision2).status).toBe(201);
    for (const year of [2060, 2061]) await waitFor(`${year} settled after the PATCH`, () => yearSettled(ds, year), 10_000);

    // Both years must now reflect SVR's new shares (SAU 1 : ÆHU 3).
    for (const year of [2061, 2060]) {
      const { result } = await expectedFromApi(t, finance, year);
      const allocation = await t.request('GET', `/api/budget-years/${year}/allocation`, { token: finance });
      try {
        expect({ year, cells: allocation.body.cells }).toEqual({ year, cells: result.cells });
      } catch (error) {
        throw new Error(`${(error as Error).message}\n\nyear ${year} timeline:\n${await timeline(ds, year)}`);
      }
    }
  }, 60_000);
});
