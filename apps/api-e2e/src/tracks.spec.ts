import { DataSource } from 'typeorm';
import { startTracksTestApp, svrBody, TracksTestApp } from './support/track-fixtures';

/** SVR as the API returns it after `POST svrBody()`: shares in code point order, weights canonical. */
const SVR = {
  code: 'SVR',
  name: 'Sammenhængende velfærdsressourcer',
  description: null,
  administrationCode: 'ÆHF',
  startYear: 2013,
  status: 'active',
  dependsOnFreeMunicipality: false,
  shares: [
    { committeeCode: 'BUU', weight: '0.333333' },
    { committeeCode: 'SAU', weight: '1.5' },
    { committeeCode: 'ÆHU', weight: '1' },
  ],
  version: 1,
};

describe('innovation tracks over HTTP', () => {
  let s: TracksTestApp;
  let director: string;
  let committee: string;

  beforeAll(async () => {
    s = await startTracksTestApp();
    director = await s.t.tokenFor('director');
    committee = await s.t.tokenFor('committee', ['SAU']);
  });
  afterAll(() => s.t.close());

  const post = (body: unknown, token = s.finance) => s.t.request('POST', '/api/tracks', { token, body });
  const patch = (code: string, body: unknown, token = s.finance) =>
    s.t.request('PATCH', `/api/tracks/${encodeURIComponent(code)}`, { token, body });
  const get = (code: string, token = s.finance) => s.t.request('GET', `/api/tracks/${encodeURIComponent(code)}`, { token });
  const auditOf = (code: string) =>
    s.t.app.get(DataSource).query(
      `SELECT actor, action, entity_type AS "entityType", entity_id AS "entityId", before, after
         FROM audit_log WHERE entity_type = 'track' AND entity_id = $1 ORDER BY id`,
      [code],
    );

  describe('POST /api/tracks', () => {
    it('creates the Odense track SVR with defaults, sorted shares and canonical weights', async () => {
      const res = await post(svrBody());
      expect(res.status).toBe(201);
      expect(res.body).toEqual(SVR);
      expect((await get('SVR', director)).body).toEqual(SVR);
    });

    it('keeps every optional field that is sent', async () => {
      const body = svrBody({
        code: 'SUF',
        name: 'Sundhed og forebyggelse',
        description: 'Bidrager fra 2014; forudsætter frikommuneforsøg.',
        startYear: 2014,
        status: 'paused',
        dependsOnFreeMunicipality: true,
        shares: [{ committeeCode: 'ÆHU', weight: '2.500000' }],
      });
      const res = await post(body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ ...body, shares: [{ committeeCode: 'ÆHU', weight: '2.5' }], version: 1 });
    });

    it('answers a duplicate code with 409 and leaves the existing track alone', async () => {
      await post(svrBody({ code: 'DUP' }));
      const res = await post(svrBody({ code: 'DUP', name: 'Et andet spor' }));
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ statusCode: 409, error: 'Conflict', message: 'Sporet DUP findes allerede' });
      expect((await get('DUP')).body).toEqual({ ...SVR, code: 'DUP' });
    });

    it('lets exactly one of 8 concurrent creators of one code win', async () => {
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post(svrBody({ code: 'TWIN', name: `Opretter ${i}` }))));
      expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(7).fill(409)]);
      expect((await get('TWIN')).body).toEqual(results.find((r) => r.status === 201)?.body);
    });

    it('treats codes case-sensitively: svr and SVR are two tracks', async () => {
      await post(svrBody({ code: 'SVR2' }));
      const res = await post(svrBody({ code: 'svr2', name: 'Et spor med små bogstaver' }));
      expect(res.status).toBe(201);
      expect((await get('svr2')).body.name).toBe('Et spor med små bogstaver');
      expect((await get('SVR2')).body.name).toBe('Sammenhængende velfærdsressourcer');
    });

    it('records one audit row with the created track as "after"', async () => {
      const res = await post(svrBody({ code: 'AUD' }));
      expect(await auditOf('AUD')).toEqual([
        { actor: s.financeEmail, action: 'create', entityType: 'track', entityId: 'AUD', before: null, after: res.body },
      ]);
    });
  });

  describe('GET /api/tracks', () => {
    it('lists by code in Unicode code point order, not Danish collation', async () => {
      const created = ['Øko', 'Æble', 'sau', 'Å1', 'SAU'];
      for (const code of created) expect((await post(svrBody({ code }))).status).toBe(201);
      const res = await s.t.request('GET', '/api/tracks', { token: committee });
      expect(res.status).toBe(200);
      const codes: string[] = res.body.map((track: { code: string }) => track.code);
      // Danish would put Æ Ø Å last in that order; code points give Å (C5) < Æ (C6) < Ø (D8).
      expect(codes.filter((c) => created.includes(c))).toEqual(['SAU', 'sau', 'Å1', 'Æble', 'Øko']);
      expect(codes.indexOf('SVR')).toBeLessThan(codes.indexOf('svr2'));
      expect(res.body.find((track: { code: string }) => track.code === 'Æble')).toEqual({ ...SVR, code: 'Æble' });
    });

    it('finds a track by its percent-encoded code', async () => {
      expect((await post(svrBody({ code: 'ÆHU' }))).status).toBe(201);
      const res = await s.t.request('GET', '/api/tracks/%C3%86HU', { token: director });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...SVR, code: 'ÆHU' });
    });

    it('answers an unknown track with 404', async () => {
      const res = await get('UKENDT');
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Sporet UKENDT findes ikke' });
      expect((await get('ukendt\u0000')).status).toBe(404);
    });
  });

  describe('PATCH /api/tracks/:code', () => {
    it('changes what is sent, replaces the shares and bumps the version', async () => {
      await post(svrBody({ code: 'PAT' }));
      const changes = {
        name: 'Livskvalitet på egne vilkår',
        description: 'Tilføjet sommeren 2012.',
        administrationCode: 'SAF',
        startYear: 2014,
        status: 'closed',
        dependsOnFreeMunicipality: true,
        shares: [{ committeeCode: 'SAU', weight: '3' }, { committeeCode: 'ØU', weight: '0.000001' }],
      };
      const res = await patch('PAT', { ...changes, version: 1 });
      const expected = { code: 'PAT', ...changes, version: 2 };
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expected);
      expect((await get('PAT')).body).toEqual(expected);
    });

    it('keeps the shares and other fields when only the name is sent; null clears the description', async () => {
      await post(svrBody({ code: 'ONE', description: 'Midlertidig' }));
      const res = await patch('ONE', { name: 'Nyt navn', description: null, version: 1 });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...SVR, code: 'ONE', name: 'Nyt navn', version: 2 });
    });

    it('records the update with before and after exactly as the API returned them', async () => {
      const created = await post(svrBody({ code: 'AUP' }));
      const updated = await patch('AUP', { status: 'paused', shares: [{ committeeCode: 'SAU', weight: '1' }], version: 1 });
      const rows = await auditOf('AUP');
      expect(rows).toHaveLength(2);
      expect(rows[1]).toEqual({ actor: s.financeEmail, action: 'update', entityType: 'track', entityId: 'AUP', before: created.body, after: updated.body });
    });

    it('answers a stale version with 409 and changes nothing', async () => {
      await post(svrBody({ code: 'OLD' }));
      expect((await patch('OLD', { name: 'Første', version: 1 })).status).toBe(200);
      const current = (await get('OLD')).body;
      const res = await patch('OLD', { name: 'Anden', shares: [{ committeeCode: 'ØU', weight: '1' }], version: 1 });
      expect(res.status).toBe(409);
      expect(res.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: 'Sporet OLD er blevet ændret af en anden, siden du hentede version 1. Hent den nyeste version, og prøv igen.',
      });
      expect((await get('OLD')).body).toEqual(current);
      expect(await auditOf('OLD')).toHaveLength(2);
    });

    it('answers an unknown track with 404', async () => {
      const res = await patch('UKENDT', { name: 'x', version: 1 });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Sporet UKENDT findes ikke' });
      expect((await patch('ukendt\u0000', { name: 'x', version: 1 })).status).toBe(404);
    });

    it('lets exactly one of 12 concurrent writers with the same version win', async () => {
      await post(svrBody({ code: 'RACE' }));
      const bodies = Array.from({ length: 12 }, (_, i) => ({
        name: `Skribent ${i}`,
        startYear: 2014 + i,
        shares: [{ committeeCode: i % 2 ? 'SAU' : 'ØU', weight: `${i + 1}` }],
        version: 1,
      }));
      const results = await Promise.all(bodies.map((body) => patch('RACE', body)));
      const winners = results.filter((r) => r.status === 200);
      expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(11).fill(409)]);
      const winner = bodies[results.findIndex((r) => r.status === 200)];
      expect(winners[0].body).toEqual({ ...SVR, code: 'RACE', ...winner, version: 2 });
      expect((await get('RACE')).body).toEqual(winners[0].body);
      expect((await auditOf('RACE')).map((row: { action: string }) => row.action)).toEqual(['create', 'update']);
    });
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const doc = (await s.t.request('GET', '/api/docs-json')).body;
    expect(Object.keys(doc.paths['/api/tracks'])).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/tracks/{code}'])).toEqual(['get', 'patch']);
    expect(doc.components.schemas.UpdateTrackDto.required).toEqual(['version']);
    expect(doc.components.schemas.UpdateTrackDto.properties.code).toBeUndefined();
  });

  describe('sessions and roles', () => {
    it('needs a session for every route', async () => {
      for (const [method, path] of [['GET', '/api/tracks'], ['GET', '/api/tracks/SVR'], ['POST', '/api/tracks'], ['PATCH', '/api/tracks/SVR']]) {
        const res = await s.t.request(method, path, { body: method === 'GET' ? undefined : svrBody() });
        expect(res.status).toBe(401);
        expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Du skal være logget ind' });
      }
    });

    it.each([['director'], ['committee']])('refuses writes by a %s user with 403 and lets them read', async (role) => {
      const token = role === 'director' ? director : committee;
      const forbidden = { statusCode: 403, error: 'Forbidden', message: 'Din rolle må ikke gøre dette' };
      expect(await post(svrBody({ code: `X${role}` }), token)).toMatchObject({ status: 403, body: forbidden });
      expect(await patch('SVR', { name: 'x', version: 1 }, token)).toMatchObject({ status: 403, body: forbidden });
      expect((await get(`X${role}`)).status).toBe(404);
      expect((await get('SVR', token)).body).toEqual(SVR);
    });
  });
});
