import { createServer } from 'node:net';
import { startTestApp, TEST_ADMIN, TestApp } from './support/test-app';

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('health with Redis unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${await unusedPort()}`, LOGIN_LIMIT_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());

  it('answers 503 naming redis as down, quickly', async () => {
    const started = Date.now();
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'error', db: 'up', redis: 'down' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('still lets users log in and throttles them, counting attempts in memory while Redis is away', async () => {
    expect((await t.request('POST', '/api/auth/login', { body: TEST_ADMIN })).status).toBe(200);
    const attempt = () => t.request('POST', '/api/auth/login', { body: { email: 'gaet@test.dk', password: 'gæt-et-kodeord' } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
