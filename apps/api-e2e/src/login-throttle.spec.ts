import { startTestApp, TEST_ADMIN, TestApp } from './support/test-app';

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '8', LOGIN_LIMIT_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());

  it('stops guessing on one account after the limit with a Danish 429, then per IP', async () => {
    const attempt = (email: string) => t.request('POST', '/api/auth/login', { body: { email, password: 'gæt-et-kodeord' } });
    const first = await Promise.all([1, 2, 3].map(() => attempt(TEST_ADMIN.email)));
    expect(first.map((r) => r.status)).toEqual([401, 401, 401]);
    const blocked = await attempt(TEST_ADMIN.email);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'For mange loginforsøg. Vent et minut, og prøv igen.' });
    // Even the right password is refused while the account is throttled.
    expect((await t.request('POST', '/api/auth/login', { body: TEST_ADMIN })).status).toBe(429);

    // Other accounts from the same address: 5 attempts so far, the IP allows 8.
    for (const email of ['a@test.dk', 'b@test.dk', 'c@test.dk']) expect((await attempt(email)).status).toBe(401);
    expect((await attempt('d@test.dk')).status).toBe(429);
  });

  it('shares the count between API processes of one installation (same Redis and QUEUE_PREFIX)', async () => {
    const env = { LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_ACCOUNT: '3' };
    const one = await startTestApp(env);
    const two = await startTestApp({ ...env, QUEUE_PREFIX: one.config.queuePrefix });
    try {
      const attempt = (app: TestApp) => app.request('POST', '/api/auth/login', { body: { email: 'delt@test.dk', password: 'gæt-et-kodeord' } });
      expect([(await attempt(one)).status, (await attempt(two)).status, (await attempt(one)).status]).toEqual([401, 401, 401]);
      expect((await attempt(two)).status).toBe(429);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
