import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '@budgetspor/server/config';
import { createTestDatabase, TestDatabase } from '@budgetspor/server/database';
import { createApiApp, seed } from '@budgetspor/server/app';

export const TEST_ADMIN = { email: 'admin@test.dk', password: 'admin-test-kodeord' };

export interface TestApp {
  readonly url: string;
  readonly app: NestExpressApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  /** fetch against the app with JSON in and out; `token` becomes a Bearer header. */
  request(method: string, path: string, options?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  login(email?: string, password?: string): Promise<string>;
  /** The admin's token (logged in once). */
  adminToken(): Promise<string>;
  /**
   * A fresh user of `role` (committee users for `committeeCodes`), logged in; returns the
   * token. The committees must exist (see `createOrganisation`).
   */
  tokenFor(role: 'admin' | 'finance' | 'committee' | 'director', committeeCodes?: string[]): Promise<string>;
  /** Two administrations and three committees (`ØU`, `SAU`, `ÆHU`), as finance would enter them. */
  createOrganisation(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real API on a free port, over its own fresh database and its own Redis key prefix,
 * with the test admin. Each test file calls this once and `close()`s it.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.url,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `bs_test_${randomBytes(4).toString('hex')}`,
    DEMO_DATA: 'false',
    RUN_WORKER: 'false',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    PORT: '3000',
    LOGIN_LIMIT_PER_IP: '100000',
    LOGIN_LIMIT_PER_ACCOUNT: '100000',
    ...env,
  });
  const app = await createApiApp(config);
  await seed(app);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const base = url.replace('[::1]', '127.0.0.1');

  const request: TestApp['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let payload: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const res = await fetch(base + path, { method, headers, body: payload });
    const text = await res.text();
    let body: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
    return { status: res.status, body, headers: res.headers };
  };

  let admin: Promise<string> | undefined;
  let users = 0;
  const login = async (email = TEST_ADMIN.email, password = TEST_ADMIN.password): Promise<string> => {
    const res = await request('POST', '/api/auth/login', { body: { email, password } });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken;
  };
  const expectOk = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  };

  return {
    url: base,
    app,
    db,
    config,
    request,
    login,
    adminToken: () => (admin ??= login()),
    async tokenFor(role, committeeCodes = []) {
      const email = `${role}${++users}@test.dk`;
      const password = `${role}-kodeord-${users}`;
      const res = await request('POST', '/api/users', {
        token: await (admin ??= login()),
        body: { email, name: `Test ${role} ${users}`, role, password, committeeCodes },
      });
      expectOk(res, `create ${role}`);
      return login(email, password);
    },
    async createOrganisation() {
      const token = await (admin ??= login());
      for (const [code, name] of [['BMF', 'Borgmesterforvaltningen'], ['ÆHF', 'Ældre- og Handicapforvaltningen'], ['SAF', 'Social- og Arbejdsmarkedsforvaltningen']]) {
        expectOk(await request('POST', '/api/administrations', { token, body: { code, name } }), `administration ${code}`);
      }
      for (const [code, name, administrationCode] of [['ØU', 'Økonomiudvalget', 'BMF'], ['SAU', 'Social- og Arbejdsmarkedsudvalget', 'SAF'], ['ÆHU', 'Ældre- og Handicapudvalget', 'ÆHF']]) {
        expectOk(await request('POST', '/api/committees', { token, body: { code, name, administrationCode } }), `committee ${code}`);
      }
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
