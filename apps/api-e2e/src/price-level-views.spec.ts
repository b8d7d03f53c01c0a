import * as ExcelJS from 'exceljs';
import { startTestApp, TestApp } from './support/test-app';
import type { SavingsListRowDto } from '@budgetspor/server/savings';

/**
 * `?priceLevel=` on the savings, realisation and allocation views and their exports.
 *
 * Indices: 2014 = 100.0, 2015 = 100.5, 2016 = 103.2. Budget 2014 is at 2014 prices, so at 2016
 * prices every amount is × 103.2 ÷ 100 = × 1.032 and at 2015 prices × 1.005, each converted
 * from its exact (unrounded) value and rounded once to whole øre, halves away from zero.
 *
 * The round: pool 1.234.567 kr. in 2014, when no track has started (unallocated), and
 * 4.938.268 kr. in 2015 on SELV (SAU) and SVR (SAU, ÆHU), weights 1 : 1:
 *   A  SELV SAU 2015  expected 2.469.134  forecast 2.469.134  realised 1.234.567
 *   B  SVR  SAU 2015  expected 1.234.567  forecast –          realised −1
 *   C  SVR  ÆHU 2015  expected 1.234.567  forecast 0,50       realised 617.283,50
 * Conversions to 2016 prices used below:
 *   1.234.567 × 1.032 = 1.274.073,144  → 1.274.073,14
 *   2.469.134 × 1.032 = 2.548.146,288  → 2.548.146,29
 *          −1 × 1.032 = −1,032          → −1,03
 *        0,50 × 1.032 = 0,516           → 0,52
 *  617.283,50 × 1.032 = 637.036,572     → 637.036,57
 */
const TO_2016 = { '2469134': '2548146.29', '1234567': '1274073.14', '-1': '-1.03', '0.50': '0.52', '617283.50': '637036.57' } as Record<string, string>;

const sums = (expected: string, forecast: string, realised: string, rate: string | null, priceLevel?: number) =>
  priceLevel === undefined ? { expected, forecast, realised, rate } : { expected, forecast, realised, rate, priceLevel };

const PRICE_LEVEL_400 = ['priceLevel: skal være et årstal fra 1900 til 2200, fx 2016'];
const missing = (years: string) => [`priceLevel: pris- og lønindekset mangler for ${years}; finance kan indtaste det under /api/price-indices`];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A row of GET …/savings, as the API declares it (`priceLevel` only when asked for). */
type SavingsRow = SavingsListRowDto;

describe('?priceLevel= on savings, realisation, allocation and their exports', () => {
  let t: TestApp;
  let finance: string;
  let director: string;
  let own: SavingsRow[];

  const get = (path: string, token = director) => t.request('GET', path, { token });
  /** A file as bytes (t.request reads text). */
  const download = async (path: string) => {
    const res = await fetch(t.url + path, { headers: { authorization: `Bearer ${director}` } });
    return { status: res.status, disposition: res.headers.get('content-disposition'), bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const sheetOf = async (bytes: Buffer): Promise<ExcelJS.Worksheet> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook.worksheets[0];
  };
  const valuesOf = (sheet: ExcelJS.Worksheet): unknown[][] => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null)));
    return rows;
  };
  const csvLines = (text: string) => text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  const cell = (rows: SavingsRow[], trackCode: string, committeeCode: string) =>
    rows.find((r) => r.trackCode === trackCode && r.committeeCode === committeeCode && r.year === 2015) as SavingsRow;

  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKER: 'true' });
    await t.createOrganisation();
    [finance, director] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director')]);
    for (const [year, index] of [[2014, '100.0'], [2015, '100.5'], [2016, '103.2']] as const) {
      expect((await t.request('PUT', `/api/price-indices/${year}`, { token: finance, body: { index, illustrative: true } })).status).toBe(201);
    }
    for (const [code, administrationCode, committees] of [['SELV', 'SAF', ['SAU']], ['SVR', 'ÆHF', ['SAU', 'ÆHU']]] as const) {
      const shares = committees.map((committeeCode) => ({ committeeCode, weight: '1' }));
      const res = await t.request('POST', '/api/tracks', { token: finance, body: { code, name: `Spor ${code}`, administrationCode, startYear: 2015, shares } });
      expect(res.status).toBe(201);
    }
    expect((await t.request('POST', '/api/budget-years', { token: finance, body: { year: 2014, title: 'Budget 2014' } })).status).toBe(201);
    // A round at its own price level 2019, which has no index.
    expect((await t.request('POST', '/api/budget-years', { token: finance, body: { year: 2019, title: 'Budget 2019', priceLevelYear: 2019 } })).status).toBe(201);
    const framework = await t.request('POST', '/api/budget-years/2014/frameworks', {
      token: finance,
      body: {
        decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Rammeudmelding 2014', allocationMethod: 'top_down',
        pool: { '2014': '1234567', '2015': '4938268', '2016': '0', '2017': '0' },
        trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '1' }],
      },
    });
    expect(framework.status).toBe(201);
    for (let i = 0; i < 300 && !(await get('/api/budget-years/2014/allocation')).body.run; i++) await new Promise((r) => setTimeout(r, 50));
    const rows: SavingsRow[] = (await get('/api/budget-years/2014/savings')).body;
    for (const [track, committee, forecast, realised] of [['SELV', 'SAU', '2469134', '1234567'], ['SVR', 'SAU', null, '-1'], ['SVR', 'ÆHU', '0.50', '617283.50']]) {
      const row = cell(rows, track as string, committee as string);
      const res = await t.request('PATCH', `/api/savings/${row.id}`, { token: finance, body: { forecast, realised, version: row.version } });
      expect(res.status).toBe(200);
    }
    own = (await get('/api/budget-years/2014/savings')).body;
  }, 60_000);
  afterAll(() => t.close());

  describe('GET /api/budget-years/:year/realisation', () => {
    // First in the file, so the converted roll-up is asked for while the cache is cold.
    it('converts each group\'s and the total\'s exact sums, keeps the rates, and does not touch the cached roll-up', async () => {
      const converted = await get('/api/budget-years/2014/realisation?priceLevel=2016');
      expect(converted.status).toBe(200);
      expect(converted.body).toEqual({
        groups: [
          { key: 'SELV', ...sums('2548146.29', '2548146.29', '1274073.14', '0.5000', 2016) },
          // SVR: 2.469.134 → 2.548.146,29; forecast 0,50 → 0,52; realised 617.282,50 × 1.032 = 637.035,54 exactly.
          // Rate 617.282,50 ÷ 2.469.134 = 0,24999… → 0,2500, from the unconverted sums.
          { key: 'SVR', ...sums('2548146.29', '0.52', '637035.54', '0.2500', 2016) },
        ],
        // Total from the exact sums, not from the rounded groups: forecast 2.469.134,50 × 1.032 =
        // 2.548.146,804 → 2.548.146,80, where the groups' 2.548.146,29 + 0,52 would give ,81.
        // Expected 4.938.268 → 5.096.292,576 → 5.096.292,58; realised 1.851.849,50 → 1.911.108,684 → 1.911.108,68.
        total: sums('5096292.58', '2548146.80', '1911108.68', '0.3750', 2016),
      });
      const plain = await get('/api/budget-years/2014/realisation');
      expect(plain.body).toEqual({
        groups: [{ key: 'SELV', ...sums('2469134', '2469134', '1234567', '0.5000') }, { key: 'SVR', ...sums('2469134', '0.50', '617282.50', '0.2500') }],
        total: sums('4938268', '2469134.50', '1851849.50', '0.3750'),
      });
      // Served again from the cache, both ways: neither poisons the other.
      expect((await get('/api/budget-years/2014/realisation?priceLevel=2016')).body).toEqual(converted.body);
      expect((await get('/api/budget-years/2014/realisation')).body).toEqual(plain.body);
    });

    it.each([
      [
        'committee',
        [
          // SAU = A + B: 3.703.701 × 1.032 = 3.822.219,432 → 3.822.219,43; realised 1.234.566 → 1.274.072,112 → 1.274.072,11.
          { key: 'SAU', ...sums('3822219.43', '2548146.29', '1274072.11', '0.3333', 2016) },
          { key: 'ÆHU', ...sums('1274073.14', '0.52', '637036.57', '0.5000', 2016) },
        ],
      ],
      [
        'administration',
        [
          { key: 'SAF', ...sums('3822219.43', '2548146.29', '1274072.11', '0.3333', 2016) },
          { key: 'ÆHF', ...sums('1274073.14', '0.52', '637036.57', '0.5000', 2016) },
        ],
      ],
      ['year', [{ key: 2015, ...sums('5096292.58', '2548146.80', '1911108.68', '0.3750', 2016) }]],
    ])('groupBy=%s: every group and the total at 2016 prices', async (groupBy, groups) => {
      const res = await get(`/api/budget-years/2014/realisation?groupBy=${groupBy}&priceLevel=2016`);
      expect(res.status).toBe(200);
      expect(res.body.groups).toEqual(groups);
      expect(res.body.total).toEqual(sums('5096292.58', '2548146.80', '1911108.68', '0.3750', 2016));
      const plain = (await get(`/api/budget-years/2014/realisation?groupBy=${groupBy}`)).body;
      expect(res.body.groups.map((g: { rate: string | null }) => g.rate)).toEqual(plain.groups.map((g: { rate: string | null }) => g.rate));
    });

    it('filters as before, and to 2015 prices rounds a half øre away from zero', async () => {
      // B alone: −1 × 1.005 = −1,005 → −1,01 (half-up would give −1,00); 1.234.567 × 1.005 = 1.240.739,835 → 1.240.739,84.
      const res = await get('/api/budget-years/2014/realisation?trackCode=SVR&committeeCode=SAU&priceLevel=2015');
      expect(res.body).toEqual({ groups: [{ key: 'SVR', ...sums('1240739.84', '0', '-1.01', '0.0000', 2015) }], total: sums('1240739.84', '0', '-1.01', '0.0000', 2015) });
    });
  });

  describe('GET /api/budget-years/:year/savings', () => {
    it('converts expected, forecast and realised of every row on its own and labels each row', async () => {
      const res = await get('/api/budget-years/2014/savings?priceLevel=2016');
      expect(res.status).toBe(200);
      const at2016 = (kroner: string | null) => (kroner === null ? null : TO_2016[kroner]);
      expect(res.body).toEqual(own.map((r) => ({ ...r, expected: at2016(r.expected), forecast: at2016(r.forecast), realised: at2016(r.realised), priceLevel: 2016 })));
      expect(cell(res.body, 'SVR', 'ÆHU')).toMatchObject({ expected: '1274073.14', forecast: '0.52', realised: '637036.57', priceLevel: 2016 });
      // Without priceLevel nothing changed: the amounts of 2014 and no priceLevel field.
      expect(cell(own, 'SVR', 'ÆHU')).toMatchObject({ expected: '1234567', forecast: '0.50', realised: '617283.50' });
      expect(own.every((r) => !('priceLevel' in r))).toBe(true);
    });

    it('rounds a half øre away from zero and keeps the filters and paging', async () => {
      const res = await get('/api/budget-years/2014/savings?trackCode=SVR&committeeCode=SAU&priceLevel=2015');
      const b = cell(res.body, 'SVR', 'SAU');
      // −1 × 100,5 ÷ 100 = −1,005 → −1,01; 1.234.567 × 1,005 = 1.240.739,835 → 1.240.739,84.
      expect(b).toMatchObject({ expected: '1240739.84', forecast: null, realised: '-1.01', priceLevel: 2015 });
      const all = (await get('/api/budget-years/2014/savings?priceLevel=2016')).body;
      expect((await get('/api/budget-years/2014/savings?priceLevel=2016&limit=2&offset=1')).body).toEqual(all.slice(1, 3));
    });

    it('leaves an amount at its own level unchanged when asked for that level', async () => {
      const res = await get('/api/budget-years/2014/savings?priceLevel=2014');
      expect(res.body).toEqual(own.map((r) => ({ ...r, priceLevel: 2014 })));
    });
  });

  describe('GET /api/budget-years/:year/allocation', () => {
    it('converts every cell, the unallocated years, and says the price level', async () => {
      const plain = (await get('/api/budget-years/2014/allocation')).body;
      expect(plain.unallocated).toEqual({ '2014': '1234567' });
      expect(plain).not.toHaveProperty('priceLevel');
      const res = await get('/api/budget-years/2014/allocation?priceLevel=2016');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        run: plain.run,
        cells: [
          // 2.469.134 → 2.548.146,29 and 1.234.567 → 1.274.073,14 twice: each cell on its own, so the two SVR cells
          // add up to 2.548.146,28, not to SVR's 2.469.134 converted.
          { trackCode: 'SELV', committeeCode: 'SAU', year: 2015, amount: '2548146.29' },
          { trackCode: 'SVR', committeeCode: 'SAU', year: 2015, amount: '1274073.14' },
          { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2015, amount: '1274073.14' },
        ],
        unallocated: { '2014': '1274073.14' },
        priceLevel: 2016,
      });
      expect(plain.cells.map((c: { amount: string }) => c.amount)).toEqual(['2469134', '1234567', '1234567']);
    });
  });

  describe('bad and unusable price levels', () => {
    const VIEWS = [
      '/api/budget-years/2014/savings',
      '/api/budget-years/2014/realisation',
      '/api/budget-years/2014/allocation',
      '/api/budget-years/2014/savings/export',
      '/api/budget-years/2014/realisation/export',
      '/api/budget-years/2014/allocation/export',
    ];

    it.each(VIEWS)('%s: 400 naming priceLevel for abc, 1800 and 2016.5', async (path) => {
      for (const bad of ['abc', '1800', '2016.5', '']) {
        const res = await get(`${path}?priceLevel=${bad}`);
        expect({ bad, status: res.status, message: res.body.message }).toEqual({ bad, status: 400, message: PRICE_LEVEL_400 });
      }
    });

    it.each(VIEWS)('%s: 400 in Danish naming the year whose index is missing', async (path) => {
      const res = await get(`${path}?priceLevel=2018`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: missing('2018') });
      // Budget 2019's own level has no index either: both are named, in order.
      expect((await get(`${path.replace('2014', '2019')}?priceLevel=2018`)).body.message).toEqual(missing('2018, 2019'));
      expect((await get(`${path.replace('2014', '2019')}?priceLevel=2016`)).body.message).toEqual(missing('2019'));
    });

    it('still answers an unknown budget year with 404', async () => {
      for (const path of VIEWS) expect((await get(`${path.replace('2014', '2099')}?priceLevel=2016`)).status).toBe(404);
    });
  });

  describe('exports', () => {
    it('savings as XLSX: converted numbers with øre, and "2016-pris" in the headers and the file name', async () => {
      const res = await download('/api/budget-years/2014/savings/export?priceLevel=2016&committeeCode=%C3%86HU');
      expect(res.status).toBe(200);
      expect(res.disposition).toBe('attachment; filename="besparelser-2014-2016-pris.xlsx"');
      const sheet = await sheetOf(res.bytes);
      const [header, ...rows] = valuesOf(sheet);
      expect(header).toEqual([
        'Id', 'Version', 'Spor', 'Udvalg', 'År', 'Forventet (kr., 2016-pris)', 'Prognose (kr., 2016-pris)', 'Realiseret (kr., 2016-pris)',
        'Status', 'Kommentar', 'Opdateret', 'Opdateret af',
      ]);
      const c = cell(own, 'SVR', 'ÆHU');
      expect(rows.find((r) => r[0] === c.id)?.slice(2, 8)).toEqual(['SVR', 'ÆHU', 2015, 1274073.14, 0.52, 637036.57]);
      expect(sheet.getCell('F2').numFmt).toBe('#,##0.00'); // the converted expected amount has øre
    });

    it('savings as CSV at 2015 prices, with the half øre rounded away from zero', async () => {
      const res = await get('/api/budget-years/2014/savings/export?format=csv&priceLevel=2015&trackCode=SVR&committeeCode=SAU');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="besparelser-2014-2015-pris.csv"');
      const [header, row] = csvLines(res.body);
      expect(header).toBe('Id;Version;Spor;Udvalg;År;Forventet (kr., 2015-pris);Prognose (kr., 2015-pris);Realiseret (kr., 2015-pris);Status;Kommentar;Opdateret;Opdateret af');
      expect(row.split(';').slice(2, 8)).toEqual(['SVR', 'SAU', '2015', '1240739,84', '', '-1,01']);
    });

    it('a converted savings file cannot be imported as if it were at the round\'s own prices', async () => {
      const file = (await download('/api/budget-years/2014/savings/export?priceLevel=2016')).bytes;
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)], { type: XLSX_TYPE }), 'besparelser-2014-2016-pris.xlsx');
      const res = await fetch(`${t.url}/api/budget-years/2014/savings/import?dryRun=false`, { method: 'POST', body: form, headers: { authorization: `Bearer ${finance}` } });
      expect(res.status).toBe(400);
      expect((await res.json()).errors).toEqual([
        {
          sheet: 'Besparelser', row: 1, column: 'Forventet (kr., 2016-pris)',
          message: 'Forventet (kr., 2016-pris): beløbene er omregnet til et andet prisniveau (eksporteret med priceLevel); importér en eksport uden priceLevel',
        },
      ]);
      expect((await get('/api/budget-years/2014/savings')).body).toEqual(own);
    });

    it('allocation as CSV and XLSX at 2016 prices', async () => {
      const res = await get('/api/budget-years/2014/allocation/export?format=csv&priceLevel=2016');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="fordeling-2014-2016-pris.csv"');
      expect(csvLines(res.body)).toEqual([
        'Type;Spor;Spornavn;Udvalg;Udvalgsnavn;År;Beløb (kr., 2016-pris)',
        'Fordelt;SELV;Spor SELV;SAU;Social- og Arbejdsmarkedsudvalget;2015;2548146,29',
        'Fordelt;SVR;Spor SVR;SAU;Social- og Arbejdsmarkedsudvalget;2015;1274073,14',
        'Fordelt;SVR;Spor SVR;ÆHU;Ældre- og Handicapudvalget;2015;1274073,14',
        'Ikke fordelt;;Intet spor kunne få puljen dette år;;;2014;1274073,14',
      ]);
      const [header, ...rows] = valuesOf(await sheetOf((await download('/api/budget-years/2014/allocation/export?priceLevel=2016')).bytes));
      expect(header.at(-1)).toBe('Beløb (kr., 2016-pris)');
      expect(rows.map((r) => r.at(-1))).toEqual([2548146.29, 1274073.14, 1274073.14, 1274073.14]);
    });

    it('realisation as CSV and XLSX at 2016 prices: groups, total and the unchanged rate', async () => {
      const res = await get('/api/budget-years/2014/realisation/export?format=csv&groupBy=track&priceLevel=2016');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="realisering-2014-track-2016-pris.csv"');
      expect(csvLines(res.body)).toEqual([
        'Spor;Navn;Forventet (kr., 2016-pris);Prognose (kr., 2016-pris);Realiseret (kr., 2016-pris);Realiseringsgrad',
        'SELV;Spor SELV;2548146,29;2548146,29;1274073,14;0,5000',
        'SVR;Spor SVR;2548146,29;0,52;637035,54;0,2500',
        'I alt;;5096292,58;2548146,80;1911108,68;0,3750',
      ]);
      const [header, ...rows] = valuesOf(await sheetOf((await download('/api/budget-years/2014/realisation/export?groupBy=year&priceLevel=2016')).bytes));
      expect(header).toEqual(['År', 'Forventet (kr., 2016-pris)', 'Prognose (kr., 2016-pris)', 'Realiseret (kr., 2016-pris)', 'Realiseringsgrad']);
      expect(rows.at(-1)).toEqual(['I alt', 5096292.58, 2548146.8, 1911108.68, 0.375]);
    });
  });

  it('documents priceLevel on every view and export, and the priceLevel fields of the answers', async () => {
    const doc = (await get('/api/docs-json')).body;
    for (const path of ['savings', 'realisation', 'allocation', 'savings/export', 'realisation/export', 'allocation/export']) {
      const parameter = doc.paths[`/api/budget-years/{year}/${path}`].get.parameters.find((p: { name: string }) => p.name === 'priceLevel');
      expect({ path, in: parameter?.in, required: parameter?.required, type: parameter?.schema?.type }).toEqual({ path, in: 'query', required: false, type: 'integer' });
      expect(parameter.description).toMatch(/^Vis beløbene i dette års prisniveau: beløb × indeks\(priceLevel\) ÷ indeks\(beløbets prisniveau\)/);
    }
    const listRow = doc.components.schemas.SavingsListRowDto;
    expect(Object.keys(listRow.properties)).toEqual([...Object.keys(doc.components.schemas.SavingsRowDto.properties), 'priceLevel']);
    expect(listRow.properties.priceLevel).toMatchObject({ type: 'integer' });
    expect(listRow.required ?? []).not.toContain('priceLevel');
    expect(doc.paths['/api/budget-years/{year}/savings'].get.responses['200'].content['application/json'].schema.items.$ref).toBe('#/components/schemas/SavingsListRowDto');
    expect(doc.components.schemas.RealisationTotalDto.properties.rate.description).toContain('den samme med og uden ?priceLevel');
    expect(doc.paths['/api/budget-years/{year}/allocation'].get.description).toContain('`priceLevel`');
  });
});
