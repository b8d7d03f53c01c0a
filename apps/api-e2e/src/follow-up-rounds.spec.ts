import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { DemoDataService } from '@budgetspor/server/demo';
import { auditRows, createBudgetYear, insertTrack } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MISSING = '00000000-0000-4000-8000-000000000000';
const ROLE_FORBIDDEN = { statusCode: 403, error: 'Forbidden', message: 'Din rolle må ikke gøre dette' };

type Cell = [trackCode: string, committeeCode: string, year: number, expected: string];

describe('follow-up rounds (budgetopfølgning) over HTTP', () => {
  let t: TestApp;
  let db: DataSource;
  let finance: string;
  let director: string;
  let sau: string;
  let aehu: string;
  const email: Record<string, string> = {};
  /** Budget 2014's savings rows by "TRACK/COMMITTEE/YEAR". */
  const ids: Record<string, string> = {};

  const insertCells = async (budgetYear: number, cells: Cell[]) => {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO savings (budget_year, track_code, committee_code, year, expected)
       SELECT $1, c.t, c.c, c.y, c.e FROM unnest($2::text[], $3::text[], $4::int[], $5::bigint[]) WITH ORDINALITY AS c (t, c, y, e, n)
       ORDER BY c.n RETURNING id`,
      [budgetYear, ...[0, 1, 2, 3].map((i) => cells.map((c) => c[i]))],
    );
    cells.forEach((c, i) => (ids[`${c[0]}/${c[1]}/${c[2]}${budgetYear === 2014 ? '' : `@${budgetYear}`}`] = rows[i].id));
  };
  const open = (year: number, body: unknown, token = finance) => t.request('POST', `/api/budget-years/${year}/follow-up-rounds`, { token, body });
  const put = (round: string, saving: string, body: unknown, token = sau) =>
    t.request('PUT', `/api/follow-up-rounds/${round}/cells/${saving}`, { token, body });
  const close = (round: string, version: number, token = finance) => t.request('POST', `/api/follow-up-rounds/${round}/close`, { token, body: { version } });
  const savingsRow = async (id: string) => (await t.request('GET', `/api/savings/${id}`, { token: director })).body;
  const confirm = async (round: string, key: string, forecast: string | null, token = sau) => {
    const row = await savingsRow(ids[key]);
    const res = await put(round, ids[key], { forecast, status: row.status, comment: row.comment, version: row.version }, token);
    if (res.status !== 200) throw new Error(`confirm ${key}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.createOrganisation();
    [finance, director, sau, aehu] = await Promise.all([
      t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU']), t.tokenFor('committee', ['ÆHU']),
    ]);
    for (const [name, token] of Object.entries({ finance, sau, aehu })) email[name] = (await t.request('GET', '/api/auth/me', { token })).body.email;
    for (const year of [2013, 2014, 2015]) await createBudgetYear(t, finance, year);
    await insertTrack(t, 'SELV', 'SAF', { SAU: '1' });
    await insertTrack(t, 'SVR', 'SAF', { SAU: '1', ÆHU: '1' });
    await insertTrack(t, 'ÅBEN', 'BMF', { ØU: '1' });
    await insertCells(2014, [
      ['SVR', 'ÆHU', 2014, '13000000'], ['SELV', 'SAU', 2015, '26000000'], ['ÅBEN', 'ØU', 2014, '5000000'],
      ['SELV', 'SAU', 2014, '26000000'], ['SVR', 'SAU', 2014, '13000000'],
    ]);
    await insertCells(2013, [['SELV', 'SAU', 2013, '1000000']]);
  });
  afterAll(() => t.close());

  describe('a round from opening to its frozen snapshot', () => {
    let march: { id: string; version: number };

    it('lets finance open a round "pr." a date, titled in Danish, with each committee\'s progress', async () => {
      const res = await open(2014, { asOf: '2014-03-31', deadline: '2014-04-15' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String), budgetYear: 2014, asOf: '2014-03-31', deadline: '2014-04-15', title: 'Budgetopfølgning pr. 31. marts 2014',
        status: 'open', openedBy: email['finance'], openedAt: expect.stringMatching(ISO), closedBy: null, closedAt: null, version: 1,
        progress: {
          confirmed: 0, total: 5,
          committees: [{ committeeCode: 'SAU', confirmed: 0, total: 3 }, { committeeCode: 'ÆHU', confirmed: 0, total: 1 }, { committeeCode: 'ØU', confirmed: 0, total: 1 }],
        },
      });
      march = res.body;
      expect(await auditRows(t, 'follow_up_round', march.id)).toEqual([{ actor: email['finance'], action: 'create', before: null, after: res.body }]);
      expect((await t.request('GET', '/api/budget-years/2014/follow-up-rounds', { token: sau })).body).toEqual([res.body]);
    });

    it('allows one open round per budget year', async () => {
      expect(await open(2014, { asOf: '2014-06-30', deadline: '2014-07-15' })).toMatchObject({
        status: 409, body: { message: 'Budget 2014 har allerede en åben opfølgningsrunde (Budgetopfølgning pr. 31. marts 2014); luk den først' },
      });
    });

    it('lets a committee user confirm an own cell: the savings row changes like a PATCH and the cell counts as confirmed', async () => {
      const res = await put(march.id, ids['SELV/SAU/2014'], { forecast: '24500000.5', status: 'at_risk', comment: 'Jobcentret er forsinket.', version: 1 });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        savingId: ids['SELV/SAU/2014'], trackCode: 'SELV', committeeCode: 'SAU', year: 2014, expected: '26000000', forecast: '24500000.50',
        realised: null, status: 'at_risk', comment: 'Jobcentret er forsinket.', version: 2, updatedAt: expect.stringMatching(ISO),
        updatedBy: email['sau'], confirmed: true, confirmedBy: email['sau'], confirmedAt: expect.stringMatching(ISO),
      });
      expect(await savingsRow(ids['SELV/SAU/2014'])).toMatchObject({ forecast: '24500000.50', status: 'at_risk', version: 2, updatedBy: email['sau'] });
      expect((await auditRows(t, 'savings', ids['SELV/SAU/2014'])).map((a) => a.action)).toEqual(['update']);
      const [audit] = await auditRows(t, 'follow_up_cell', `${march.id}/${ids['SELV/SAU/2014']}`);
      expect(audit).toMatchObject({ actor: email['sau'], action: 'confirm', before: { confirmed: false, forecast: null }, after: res.body });
      const round = (await t.request('GET', `/api/follow-up-rounds/${march.id}`, { token: director })).body;
      expect(round.progress).toEqual({
        confirmed: 1, total: 5,
        committees: [{ committeeCode: 'SAU', confirmed: 1, total: 3 }, { committeeCode: 'ÆHU', confirmed: 0, total: 1 }, { committeeCode: 'ØU', confirmed: 0, total: 1 }],
      });
      const cells = (await t.request('GET', `/api/follow-up-rounds/${march.id}/cells?committeeCode=SAU`, { token: director })).body;
      expect(cells.map((c: { trackCode: string; year: number; confirmed: boolean }) => [c.trackCode, c.year, c.confirmed])).toEqual([
        ['SELV', 2014, true], ['SELV', 2015, false], ['SVR', 2014, false],
      ]);
    });

    it('lets committee users confirm only their own committees\' cells (403), and only finance and committees at all', async () => {
      const body = { forecast: '1', status: 'on_track', comment: '', version: 1 };
      expect(await put(march.id, ids['SVR/ÆHU/2014'], body, sau)).toMatchObject({
        status: 403, body: { message: 'Du må kun bekræfte celler for dine egne udvalg; denne hører til udvalget ÆHU' },
      });
      expect((await put(march.id, ids['SVR/SAU/2014'], body, aehu)).status).toBe(403);
      expect(await put(march.id, ids['SVR/SAU/2014'], body, director)).toMatchObject({ status: 403, body: ROLE_FORBIDDEN });
      expect(await savingsRow(ids['SVR/ÆHU/2014'])).toMatchObject({ forecast: null, version: 1 });
    });

    it('refuses a stale version (409) and leaves the cell unconfirmed', async () => {
      const res = await put(march.id, ids['SVR/SAU/2014'], { forecast: '1', status: 'on_track', comment: '', version: 7 });
      expect(res.status).toBe(409);
      expect(res.body.message).toContain('version 7');
      const [cell] = (await t.request('GET', `/api/follow-up-rounds/${march.id}/cells?trackCode=SVR&committeeCode=SAU`, { token: sau })).body;
      expect(cell).toMatchObject({ confirmed: false, forecast: null, version: 1 });
    });

    it.each([
      [{ status: 'on_track', comment: '', version: 1 }, ['forecast: skal være et beløb i kroner som tekst med højst 2 decimaler, fx "1250.50" eller "-300.50", eller null']],
      [{ forecast: 1250, status: 'good', comment: null, version: '1' }, [
        'forecast: skal være et beløb i kroner som tekst med højst 2 decimaler, fx "1250.50" eller "-300.50", eller null',
        'status: skal være on_track, at_risk, off_track eller realised', 'comment: skal være tekst',
        'version: skal være den version, du læste (et heltal fra 1)',
      ]],
      [{ forecast: null, status: 'on_track', comment: '', version: 1, realised: '5' }, ['realised: feltet kendes ikke']],
    ])('answers a cell body %j with 400 naming each field', async (body, messages) => {
      const res = await put(march.id, ids['SVR/SAU/2014'], body);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(expect.arrayContaining(messages));
      expect(res.body.message).toHaveLength(messages.length);
    });

    it('answers unknown rounds and rows, and a row of another budget year, with 404', async () => {
      const body = { forecast: null, status: 'on_track', comment: '', version: 1 };
      expect((await put(MISSING, ids['SVR/SAU/2014'], body)).body.message).toBe(`Opfølgningsrunden ${MISSING} findes ikke`);
      expect((await put(march.id, MISSING, body)).body.message).toBe(`Besparelsesrækken ${MISSING} findes ikke`);
      expect(await put(march.id, ids['SELV/SAU/2013@2013'], body)).toMatchObject({
        status: 404, body: { message: `Besparelsesrækken ${ids['SELV/SAU/2013@2013']} hører til budget 2013, ikke til runden for budget 2014` },
      });
      expect((await t.request('GET', '/api/follow-up-rounds/not-a-uuid', { token: sau })).status).toBe(404);
      expect((await close(MISSING, 1)).status).toBe(404);
    });

    it('lets only finance close, with the current version', async () => {
      expect(await close(march.id, 1, sau)).toMatchObject({ status: 403, body: ROLE_FORBIDDEN });
      expect(await close(march.id, 1, director)).toMatchObject({ status: 403, body: ROLE_FORBIDDEN });
      expect((await close(march.id, 2)).status).toBe(409);
      expect((await t.request('POST', `/api/follow-up-rounds/${march.id}/close`, { token: finance, body: {} })).body.message).toEqual([
        'version: skal være den version, du læste (et heltal fra 1)',
      ]);
    });

    it('closes the round: every cell frozen with who and when, and the round itself closed for good', async () => {
      const before = (await t.request('GET', `/api/follow-up-rounds/${march.id}/cells`, { token: director })).body;
      const res = await close(march.id, 1);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'closed', closedBy: email['finance'], closedAt: expect.stringMatching(ISO), version: 2, progress: { confirmed: 1, total: 5 } });
      expect((await auditRows(t, 'follow_up_round', march.id)).at(-1)).toMatchObject({ action: 'close', before: { status: 'open' }, after: res.body });
      const frozen = (await t.request('GET', `/api/follow-up-rounds/${march.id}/cells`, { token: director })).body;
      expect(frozen).toEqual(before);
      expect(frozen.find((c: { savingId: string }) => c.savingId === ids['SELV/SAU/2014'])).toMatchObject({
        forecast: '24500000.50', status: 'at_risk', comment: 'Jobcentret er forsinket.', updatedBy: email['sau'], confirmedBy: email['sau'],
      });
      march = res.body;
    });

    it('keeps the snapshot when the savings rows change afterwards, and refuses writes to the closed round (409)', async () => {
      const row = await savingsRow(ids['SELV/SAU/2014']);
      expect((await t.request('PATCH', `/api/savings/${row.id}`, { token: sau, body: { forecast: '1', version: row.version } })).status).toBe(200);
      const [cell] = (await t.request('GET', `/api/follow-up-rounds/${march.id}/cells?trackCode=SELV&committeeCode=SAU`, { token: director })).body;
      expect(cell).toMatchObject({ year: 2014, forecast: '24500000.50', version: 2 });
      const closedRound = { statusCode: 409, error: 'Conflict', message: 'Budgetopfølgning pr. 31. marts 2014 er lukket; dens øjebliksbillede kan ikke ændres' };
      expect((await put(march.id, row.id, { forecast: '2', status: 'on_track', comment: '', version: row.version + 1 })).body).toEqual(closedRound);
      expect((await close(march.id, 2)).body).toEqual(closedRound);
      expect(await savingsRow(row.id)).toMatchObject({ forecast: '1' });
    });

    it('has the database refuse any change to a snapshot or to a closed round', async () => {
      const frozen = /follow-up snapshots are frozen/;
      await expect(db.query(`UPDATE follow_up_snapshots SET forecast = 0 WHERE round_id = $1`, [march.id])).rejects.toThrow(frozen);
      await expect(db.query(`DELETE FROM follow_up_snapshots WHERE round_id = $1`, [march.id])).rejects.toThrow(frozen);
      await expect(db.query(`TRUNCATE follow_up_snapshots`)).rejects.toThrow(frozen);
      await expect(db.query(
        `INSERT INTO follow_up_snapshots (round_id, saving_id, track_code, committee_code, year, expected, status, comment, saving_version, updated_at, updated_by)
         VALUES ($1, $2, 'SELV', 'SAU', 2099, 0, 'on_track', '', 1, now(), 'x')`,
        [march.id, ids['SELV/SAU/2013@2013']],
      )).rejects.toThrow(frozen);
      await expect(db.query(`UPDATE follow_up_rounds SET title = 'x' WHERE id = $1`, [march.id])).rejects.toThrow(/closed follow-up round never changes/);
      await expect(db.query(`DELETE FROM follow_up_rounds WHERE id = $1`, [march.id])).rejects.toThrow(/closed follow-up round never changes/);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM follow_up_snapshots WHERE round_id = $1`, [march.id]);
      expect(n).toBe(5);
    });
  });

  describe('comparing rounds', () => {
    let march: string;
    let june: string;

    beforeAll(async () => {
      march = (await t.request('GET', '/api/budget-years/2014/follow-up-rounds', { token: director })).body[0].id;
      const res = await open(2014, { asOf: '2014-06-30', deadline: '2014-07-15', title: 'Halvårsopfølgning' });
      june = res.body.id;
      await confirm(june, 'SELV/SAU/2014', '20000000');
      await confirm(june, 'SVR/ÆHU/2014', '13000000', aehu);
      await confirm(june, 'SELV/SAU/2015', '-300.50');
      expect((await close(june, 1)).status).toBe(200);
    });

    it('shows per cell the forecast in each round and the change, with sums per track and committee', async () => {
      const res = await t.request('GET', `/api/budget-years/2014/follow-up-rounds/compare?from=${march}&to=${june}`, { token: director });
      expect(res.status).toBe(200);
      expect(res.body.from).toEqual({ id: march, asOf: '2014-03-31', title: 'Budgetopfølgning pr. 31. marts 2014', status: 'closed' });
      expect(res.body.to).toEqual({ id: june, asOf: '2014-06-30', title: 'Halvårsopfølgning', status: 'closed' });
      expect(res.body.cells.map((c: Record<string, unknown>) => [c['trackCode'], c['committeeCode'], c['year'], c['from'], c['to'], c['difference']])).toEqual([
        ['SELV', 'SAU', 2014, '24500000.50', '20000000', '-4500000.50'],
        ['SELV', 'SAU', 2015, null, '-300.50', '-300.50'],
        ['SVR', 'SAU', 2014, null, null, '0'],
        ['SVR', 'ÆHU', 2014, null, '13000000', '13000000'],
        ['ÅBEN', 'ØU', 2014, null, null, '0'],
      ]);
      expect(res.body.tracks).toEqual([
        { trackCode: 'SELV', from: '24500000.50', to: '19999699.50', difference: '-4500301' },
        { trackCode: 'SVR', from: '0', to: '13000000', difference: '13000000' },
        { trackCode: 'ÅBEN', from: '0', to: '0', difference: '0' },
      ]);
      expect(res.body.committees).toEqual([
        { committeeCode: 'SAU', from: '24500000.50', to: '19999699.50', difference: '-4500301' },
        { committeeCode: 'ÆHU', from: '0', to: '13000000', difference: '13000000' },
        { committeeCode: 'ØU', from: '0', to: '0', difference: '0' },
      ]);
      expect(res.body.total).toEqual({ from: '24500000.50', to: '32999699.50', difference: '8499699' });
    });

    it('compares an open round with its live values, and filters by committee', async () => {
      const september = (await open(2014, { asOf: '2014-09-30', deadline: '2014-10-10' })).body.id;
      await confirm(september, 'SVR/ÆHU/2014', '12000000', aehu);
      const res = await t.request('GET', `/api/budget-years/2014/follow-up-rounds/compare?from=${june}&to=${september}&committeeCode=%C3%86HU`, { token: aehu });
      expect(res.body.to.status).toBe('open');
      expect(res.body.cells.map((c: Record<string, unknown>) => [c['trackCode'], c['from'], c['to'], c['difference']])).toEqual([['SVR', '13000000', '12000000', '-1000000']]);
      expect(res.body.total).toEqual({ from: '13000000', to: '12000000', difference: '-1000000' });
    });

    it('gives a track\'s, a committee\'s or a cell\'s forecast through the closed rounds', async () => {
      const history = async (query: string) =>
        (await t.request('GET', `/api/budget-years/2014/follow-up-rounds/history${query}`, { token: director })).body.map(
          (h: Record<string, unknown>) => [h['asOf'], h['cells'], h['expected'], h['forecast']],
        );
      expect(await history('?trackCode=SELV')).toEqual([['2014-03-31', 2, '52000000', '24500000.50'], ['2014-06-30', 2, '52000000', '19999699.50']]);
      expect(await history('?committeeCode=%C3%86HU')).toEqual([['2014-03-31', 1, '13000000', '0'], ['2014-06-30', 1, '13000000', '13000000']]);
      expect(await history(`?savingId=${ids['SELV/SAU/2015']}`)).toEqual([['2014-03-31', 1, '26000000', '0'], ['2014-06-30', 1, '26000000', '-300.50']]);
      expect(await history('')).toEqual([['2014-03-31', 5, '83000000', '24500000.50'], ['2014-06-30', 5, '83000000', '32999699.50']]);
    });

    it('answers a missing or malformed round with 400 and a round of another year with 404', async () => {
      const missing = await t.request('GET', `/api/budget-years/2014/follow-up-rounds/compare?from=${march}`, { token: director });
      expect(missing).toMatchObject({ status: 400, body: { message: ['to: skal være en opfølgningsrundes id (uuid)'] } });
      const other = await t.request('GET', `/api/budget-years/2013/follow-up-rounds/compare?from=${march}&to=${june}`, { token: director });
      expect(other).toMatchObject({ status: 404, body: { message: `Opfølgningsrunden ${march} findes ikke i budget 2013` } });
      expect((await t.request('GET', '/api/budget-years/2014/follow-up-rounds/history?savingId=x', { token: director })).body.message).toEqual([
        'savingId: skal være en besparelsesrækkes id (uuid)',
      ]);
    });
  });

  describe('opening refusals', () => {
    it.each([
      [{ deadline: '2015-04-15' }, ['asOf: skal være en gyldig dato på formen ÅÅÅÅ-MM-DD, fx "2012-02-08"']],
      [{ asOf: '2015-02-29', deadline: 20150415, title: '' }, [
        'asOf: skal være en gyldig dato på formen ÅÅÅÅ-MM-DD, fx "2012-02-08"',
        'deadline: skal være en gyldig dato på formen ÅÅÅÅ-MM-DD, fx "2012-02-08"', 'title: skal være 1–200 tegn',
      ]],
      [{ asOf: '2015-03-31', deadline: '2015-03-30' }, ['deadline: må ikke ligge før asOf (2015-03-31)']],
      [{ asOf: '2015-03-31', deadline: '2015-04-15', status: 'closed' }, ['status: feltet kendes ikke']],
    ])('answers %j with 400 naming each field', async (body, messages) => {
      const res = await open(2015, body);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(expect.arrayContaining(messages));
      expect(res.body.message).toHaveLength(messages.length);
    });

    it('lets only finance open a round', async () => {
      for (const token of [director, sau, await t.adminToken()]) {
        expect(await open(2015, { asOf: '2015-03-31', deadline: '2015-04-15' }, token)).toMatchObject({ status: 403, body: ROLE_FORBIDDEN });
      }
    });

    it('answers an unknown budget year with 404 and refuses new rounds in a closed one with 409', async () => {
      expect((await open(2099, { asOf: '2099-03-31', deadline: '2099-04-15' })).status).toBe(404);
      const year = (await t.request('GET', '/api/budget-years/2015', { token: finance })).body;
      expect((await t.request('PATCH', '/api/budget-years/2015', { token: finance, body: { status: 'closed', version: year.version } })).status).toBe(200);
      expect(await open(2015, { asOf: '2015-03-31', deadline: '2015-04-15' })).toMatchObject({
        status: 409, body: { message: 'Budgetåret 2015 er lukket, og intet under det kan ændres længere' },
      });
    });
  });

  it('closes a round of 40,000 cells (the time is printed, not asserted)', async () => {
    await createBudgetYear(t, finance, 2016);
    await db.query(
      `INSERT INTO tracks (code, name, administration_code, start_year)
       SELECT 'P' || lpad(i::text, 5, '0'), 'Spor ' || i, 'SAF', 2016 FROM generate_series(1, 10000) AS i`,
    );
    await db.query(
      `INSERT INTO savings (budget_year, track_code, committee_code, year, expected, forecast)
       SELECT 2016, 'P' || lpad(i::text, 5, '0'), (ARRAY['SAU', 'ÆHU', 'ØU'])[1 + i % 3], y, 1000000, 900000.50
         FROM generate_series(1, 10000) AS i CROSS JOIN generate_series(2016, 2019) AS y`,
    );
    const round = (await open(2016, { asOf: '2016-06-30', deadline: '2016-07-15' })).body;
    expect(round.progress.total).toBe(40_000);
    const started = performance.now();
    const res = await close(round.id, 1);
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM follow_up_snapshots WHERE round_id = $1`, [round.id]);
    expect(n).toBe(40_000);
    process.stdout.write(`\n  Lukning af en opfølgningsrunde med 40.000 celler (POST …/close over HTTP): ${ms.toFixed(0)} ms\n\n`);
  }, 120_000);

  it('has the Odense demo\'s årshjul for budget 2014 and three closed, illustrative rounds of budget 2013', async () => {
    const demo = await startTestApp({ DEMO_DATA: 'false' });
    try {
      (demo.config as { demoData: boolean }).demoData = true;
      await demo.app.get(DemoDataService).loadIfEmpty();
      const token = await demo.adminToken();
      const calendar = (await demo.request('GET', '/api/budget-years/2014/milestones', { token })).body;
      expect(calendar.map((m: Record<string, unknown>) => [m['date'], m['kind'], m['warnings']])).toEqual([
        ['2013-02-06', 'framework_announcement', []], ['2013-04-30', 'other', []], ['2013-08-21', 'other', []],
        ['2013-09-11', 'first_reading', []], ['2013-10-09', 'second_reading', []], ['2013-10-09', 'adoption', []],
      ]);
      expect(calendar[0]).toMatchObject({ responsibleCommitteeCode: 'ØU', frameworkRevision: 1, status: 'done', updatedBy: 'system' });
      expect(calendar.every((m: { description: string }) => m.description.includes('Illustrativ dato'))).toBe(true);
      const rounds = (await demo.request('GET', '/api/budget-years/2013/follow-up-rounds', { token })).body;
      expect(rounds.map((r: Record<string, unknown>) => [r['asOf'], r['status'], r['title']])).toEqual([
        ['2013-03-31', 'closed', 'Budgetopfølgning pr. 31. marts 2013 (illustrativ)'],
        ['2013-06-30', 'closed', 'Budgetopfølgning pr. 30. juni 2013 (illustrativ)'],
        ['2013-09-30', 'closed', 'Budgetopfølgning pr. 30. september 2013 (illustrativ)'],
      ]);
      expect(rounds[2].progress).toMatchObject({ confirmed: 14, total: 14 });
      // LEV is forecast at 70 % in the demo: 45 mio. kr. in March, 38.25 in June, 31.5 in September, as the row has now.
      const lev = await demo.request('GET', '/api/budget-years/2013/follow-up-rounds/history?trackCode=LEV', { token });
      expect(lev.body.map((h: { forecast: string }) => h.forecast)).toEqual(['90000000', '76500000', '63000000']);
      const compare = await demo.request('GET', `/api/budget-years/2013/follow-up-rounds/compare?from=${rounds[0].id}&to=${rounds[2].id}&trackCode=LEV`, { token });
      expect(compare.body.total).toEqual({ from: '90000000', to: '63000000', difference: '-27000000' });
      const [cell] = (await demo.request('GET', `/api/follow-up-rounds/${rounds[1].id}/cells?trackCode=LEV`, { token })).body;
      expect(cell).toMatchObject({ year: 2013, expected: '45000000', forecast: '38250000', realised: null, status: 'at_risk', confirmedBy: 'system' });
      expect(cell.comment).toContain('Illustrativ');
      const link = (await demo.request('GET', '/api/budget-years/2013/milestones', { token })).body.map((m: { followUpRoundId: string }) => m.followUpRoundId);
      expect(link).toEqual(rounds.map((r: { id: string }) => r.id));
    } finally {
      await demo.close();
    }
  }, 60_000);
});
