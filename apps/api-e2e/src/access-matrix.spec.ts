import { DataSource } from 'typeorm';
import { Expect, MATRIX, Role, ROLES } from './access-matrix';
import { startTestApp, TestApp } from './support/test-app';

describe('access control matrix: every role × every write endpoint', () => {
  let t: TestApp;
  const tokens: Partial<Record<Role, string>> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    tokens.admin = await t.adminToken();
    tokens.finance = await t.tokenFor('finance');
    tokens.director = await t.tokenFor('director');
    tokens.committeeOwn = await t.tokenFor('committee', ['SAU']);
    tokens.committeeOther = await t.tokenFor('committee', ['ØU']);
    const finance = tokens.finance;
    await t.request('POST', '/api/budget-years', { token: finance, body: { year: 2030, title: 'Matrix' } });
    await t.request('POST', '/api/tracks', {
      token: finance,
      body: { code: 'MX', name: 'Matrix', administrationCode: 'SAF', startYear: 2030, shares: [{ committeeCode: 'SAU', weight: '1' }] },
    });
    const [saving] = await t.app.get(DataSource).query(
      `INSERT INTO savings (budget_year, track_code, committee_code, year, expected) VALUES (2030, 'MX', 'SAU', 2030, 100) RETURNING id`,
    );
    ids['saving'] = saving.id;
    const users = await t.request('GET', '/api/users', { token: tokens.admin });
    ids['user'] = users.body.find((u: { role: string }) => u.role === 'director').id;
  });
  afterAll(() => t.close());

  it('lets nobody past what the matrix allows, and lets everyone do what it allows', async () => {
    const escapes: string[] = [];
    for (const [method, template, body, expected] of MATRIX) {
      const path = template.replace('{saving}', ids['saving']).replace('{user}', ids['user']);
      for (const [i, role] of ROLES.entries()) {
        const res = await t.request(method, path, { token: tokens[role], body });
        const want: Expect = expected[i];
        const got = res.status === 401 || res.status === 403 ? res.status : 'ok';
        if (got !== want) escapes.push(`${method} ${template} as ${role}: expected ${want}, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
    expect(escapes).toEqual([]);
  });
});
