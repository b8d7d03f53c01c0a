import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatKroner } from '@budgetspor/shared/money';
import { startTestApp, TestApp } from './support/test-app';
import type { SavingsListRowDto } from '@budgetspor/server/savings';

/** Debian's poppler-utils; `npm test` installs it and sets PDFTOTEXT_PATH. */
const PDFTOTEXT = process.env['PDFTOTEXT_PATH'] ?? '/usr/bin/pdftotext';

/** A row of GET …/savings, as the API declares it (`priceLevel` only when asked for). */
type SavingsRow = SavingsListRowDto;
interface Sums { key: string | number; expected: string; forecast: string; realised: string; rate: string | null }
interface Realisation { groups: Sums[]; total: Omit<Sums, 'key'> }

const STATUS: Record<string, string> = { on_track: 'På sporet', at_risk: 'I risiko', off_track: 'Ikke på sporet', realised: 'Realiseret' };
const kr = (amount: string | null) => (amount === null ? '–' : formatKroner(amount, { unit: false }));
/** "0.4012" → "40,1 %" (one decimal, half away from zero), as the reports and the dashboard write a rate. */
function rate(r: string | null): string {
  const match = r === null ? null : /^(-?)(\d+)\.(\d{4})$/.exec(r);
  if (!match) return '–';
  const tenths = ((BigInt(match[2]) * 10_000n + BigInt(match[3])) * 2n + 10n) / 20n;
  return `${match[1] && tenths !== 0n ? '-' : ''}${tenths / 10n},${tenths % 10n} %`;
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A table line of `pdftotext -layout`: the cells in order, separated by at least one space. */
const cells = (...texts: string[]) => new RegExp(texts.map(escape).join('\\s+'));

describe('printable reports (PDF) on the demo data', () => {
  let t: TestApp;
  let token: string;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(PDFTOTEXT)) throw new Error(`pdftotext is missing (${PDFTOTEXT}): apt-get install poppler-utils, or run npm test, which installs it`);
    dir = mkdtempSync(join(tmpdir(), 'reports-e2e-'));
    t = await startTestApp({ DEMO_DATA: 'true', RUN_WORKER: 'true' });
    token = await t.adminToken();
    for (const year of [2013, 2014]) await settled(year);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The demo's allocations are queued at start; the reports must read their results. */
  async function settled(year: number): Promise<void> {
    for (let i = 0; i < 600; i++) {
      const [runs, allocation] = await Promise.all([
        t.request('GET', `/api/budget-years/${year}/allocation-runs?limit=1`, { token }),
        t.request('GET', `/api/budget-years/${year}/allocation`, { token }),
      ]);
      if (runs.body[0]?.status === 'succeeded' && allocation.body.run?.id === runs.body[0].id) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the allocation of ${year} did not settle`);
  }

  async function pdfText(path: string): Promise<{ status: number; type: string | null; disposition: string | null; text: string }> {
    const res = await fetch(t.url + path, { headers: { authorization: `Bearer ${token}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) return { status: res.status, type: res.headers.get('content-type'), disposition: null, text: bytes.toString('utf8') };
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = join(dir, `${Date.now()}.pdf`);
    writeFileSync(file, bytes);
    const text = execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), text };
  }

  it('prints the committee report of ÆHU for 2013 with the name, rows, sums and basis the API has', async () => {
    const committee = (await t.request('GET', `/api/committees/${encodeURIComponent('ÆHU')}`, { token })).body;
    const rows: SavingsRow[] = (await t.request('GET', `/api/budget-years/2013/savings?committeeCode=${encodeURIComponent('ÆHU')}`, { token })).body;
    const byTrack: Realisation = (await t.request('GET', `/api/budget-years/2013/realisation?groupBy=track&committeeCode=${encodeURIComponent('ÆHU')}`, { token })).body;
    const run = (await t.request('GET', '/api/budget-years/2013/allocation', { token })).body.run;
    expect(rows.length).toBeGreaterThan(1);

    const pdf = await pdfText(`/api/budget-years/2013/reports/committee/${encodeURIComponent('ÆHU')}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toBe(`inline; filename="udvalgsrapport-2013-AEHU.pdf"; filename*=UTF-8''udvalgsrapport-2013-%C3%86HU.pdf`);
    const text = pdf.text;
    expect(text).toContain(`Udvalgsrapport: ${committee.name}`);
    expect(committee.name).toBe('Ældre- og Handicapudvalget');
    expect(text).toContain(`Grundlag: rammeudmelding revision ${run.frameworkRevision}`);
    expect(text).toMatch(/Udskrevet \d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}/);
    expect(text).toMatch(/Side 1 af \d/);

    // Every year line of the track tables, in order, is an API row: year, amounts, status.
    const yearLines = text.split('\n').filter((line) => /^\s*20\d\d\s{2,}/.test(line)).map((line) => line.trim().split(/\s{2,}/));
    expect(yearLines).toEqual(rows.map((r) => [String(r.year), kr(r.expected), kr(r.forecast), kr(r.realised), STATUS[r.status]]));

    // The overview's total and each track's total are the realisation's sums.
    const total = byTrack.total;
    expect(text).toMatch(cells('I alt', kr(total.expected), kr(total.forecast), kr(total.realised), rate(total.rate)));
    for (const g of byTrack.groups) {
      expect(text).toMatch(cells(kr(g.expected), kr(g.forecast), kr(g.realised), rate(g.rate)));
      expect(text).toMatch(cells('I alt', kr(g.expected), kr(g.forecast), kr(g.realised), `Realiseringsgrad ${rate(g.rate)}`));
    }
  });

  it('prints the director report of 2014 with every committee\'s and track\'s sums the API has', async () => {
    const [byCommittee, byTrack, committees, tracks] = await Promise.all([
      t.request('GET', '/api/budget-years/2014/realisation?groupBy=committee', { token }),
      t.request('GET', '/api/budget-years/2014/realisation?groupBy=track', { token }),
      t.request('GET', '/api/committees', { token }),
      t.request('GET', '/api/tracks', { token }),
    ]);
    const pdf = await pdfText('/api/budget-years/2014/reports/director.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.disposition).toBe(`inline; filename="direktionsrapport-2014.pdf"; filename*=UTF-8''direktionsrapport-2014.pdf`);
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Direktionsrapport: realisering af innovationssporene');
    for (const heading of ['Realisering pr. spor', 'Realisering pr. udvalg', 'Realisering pr. forvaltning', 'Realisering pr. år']) expect(flat).toContain(heading);

    const name = (list: { code: string; name: string }[], code: string) => list.find((x) => x.code === code)?.name ?? code;
    for (const [realisation, list] of [[byCommittee.body, committees.body], [byTrack.body, tracks.body]] as [Realisation, { code: string; name: string }[]][]) {
      expect(realisation.groups.length).toBeGreaterThan(0);
      for (const g of realisation.groups) {
        expect(flat).toContain(name(list, String(g.key)));
        expect(pdf.text).toMatch(cells(kr(g.expected), kr(g.forecast), kr(g.realised), rate(g.rate)));
      }
      const total = realisation.total;
      expect(pdf.text).toMatch(cells('I alt', kr(total.expected), kr(total.forecast), kr(total.realised), rate(total.rate)));
    }
  });

  it('prints both reports at another price level with the figures ?priceLevel= gives, and says so', async () => {
    const code = encodeURIComponent('ÆHU');
    const rows: SavingsRow[] = (await t.request('GET', `/api/budget-years/2013/savings?committeeCode=${code}&priceLevel=2016`, { token })).body;
    expect(rows.some((r) => r.expected.includes('.'))).toBe(true); // converted: øre appear
    const committee = await pdfText(`/api/budget-years/2013/reports/committee/${code}.pdf?priceLevel=2016`);
    expect(committee.status).toBe(200);
    expect(committee.disposition).toBe(`inline; filename="udvalgsrapport-2013-AEHU-2016-pris.pdf"; filename*=UTF-8''udvalgsrapport-2013-%C3%86HU-2016-pris.pdf`);
    const yearLines = committee.text.split('\n').filter((line) => /^\s*20\d\d\s{2,}/.test(line)).map((line) => line.trim().split(/\s{2,}/));
    expect(yearLines).toEqual(rows.map((r) => [String(r.year), kr(r.expected), kr(r.forecast), kr(r.realised), STATUS[r.status]]));
    const flat = committee.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Beløbene er omregnet fra budgetrundens 2013-pris til 2016-pris efter pris- og lønindekset');
    // Each amount column's header names the level: the overview and the three tracks' tables.
    expect(flat.match(/\(kr\., 2016-pris\)/g)).toHaveLength(3 * (1 + new Set(rows.map((r) => r.trackCode)).size));

    const byCommittee: Realisation = (await t.request('GET', '/api/budget-years/2014/realisation?groupBy=committee&priceLevel=2016', { token })).body;
    const director = await pdfText('/api/budget-years/2014/reports/director.pdf?priceLevel=2016');
    expect(director.disposition).toBe(`inline; filename="direktionsrapport-2014-2016-pris.pdf"; filename*=UTF-8''direktionsrapport-2014-2016-pris.pdf`);
    for (const g of byCommittee.groups) expect(director.text).toMatch(cells(kr(g.expected), kr(g.forecast), kr(g.realised), rate(g.rate)));
    const total = byCommittee.total;
    expect(director.text).toMatch(cells('I alt', kr(total.expected), kr(total.forecast), kr(total.realised), rate(total.rate)));

    // Without ?priceLevel the report names the round's own level.
    expect((await pdfText('/api/budget-years/2014/reports/director.pdf')).text.replace(/\s+/g, ' ')).toContain('Beløbene er i 2014-pris, budgetrundens eget prisniveau.');
  });

  it('answers 400 naming priceLevel for a bad year or a missing index', async () => {
    const bad = await pdfText('/api/budget-years/2014/reports/director.pdf?priceLevel=abc');
    expect({ status: bad.status, body: JSON.parse(bad.text) }).toEqual({
      status: 400, body: { statusCode: 400, error: 'Bad Request', message: ['priceLevel: skal være et årstal fra 1900 til 2200, fx 2016'] },
    });
    const missing = await pdfText(`/api/budget-years/2013/reports/committee/${encodeURIComponent('ÆHU')}.pdf?priceLevel=1990`);
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.text).message).toEqual([expect.stringMatching(/^priceLevel: pris- og lønindekset mangler for 1990/)]);
  });

  it('answers 404 for an unknown committee or year, and 401 without a session', async () => {
    expect((await pdfText('/api/budget-years/2013/reports/committee/NIX.pdf')).status).toBe(404);
    expect((await pdfText('/api/budget-years/1999/reports/director.pdf')).status).toBe(404);
    expect((await fetch(`${t.url}/api/budget-years/2013/reports/director.pdf`)).status).toBe(401);
  });
});
