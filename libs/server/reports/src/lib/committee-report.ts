import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { barChart } from './bar-chart';
import { amountCell, rateText, STATUS_LABELS } from './report-format';
import {
  amountHeaders,
  basisText,
  CONTENT_WIDTH,
  keyFigures,
  named,
  note,
  periodText,
  ReportMeta,
  reportDocument,
  Sums,
  sumsTable,
  TABLE_LAYOUT,
  titleBlock,
} from './report-layout';

/** One savings row of the committee, as `GET …/savings?committeeCode=` returns it. */
export interface CommitteeSavingsRow {
  readonly trackCode: string;
  readonly year: number;
  readonly expected: string;
  readonly forecast: string | null;
  readonly realised: string | null;
  readonly status: string;
  readonly comment: string;
}

export interface CommitteeReportInput extends ReportMeta {
  readonly committee: { readonly code: string; readonly name: string };
  /** In the API's order: track code, then year. */
  readonly rows: readonly CommitteeSavingsRow[];
  /** `…/realisation?groupBy=track&committeeCode=`: the committee's sums per track and in total. */
  readonly byTrack: readonly (Sums & { readonly key: string | number })[];
  readonly total: Sums;
  readonly trackNames: ReadonlyMap<string, string>;
}

/**
 * Udvalgsrapport: one committee's savings in one budget round, for the committee's meeting.
 * Key figures, a chart and a table per track, then each track's years with status and the
 * committee's comments. Sums are the API's own (realisation with the committee filter), so
 * the paper shows what the dashboard shows.
 */
export function committeeReport(input: CommitteeReportInput): TDocumentDefinitions {
  const { committee, rows, trackNames } = input;
  const title = `Udvalgsrapport: ${committee.name}`;
  const content: Content[] = [
    ...titleBlock(title, `${committee.code} · ${input.budgetTitle} · opfølgning på innovationssporene ${periodText(input.periodYears)}`),
    { text: basisText(input), style: 'basis' },
  ];

  if (rows.length === 0) {
    content.push({ text: `${committee.name} har ingen besparelser på innovationssporene i budget ${input.year}.`, margin: [0, 6, 0, 0] });
    return reportDocument(input, 'Udvalgsrapport', title, content);
  }

  const trackRows = input.byTrack.map((g) => ({ ...g, label: named(String(g.key), trackNames) }));
  content.push(
    keyFigures(input.total),
    { stack: [{ text: 'Forventet, prognose og realiseret pr. spor', style: 'h2' }, barChart(trackRows, CONTENT_WIDTH)], unbreakable: trackRows.length <= 20 },
    sumsTable('Spor', trackRows, { ...input.total, label: 'I alt' }, input.priceLevel),
    note('Beløb i kroner. Manglende prognoser og realiserede beløb tæller som 0 i summerne. Realiseringsgrad = realiseret ÷ forventet.'),
    { text: 'Sporene år for år', style: 'h2' },
  );
  for (const track of trackRows) {
    const own = rows.filter((r) => r.trackCode === String(track.key));
    // A track of a few years is kept whole, heading and all; a long one may break between rows.
    content.push({
      stack: [{ text: track.label, style: 'h3' }, { table: trackTable(own, track, input.priceLevel), layout: TABLE_LAYOUT, margin: [0, 0, 0, 4] }],
      unbreakable: own.length <= 12,
    });
  }
  content.push(note('"–": ikke udfyldt endnu.'));
  return reportDocument(input, 'Udvalgsrapport', title, content);
}

/**
 * A track's years: amounts, status and the comment under its year, then the track's total.
 * Exported for the tests, which read its rows.
 */
export function trackTable(rows: readonly CommitteeSavingsRow[], total: Sums, priceLevel: number) {
  const num = (text: string, bold = false): TableCell => ({ text, alignment: 'right', bold, noWrap: true });
  const body: TableCell[][] = [
    [
      { text: 'År', style: 'th' },
      ...amountHeaders(priceLevel).map((h): TableCell => ({ text: h, style: 'th', alignment: 'right' })),
      { text: 'Status', style: 'th' },
    ],
  ];
  for (const row of rows) {
    body.push([
      { text: String(row.year) },
      num(amountCell(row.expected)),
      num(amountCell(row.forecast)),
      num(amountCell(row.realised)),
      { text: STATUS_LABELS[row.status] ?? row.status },
    ]);
    if (row.comment.trim() !== '') {
      body.push([{ text: `Kommentar ${row.year}: ${row.comment}`, colSpan: 5, italics: true, fontSize: 8.5, color: '#333333' }, {}, {}, {}, {}]);
    }
  }
  body.push([
    { text: 'I alt', bold: true },
    num(amountCell(total.expected), true),
    num(amountCell(total.forecast), true),
    num(amountCell(total.realised), true),
    { text: `Realiseringsgrad ${rateText(total.rate)}`, bold: true, noWrap: true },
  ]);
  return { headerRows: 1, dontBreakRows: true, widths: [40, 82, 82, 82, '*'], body };
}
