import * as ExcelJS from 'exceljs';
import { startTestApp, TestApp } from './support/test-app';
import type { SavingsListRowDto } from '@budgetspor/server/savings';

/** A download as bytes (t.request reads text). */
async function download(t: TestApp, path: string, token?: string): Promise<{ status: number; headers: Headers; bytes: Buffer; text: string }> {
  const res = await fetch(t.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

/** The sheet's rows as plain values, header first, empty cells as null. */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null)));
  return rows;
}

/** CSV records of a small, quote-free export (the tests' own data keeps quotes out except where asserted). */
const lines = (text: string) => text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

/** A row of GET …/savings, as the API declares it (`priceLevel` only when asked for). */
type SavingsRow = SavingsListRowDto;
interface Cell { trackCode: string; committeeCode: string; year: number; amount: string }
interface Sums { key: string | number; expected: string; forecast: string; realised: string; rate: string | null }

const STATUS = { on_track: 'På sporet', at_risk: 'I risiko', off_track: 'Ikke på sporet', realised: 'Realiseret' } as Record<string, string>;
const INJECTION = '=HYPERLINK("http://ond.example","klik")';

describe('spreadsheet exports over HTTP', () => {
  let t: TestApp;
  let finance: string;
  let director: string;
  let sau: string;
  let savings: SavingsRow[];

  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKER: 'true' });
    await t.createOrganisation();
    [finance, director, sau] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU'])]);
    const track = (code: string, administrationCode: string, startYear: number, committees: string[]) =>
      t.request('POST', '/api/tracks', {
        token: finance,
        body: { code, name: `Spor ${code}`, administrationCode, startYear, shares: committees.map((committeeCode) => ({ committeeCode, weight: '1' })) },
      });
    await track('SELV', 'SAF', 2015, ['SAU']);
    await track('SVR', 'ÆHF', 2015, ['SAU', 'ÆHU']);
    await t.request('POST', '/api/budget-years', { token: finance, body: { year: 2014, title: 'Budget 2014' } });
    const framework = await t.request('POST', '/api/budget-years/2014/frameworks', {
      token: finance,
      body: {
        decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Rammeudmelding 2014', allocationMethod: 'top_down',
        pool: { '2014': '100000000', '2015': '80000001', '2016': '60000000', '2017': '40000000' },
        trackWeights: [{ trackCode: 'SELV', weight: '2' }, { trackCode: 'SVR', weight: '1' }],
      },
    });
    expect(framework.status).toBe(201);
    await allocated(2014);
    const list = await t.request('GET', '/api/budget-years/2014/savings', { token: finance });
    const [first, second] = list.body;
    await patch(first, { forecast: '-1250.50', realised: '12345.67', status: 'at_risk', comment: INJECTION });
    await patch(second, { forecast: '26000000', status: 'realised', comment: 'To linjer;\nmed semikolon' });
    savings = (await t.request('GET', '/api/budget-years/2014/savings', { token: finance })).body;
  }, 60_000);
  afterAll(() => t.close());

  async function allocated(year: number): Promise<void> {
    for (let i = 0; i < 300; i++) {
      const res = await t.request('GET', `/api/budget-years/${year}/allocation`, { token: finance });
      if (res.body.run) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`allocation of ${year} did not finish`);
  }
  async function patch(row: { id: string; version: number }, body: object): Promise<void> {
    const res = await t.request('PATCH', `/api/savings/${row.id}`, { token: finance, body: { ...body, version: row.version } });
    expect(res.status).toBe(200);
  }

  describe('GET /api/budget-years/:year/savings/export', () => {
    it('sends an XLSX named besparelser-2014.xlsx whose rows are the API rows, as numbers with Danish formats', async () => {
      const res = await download(t, '/api/budget-years/2014/savings/export', sau);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="besparelser-2014.xlsx"');
      const sheet = await sheetOf(res.bytes);
      expect(sheet.name).toBe('Besparelser');
      const [header, ...rows] = valuesOf(sheet);
      expect(header).toEqual(['Id', 'Version', 'Spor', 'Udvalg', 'År', 'Forventet (kr.)', 'Prognose (kr.)', 'Realiseret (kr.)', 'Status', 'Kommentar', 'Opdateret', 'Opdateret af']);
      expect(rows).toEqual(
        savings.map((s) => [
          s.id, s.version, s.trackCode, s.committeeCode, s.year, Number(s.expected),
          s.forecast === null ? null : Number(s.forecast), s.realised === null ? null : Number(s.realised),
          STATUS[s.status], s.comment === '' ? null : s.comment, s.updatedAt, s.updatedBy,
        ]),
      );
      expect(rows[0].slice(6, 10)).toEqual([-1250.5, 12345.67, 'I risiko', INJECTION]);
      expect(sheet.getCell('F2').numFmt).toBe('#,##0');
      expect(sheet.getCell('G2').numFmt).toBe('#,##0.00');
      expect(sheet.getCell('J2').type).toBe(ExcelJS.ValueType.String); // text, never a formula
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect([sheet.getColumn(1).hidden, sheet.getColumn(2).hidden, sheet.getColumn(3).hidden]).toEqual([true, true, false]);
      expect(sheet.getColumn(1).width).toBe(38); // a uuid and a margin
    });

    it('sends CSV with BOM, semicolons and decimal comma, and a formula-like comment escaped', async () => {
      const res = await download(t, '/api/budget-years/2014/savings/export?format=csv', director);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="besparelser-2014.csv"');
      expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, first] = lines(res.text);
      expect(header).toBe('Id;Version;Spor;Udvalg;År;Forventet (kr.);Prognose (kr.);Realiseret (kr.);Status;Kommentar;Opdateret;Opdateret af');
      const s = savings[0];
      expect(first).toBe(
        `${s.id};${s.version};${s.trackCode};${s.committeeCode};${s.year};${s.expected};-1250,50;12345,67;I risiko;` +
          `"'=HYPERLINK(""http://ond.example"",""klik"")";${s.updatedAt};${s.updatedBy}`,
      );
      expect(res.text).toContain('"To linjer;\nmed semikolon"');
    });

    it('writes commas and decimal points on request, and filters like GET …/savings', async () => {
      const res = await download(t, '/api/budget-years/2014/savings/export?format=csv&delimiter=,&decimal=.&committeeCode=%C3%86HU', finance);
      const rows = lines(res.text).slice(1);
      const expected = savings.filter((s) => s.committeeCode === 'ÆHU');
      expect(expected.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.split(',')[0])).toEqual(expected.map((s) => s.id));
      const comma = await download(t, '/api/budget-years/2014/savings/export?format=csv&delimiter=,', finance);
      expect(lines(comma.text)[1]).toContain(',-1250.50,12345.67,');
    });

    it('records in the audit log who took which file out', async () => {
      const path = '/api/budget-years/2014/savings/export?format=csv&trackCode=SVR';
      expect((await download(t, path, sau)).status).toBe(200);
      const [row] = (await t.request('GET', '/api/audit?entityType=file&limit=1', { token: director })).body;
      expect(row).toMatchObject({ actor: expect.stringMatching(/^committee\d+@test\.dk$/), action: 'export', entityType: 'file', entityId: path, before: null });
      expect(row.after).toEqual({ file: 'attachment; filename="besparelser-2014.csv"' });
    });

    it('refuses bad parameters and unknown years, and needs a session', async () => {
      const bad = await t.request('GET', '/api/budget-years/2014/savings/export?format=pdf&delimiter=,&decimal=,', { token: finance });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['format: skal være xlsx eller csv', 'decimal: må ikke være det samme tegn som delimiter']);
      expect((await t.request('GET', '/api/budget-years/2099/savings/export', { token: finance })).status).toBe(404);
      expect((await download(t, '/api/budget-years/2014/savings/export')).status).toBe(401);
    });
  });

  describe('GET /api/budget-years/:year/allocation/export', () => {
    it('lists the current allocation\'s cells with names, then the unallocated years', async () => {
      const allocation = (await t.request('GET', '/api/budget-years/2014/allocation', { token: finance })).body;
      const res = await download(t, '/api/budget-years/2014/allocation/export', sau);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="fordeling-2014.xlsx"');
      const [header, ...rows] = valuesOf(await sheetOf(res.bytes));
      expect(header).toEqual(['Type', 'Spor', 'Spornavn', 'Udvalg', 'Udvalgsnavn', 'År', 'Beløb (kr.)']);
      const names: Record<string, string> = { SAU: 'Social- og Arbejdsmarkedsudvalget', ÆHU: 'Ældre- og Handicapudvalget' };
      expect(rows).toEqual([
        ...allocation.cells.map((c: Cell) => ['Fordelt', c.trackCode, `Spor ${c.trackCode}`, c.committeeCode, names[c.committeeCode], c.year, Number(c.amount)]),
        ['Ikke fordelt', null, 'Intet spor kunne få puljen dette år', null, null, 2014, 100000000],
      ]);
      expect(allocation.unallocated).toEqual({ '2014': '100000000' });
    });
  });

  describe('GET /api/budget-years/:year/realisation/export', () => {
    it('has the roll-up\'s groups and total, with the rate as a percentage', async () => {
      const api = (await t.request('GET', '/api/budget-years/2014/realisation?groupBy=committee', { token: finance })).body;
      const res = await download(t, '/api/budget-years/2014/realisation/export?groupBy=committee', director);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="realisering-2014-committee.xlsx"');
      const sheet = await sheetOf(res.bytes);
      const [header, ...rows] = valuesOf(sheet);
      expect(header).toEqual(['Udvalg', 'Navn', 'Forventet (kr.)', 'Prognose (kr.)', 'Realiseret (kr.)', 'Realiseringsgrad']);
      const number = (v: string | null) => (v === null ? null : Number(v));
      expect(rows).toEqual([
        ...api.groups.map((g: Sums) => [g.key, g.key === 'SAU' ? 'Social- og Arbejdsmarkedsudvalget' : 'Ældre- og Handicapudvalget', Number(g.expected), Number(g.forecast), Number(g.realised), number(g.rate)]),
        ['I alt', null, Number(api.total.expected), Number(api.total.forecast), Number(api.total.realised), number(api.total.rate)],
      ]);
      expect(sheet.getCell('F2').numFmt).toBe('0.00%');
      const csv = await download(t, '/api/budget-years/2014/realisation/export?groupBy=year&format=csv', director);
      expect(lines(csv.text)[0]).toBe('År;Forventet (kr.);Prognose (kr.);Realiseret (kr.);Realiseringsgrad');
      expect(lines(csv.text).at(-1)).toBe(`I alt;${api.total.expected};${api.total.forecast.replace('.', ',')};${api.total.realised.replace('.', ',')};${api.total.rate.replace('.', ',')}`);
    });
  });

  describe('GET /api/budget-years/:year/frameworks/:revision/export', () => {
    it('lays the revision out in sections the framework import reads', async () => {
      const res = await download(t, '/api/budget-years/2014/frameworks/1/export?format=csv', sau);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="rammeudmelding-2014-revision-1.csv"');
      expect(lines(res.text)).toEqual([
        'Afsnit;Nøgle;Beskrivelse;Værdi',
        'Info;budgetYear;Budgetår;2014',
        'Info;revision;Revision;1',
        expect.stringMatching(/^Info;createdAt;Oprettet;\d{4}-\d\d-\d\dT[\d:.]+Z$/),
        'Info;createdBy;Oprettet af;finance1@test.dk',
        'Ramme;decidedOn;Besluttet den (ÅÅÅÅ-MM-DD);2013-02-06',
        'Ramme;decidedBy;Besluttet af, fx ØU;ØU',
        'Ramme;title;Titel;Rammeudmelding 2014',
        'Ramme;allocationMethod;Fordelingsmetode: top_down (ØU fordeler efter vægt) eller bids (bud);top_down',
        'Pulje;2014;Innovationspulje 2014 (hele kr.);100000000',
        'Pulje;2015;Innovationspulje 2015 (hele kr.);80000001',
        'Pulje;2016;Innovationspulje 2016 (hele kr.);60000000',
        'Pulje;2017;Innovationspulje 2017 (hele kr.);40000000',
        'Sporvægt;SELV;Spor SELV;2',
        'Sporvægt;SVR;Spor SVR;1',
      ]);
      expect((await t.request('GET', '/api/budget-years/2014/frameworks/7/export', { token: sau })).status).toBe(404);
    });
  });

  describe('GET /api/audit/export', () => {
    it('gives finance, director and admin the audit log newest first, as GET /api/audit does', async () => {
      const api = (await t.request('GET', '/api/audit?entityType=savings&limit=1000', { token: director })).body;
      const res = await download(t, '/api/audit/export?entityType=savings', director);
      const [header, ...rows] = valuesOf(await sheetOf(res.bytes));
      expect(header).toEqual(['Id', 'Tidspunkt (UTC)', 'Bruger', 'Handling', 'Ressourcetype', 'Ressource-id', 'Før', 'Efter']);
      expect(rows.map((r) => r[0])).toEqual(api.map((a: { id: string }) => a.id));
      expect(JSON.parse(rows[0][7] as string)).toEqual(api[0].after);
      expect((await download(t, '/api/audit/export?limit=1&format=csv', await t.adminToken())).text.split('\r\n')).toHaveLength(3);
    });

    it('refuses committee users as GET /api/audit does', async () => {
      expect((await download(t, '/api/audit/export', sau)).status).toBe(403);
    });
  });
});
