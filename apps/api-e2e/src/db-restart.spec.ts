import { Client } from 'pg';
import { DATABASE_UNAVAILABLE_MESSAGE } from '@budgetspor/server/common';
import { runMigrations } from '@budgetspor/server/database';
import { startPostgresServer, ThrowawayPostgres } from './support/postgres-server';
import { startTestApp, TestApp } from './support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL restarted under load (a throwaway server of this test's own): while it is down,
 * every request gets a quick 503 in Danish, never a 500 or a hang; once it is back, the same
 * app process serves again and the writes made before the outage are all there.
 */
describe('PostgreSQL restarted under load', () => {
  let pg: ThrowawayPostgres;
  let t: TestApp;

  beforeAll(async () => {
    pg = await startPostgresServer();
    const setup = new Client({ connectionString: pg.url() });
    await setup.connect();
    await setup.query('CREATE DATABASE budgetspor');
    await setup.end();
    await runMigrations(pg.url('budgetspor'));
    t = await startTestApp({ DATABASE_URL: pg.url('budgetspor') });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    pg?.cleanup();
  });

  it('answers 503 during the outage and recovers without a restart', async () => {
    await t.createOrganisation();
    const token = await t.tokenFor('finance');
    const statuses: number[] = [];
    const bodies = new Set<string>();
    let load = true;
    let years = 0;
    // Four clients reading and writing as fast as they can, through the outage.
    const clients = [0, 1, 2, 3].map(async (client) => {
      while (load) {
        const res =
          client === 0 && years < 290 // valid budget years run from 1900 to 2197
            ? await t.request('POST', '/api/budget-years', { token, body: { year: 1900 + years++, title: 'Budget under belastning' } })
            : await t.request('GET', client === 1 ? '/api/budget-years' : '/api/committees', { token });
        statuses.push(res.status);
        if (res.status >= 500) bodies.add(JSON.stringify(res.body));
      }
    });

    await sleep(500);
    pg.stop('immediate');
    const outageStartedAt = statuses.length;
    await sleep(1_500);
    const health = await t.request('GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'error', db: 'down' });
    pg.start();

    // Recovered: the same process answers 200 again within a few seconds.
    const deadline = Date.now() + 15_000;
    while ((await t.request('GET', '/api/health')).status !== 200) {
      if (Date.now() > deadline) throw new Error('the app did not recover after PostgreSQL came back');
      await sleep(100);
    }
    await sleep(500);
    load = false;
    await Promise.all(clients);

    const during = statuses.slice(outageStartedAt);
    expect(statuses.filter((s) => s === 500)).toEqual([]);
    expect(during).toContain(503);
    expect([...bodies]).toEqual([JSON.stringify({ statusCode: 503, error: 'Service Unavailable', message: DATABASE_UNAVAILABLE_MESSAGE })]);
    expect(statuses.slice(-3)).toEqual(expect.arrayContaining([200]));
    expect(statuses.filter((s) => ![200, 201, 503].includes(s))).toEqual([]);

    // Every year whose POST answered 201 is there; none that answered 503 is.
    const created = statuses.filter((s) => s === 201).length;
    const list = await t.request('GET', '/api/budget-years', { token });
    expect(list.status).toBe(200);
    expect(list.body.length).toBe(created);
  }, 60_000);
});
