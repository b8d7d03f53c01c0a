import { auditRows, createBudgetYear, frameworkBody, insertTrack } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MISSING = '00000000-0000-4000-8000-000000000000';
const ROLE_FORBIDDEN = { statusCode: 403, error: 'Forbidden', message: 'Din rolle må ikke gøre dette' };

/** Today in Copenhagen, and `days` from it, as the API counts them. */
function day(days = 0): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('milestones (årshjul) over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let financeEmail: string;
  let director: string;
  let sau: string;
  let aehu: string;

  const create = (year: number, body: Record<string, unknown>, token = finance) =>
    t.request('POST', `/api/budget-years/${year}/milestones`, { token, body });
  const patch = (id: string, body: unknown, token = finance) => t.request('PATCH', `/api/milestones/${id}`, { token, body });
  const list = async (year: number, token = director) => (await t.request('GET', `/api/budget-years/${year}/milestones`, { token })).body;
  const milestone = async (year: number, date: string, kind: string, extra: Record<string, unknown> = {}) => {
    const res = await create(year, { date, title: `${kind} ${date}`, kind, responsibleRole: 'finance', ...extra });
    if (res.status !== 201) throw new Error(`milestone: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    [finance, director, sau, aehu] = await Promise.all([
      t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU']), t.tokenFor('committee', ['ÆHU']),
    ]);
    financeEmail = (await t.request('GET', '/api/auth/me', { token: finance })).body.email;
    for (const year of [2013, 2014, 2015, 2016, 2017, 2019, 2020, 2040]) await createBudgetYear(t, finance, year);
    await insertTrack(t, 'SELV', 'SAF', { SAU: '1' });
  });
  afterAll(() => t.close());

  describe('create, read, change and delete', () => {
    it('lets finance create a milestone, returned whole with version 1 and audited', async () => {
      const res = await create(2014, { date: '2013-02-06', title: 'ØU: rammeudmelding for budget 2014', kind: 'framework_announcement', responsibleCommitteeCode: 'ØU' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID), budgetYear: 2014, date: '2013-02-06', title: 'ØU: rammeudmelding for budget 2014', description: '',
        kind: 'framework_announcement', responsibleRole: null, responsibleCommitteeCode: 'ØU', status: 'planned', frameworkRevision: null,
        followUpRoundId: null, warnings: [], version: 1, updatedAt: expect.stringMatching(ISO), updatedBy: financeEmail,
      });
      expect((await t.request('GET', `/api/milestones/${res.body.id}`, { token: sau })).body).toEqual(res.body);
      expect(await auditRows(t, 'milestone', res.body.id)).toEqual([{ actor: financeEmail, action: 'create', before: null, after: res.body }]);
    });

    it('lists the year in date order to every role; 404 for an unknown year', async () => {
      await milestone(2016, '2015-10-08', 'adoption');
      await milestone(2016, '2015-02-04', 'framework_announcement');
      await milestone(2016, '2015-09-10', 'first_reading');
      for (const token of [director, sau, finance, await t.adminToken()]) {
        expect((await list(2016, token)).map((m: { date: string }) => m.date)).toEqual(['2015-02-04', '2015-09-10', '2015-10-08']);
      }
      expect(await t.request('GET', '/api/budget-years/2099/milestones', { token: director })).toMatchObject({
        status: 404, body: { message: 'Budgetåret 2099 findes ikke' },
      });
    });

    it('changes only what is sent, bumps the version, and lets a role replace the committee', async () => {
      const before = await milestone(2014, '2013-05-01', 'other', { responsibleRole: null, responsibleCommitteeCode: 'SAU' });
      const res = await patch(before.id, { status: 'done', responsibleRole: 'committee', version: 1 });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...before, status: 'done', responsibleRole: 'committee', responsibleCommitteeCode: null, version: 2, updatedAt: expect.stringMatching(ISO) });
      const audit = await auditRows(t, 'milestone', before.id);
      expect(audit.at(-1)).toEqual({ actor: financeEmail, action: 'update', before, after: res.body });
    });

    it('links a milestone to a framework revision or a follow-up round of its own year, one at a time', async () => {
      expect((await t.request('POST', '/api/budget-years/2014/frameworks', { token: finance, body: frameworkBody(2014) })).status).toBe(201);
      const round = await t.request('POST', '/api/budget-years/2014/follow-up-rounds', { token: finance, body: { asOf: '2014-03-31', deadline: '2014-04-15' } });
      expect(round.status).toBe(201);
      const m = await milestone(2014, '2013-02-06', 'framework_announcement', { frameworkRevision: 1 });
      expect(m).toMatchObject({ frameworkRevision: 1, followUpRoundId: null });
      const moved = await patch(m.id, { followUpRoundId: round.body.id, version: 1 });
      expect(moved.body).toMatchObject({ frameworkRevision: null, followUpRoundId: round.body.id, version: 2 });
      const both = await patch(m.id, { frameworkRevision: 1, followUpRoundId: round.body.id, version: 2 });
      expect(both.body.message).toEqual(['frameworkRevision: en milepæl kan højst linke til én ting (frameworkRevision eller followUpRoundId)']);
    });

    it('deletes with the version it read: 204, then gone, audited; a stale version is 409', async () => {
      const m = await milestone(2014, '2013-06-01', 'other');
      expect((await t.request('DELETE', `/api/milestones/${m.id}?version=2`, { token: finance })).status).toBe(409);
      expect((await t.request('DELETE', `/api/milestones/${m.id}?version=1`, { token: finance })).status).toBe(204);
      expect((await t.request('GET', `/api/milestones/${m.id}`, { token: finance })).status).toBe(404);
      expect((await auditRows(t, 'milestone', m.id)).at(-1)).toEqual({ actor: financeEmail, action: 'delete', before: m, after: null });
    });
  });

  describe('refusals', () => {
    it.each([
      [{ date: '2013-02-30', title: 'x', kind: 'other', responsibleRole: 'finance' }, ['date: skal være en gyldig dato på formen ÅÅÅÅ-MM-DD, fx "2012-02-08"']],
      [{ date: '2013-02-01', kind: 'meeting', responsibleRole: 'boss' }, [
        'title: skal være 1–200 tegn', 'title: skal være tekst',
        'kind: skal være framework_announcement, first_reading, second_reading, adoption, follow_up eller other',
        'responsibleRole: skal være admin, finance, committee eller director',
      ]],
      [{ date: '2013-02-01', title: 'x', kind: 'other', responsibleRole: 'finance', version: 1 }, ['version: feltet kendes ikke']],
      [{ date: '2013-02-01', title: 'x', kind: 'other' }, ['responsibleRole: angiv præcis én af responsibleRole og responsibleCommitteeCode']],
      [{ date: '2013-02-01', title: 'x', kind: 'other', responsibleRole: 'finance', responsibleCommitteeCode: 'SAU' },
        ['responsibleRole: angiv præcis én af responsibleRole og responsibleCommitteeCode']],
      [{ date: '2013-02-01', title: 'x', kind: 'other', responsibleCommitteeCode: 'BUU', frameworkRevision: 7, followUpRoundId: MISSING }, [
        'frameworkRevision: en milepæl kan højst linke til én ting (frameworkRevision eller followUpRoundId)',
        'responsibleCommitteeCode: udvalget BUU findes ikke',
        'frameworkRevision: budget 2015 har ingen revision 7 af rammeudmeldingen',
        'followUpRoundId: opfølgningsrunden findes ikke i budget 2015',
      ]],
    ])('answers %j with 400 naming each field', async (body, messages) => {
      const res = await create(2015, body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.arrayContaining(messages) });
      expect(res.body.message).toHaveLength(messages.length);
    });

    it('refuses a PATCH with a null where a value is required, or without a version, and a DELETE without one', async () => {
      const m = await milestone(2015, '2014-03-01', 'other');
      expect((await patch(m.id, { date: null, version: 1 })).body.message).toEqual(['date: skal være en gyldig dato på formen ÅÅÅÅ-MM-DD, fx "2012-02-08"']);
      expect((await patch(m.id, { title: 'y' })).body.message).toEqual(['version: skal være den version, du læste (et heltal fra 1)']);
      const del = await t.request('DELETE', `/api/milestones/${m.id}?version=1e0`, { token: finance });
      expect(del).toMatchObject({ status: 400, body: { message: ['version: skal være den version, du læste (et heltal fra 1)'] } });
    });

    it('lets only finance write (403 for the others), and everyone read', async () => {
      const m = await milestone(2015, '2014-04-01', 'other');
      for (const token of [director, sau, await t.adminToken()]) {
        expect(await create(2015, { date: '2014-04-02', title: 'x', kind: 'other', responsibleRole: 'finance' }, token)).toMatchObject({ status: 403, body: ROLE_FORBIDDEN });
        expect((await patch(m.id, { title: 'y', version: 1 }, token)).status).toBe(403);
        expect((await t.request('DELETE', `/api/milestones/${m.id}?version=1`, { token })).status).toBe(403);
        expect((await t.request('POST', '/api/budget-years/2015/milestones/copy-from/2014', { token })).status).toBe(403);
      }
      expect((await t.request('GET', `/api/milestones/${m.id}`, { token: sau })).body.version).toBe(1);
    });

    it.each(['PATCH', 'DELETE', 'GET'])('answers %s of an unknown or malformed id with 404', async (method) => {
      for (const id of [MISSING, 'not-a-uuid']) {
        const res = await t.request(method, `/api/milestones/${id}?version=1`, { token: finance, body: method === 'PATCH' ? { version: 1 } : undefined });
        expect(res).toMatchObject({ status: 404, body: { message: `Milepælen ${id} findes ikke` } });
      }
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const m = await milestone(2015, '2014-05-01', 'other');
      expect((await patch(m.id, { title: 'Første', version: 1 })).status).toBe(200);
      const stale = await patch(m.id, { title: 'Anden', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.message).toContain('version 1');
      expect((await t.request('GET', `/api/milestones/${m.id}`, { token: finance })).body).toMatchObject({ title: 'Første', version: 2 });
    });

    it('makes a closed budget year read-only: every write is 409', async () => {
      const m = await milestone(2020, '2019-09-11', 'first_reading');
      const year = (await t.request('GET', '/api/budget-years/2020', { token: finance })).body;
      expect((await t.request('PATCH', '/api/budget-years/2020', { token: finance, body: { status: 'closed', version: year.version } })).status).toBe(200);
      const closed = { statusCode: 409, error: 'Conflict', message: 'Budgetåret 2020 er lukket, og intet under det kan ændres længere' };
      expect((await create(2020, { date: '2019-10-01', title: 'x', kind: 'other', responsibleRole: 'finance' })).body).toEqual(closed);
      expect((await patch(m.id, { title: 'y', version: 1 })).body).toEqual(closed);
      expect((await t.request('DELETE', `/api/milestones/${m.id}?version=1`, { token: finance })).body).toEqual(closed);
      expect((await t.request('POST', '/api/budget-years/2020/milestones/copy-from/2016', { token: finance })).body).toEqual(closed);
      expect(await list(2020)).toEqual([m]);
    });
  });

  describe('warnings', () => {
    it('warns on the second reading less than 21 days after the first, and stops when the first moves', async () => {
      const first = await milestone(2014, '2013-09-19', 'first_reading');
      const second = await milestone(2014, '2013-10-09', 'second_reading');
      expect(second.warnings).toEqual([{
        code: 'readings_too_close',
        message: 'Der er kun 20 dage mellem 1. behandling (19. september 2013) og 2. behandling (9. oktober 2013); der skal være mindst 21 dage (tre uger)',
      }]);
      expect((await list(2014)).find((m: { id: string }) => m.id === second.id).warnings).toEqual(second.warnings);
      expect((await patch(first.id, { date: '2013-09-18', version: 1 })).status).toBe(200);
      expect((await t.request('GET', `/api/milestones/${second.id}`, { token: director })).body.warnings).toEqual([]);
    });

    it('warns on an adoption after 15 October of the year before the budget year', async () => {
      const onTime = await milestone(2014, '2013-10-15', 'adoption');
      const late = await milestone(2014, '2013-10-16', 'adoption');
      expect(onTime.warnings).toEqual([]);
      expect(late.warnings).toEqual([{ code: 'adoption_too_late', message: 'Vedtagelsen den 16. oktober 2013 ligger efter fristen 15. oktober 2013' }]);
    });
  });

  describe('copy last year\'s calendar', () => {
    it('shifts every date by the year difference (29 February → 28 February) as planned, without links', async () => {
      await milestone(2013, '2012-02-29', 'framework_announcement', { status: 'done' });
      await milestone(2013, '2012-10-10', 'adoption', { responsibleRole: null, responsibleCommitteeCode: 'ØU', description: 'Byrådet vedtager' });
      const res = await t.request('POST', '/api/budget-years/2019/milestones/copy-from/2013', { token: finance });
      expect(res.status).toBe(201);
      expect(res.body.map((m: Record<string, unknown>) => [m['date'], m['kind'], m['status'], m['responsibleCommitteeCode'], m['description'], m['budgetYear'], m['version']])).toEqual([
        ['2018-02-28', 'framework_announcement', 'planned', null, '', 2019, 1],
        ['2018-10-10', 'adoption', 'planned', 'ØU', 'Byrådet vedtager', 2019, 1],
      ]);
      expect(await list(2019)).toEqual(res.body);
      expect(await auditRows(t, 'milestone', res.body[1].id)).toEqual([{ actor: financeEmail, action: 'create', before: null, after: res.body[1] }]);
      // Into a leap year 29 February stays.
      const leap = await t.request('POST', '/api/budget-years/2017/milestones/copy-from/2013', { token: finance });
      expect(leap.body.map((m: { date: string }) => m.date)).toEqual(['2016-02-29', '2016-10-10']);
    });

    it('refuses a second copy, an empty source, the same year and an unknown year', async () => {
      expect(await t.request('POST', '/api/budget-years/2019/milestones/copy-from/2013', { token: finance })).toMatchObject({
        status: 409, body: { message: 'Budget 2019 har allerede milepæle; kopiér kun til et tomt årshjul' },
      });
      expect(await t.request('POST', '/api/budget-years/2040/milestones/copy-from/2099', { token: finance })).toMatchObject({
        status: 404, body: { message: 'Budgetåret 2099 findes ikke' },
      });
      expect((await t.request('POST', '/api/budget-years/2040/milestones/copy-from/2040', { token: finance })).body.message).toEqual([
        'fromYear: skal være et andet budgetår end 2040',
      ]);
      expect((await t.request('POST', '/api/budget-years/2040/milestones/copy-from/x', { token: finance })).body.message).toEqual([
        'fromYear: skal være et årstal (heltal), fx 2013',
      ]);
    });
  });

  describe('GET /api/milestones/upcoming', () => {
    const titles = async (token: string, query = '') =>
      (await t.request('GET', `/api/milestones/upcoming${query}`, { token })).body.map((m: { title: string; overdue: boolean }) => [m.title, m.overdue]);

    beforeAll(async () => {
      const add = (title: string, date: string, extra: Record<string, unknown>, year = 2040) =>
        create(year, { title, date, kind: 'other', ...extra }).then((r) => {
          if (r.status !== 201) throw new Error(JSON.stringify(r.body));
          return r.body;
        });
      await add('SAU om 5 dage', day(5), { responsibleCommitteeCode: 'SAU' });
      await add('Udvalgene, forsinket', day(-3), { responsibleRole: 'committee' });
      await add('Økonomi om 40 dage', day(40), { responsibleRole: 'finance' });
      await add('Direktionen i dag', day(0), { responsibleRole: 'director' });
      await add('Udvalgene, gennemført', day(-10), { responsibleRole: 'committee', status: 'done' });
      await add('SAU i et lukket år', day(1), { responsibleCommitteeCode: 'SAU' }, 2016);
      const year = (await t.request('GET', '/api/budget-years/2016', { token: finance })).body;
      await t.request('PATCH', '/api/budget-years/2016', { token: finance, body: { status: 'closed', version: year.version } });
    });

    it('gives each user the open years\' milestones of their role or committees, overdue ones first by date', async () => {
      expect(await titles(sau)).toEqual([['Udvalgene, forsinket', true], ['SAU om 5 dage', false]]);
      expect(await titles(aehu)).toEqual([['Udvalgene, forsinket', true]]);
      expect(await titles(director)).toEqual([['Direktionen i dag', false]]);
      expect(await titles(sau, '?days=1')).toEqual([['Udvalgene, forsinket', true]]);
    });

    it('gives finance every milestone in the window; days widens it', async () => {
      const all = await titles(finance);
      expect(all).toContainEqual(['SAU om 5 dage', false]);
      expect(all).toContainEqual(['Direktionen i dag', false]);
      expect(all).not.toContainEqual(['Økonomi om 40 dage', false]);
      expect(all).not.toContainEqual(['SAU i et lukket år', false]);
      expect(await titles(finance, '?days=60')).toContainEqual(['Økonomi om 40 dage', false]);
    });

    it.each(['0', '367', 'x', '1.5'])('answers days=%s with 400 naming it', async (days) => {
      const res = await t.request('GET', `/api/milestones/upcoming?days=${days}`, { token: sau });
      expect(res).toMatchObject({ status: 400, body: { message: ['days: skal være et heltal fra 1 til 366'] } });
    });
  });
});
