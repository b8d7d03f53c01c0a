import { DataSource } from 'typeorm';
import { startTestApp, TEST_ADMIN, TestApp } from './support/test-app';

describe('accounts and sessions over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
  });
  afterAll(() => t.close());

  it('logs in with the exact documented body and a httpOnly, SameSite=Lax cookie', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: TEST_ADMIN });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accessToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      user: { id: expect.any(String), email: TEST_ADMIN.email, name: 'Administrator', role: 'admin', committeeCodes: [] },
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`budgetspor_session=${res.body.accessToken}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('accepts the cookie as well as the Bearer header', async () => {
    const token = await t.login();
    const viaCookie = await t.request('GET', '/api/auth/me', { headers: { cookie: `budgetspor_session=${token}` } });
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.body.email).toBe(TEST_ADMIN.email);
  });

  it('accepts cookie writes only from its own pages (CSRF), Bearer writes from anywhere', async () => {
    const token = await t.login();
    const host = new URL(t.url).host;
    let n = 0;
    const write = (headers: Record<string, string>) =>
      t.request('POST', '/api/administrations', { headers, body: { code: `CSRF${++n}`, name: 'CSRF-test' } });
    const cookie = `budgetspor_session=${token}`;
    expect((await write({ cookie })).status).toBe(403);
    expect((await write({ cookie, origin: 'https://ond.example' })).body.message).toContain('CSRF');
    expect((await write({ cookie, origin: `http://${host}` })).status).toBe(201);
    expect((await write({ cookie, referer: `http://${host}/budget-years` })).status).toBe(201);
    expect((await write({ authorization: `Bearer ${token}`, origin: 'https://andet.example' })).status).toBe(201);
  });

  it.each([
    [{ email: TEST_ADMIN.email, password: 'forkert-kodeord-123' }],
    [{ email: 'ukendt@test.dk', password: TEST_ADMIN.password }],
  ])('refuses wrong credentials with 401 %#', async (body) => {
    const res = await t.request('POST', '/api/auth/login', { body });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Forkert e-mail eller adgangskode' });
  });

  it('ends the session on the server at logout', async () => {
    const token = await t.login();
    expect((await t.request('POST', '/api/auth/logout', { token })).status).toBe(204);
    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
  });

  it('lets admin create, list and change users; others get 403', async () => {
    const admin = await t.adminToken();
    const created = await t.request('POST', '/api/users', {
      token: admin,
      body: { email: 'sau@odense.dk', name: 'Udvalgssekretær SAU', role: 'committee', password: 'et-langt-kodeord', committeeCodes: ['SAU', 'ÆHU'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String), email: 'sau@odense.dk', name: 'Udvalgssekretær SAU', role: 'committee',
      committeeCodes: ['SAU', 'ÆHU'], active: true, version: 1, createdAt: expect.any(String), updatedAt: expect.any(String),
    });
    const list = await t.request('GET', '/api/users', { token: admin });
    expect(list.body.map((u: { email: string }) => u.email)).toEqual([TEST_ADMIN.email, 'sau@odense.dk']);

    const user = await t.login('sau@odense.dk', 'et-langt-kodeord');
    expect((await t.request('GET', '/api/users', { token: user })).status).toBe(403);
    const finance = await t.tokenFor('finance');
    const forbidden = await t.request('POST', '/api/users', { token: finance, body: { email: 'x@y.dk', name: 'x', role: 'admin', password: 'et-langt-kodeord' } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toBe('Din rolle må ikke gøre dette');

    const patched = await t.request('PATCH', `/api/users/${created.body.id}`, {
      token: admin,
      body: { committeeCodes: ['ØU'], version: 1 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ committeeCodes: ['ØU'], version: 2 });
    const stale = await t.request('PATCH', `/api/users/${created.body.id}`, { token: admin, body: { name: 'X', version: 1 } });
    expect(stale.status).toBe(409);
  });

  it.each([
    [{ name: 'x', role: 'finance', password: 'et-langt-kodeord' }, 'email: skal være en e-mailadresse'],
    [{ email: 'a@b.dk', name: 'x', role: 'boss', password: 'et-langt-kodeord' }, 'role: skal være en af admin, finance, committee, director'],
    [{ email: 'a@b.dk', name: 'x', role: 'finance', password: 'kort' }, 'password: skal være mindst 12 tegn'],
    [{ email: 'a@b.dk', name: 'x', role: 'committee', password: 'et-langt-kodeord' }, 'committeeCodes: en bruger med rollen committee skal have mindst ét udvalg'],
    [{ email: 'a@b.dk', name: 'x', role: 'committee', password: 'et-langt-kodeord', committeeCodes: ['BUU'] }, 'committeeCodes: udvalget findes ikke: BUU'],
    [{ email: 'a@b.dk', name: '', role: 'finance', password: 'et-langt-kodeord' }, 'name: skal være 1–200 tegn'],
  ])('refuses a bad user %# naming the field', async (body, message) => {
    const res = await t.request('POST', '/api/users', { token: await t.adminToken(), body });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(message);
  });

  it('refuses a second user with the same email, whatever its case', async () => {
    const body = { email: 'dublet@test.dk', name: 'A', role: 'director', password: 'et-langt-kodeord' };
    expect((await t.request('POST', '/api/users', { token: await t.adminToken(), body })).status).toBe(201);
    const again = await t.request('POST', '/api/users', { token: await t.adminToken(), body: { ...body, email: 'DUBLET@test.dk' } });
    expect(again.status).toBe(409);
  });

  it('deactivation ends sessions at once and refuses new logins', async () => {
    const admin = await t.adminToken();
    const { body: user } = await t.request('POST', '/api/users', {
      token: admin, body: { email: 'stopper@test.dk', name: 'Stopper', role: 'director', password: 'et-langt-kodeord' },
    });
    const token = await t.login('stopper@test.dk', 'et-langt-kodeord');
    const res = await t.request('PATCH', `/api/users/${user.id}`, { token: admin, body: { active: false, version: user.version } });
    expect(res.status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'stopper@test.dk', password: 'et-langt-kodeord' } })).status).toBe(401);
  });

  it('a password change ends the other sessions and the old password', async () => {
    const admin = await t.adminToken();
    await t.request('POST', '/api/users', {
      token: admin, body: { email: 'skifter@test.dk', name: 'Skifter', role: 'finance', password: 'gammelt-kodeord' },
    });
    const first = await t.login('skifter@test.dk', 'gammelt-kodeord');
    const second = await t.login('skifter@test.dk', 'gammelt-kodeord');
    const wrong = await t.request('POST', '/api/auth/password', { token: first, body: { currentPassword: 'forkert-kodeord', newPassword: 'nyt-langt-kodeord' } });
    expect(wrong.status).toBe(401);
    const changed = await t.request('POST', '/api/auth/password', { token: first, body: { currentPassword: 'gammelt-kodeord', newPassword: 'nyt-langt-kodeord' } });
    expect(changed.status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { token: second })).status).toBe(401);
    expect((await t.request('GET', '/api/auth/me', { token: changed.body.accessToken })).status).toBe(200);
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'skifter@test.dk', password: 'gammelt-kodeord' } })).status).toBe(401);
    await t.login('skifter@test.dk', 'nyt-langt-kodeord');
  });

  it('admin can reset a password, which ends the user\'s sessions', async () => {
    const admin = await t.adminToken();
    const { body: user } = await t.request('POST', '/api/users', {
      token: admin, body: { email: 'glemsom@test.dk', name: 'Glemsom', role: 'director', password: 'gammelt-kodeord' },
    });
    const token = await t.login('glemsom@test.dk', 'gammelt-kodeord');
    expect((await t.request('POST', `/api/users/${user.id}/password`, { token: admin, body: { password: 'nulstillet-kodeord' } })).status).toBe(204);
    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
    await t.login('glemsom@test.dk', 'nulstillet-kodeord');
    expect((await t.request('PATCH', '/api/users/not-a-uuid', { token: admin, body: { version: 1 } })).status).toBe(404);
  });

  it('stores argon2id hashes and audits logins, failures and user changes', async () => {
    const ds = t.app.get(DataSource);
    const [{ hash }] = await ds.query(`SELECT password_hash AS hash FROM users WHERE email = $1`, [TEST_ADMIN.email]);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const actions = (await ds.query(`SELECT DISTINCT action FROM audit_log WHERE entity_type = 'user'`)).map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'update', 'login', 'login_failed', 'change_password', 'reset_password']));
  });
});
