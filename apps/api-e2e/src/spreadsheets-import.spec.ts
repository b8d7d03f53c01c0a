import SwaggerParser from '@apidevtools/swagger-parser';
import * as ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

type Cell = [trackCode: string, committeeCode: string, year: number, expected: string];
interface Change { id: string; field: string; old: string | null; new: string | null }
interface AllocationCell { trackCode: string; year: number; amount: string }

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('spreadsheet imports over HTTP', () => {
  let t: TestApp;
  let db: DataSource;
  let finance: string;
  let director: string;
  let sau: string;
  let financeEmail: string;
  let ids: string[];

  // Budget 2015's rows (no framework there, so no allocation touches them); SVR/ÆHU is not SAU's.
  const cells: Cell[] = [
    ['SELV', 'SAU', 2015, '26000000'],
    ['SELV', 'SAU', 2016, '26000000'],
    ['SVR', 'SAU', 2015, '13000000'],
    ['SVR', 'ÆHU', 2015, '13000000'],
  ];

  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKER: 'true' });
    db = t.app.get(DataSource);
    await t.createOrganisation();
    [finance, director, sau] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU'])]);
    financeEmail = (await t.request('GET', '/api/auth/me', { token: finance })).body.email;
    for (const [code, administrationCode, committees] of [['SELV', 'SAF', ['SAU']], ['SVR', 'ÆHF', ['SAU', 'ÆHU']], ['ÆLIV', 'ÆHF', ['ÆHU']]] as const) {
      const shares = committees.map((committeeCode) => ({ committeeCode, weight: '1' }));
      await t.request('POST', '/api/tracks', { token: finance, body: { code, name: `Spor ${code}`, administrationCode, startYear: 2014, shares } });
    }
    for (const year of [2014, 2015, 2016]) await t.request('POST', '/api/budget-years', { token: finance, body: { year, title: `Budget ${year}` } });
    const inserted: { id: string }[] = await db.query(
      `INSERT INTO savings (budget_year, track_code, committee_code, year, expected)
       SELECT 2015, c.t, c.k, c.y, c.e FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[]) WITH ORDINALITY AS c (t, k, y, e, n)
       ORDER BY c.n RETURNING id`,
      [0, 1, 2, 3].map((i) => cells.map((c) => c[i])),
    );
    ids = inserted.map((r) => r.id);
  }, 60_000);
  afterAll(() => t.close());

  /** POST a file as multipart/form-data, as the web app's file input does. */
  async function upload(path: string, token: string | undefined, file: Buffer | string, name = 'besparelser-2015.xlsx', type = XLSX_TYPE) {
    const form = new FormData();
    form.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)], { type }), name);
    const res = await fetch(t.url + path, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const text = await res.text();
    return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  }
  const importSavings = (file: Buffer | string, { dryRun = true, token = finance, name = 'besparelser-2015.xlsx', year = 2015 } = {}) =>
    upload(`/api/budget-years/${year}/savings/import?dryRun=${dryRun}`, token, file, name, name.endsWith('.csv') ? 'text/csv' : XLSX_TYPE);

  async function exported(format: 'xlsx' | 'csv' = 'xlsx', year = 2015): Promise<Buffer> {
    const res = await fetch(`${t.url}/api/budget-years/${year}/savings/export?format=${format}`, { headers: { authorization: `Bearer ${finance}` } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  /** Changes cells of the exported workbook: `edit(row)` for the row with that id. */
  async function editXlsx(file: Buffer, edits: Record<string, (row: ExcelJS.Row) => void>): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    workbook.worksheets[0].eachRow((row) => edits[String(row.getCell(1).value)]?.(row));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** Waits until no allocation run is queued or running, so background recomputes cannot change a snapshot. */
  const quiet = async () => {
    for (let i = 0; i < 400; i++) {
      const [{ n }] = await db.query(
        `SELECT (SELECT count(*) FROM allocation_runs WHERE status IN ('queued', 'running')) + (SELECT count(*) FROM outbox WHERE dispatched_at IS NULL) AS n`,
      );
      if (Number(n) === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the allocation never settled');
  };
  /** Everything an import could change (once background recomputes are done), to show a refused one changed nothing. */
  const snapshot = async () => {
    await quiet();
    return JSON.stringify([
      await db.query(`SELECT id, forecast::text, realised::text, status, comment, version, updated_at::text, updated_by FROM savings ORDER BY id`),
      await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action <> 'export'`),
      await db.query(`SELECT budget_year, revision FROM framework_revisions ORDER BY 1, 2`),
      await db.query(`SELECT year, status, version FROM budget_years ORDER BY year`),
    ]);
  };
  const get = async (id: string) => (await t.request('GET', `/api/savings/${id}`, { token: finance })).body;
  const audits = (id: string): Promise<{ actor: string; action: string; before: unknown; after: unknown }[]> =>
    db.query(`SELECT actor, action, before, after FROM audit_log WHERE entity_type = 'savings' AND entity_id = $1 ORDER BY id`, [id]);

  describe('POST /api/budget-years/:year/savings/import', () => {
    it('round-trips the exported XLSX: a dry run and a real run find nothing to change and write nothing', async () => {
      const file = await exported();
      const before = await snapshot();
      for (const dryRun of [true, false]) {
        const res = await importSavings(file, { dryRun });
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ dryRun, applied: !dryRun, rows: 4, changedRows: 0, errors: [], conflicts: [], changes: [] });
      }
      expect(await snapshot()).toBe(before);
    });

    it('shows exactly the one changed forecast in a dry run, then applies it with a version bump and one audit row', async () => {
      const id = ids[0];
      const file = await editXlsx(await exported(), { [id]: (row) => (row.getCell(7).value = 1234.5) });
      const before = await get(id);
      const snap = await snapshot();
      const dry = await importSavings(file);
      expect(dry.status).toBe(200);
      expect(dry.body.changes).toEqual([{ row: 2, id, trackCode: 'SELV', committeeCode: 'SAU', year: 2015, field: 'forecast', old: null, new: '1234.50' }]);
      expect(dry.body).toMatchObject({ dryRun: true, applied: false, changedRows: 1 });
      expect(await snapshot()).toBe(snap);

      const real = await importSavings(file, { dryRun: false });
      expect(real.status).toBe(200);
      expect(real.body).toMatchObject({ dryRun: false, applied: true, changedRows: 1, changes: dry.body.changes });
      const after = await get(id);
      expect(after).toEqual({ ...before, forecast: '1234.50', version: before.version + 1, updatedBy: financeEmail, updatedAt: expect.any(String) });
      expect(await audits(id)).toEqual([{ actor: financeEmail, action: 'update', before, after }]);
      // The other rows were not written.
      expect((await Promise.all(ids.slice(1).map(get))).map((r) => r.version)).toEqual([1, 1, 1]);
    });

    it('reads back the CSV export, unescaping a formula-like comment and reading decimal commas and Danish status labels', async () => {
      const id = ids[2];
      const csv = (await exported('csv')).toString('utf8');
      const line = csv.split('\r\n').find((l) => l.startsWith(id)) as string;
      const cells = line.split(';');
      cells[6] = '-300,5';
      cells[8] = 'Ikke på sporet';
      cells[9] = "'=1+1";
      const edited = csv.replace(line, cells.join(';'));
      const res = await importSavings(edited, { dryRun: false, name: 'besparelser-2015.csv' });
      expect(res.status).toBe(200);
      expect(res.body.changes.map((c: Change) => [c.field, c.old, c.new])).toEqual([['forecast', null, '-300.50'], ['status', 'on_track', 'off_track'], ['comment', '', '=1+1']]);
      expect(await get(id)).toMatchObject({ forecast: '-300.50', status: 'off_track', comment: '=1+1', version: 2 });
      const again = await importSavings(await exported('csv'), { name: 'b.csv' });
      expect(again.body.changes).toEqual([]);
    });

    it('reports a row changed since the export as a conflict (409) and writes nothing, not even the other rows', async () => {
      const [a, b, c] = [ids[1], ids[2], ids[3]];
      const old = await exported();
      const row = await get(a);
      await t.request('PATCH', `/api/savings/${a}`, { token: finance, body: { comment: 'Rettet i mellemtiden', version: row.version } });
      // A version bump that changed nothing the file holds (as a recompute's new expected amount) is no conflict.
      await db.query(`UPDATE savings SET expected = expected + 1, version = version + 1 WHERE id = $1`, [c]);
      const file = await editXlsx(old, { [b]: (r) => (r.getCell(8).value = 99) });
      const snap = await snapshot();
      const res = await importSavings(file, { dryRun: false });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: '1 række er ændret af andre siden eksporten; intet er gemt', applied: false, errors: [] });
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({ sheet: 'Besparelser', row: 3, id: a, fileVersion: row.version, currentVersion: row.version + 1, updatedBy: financeEmail }),
      ]);
      expect(res.body.changes.map((ch: Change) => [ch.id, ch.field])).toEqual([[b, 'realised']]);
      expect(await snapshot()).toBe(snap);
    });

    it('lets a committee user change its own rows, and refuses (400, nothing written) a change to another committee\'s row', async () => {
      const file = await exported();
      const own = await editXlsx(file, { [ids[1]]: (r) => (r.getCell(9).value = 'I risiko') });
      const res = await importSavings(own, { token: sau });
      expect(res.status).toBe(200);
      expect(res.body.changes).toEqual([expect.objectContaining({ id: ids[1], field: 'status', new: 'at_risk' })]);

      const other = await editXlsx(file, { [ids[1]]: (r) => (r.getCell(9).value = 'I risiko'), [ids[3]]: (r) => (r.getCell(10).value = 'Ikke min') });
      const snap = await snapshot();
      const refused = await importSavings(other, { token: sau, dryRun: false });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { sheet: 'Besparelser', row: 5, column: 'Udvalg', message: 'Udvalg: du må kun ændre besparelser for dine egne udvalg (SAU); rækken hører til udvalget ÆHU' },
      ]);
      expect(await snapshot()).toBe(snap);
    });

    it('refuses directors and admins as PATCH does, and anonymous callers', async () => {
      const file = await exported();
      expect((await importSavings(file, { token: director })).status).toBe(403);
      expect((await importSavings(file, { token: await t.adminToken() })).status).toBe(403);
      expect((await upload('/api/budget-years/2015/savings/import', undefined, file)).status).toBe(401);
    });

    describe('bad files: 400 with errors, database unchanged', () => {
      let csv: string;
      let header: string;
      let first: string;
      beforeAll(async () => {
        csv = (await exported('csv')).toString('utf8');
        [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
      });
      const withRows = (...rows: string[]) => `${header}\r\n${rows.join('\r\n')}\r\n`;
      const setCell = (line: string, i: number, value: string) => line.split(';').map((c, j) => (j === i ? value : c)).join(';');

      it.each([
        ['a PDF', () => Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\x00\x01'), 'a.pdf', [null, null, 'Filen er hverken en Excel-fil (.xlsx) eller en CSV-fil; upload den fil, eksporten lavede']],
        ['an old .xls', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.xls', [null, null, expect.stringMatching(/gammel Excel-fil \(.xls\)/)]],
        ['an empty file', () => Buffer.alloc(0), 'a.csv', [null, null, 'Filen er tom']],
        ['a missing column', () => withRows(first).replace('Prognose (kr.)', 'Prognosen'), 'a.csv', [1, 'Prognose (kr.)', 'Prognose (kr.): kolonnen mangler i overskriftsrækken']],
        ['text in a number cell', () => withRows(setCell(first, 7, 'cirka 10')), 'a.csv', [2, 'Realiseret (kr.)', 'Realiseret (kr.): skal være et tal, fx -1250,50']],
        ['an unknown id', () => withRows(setCell(first, 0, '00000000-0000-4000-8000-000000000000')), 'a.csv', [2, 'Id', 'Id: rækken 00000000-0000-4000-8000-000000000000 findes ikke i budget 2015; eksportér filen igen']],
        ['an unknown track', () => withRows(setCell(first, 2, 'UKENDT')), 'a.csv', [2, 'Spor', expect.stringMatching(/^Spor: rækken .* er SELV, SAU, 2015, ikke UKENDT/)]],
        ['an unknown committee', () => withRows(setCell(first, 3, 'BUU')), 'a.csv', [2, 'Udvalg', expect.stringMatching(/ikke BUU/)]],
        ['a duplicate row', () => withRows(first, first), 'a.csv', [3, 'Id', expect.stringMatching(/står også i række 2$/)]],
      ])('%s', async (_, make, name, [row, column, message]) => {
        const snap = await snapshot();
        const res = await importSavings(make(), { dryRun: false, name });
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'Filen har 1 fejl; intet er gemt', applied: false, changes: expect.any(Array) });
        expect(res.body.errors).toEqual([{ sheet: row === null ? null : name, row, column, message }]);
        expect(await snapshot()).toBe(snap);
      });

      it('a broken zip', async () => {
        const file = await exported();
        const snap = await snapshot();
        const res = await importSavings(file.subarray(0, file.length - 100), { dryRun: false });
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([{ sheet: null, row: null, column: null, message: expect.stringMatching(/beskadiget Excel-fil/) }]);
        expect(await snapshot()).toBe(snap);
      });

      it('no file at all', async () => {
        const res = await t.request('POST', '/api/budget-years/2015/savings/import', { token: finance, body: { file: 'x' } });
        expect(res.status).toBe(400);
        expect(res.body.message).toEqual(['file: skal være en fil (.xlsx eller .csv) sendt som multipart/form-data']);
      });

      it('a file over 10 MB or over 50,000 rows: 413 with a Danish message', async () => {
        const snap = await snapshot();
        const big = await importSavings(Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), { name: 'stor.csv' });
        expect(big).toEqual({ status: 413, body: { statusCode: 413, error: 'Payload Too Large', message: 'Filen er større end 10 MB; del den op i mindre filer' } });
        const many = await importSavings(withRows(...Array.from({ length: 50_001 }, () => first)), { name: 'mange.csv' });
        expect(many).toEqual({ status: 413, body: { statusCode: 413, error: 'Payload Too Large', message: 'Filen har 50.001 rækker; højst 50.000 kan importeres ad gangen. Del filen op.' } });
        expect(await snapshot()).toBe(snap);
      });
    });

    it('answers a closed budget year with 409 and writes nothing', async () => {
      const year = (await t.request('GET', '/api/budget-years/2016', { token: finance })).body;
      await t.request('PATCH', '/api/budget-years/2016', { token: finance, body: { status: 'closed', version: year.version } });
      const snap = await snapshot();
      const res = await importSavings(await exported('xlsx', 2015), { dryRun: false, year: 2016 });
      expect(res).toEqual({ status: 409, body: { statusCode: 409, error: 'Conflict', message: 'Budgetåret 2016 er lukket, og intet under det kan ændres længere' } });
      expect(await snapshot()).toBe(snap);
    });
  });

  describe('POST /api/budget-years/:year/frameworks/import', () => {
    const importFramework = (file: Buffer, dryRun: boolean, token = finance) =>
      upload(`/api/budget-years/2014/frameworks/import?dryRun=${dryRun}`, token, file, 'rammeudmelding-2014.xlsx');

    beforeAll(async () => {
      const res = await t.request('POST', '/api/budget-years/2014/frameworks', {
        token: finance,
        body: {
          decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Rammeudmelding 2014', allocationMethod: 'top_down',
          pool: { '2014': '1000', '2015': '2000', '2016': '3000', '2017': '4000' },
          trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '1' }],
        },
      });
      expect(res.status).toBe(201);
    });

    /** The revision-1 file with changes: pool 2015 raised, ÆLIV added, a new title and decision date. */
    async function revisedFile(extra: (sheet: ExcelJS.Worksheet) => void = () => undefined): Promise<Buffer> {
      const res = await fetch(`${t.url}/api/budget-years/2014/frameworks/1/export`, { headers: { authorization: `Bearer ${finance}` } });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const sheet = workbook.worksheets[0];
      sheet.eachRow((row) => {
        if (row.getCell(2).value === 'title') row.getCell(4).value = 'Sommerrevision';
        if (row.getCell(2).value === 'decidedOn') row.getCell(4).value = new Date(Date.UTC(2013, 5, 20)); // as Excel makes a typed date
        if (row.getCell(1).value === 'Pulje' && row.getCell(2).value === '2015') row.getCell(4).value = 2500;
      });
      sheet.addRow(['Sporvægt', 'ÆLIV', 'Livskvalitet', 0.5]);
      extra(sheet);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }

    it('previews revision 2 and its difference from revision 1 in a dry run, writing nothing', async () => {
      const snap = await snapshot();
      const res = await importFramework(await revisedFile(), true);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ dryRun: true, applied: false, errors: [] });
      expect(res.body.framework).toEqual({
        budgetYear: 2014, revision: 2, decidedOn: '2013-06-20', decidedBy: 'ØU', title: 'Sommerrevision', allocationMethod: 'top_down',
        pool: { '2014': '1000', '2015': '2500', '2016': '3000', '2017': '4000' },
        trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '1' }, { trackCode: 'ÆLIV', weight: '0.5' }],
        createdAt: null, createdBy: financeEmail,
      });
      expect(res.body.diff).toMatchObject({
        from: 1, to: 2, tracksAdded: [{ trackCode: 'ÆLIV', weight: '0.5' }], tracksRemoved: [], tracksReweighted: [],
        pool: expect.arrayContaining([{ year: 2015, from: '2000', to: '2500', change: '500' }]),
      });
      expect(await snapshot()).toBe(snap);
    });

    it('creates revision 2 as POST …/frameworks would: audited, and recomputed by the allocation', async () => {
      const res = await importFramework(await revisedFile(), false);
      expect(res.status).toBe(201);
      const current = (await t.request('GET', '/api/budget-years/2014/frameworks/current', { token: finance })).body;
      expect(res.body).toMatchObject({ dryRun: false, applied: true, errors: [], framework: current });
      expect(current).toMatchObject({ revision: 2, title: 'Sommerrevision', decidedOn: '2013-06-20', pool: { '2015': '2500' } });
      const [audit] = await db.query(`SELECT actor, action, after FROM audit_log WHERE entity_type = 'framework' AND entity_id = '2014/2'`);
      expect(audit).toEqual({ actor: financeEmail, action: 'create', after: current });
      for (let i = 0; i < 300; i++) {
        const allocation = (await t.request('GET', '/api/budget-years/2014/allocation', { token: finance })).body;
        if (allocation.run?.frameworkRevision === 2) {
          const sum2015 = allocation.cells.filter((c: AllocationCell) => c.year === 2015).reduce((s: number, c: AllocationCell) => s + Number(c.amount), 0);
          expect(sum2015).toBe(2500);
          expect(allocation.cells.some((c: AllocationCell) => c.trackCode === 'ÆLIV')).toBe(true);
          return;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('revision 2 was never allocated');
    });

    it('places each error at its cell and creates nothing', async () => {
      const file = await revisedFile((sheet) => {
        sheet.addRow(['Sporvægt', 'UKENDT', '', 1]);
        sheet.eachRow((row) => {
          if (row.getCell(1).value === 'Pulje' && row.getCell(2).value === '2016') row.getCell(4).value = 'mange';
          if (row.getCell(1).value === 'Pulje' && row.getCell(2).value === '2017') row.getCell(2).value = '2019';
        });
      });
      const snap = await snapshot();
      const res = await importFramework(file, false);
      // The errors first: when they differ, the failure shows which ones the API found.
      expect({ status: res.status, errors: res.body.errors }).toEqual({
        status: 400,
        errors: [
          { sheet: 'Rammeudmelding', row: 12, column: 'Værdi', message: 'Pulje 2016: skal være et tal, fx 100000000' },
          { sheet: 'Rammeudmelding', row: null, column: null, message: 'Pulje 2017: mangler; puljen skal have et beløb for hvert år i budgetperioden 2014–2017' },
          { sheet: 'Rammeudmelding', row: 13, column: 'Værdi', message: 'Pulje 2019: er ikke et år i budgetperioden 2014–2017' },
          { sheet: 'Rammeudmelding', row: 17, column: 'Nøgle', message: 'Sporet UKENDT: sporet UKENDT findes ikke' },
        ],
      });
      expect(res.body).toMatchObject({ statusCode: 400, message: 'Filen har 4 fejl; intet er gemt', applied: false, framework: null, diff: null });
      expect(await snapshot()).toBe(snap);
    });

    it('is for finance only', async () => {
      const file = await revisedFile();
      expect((await importFramework(file, true, sau)).status).toBe(403);
      expect((await importFramework(file, true, director)).status).toBe(403);
    });
  });

  it('documents the imports and exports in an OpenAPI document that validates', async () => {
    const api = (await SwaggerParser.validate((await t.request('GET', '/api/docs-json')).body)) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Object.keys(api.paths)).toEqual(
      expect.arrayContaining([
        '/api/budget-years/{year}/savings/export', '/api/budget-years/{year}/allocation/export', '/api/budget-years/{year}/realisation/export',
        '/api/budget-years/{year}/frameworks/{revision}/export', '/api/audit/export',
      ]),
    );
    for (const path of ['/api/budget-years/{year}/savings/import', '/api/budget-years/{year}/frameworks/import']) {
      const operation = api.paths[path].post;
      expect(Object.keys(operation.requestBody.content)).toEqual(['multipart/form-data']);
      expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['year', 'dryRun']));
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['400', '403', '409', '413']));
    }
    const report = api.paths['/api/budget-years/{year}/savings/import'].post.responses['400'].content['application/json'].schema;
    expect(Object.keys(report.properties)).toEqual(expect.arrayContaining(['statusCode', 'message', 'errors', 'conflicts', 'changes']));
    expect(Object.keys(report.properties.errors.items.properties)).toEqual(['sheet', 'row', 'column', 'message']);
  });
});
