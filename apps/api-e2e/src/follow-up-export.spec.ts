import * as ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { createBudgetYear, insertTrack } from './support/framework-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** A download as bytes (t.request reads text). */
async function download(t: TestApp, path: string, token?: string): Promise<{ status: number; headers: Headers; bytes: Buffer; text: string }> {
  const res = await fetch(t.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

/** The sheet's rows as plain values, header first, empty cells as null. */
async function rowsOf(bytes: Buffer): Promise<{ name: string; rows: unknown[][]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null)));
  return { name: sheet.name, rows, sheet };
}

/** The API's kroner text as the number a sheet holds: "-4500000.50" → -4500000.5; null stays empty. */
const num = (kroner: string | null) => (kroner === null ? null : Number(kroner));

describe('GET …/follow-up-rounds/compare/export', () => {
  let t: TestApp;
  let finance: string;
  let director: string;
  let sau: string;
  let march: string;
  let june: string;
  const ids: Record<string, string> = {};

  const confirm = async (round: string, key: string, forecast: string | null) => {
    const row = (await t.request('GET', `/api/savings/${ids[key]}`, { token: director })).body;
    const res = await t.request('PUT', `/api/follow-up-rounds/${round}/cells/${ids[key]}`, {
      token: sau, body: { forecast, status: row.status, comment: row.comment, version: row.version },
    });
    if (res.status !== 200) throw new Error(`confirm ${key}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const round = async (asOf: string, deadline: string, title?: string) => {
    const res = await t.request('POST', '/api/budget-years/2014/follow-up-rounds', { token: finance, body: { asOf, deadline, title } });
    if (res.status !== 201) throw new Error(`open: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const close = async (id: string) => {
    const res = await t.request('POST', `/api/follow-up-rounds/${id}/close`, { token: finance, body: { version: 1 } });
    if (res.status !== 200) throw new Error(`close: ${res.status} ${JSON.stringify(res.body)}`);
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.createOrganisation();
    [finance, director, sau] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU'])]);
    await createBudgetYear(t, finance, 2014);
    await insertTrack(t, 'SELV', 'SAF', { SAU: '1' });
    await insertTrack(t, 'SVR', 'SAF', { SAU: '1', ÆHU: '1' });
    const cells: [string, string, number, string][] = [
      ['SELV', 'SAU', 2014, '26000000'], ['SELV', 'SAU', 2015, '26000000'], ['SVR', 'SAU', 2014, '13000000'], ['SVR', 'ÆHU', 2014, '13000000'],
    ];
    const rows: { id: string }[] = await t.app.get(DataSource).query(
      `INSERT INTO savings (budget_year, track_code, committee_code, year, expected)
       SELECT 2014, c.t, c.c, c.y, c.e FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[]) WITH ORDINALITY AS c (t, c, y, e, n)
       ORDER BY c.n RETURNING id`,
      [0, 1, 2, 3].map((i) => cells.map((c) => c[i])),
    );
    cells.forEach((c, i) => (ids[`${c[0]}/${c[1]}/${c[2]}`] = rows[i].id));

    march = await round('2014-03-31', '2014-04-15');
    await confirm(march, 'SELV/SAU/2014', '24500000.50');
    await confirm(march, 'SVR/SAU/2014', '13000000');
    await close(march);
    june = await round('2014-06-30', '2014-07-15', 'Halvårsopfølgning');
    await confirm(june, 'SELV/SAU/2014', '20000000');
    await confirm(june, 'SELV/SAU/2015', '-300.50');
    await close(june);
  });
  afterAll(() => t.close());

  it('sends an XLSX named by the two rounds whose rows are the API comparison, amounts as numbers with Danish formats', async () => {
    const api = (await t.request('GET', `/api/budget-years/2014/follow-up-rounds/compare?from=${march}&to=${june}`, { token: director })).body;
    const res = await download(t, `/api/budget-years/2014/follow-up-rounds/compare/export?from=${march}&to=${june}&format=xlsx`, director);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="opfoelgning-2014-2014-03-31-2014-06-30.xlsx"');

    const { name, rows, sheet } = await rowsOf(res.bytes);
    expect(name).toBe('Sammenligning');
    expect(rows[0]).toEqual([
      'Type', 'Spor', 'Spornavn', 'Udvalg', 'Udvalgsnavn', 'År',
      'Fra: Budgetopfølgning pr. 31. marts 2014 (kr.)', 'Til: Halvårsopfølgning (kr.)', 'Forskel (kr.)',
    ]);
    const cellRows = api.cells.map((c: { trackCode: string; committeeCode: string; year: number; from: string | null; to: string | null; difference: string }) => [
      'Celle', c.trackCode, `Spor ${c.trackCode}`, c.committeeCode, expect.any(String), c.year, num(c.from), num(c.to), num(c.difference),
    ]);
    expect(rows.slice(1, 1 + api.cells.length)).toEqual(cellRows);
    // The figures a director checks, spelled out: SELV/SAU/2014 went from 24,500,000.50 to 20,000,000.
    expect(rows[1]).toEqual(['Celle', 'SELV', 'Spor SELV', 'SAU', 'Social- og Arbejdsmarkedsudvalget', 2014, 24500000.5, 20000000, -4500000.5]);
    expect(rows[2]).toEqual(['Celle', 'SELV', 'Spor SELV', 'SAU', 'Social- og Arbejdsmarkedsudvalget', 2015, null, -300.5, -300.5]);
    expect(rows.slice(1 + api.cells.length)).toEqual([
      ...api.tracks.map((s: { trackCode: string; from: string; to: string; difference: string }) =>
        ['Spor i alt', s.trackCode, `Spor ${s.trackCode}`, null, null, null, num(s.from), num(s.to), num(s.difference)]),
      ...api.committees.map((s: { committeeCode: string; from: string; to: string; difference: string }) =>
        ['Udvalg i alt', null, null, s.committeeCode, expect.any(String), null, num(s.from), num(s.to), num(s.difference)]),
      ['I alt', null, null, null, null, null, num(api.total.from), num(api.total.to), num(api.total.difference)],
    ]);
    expect(api.total).toEqual({ from: '37500000.50', to: '32999699.50', difference: '-4500301' });
    expect(sheet.getCell('G2').numFmt).toBe('#,##0.00');
  });

  it('sends the same as CSV with ";" and decimal comma, and honours the filters', async () => {
    const res = await download(t, `/api/budget-years/2014/follow-up-rounds/compare/export?from=${march}&to=${june}&format=csv&trackCode=SELV`, sau);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="opfoelgning-2014-2014-03-31-2014-06-30.csv"');
    const lines = res.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Type;Spor;Spornavn;Udvalg;Udvalgsnavn;År;Fra: Budgetopfølgning pr. 31. marts 2014 (kr.);Til: Halvårsopfølgning (kr.);Forskel (kr.)',
      'Celle;SELV;Spor SELV;SAU;Social- og Arbejdsmarkedsudvalget;2014;24500000,50;20000000;-4500000,50',
      'Celle;SELV;Spor SELV;SAU;Social- og Arbejdsmarkedsudvalget;2015;;-300,50;-300,50',
      'Spor i alt;SELV;Spor SELV;;;;24500000,50;19999699,50;-4500301',
      'Udvalg i alt;;;SAU;Social- og Arbejdsmarkedsudvalget;;24500000,50;19999699,50;-4500301',
      'I alt;;;;;;24500000,50;19999699,50;-4500301',
    ]);
  });

  it('refuses what the comparison refuses (400, 404) and a missing session (401)', async () => {
    const bad = await t.request('GET', `/api/budget-years/2014/follow-up-rounds/compare/export?from=${march}&to=x&format=pdf`, { token: director });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(expect.arrayContaining(['to: skal være en opfølgningsrundes id (uuid)', 'format: skal være xlsx eller csv']));
    const missing = '00000000-0000-4000-8000-000000000000';
    const unknown = await t.request('GET', `/api/budget-years/2014/follow-up-rounds/compare/export?from=${march}&to=${missing}`, { token: director });
    expect(unknown).toMatchObject({ status: 404, body: { message: `Opfølgningsrunden ${missing} findes ikke i budget 2014` } });
    expect((await t.request('GET', `/api/budget-years/2099/follow-up-rounds/compare/export?from=${march}&to=${june}`, { token: director })).status).toBe(404);
    expect((await download(t, `/api/budget-years/2014/follow-up-rounds/compare/export?from=${march}&to=${june}`)).status).toBe(401);
  });
});
