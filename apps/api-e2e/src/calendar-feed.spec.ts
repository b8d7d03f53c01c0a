import { createHash } from 'node:crypto';
import * as nodeIcal from 'node-ical';
import { DataSource } from 'typeorm';
import { auditRows, createBudgetYear } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const UNAUTHORIZED = { statusCode: 401, error: 'Unauthorized', message: 'Kalenderfeedet kræver et gyldigt kalendertoken (?token=)' };

/** A parsed all-day date as the calendar date it stands for (node-ical makes it local midnight). */
const dateOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('the iCalendar feed of a budget year', () => {
  let t: TestApp;
  let finance: string;
  let sau: string;
  let sauId: string;
  const milestones: Record<string, { id: string }> = {};

  const newToken = async (session: string) => t.request('POST', '/api/auth/calendar-token', { token: session });
  const feed = (year: number | string, token?: string, session?: string) =>
    t.request('GET', `/api/budget-years/${year}/calendar.ics${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`, { token: session });
  const events = (text: string) =>
    Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is nodeIcal.VEvent => c.type === 'VEVENT');

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    [finance, sau] = await Promise.all([t.tokenFor('finance'), t.tokenFor('committee', ['SAU'])]);
    sauId = (await t.request('GET', '/api/auth/me', { token: sau })).body.id;
    await createBudgetYear(t, finance, 2014);
    for (const [key, body] of Object.entries({
      ramme: { date: '2013-02-06', title: 'Økonomiudvalgets rammeudmelding', kind: 'framework_announcement', responsibleCommitteeCode: 'ØU', status: 'done' },
      first: { date: '2013-09-25', title: '1. behandling i byrådet', kind: 'first_reading', responsibleRole: 'finance' },
      second: { date: '2013-10-09', title: '2. behandling og vedtagelse', kind: 'second_reading', responsibleRole: 'finance', description: 'Budgettet vedtages.' },
    })) {
      const res = await t.request('POST', '/api/budget-years/2014/milestones', { token: finance, body });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      milestones[key] = res.body;
    }
  });
  afterAll(() => t.close());

  it('gives a user a token once, stores only its hash, and audits it without the token', async () => {
    const res = await newToken(sau);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), createdAt: expect.any(String) });
    const [row] = await t.app.get(DataSource).query(`SELECT token_hash FROM calendar_tokens WHERE user_id = $1`, [sauId]);
    expect(row.token_hash).toEqual(createHash('sha256').update(res.body.token).digest());
    const audit = await auditRows(t, 'calendar_token', sauId);
    expect(audit).toEqual([{ actor: 'committee2@test.dk', action: 'create', before: null, after: { createdAt: res.body.createdAt } }]);
    expect(JSON.stringify(audit)).not.toContain(res.body.token);
  });

  it('serves the year as all-day events with Danish titles that a calendar parser reads back', async () => {
    const { token } = (await newToken(finance)).body;
    const res = await feed(2014, token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const parsed = nodeIcal.sync.parseICS(res.body);
    expect(parsed['vcalendar']).toMatchObject({ name: 'Budgetspor – årshjul for budget 2014' });
    const byUid = Object.fromEntries(events(res.body).map((e) => [e.uid, e]));
    expect(Object.keys(byUid).sort()).toEqual(Object.values(milestones).map((m) => `${m.id}@budgetspor`).sort());
    const second = byUid[`${milestones['second'].id}@budgetspor`];
    expect(second.summary).toBe('2. behandling og vedtagelse');
    expect([second.datetype, dateOf(second.start), dateOf(second.end)]).toEqual(['date', '2013-10-09', '2013-10-10']);
    expect(second.description).toBe(
      '2. behandling – budget 2014\nAnsvarlig: Økonomi\nStatus: Planlagt\n\nBudgettet vedtages.\n' +
        'Advarsel: Der er kun 14 dage mellem 1. behandling (25. september 2013) og 2. behandling (9. oktober 2013); der skal være mindst 21 dage (tre uger)',
    );
    const ramme = byUid[`${milestones['ramme'].id}@budgetspor`];
    expect([ramme.summary, dateOf(ramme.start)]).toEqual(['Økonomiudvalgets rammeudmelding', '2013-02-06']);
    expect(ramme.description).toBe('Rammeudmelding – budget 2014\nAnsvarlig: Økonomiudvalget (ØU)\nStatus: Gennemført');
  });

  it('moves an event when its milestone moves, under the same UID', async () => {
    const { token } = (await newToken(sau)).body;
    const res = await t.request('PATCH', `/api/milestones/${milestones['first'].id}`, { token: finance, body: { date: '2013-09-11', version: 1 } });
    expect(res.status).toBe(200);
    const moved = events((await feed(2014, token)).body).find((e) => e.uid === `${milestones['first'].id}@budgetspor`);
    expect(moved && dateOf(moved.start)).toBe('2013-09-11');
    const second = events((await feed(2014, token)).body).find((e) => e.uid === `${milestones['second'].id}@budgetspor`);
    expect(second?.description).not.toContain('Advarsel');
  });

  it('refuses the feed without a valid calendar token (401), even with a session', async () => {
    expect(await feed(2014)).toMatchObject({ status: 401, body: UNAUTHORIZED });
    expect(await feed(2014, '')).toMatchObject({ status: 401, body: UNAUTHORIZED });
    expect(await feed(2014, 'gættet-token')).toMatchObject({ status: 401, body: UNAUTHORIZED });
    expect(await feed(2014, undefined, finance)).toMatchObject({ status: 401, body: UNAUTHORIZED });
    expect(await feed(2014, sau)).toMatchObject({ status: 401, body: UNAUTHORIZED }); // a session token is not a calendar token
  });

  it('stops the old token when a new one is made, and every token when it is deleted', async () => {
    const old = (await newToken(sau)).body.token;
    const current = (await newToken(sau)).body.token;
    expect((await feed(2014, old)).status).toBe(401);
    expect((await feed(2014, current)).status).toBe(200);
    expect((await auditRows(t, 'calendar_token', sauId)).at(-1)).toMatchObject({ action: 'rotate' });
    expect((await t.request('DELETE', '/api/auth/calendar-token', { token: sau })).status).toBe(204);
    expect((await feed(2014, current)).status).toBe(401);
    expect((await auditRows(t, 'calendar_token', sauId)).at(-1)).toMatchObject({ action: 'delete', after: null });
    expect((await t.request('POST', '/api/auth/calendar-token')).status).toBe(401);
  });

  it('stops a deactivated user\'s token', async () => {
    const director = await t.tokenFor('director');
    const { token } = (await newToken(director)).body;
    expect((await feed(2014, token)).status).toBe(200);
    const me = (await t.request('GET', '/api/auth/me', { token: director })).body;
    const admin = await t.adminToken();
    const user = (await t.request('GET', `/api/users/${me.id}`, { token: admin })).body;
    expect((await t.request('PATCH', `/api/users/${me.id}`, { token: admin, body: { active: false, version: user.version } })).status).toBe(200);
    expect((await feed(2014, token)).status).toBe(401);
  });

  it('answers an unknown budget year with 404 and a malformed one with 400, once the token is good', async () => {
    const { token } = (await newToken(finance)).body;
    expect(await feed(2099, token)).toMatchObject({ status: 404, body: { message: 'Budgetåret 2099 findes ikke' } });
    expect(await feed('20x4', token)).toMatchObject({ status: 400, body: { message: ['year: skal være et årstal (heltal), fx 2014'] } });
  });
});
