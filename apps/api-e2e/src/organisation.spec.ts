import { startTestApp, TestApp } from './support/test-app';

describe('administrations and committees', () => {
  let t: TestApp;
  let finance: string;
  beforeAll(async () => {
    t = await startTestApp();
    finance = await t.tokenFor('finance');
  });
  afterAll(() => t.close());

  it('creates with 201 and the exact body, lists in code point order', async () => {
    const admin = await t.adminToken();
    for (const [code, name] of [['ÆHF', 'Ældre- og Handicapforvaltningen'], ['SAF', 'Social- og Arbejdsmarkedsforvaltningen'], ['BMF', 'Borgmesterforvaltningen']]) {
      const res = await t.request('POST', '/api/administrations', { token: finance, body: { code, name } });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ code, name, version: 1 });
    }
    const committee = await t.request('POST', '/api/committees', {
      token: admin, body: { code: 'ÆHU', name: 'Ældre- og Handicapudvalget', administrationCode: 'ÆHF' },
    });
    expect(committee.status).toBe(201);
    expect(committee.body).toEqual({ code: 'ÆHU', name: 'Ældre- og Handicapudvalget', administrationCode: 'ÆHF', version: 1 });
    await t.request('POST', '/api/committees', { token: finance, body: { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget', administrationCode: 'SAF' } });
    await t.request('POST', '/api/committees', { token: finance, body: { code: 'ØU', name: 'Økonomiudvalget', administrationCode: 'BMF' } });

    const director = await t.tokenFor('director');
    const admins = await t.request('GET', '/api/administrations', { token: director });
    expect(admins.body.map((a: { code: string }) => a.code)).toEqual(['BMF', 'SAF', 'ÆHF']);
    const committees = await t.request('GET', '/api/committees', { token: director });
    expect(committees.body.map((c: { code: string }) => c.code)).toEqual(['SAU', 'ÆHU', 'ØU']);
    const one = await t.request('GET', '/api/committees/%C3%86HU', { token: director });
    expect(one.body).toEqual({ code: 'ÆHU', name: 'Ældre- og Handicapudvalget', administrationCode: 'ÆHF', version: 1 });
  });

  it('treats codes as case-sensitive', async () => {
    const res = await t.request('POST', '/api/administrations', { token: finance, body: { code: 'bmf', name: 'Små bogstaver' } });
    expect(res.status).toBe(201);
    const dup = await t.request('POST', '/api/administrations', { token: finance, body: { code: 'bmf', name: 'Igen' } });
    expect(dup.status).toBe(409);
    expect(dup.body).toEqual({ statusCode: 409, error: 'Conflict', message: 'Forvaltningen bmf findes allerede' });
  });

  it.each([
    [{ code: 'A B', name: 'x' }, 'code: skal være 1–16 tegn: bogstaver, cifre, - eller _'],
    [{ code: 'A'.repeat(17), name: 'x' }, 'code: skal være 1–16 tegn: bogstaver, cifre, - eller _'],
    [{ code: 'X1', name: '' }, 'name: skal være 1–200 tegn'],
    [{ code: 'X1' }, 'name: skal være tekst'],
    [{ code: 7, name: 'x' }, 'code: skal være 1–16 tegn: bogstaver, cifre, - eller _'],
    [{ code: 'X1', name: 'x', version: 1 }, 'version: feltet kendes ikke'],
  ])('refuses a bad administration %# naming the field', async (body, message) => {
    const res = await t.request('POST', '/api/administrations', { token: finance, body });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(message);
  });

  it('refuses null, NUL characters and huge versions in a PATCH with 400, not 500', async () => {
    const nul = await t.request('PATCH', '/api/administrations/BMF', { token: finance, body: { name: null, version: 1 } });
    expect(nul.status).toBe(400);
    expect(nul.body.message).toContain('name: skal være tekst');
    const zero = await t.request('PATCH', '/api/administrations/BMF', { token: finance, body: { name: 'a\u0000b', version: 1 } });
    expect(zero.status).toBe(400);
    const huge = await t.request('PATCH', '/api/administrations/BMF', { token: finance, body: { name: 'x', version: 2 ** 31 } });
    expect(huge.body.message).toEqual(['version: skal være den version, du læste (et heltal fra 1)']);
    expect((await t.request('GET', '/api/administrations/%E0', { token: finance })).body.message).toBe('Adressen indeholder en ugyldig %-kodning');
    expect((await t.request('GET', '/api/administrations/BMF', { token: finance })).body).toEqual({ code: 'BMF', name: 'Borgmesterforvaltningen', version: 1 });
  });

  it('refuses a committee under an unknown administration', async () => {
    const res = await t.request('POST', '/api/committees', { token: finance, body: { code: 'BUU', name: 'Børn- og Ungeudvalget', administrationCode: 'BUF' } });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(['administrationCode: forvaltningen BUF findes ikke']);
  });

  it('lets only finance and admin write', async () => {
    const director = await t.tokenFor('director');
    const committee = await t.tokenFor('committee', ['SAU']);
    for (const token of [director, committee]) {
      expect((await t.request('POST', '/api/administrations', { token, body: { code: 'NY', name: 'Ny' } })).status).toBe(403);
      expect((await t.request('PATCH', '/api/committees/SAU', { token, body: { name: 'Ny', version: 1 } })).status).toBe(403);
    }
    expect((await t.request('POST', '/api/administrations', { body: { code: 'NY', name: 'Ny' } })).status).toBe(401);
  });

  it('patches with optimistic locking: stale version is 409 and changes nothing', async () => {
    const ok = await t.request('PATCH', '/api/committees/SAU', { token: finance, body: { name: 'Beskæftigelses- og Socialudvalget', version: 1 } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ code: 'SAU', name: 'Beskæftigelses- og Socialudvalget', administrationCode: 'SAF', version: 2 });
    const stale = await t.request('PATCH', '/api/committees/SAU', { token: finance, body: { name: 'Andet navn', version: 1 } });
    expect(stale.status).toBe(409);
    expect((await t.request('GET', '/api/committees/SAU', { token: finance })).body.name).toBe('Beskæftigelses- og Socialudvalget');
    expect((await t.request('PATCH', '/api/committees/XX', { token: finance, body: { name: 'x', version: 1 } })).status).toBe(404);
    expect((await t.request('PATCH', '/api/committees/SAU', { token: finance, body: { code: 'X', version: 2 } })).status).toBe(400);
    expect((await t.request('PATCH', '/api/committees/SAU', { token: finance, body: { administrationCode: 'NOPE', version: 2 } })).status).toBe(400);
  });

  it('audits every write with before and after as the API returned them, newest first', async () => {
    const res = await t.request('GET', '/api/audit?entityType=committee&entityId=SAU', { token: finance });
    expect(res.status).toBe(200);
    expect(res.body.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
    expect(res.body[0]).toEqual({
      id: expect.any(String),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      actor: expect.stringMatching(/^finance\d+@test\.dk$/),
      action: 'update',
      entityType: 'committee',
      entityId: 'SAU',
      before: { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget', administrationCode: 'SAF', version: 1 },
      after: { code: 'SAU', name: 'Beskæftigelses- og Socialudvalget', administrationCode: 'SAF', version: 2 },
    });
  });

  it('limits the audit list and checks who may read it', async () => {
    const res = await t.request('GET', '/api/audit?limit=2', { token: finance });
    expect(res.body).toHaveLength(2);
    expect(Number(res.body[0].id)).toBeGreaterThan(Number(res.body[1].id));
    for (const limit of ['0', '1001', 'abc', '1.5']) {
      const bad = await t.request('GET', `/api/audit?limit=${limit}`, { token: finance });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['limit: skal være et heltal fra 1 til 1000']);
    }
    const committee = await t.tokenFor('committee', ['SAU']);
    expect((await t.request('GET', '/api/audit', { token: committee })).status).toBe(403);
    expect((await t.request('GET', '/api/audit', { token: await t.tokenFor('director') })).status).toBe(200);
  });
});
