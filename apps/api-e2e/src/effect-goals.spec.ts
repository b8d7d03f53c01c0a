import SwaggerParser from '@apidevtools/swagger-parser';
import { startTestApp, TestApp } from './support/test-app';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** An Odensemål as finance enters it. */
const ODENSEMAAL = { title: 'Flere borgere er i job', description: 'Odensemål om beskæftigelse.', level: 'municipal' };

/** A quantitative indicator: employment up from 71.2 % (2016) to 75 % (2020). */
const EMPLOYMENT = {
  name: 'Andel af 25-64-årige i beskæftigelse',
  kind: 'quantitative',
  unit: 'pct.',
  direction: 'higher',
  baselineYear: 2016,
  baselineValue: '71.20',
  targetYear: 2020,
  targetValue: '75',
};

describe('effect goals, indicators and yearly values over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let finance: string;
  let director: string;
  let sau: string;
  let aehu: string;
  let municipal: { id: string; version: number };
  let committeeGoal: { id: string; version: number };
  let indicatorId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    admin = await t.adminToken();
    [finance, director, sau, aehu] = await Promise.all([
      t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU']), t.tokenFor('committee', ['ÆHU']),
    ]);
    for (const code of ['SELV', 'SVR']) {
      const res = await t.request('POST', '/api/tracks', {
        token: finance,
        body: { code, name: `Spor ${code}`, administrationCode: 'SAF', startYear: 2016, shares: [{ committeeCode: 'SAU', weight: '1' }] },
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  const post = (body: unknown, token = finance) => t.request('POST', '/api/effect-goals', { token, body });
  const patch = (id: string, body: unknown, token = finance) => t.request('PATCH', `/api/effect-goals/${id}`, { token, body });
  const putValue = (id: string, year: number | string, body: unknown, token = finance) =>
    t.request('PUT', `/api/indicators/${id}/values/${year}`, { token, body });
  const audit = async (entityType: string, entityId: string) =>
    (await t.request('GET', `/api/audit?entityType=${entityType}&entityId=${encodeURIComponent(entityId)}`, { token: finance })).body;

  describe('goals', () => {
    it('lets finance create an Odensemål and admin a committee goal under it, linked to tracks', async () => {
      const created = await post(ODENSEMAAL);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/), ...ODENSEMAAL, parentId: null, committeeCodes: [], trackCodes: [], indicators: [], version: 1,
      });
      municipal = created.body;
      const child = await post({ title: 'Flere ledige i job via virksomhedsrettede forløb', level: 'committee', parentId: municipal.id, committeeCodes: ['SAU'], trackCodes: ['SVR', 'SELV'] }, admin);
      expect(child.status).toBe(201);
      expect(child.body).toMatchObject({ level: 'committee', parentId: municipal.id, description: null, committeeCodes: ['SAU'], trackCodes: ['SELV', 'SVR'], version: 1 });
      committeeGoal = child.body;
      const rows = await audit('effect_goal', committeeGoal.id);
      expect(rows).toEqual([expect.objectContaining({ action: 'create', actor: 'admin@test.dk', before: null, after: child.body })]);
    });

    it('lists goals in creation order for every role, filtered by level, committee and track', async () => {
      const all = await t.request('GET', '/api/effect-goals', { token: director });
      expect(all.status).toBe(200);
      expect(all.body.map((g: { id: string }) => g.id)).toEqual([municipal.id, committeeGoal.id]);
      const byTrack = await t.request('GET', '/api/effect-goals?trackCode=SELV', { token: sau });
      expect(byTrack.body.map((g: { id: string }) => g.id)).toEqual([committeeGoal.id]);
      const municipalOnly = await t.request('GET', '/api/effect-goals?level=municipal', { token: aehu });
      expect(municipalOnly.body.map((g: { id: string }) => g.id)).toEqual([municipal.id]);
      expect((await t.request('GET', '/api/effect-goals?committeeCode=ÆHU', { token: director })).body).toEqual([]);
      const bad = await t.request('GET', '/api/effect-goals?level=city', { token: director });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['level: skal være municipal eller committee']);
    });

    it('refuses bad fields with 400, naming each', async () => {
      const res = await post({ title: '', level: 'city', parentId: 'x', committeeCodes: ['SAU', 'SAU'], extra: 1 });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(expect.arrayContaining([
        'title: skal være 1–200 tegn',
        'level: skal være municipal eller committee',
        'parentId: skal være et måls id (en uuid)',
        'committeeCodes: SAU står mere end én gang',
        'extra: feltet kendes ikke',
      ]));
      const unknown = await post({ title: 'Mål', level: 'committee', committeeCodes: ['SAU', 'XX'], trackCodes: ['NOPE'] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toEqual(['committeeCodes.1: udvalget XX findes ikke', 'trackCodes.0: sporet NOPE findes ikke']);
    });

    it('keeps to two levels: committee goals with committees under Odensemål', async () => {
      expect((await post({ title: 'Mål', level: 'committee' })).body.message).toEqual(['committeeCodes: et udvalgsmål skal have mindst ét udvalg']);
      expect((await post({ ...ODENSEMAAL, parentId: municipal.id })).body.message).toEqual([
        'parentId: et Odensemål (level municipal) ligger ikke under et andet mål; send null',
      ]);
      expect((await post({ title: 'Mål', level: 'committee', committeeCodes: ['SAU'], parentId: committeeGoal.id })).body.message).toEqual([
        'parentId: skal være et Odensemål (level municipal), ikke et udvalgsmål',
      ]);
      expect((await post({ title: 'Mål', level: 'committee', committeeCodes: ['SAU'], parentId: NO_SUCH_ID })).body.message).toEqual([
        `parentId: effektmålet ${NO_SUCH_ID} findes ikke`,
      ]);
      const demote = await patch(municipal.id, { level: 'committee', committeeCodes: ['ØU'], version: 1 });
      expect(demote.status).toBe(400);
      expect(demote.body.message).toEqual(['level: målet har udvalgsmål under sig og skal derfor forblive municipal']);
    });

    it('lets only finance and admin write goals', async () => {
      for (const token of [director, sau]) {
        expect((await post(ODENSEMAAL, token)).status).toBe(403);
        expect((await patch(municipal.id, { title: 'x', version: 1 }, token)).status).toBe(403);
      }
    });

    it('answers 404 for unknown goals', async () => {
      expect((await t.request('GET', `/api/effect-goals/${NO_SUCH_ID}`, { token: director })).status).toBe(404);
      expect((await t.request('GET', '/api/effect-goals/not-a-uuid', { token: director })).status).toBe(404);
      const res = await patch(NO_SUCH_ID, { title: 'x', version: 1 });
      expect(res.status).toBe(404);
      expect(res.body.message).toBe(`Effektmålet ${NO_SUCH_ID} findes ikke`);
    });

    it('updates with the version read, replaces the track links, and refuses a stale version (409)', async () => {
      const res = await patch(committeeGoal.id, { title: 'Flere ledige i job', trackCodes: ['SELV'], version: 1 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ title: 'Flere ledige i job', trackCodes: ['SELV'], committeeCodes: ['SAU'], version: 2 });
      const stale = await patch(committeeGoal.id, { title: 'Forældet', trackCodes: [], version: 1 });
      expect(stale.status).toBe(409);
      const now = await t.request('GET', `/api/effect-goals/${committeeGoal.id}`, { token: director });
      expect(now.body).toMatchObject({ title: 'Flere ledige i job', trackCodes: ['SELV'], version: 2 });
      const rows = await audit('effect_goal', committeeGoal.id);
      expect(rows.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
      expect(rows[0].before).toMatchObject({ trackCodes: ['SELV', 'SVR'], version: 1 });
      expect(rows[0].after).toEqual(now.body);
      const missingVersion = await patch(committeeGoal.id, { title: 'x' });
      expect(missingVersion.body.message).toEqual(['version: skal være den version, du læste (et heltal fra 1)']);
    });
  });

  describe('indicators', () => {
    it('creates a quantitative indicator with exact, canonical decimals', async () => {
      const res = await t.request('POST', `/api/effect-goals/${committeeGoal.id}/indicators`, { token: finance, body: EMPLOYMENT });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String), goalId: committeeGoal.id, description: null, ...EMPLOYMENT, baselineValue: '71.2', values: [], version: 1,
      });
      indicatorId = res.body.id;
      const goal = await t.request('GET', `/api/effect-goals/${committeeGoal.id}`, { token: sau });
      expect(goal.body.indicators).toEqual([res.body]);
      expect(await audit('effect_indicator', indicatorId)).toEqual([expect.objectContaining({ action: 'create', after: res.body })]);
    });

    it('refuses an indicator that does not hold together, naming each field', async () => {
      const create = (body: unknown) => t.request('POST', `/api/effect-goals/${committeeGoal.id}/indicators`, { token: finance, body });
      const missing = await create({ name: 'Ledighed', kind: 'quantitative', unit: 'pct.' });
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual([
        'direction: skal udfyldes for en kvantitativ indikator',
        'baselineYear: skal udfyldes for en kvantitativ indikator',
        'baselineValue: skal udfyldes for en kvantitativ indikator',
        'targetYear: skal udfyldes for en kvantitativ indikator',
        'targetValue: skal udfyldes for en kvantitativ indikator',
      ]);
      const backwards = await create({ ...EMPLOYMENT, targetValue: '70', targetYear: 2015 });
      expect(backwards.body.message).toEqual([
        'targetYear: skal være senere end baselineYear (2016)',
        'targetValue: skal være større end baselineValue (71.20), når direction er higher',
      ]);
      const numbers = await create({ ...EMPLOYMENT, baselineValue: 71.2, targetValue: '75,5' });
      expect(numbers.body.message).toEqual([
        'baselineValue: skal være et decimaltal som tekst, fx "72.5"',
        'targetValue: skal være et decimaltal med punktum som decimaltegn og uden tusindtalsseparator, fx "72.5"',
      ]);
      const qualitative = await create({ name: 'Trivsel', kind: 'qualitative', unit: 'pct.' });
      expect(qualitative.body.message).toEqual(['unit: skal være null eller udeladt for en kvalitativ indikator']);
      expect((await t.request('POST', `/api/effect-goals/${NO_SUCH_ID}/indicators`, { token: finance, body: EMPLOYMENT })).status).toBe(404);
      expect((await t.request('POST', `/api/effect-goals/${committeeGoal.id}/indicators`, { token: director, body: EMPLOYMENT })).status).toBe(403);
    });

    it('patches the merged indicator with its version; 409 when stale', async () => {
      const res = await t.request('PATCH', `/api/indicators/${indicatorId}`, { token: admin, body: { targetValue: '76.5', version: 1 } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ targetValue: '76.5', baselineValue: '71.2', version: 2 });
      const stale = await t.request('PATCH', `/api/indicators/${indicatorId}`, { token: finance, body: { targetValue: '80', version: 1 } });
      expect(stale.status).toBe(409);
      const wrong = await t.request('PATCH', `/api/indicators/${indicatorId}`, { token: finance, body: { direction: 'lower', version: 2 } });
      expect(wrong.body.message).toEqual(['targetValue: skal være mindre end baselineValue (71.2), når direction er lower']);
      expect((await t.request('PATCH', `/api/indicators/${indicatorId}`, { token: sau, body: { name: 'x', version: 2 } })).status).toBe(403);
      expect((await t.request('GET', `/api/indicators/${indicatorId}`, { token: director })).body).toMatchObject({ targetValue: '76.5', version: 2 });
    });
  });

  describe('yearly values', () => {
    it('lets a committee user of the owning committee enter a value, created without a version', async () => {
      const res = await putValue(indicatorId, 2018, { value: '73.40', sourceNote: 'Danmarks Statistik, RAS300' }, sau);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        year: 2018, value: '73.4', sourceNote: 'Danmarks Statistik, RAS300', assessment: null, status: null, version: 1,
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), updatedBy: 'committee3@test.dk',
      });
      const rows = await audit('effect_indicator_value', `${indicatorId}/2018`);
      expect(rows).toEqual([expect.objectContaining({ action: 'create', actor: 'committee3@test.dk', before: null, after: res.body })]);
    });

    it('replaces a value only with the current version (409 otherwise)', async () => {
      expect((await putValue(indicatorId, 2018, { value: '74' }, sau)).status).toBe(409);
      const replaced = await putValue(indicatorId, 2018, { value: '74', version: 1 });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({ value: '74', sourceNote: null, version: 2, updatedBy: 'finance1@test.dk' });
      const stale = await putValue(indicatorId, 2018, { value: '1', version: 1 }, sau);
      expect(stale.status).toBe(409);
      expect((await putValue(indicatorId, 2019, { value: '1', version: 1 })).status).toBe(409);
      const indicator = await t.request('GET', `/api/indicators/${indicatorId}`, { token: director });
      expect(indicator.body.values).toEqual([replaced.body]);
    });

    it('refuses other committees, directors, and committees on goals they do not own (403)', async () => {
      const other = await putValue(indicatorId, 2019, { value: '74' }, aehu);
      expect(other.status).toBe(403);
      expect(other.body.message).toContain('SAU');
      expect((await putValue(indicatorId, 2019, { value: '74' }, director)).status).toBe(403);
      const qualitative = await t.request('POST', `/api/effect-goals/${municipal.id}/indicators`, {
        token: finance, body: { name: 'Borgernes oplevelse af samarbejdet', kind: 'qualitative' },
      });
      expect(qualitative.status).toBe(201);
      expect((await putValue(qualitative.body.id, 2018, { assessment: 'God', status: 'on_track' }, sau)).status).toBe(403);
      const byFinance = await putValue(qualitative.body.id, 2018, { assessment: 'Dialogmøder viser bedre samarbejde.', status: 'on_track', sourceNote: 'Illustrativ værdi' });
      expect(byFinance.status).toBe(201);
      expect(byFinance.body).toMatchObject({ value: null, assessment: 'Dialogmøder viser bedre samarbejde.', status: 'on_track' });
      const switchKind = await t.request('PATCH', `/api/indicators/${qualitative.body.id}`, { token: finance, body: { ...EMPLOYMENT, version: 1 } });
      expect(switchKind.status).toBe(409);
    });

    it('refuses values that do not fit the indicator, naming each field (400)', async () => {
      const quantitative = await putValue(indicatorId, 2020, { status: 'on_track', assessment: 'x' });
      expect(quantitative.status).toBe(400);
      expect(quantitative.body.message).toEqual([
        'value: skal udfyldes for en kvantitativ indikator',
        'status: beregnes for en kvantitativ indikator og skal være null eller udeladt',
      ]);
      expect((await putValue(indicatorId, 2020, { value: 74 })).body.message).toEqual(['value: skal være et decimaltal som tekst, fx "72.5"']);
      expect((await putValue(indicatorId, 1800, { value: '74' })).body.message).toEqual(['year: skal være et årstal fra 1900 til 2200']);
      expect((await putValue(indicatorId, 'abc', { value: '74' })).body.message).toEqual(['year: skal være et årstal (heltal), fx 2014']);
      expect((await putValue(NO_SUCH_ID, 2020, { value: '74' })).status).toBe(404);
    });
  });

  it('documents every effect endpoint in a valid OpenAPI document', async () => {
    const res = await t.request('GET', '/api/docs-json');
    const api = await SwaggerParser.validate(res.body);
    expect(Object.keys(api.paths ?? {})).toEqual(expect.arrayContaining([
      '/api/effect-goals', '/api/effect-goals/{id}', '/api/effect-goals/{id}/indicators', '/api/indicators/{id}',
      '/api/indicators/{id}/values/{year}', '/api/effect-account/{year}', '/api/analysis/tracks/{code}',
      '/api/analysis/committees/{code}', '/api/analysis/administrations/{code}', '/api/price-indices', '/api/price-indices/{year}',
    ]));
  });
});
