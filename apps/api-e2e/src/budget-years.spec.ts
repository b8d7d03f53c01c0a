import { ConflictException, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';
import { assertYearOpen } from '@budgetspor/server/budget-years';

const VERSION_ERROR = expect.stringMatching(/^version: \S/);

describe('budget years over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let director: string;
  let committee: string;

  const post = (body: unknown, token = finance) => t.request('POST', '/api/budget-years', { token, body });
  const patch = (year: number | string, body: unknown, token = finance) => t.request('PATCH', `/api/budget-years/${year}`, { token, body });
  const audit = (entityId: string) =>
    t.app.get(DataSource).query(
      `SELECT actor, action, before, after FROM audit_log WHERE entity_type = 'budget_year' AND entity_id = $1 ORDER BY id`,
      [entityId],
    );
  const draft = (year: number, extra: object = {}) => ({
    year, title: `Budget ${year}`, priceLevelYear: year, status: 'draft', periodYears: [year, year + 1, year + 2, year + 3], version: 1, ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    [finance, director, committee] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU'])]);
  });
  afterAll(() => t.close());

  describe('POST /api/budget-years', () => {
    it('creates a draft round covering the year and three projection years, price level defaulting to the year', async () => {
      const res = await post({ year: 2014, title: 'Budget 2014' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(draft(2014));
      expect(await audit('2014')).toEqual([{ actor: 'finance1@test.dk', action: 'create', before: null, after: draft(2014) }]);
    });

    it('keeps an explicit price level', async () => {
      const res = await post({ year: 2013, title: 'Budget 2013', priceLevelYear: 2012 });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(draft(2013, { priceLevelYear: 2012 }));
    });

    it('refuses a year that exists with 409, and changes nothing', async () => {
      const res = await post({ year: 2014, title: 'Igen' });
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ statusCode: 409, error: 'Conflict', message: 'Budgetåret 2014 findes allerede' });
      expect((await t.request('GET', '/api/budget-years/2014', { token: finance })).body.title).toBe('Budget 2014');
    });

    it('lets exactly one of three concurrent creators of the same year win', async () => {
      const results = await Promise.all([1, 2, 3].map((i) => post({ year: 2030, title: `Kapløb ${i}` })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      expect(await audit('2030')).toHaveLength(1);
    });

    it.each([
      [{ year: '2014', title: 'x' }, 'year: skal være et årstal (heltal)'],
      [{ year: 2014.5, title: 'x' }, 'year: skal være et årstal (heltal)'],
      [{ year: 1899, title: 'x' }, 'year: skal være et årstal fra 1900'],
      [{ year: 2201, title: 'x' }, 'year: skal være et årstal til og med 2200'],
      [{ title: 'x' }, 'year: skal være et årstal (heltal)'],
      [{ year: 2040 }, 'title: skal være tekst'],
      [{ year: 2040, title: '' }, 'title: skal være 1–200 tegn'],
      [{ year: 2040, title: 'x'.repeat(201) }, 'title: skal være 1–200 tegn'],
      [{ year: 2040, title: 'a\u0000b' }, 'title: må ikke indeholde tegnet \\u0000'],
      [{ year: 2040, title: 'x', priceLevelYear: '2014' }, 'priceLevelYear: skal være et årstal (heltal)'],
      [{ year: 2040, title: 'x', priceLevelYear: null }, 'priceLevelYear: skal være et årstal (heltal)'],
      [{ year: 2040, title: 'x', status: 'agreed' }, 'status: feltet kendes ikke'],
    ])('answers %j with 400 naming the field', async (body, message) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('Bad Request');
      expect(res.body.message).toContain(message);
      expect((await t.request('GET', '/api/budget-years/2040', { token: finance })).status).toBe(404);
    });

    it('needs a session (401) and the finance role (403)', async () => {
      expect((await post({ year: 2041, title: 'x' }, '')).status).toBe(401);
      for (const token of [director, committee]) {
        const res = await post({ year: 2041, title: 'x' }, token);
        expect(res.status).toBe(403);
        expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Din rolle må ikke gøre dette' });
      }
    });
  });

  describe('GET', () => {
    it('lists every round ascending by year, to every role', async () => {
      await post({ year: 2012, title: 'Budget 2012' });
      for (const token of [finance, director, committee]) {
        const res = await t.request('GET', '/api/budget-years', { token });
        expect(res.status).toBe(200);
        expect(res.body.map((y: { year: number }) => y.year)).toEqual([2012, 2013, 2014, 2030]);
      }
      const res = await t.request('GET', '/api/budget-years', { token: director });
      expect(res.body[0]).toEqual(draft(2012));
    });

    it('reads one round', async () => {
      const res = await t.request('GET', '/api/budget-years/2014', { token: committee });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(draft(2014));
    });

    it('answers an unknown year with 404', async () => {
      const res = await t.request('GET', '/api/budget-years/2099', { token: finance });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2099 findes ikke' });
    });

    it.each(['abc', '2014.5', '-2014', '02014', '99999999999', '1e3'])('answers the year %p with 400, never 500', async (year) => {
      const res = await t.request('GET', `/api/budget-years/${year}`, { token: finance });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: ['year: skal være et årstal (heltal), fx 2014'] });
    });

    it('needs a session', async () => {
      expect((await t.request('GET', '/api/budget-years')).status).toBe(401);
      expect((await t.request('GET', '/api/budget-years/2014')).status).toBe(401);
    });
  });

  describe('PATCH /api/budget-years/:year', () => {
    beforeAll(async () => {
      await post({ year: 2015, title: 'Budget 2015' });
    });

    it('changes title and price level, bumps the version and audits before and after', async () => {
      const res = await patch(2015, { title: 'Budget 2015 – NY-NY', priceLevelYear: 2015, version: 1 });
      expect(res.status).toBe(200);
      const after = draft(2015, { title: 'Budget 2015 – NY-NY', version: 2 });
      expect(res.body).toEqual(after);
      const rows = await audit('2015');
      expect(rows[rows.length - 1]).toEqual({ actor: 'finance1@test.dk', action: 'update', before: draft(2015), after });
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const res = await patch(2015, { title: 'Gammel', version: 1 });
      expect(res.status).toBe(409);
      // The wording is server-common's (updateVersioned); what matters here is that it names the year and the stale version.
      expect(res.body).toEqual({ statusCode: 409, error: 'Conflict', message: expect.stringMatching(/^Budgetåret 2015 .*ændret af en anden.*version 1\b/) });
      expect((await t.request('GET', '/api/budget-years/2015', { token: finance })).body.title).toBe('Budget 2015 – NY-NY');
    });

    it('lets one of five concurrent writers with the same version win', async () => {
      const results = await Promise.all([1, 2, 3, 4, 5].map((i) => patch(2015, { title: `Skriver ${i}`, version: 2 })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
      expect((await t.request('GET', '/api/budget-years/2015', { token: finance })).body.version).toBe(3);
    });

    it('moves status forward by one step and by several', async () => {
      const one = await patch(2015, { status: 'framework_announced', version: 3 });
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ status: 'framework_announced', version: 4 });
      const two = await patch(2013, { status: 'agreed', version: 1 });
      expect(two.status).toBe(200);
      expect(two.body).toEqual(draft(2013, { priceLevelYear: 2012, status: 'agreed', version: 2 }));
    });

    it.each([
      ['framework_announced', 'Budgetåret 2015 har allerede status framework_announced; status går kun fremad: draft → framework_announced → agreed → closed'],
      ['draft', 'Budgetåret 2015 kan ikke gå tilbage fra framework_announced til draft; status går kun fremad: draft → framework_announced → agreed → closed'],
    ])('refuses the status %p (same or backward) with 409', async (status, message) => {
      const res = await patch(2015, { status, version: 4 });
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ statusCode: 409, error: 'Conflict', message });
      expect((await t.request('GET', '/api/budget-years/2015', { token: finance })).body).toMatchObject({ status: 'framework_announced', version: 4 });
    });

    it('closes a round, after which every write is 409', async () => {
      const closed = await patch(2015, { status: 'closed', version: 4 });
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
      for (const body of [{ title: 'Efter lukning', version: 5 }, { version: 5 }, { status: 'closed', version: 5 }]) {
        const res = await patch(2015, body);
        expect(res.status).toBe(409);
        expect(res.body).toEqual({ statusCode: 409, error: 'Conflict', message: 'Budgetåret 2015 er lukket, og intet under det kan ændres længere' });
      }
      expect((await t.request('GET', '/api/budget-years/2015', { token: finance })).body.version).toBe(5);
    });

    it.each([
      // server-common owns the wording of `version` errors; here it only has to name the field.
      [{ title: 'x' }, VERSION_ERROR],
      [{ version: 0 }, VERSION_ERROR],
      [{ version: 2_147_483_648 }, VERSION_ERROR],
      [{ version: '1' }, VERSION_ERROR],
      [{ status: 'vedtaget', version: 1 }, 'status: skal være draft, framework_announced, agreed eller closed'],
      [{ status: null, version: 1 }, 'status: skal være draft, framework_announced, agreed eller closed'],
      [{ title: null, version: 1 }, 'title: skal være tekst'],
      [{ priceLevelYear: 1800, version: 1 }, 'priceLevelYear: skal være et årstal fra 1900'],
      [{ year: 2016, version: 1 }, 'year: feltet kendes ikke'],
    ])('answers %j with 400 naming the field', async (body, message) => {
      const res = await patch(2014, body);
      expect(res.status).toBe(400);
      expect(res.body.message).toContainEqual(message);
      expect((await t.request('GET', '/api/budget-years/2014', { token: finance })).body.version).toBe(1);
    });

    it('answers an unknown year with 404 and a non-integer year with 400', async () => {
      expect((await patch(2099, { title: 'x', version: 1 })).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2099 findes ikke' });
      expect((await patch('x', { title: 'x', version: 1 })).status).toBe(400);
    });

    it('needs a session (401) and the finance role (403)', async () => {
      expect((await patch(2014, { title: 'x', version: 1 }, '')).status).toBe(401);
      for (const token of [director, committee]) expect((await patch(2014, { title: 'x', version: 1 }, token)).status).toBe(403);
      expect((await t.request('GET', '/api/budget-years/2014', { token: finance })).body).toEqual(draft(2014));
    });
  });

  describe('assertYearOpen', () => {
    const db = () => t.app.get(DataSource);

    it('returns the round, 404s an unknown year and 409s a closed one', async () => {
      await expect(db().transaction((m) => assertYearOpen(m, 2014))).resolves.toEqual(draft(2014));
      await expect(db().transaction((m) => assertYearOpen(m, 2099))).rejects.toThrow(new NotFoundException('Budgetåret 2099 findes ikke'));
      const closed = db().transaction((m) => assertYearOpen(m, 2015));
      await expect(closed).rejects.toBeInstanceOf(ConflictException);
      await expect(closed).rejects.toThrow(/^Budgetåret 2015 er lukket/);
    });

    it('holds the row lock until the transaction ends', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = db().transaction(async (m) => {
        await assertYearOpen(m, 2014);
        locked();
        await held;
      });
      await isLocked;
      const waiter = db().transaction(async (m) => {
        await m.query(`SET LOCAL lock_timeout = '200ms'`);
        await assertYearOpen(m, 2014);
      });
      await expect(waiter).rejects.toMatchObject({ code: '55P03' });
      release();
      await holder;
    });
  });
});
