import type { Content, CustomTableLayout, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { priceLevelLabel } from '@budgetspor/server/price-levels';
import { amountCell, dateText, METHOD_LABELS, mioText, rateText, timeText } from './report-format';

/**
 * What both reports share: the page (A4, header, "Side 1 af 3" and the print time in the
 * footer), the line saying which rammeudmelding the figures rest on, key figures and the
 * sums table. The builders are pure: data in, a pdfmake document definition out.
 */

/** The framework revision the current allocation (and so every "expected") was computed from. */
export interface ReportBasis {
  readonly framework: {
    readonly revision: number;
    readonly title: string;
    readonly decidedOn: string;
    readonly decidedBy: string;
    readonly allocationMethod: string;
  } | null;
  /** When the allocation behind "expected" finished; null when none has run. */
  readonly allocatedAt: string | null;
}

export interface ReportMeta {
  readonly year: number;
  readonly budgetTitle: string;
  readonly periodYears: readonly number[];
  readonly printedAt: Date;
  readonly basis: ReportBasis;
  /** The price level of every amount: the round's own (`ownPriceLevel`) unless `?priceLevel=` asked for another. */
  readonly priceLevel: number;
  readonly ownPriceLevel: number;
}

/** Sums as the API's realisation returns them: kroner text, rate with 4 decimals or null. */
export interface Sums {
  readonly expected: string;
  readonly forecast: string;
  readonly realised: string;
  readonly rate: string | null;
}

export interface SumsRow extends Sums {
  readonly label: string;
}

/** A4 minus the page margins: what charts and tables may use. */
export const CONTENT_WIDTH = 595.28 - 2 * 40;

/** The amount columns' headers, with the price level on a line of its own: "Forventet\n(kr., 2014-pris)". */
export function amountHeaders(priceLevel: number): string[] {
  return ['Forventet', 'Prognose', 'Realiseret'].map((h) => `${h}\n(kr., ${priceLevelLabel(priceLevel)})`);
}

const MUTED = '#555555';

const STYLES: StyleDictionary = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 10.5, color: MUTED, margin: [0, 0, 0, 10] },
  h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
  h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] },
  basis: { fontSize: 9, color: '#333333', margin: [0, 0, 0, 10] },
  th: { bold: true, fontSize: 8.5, color: '#333333' },
  note: { fontSize: 8, color: MUTED, margin: [0, 4, 0, 0] },
  figureLabel: { fontSize: 8.5, color: MUTED },
  figureValue: { fontSize: 14, bold: true },
  figureExact: { fontSize: 8, color: MUTED },
};

/** Thin rules under the header and above the total, none between columns: a printed paper's table. */
export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 ? 0 : i === 1 || i === node.table.body.length ? 0.8 : 0.25),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? '#333333' : '#c4ccd4'),
  paddingLeft: (i) => (i === 0 ? 0 : 5),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 5),
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** The whole document around a report's content. */
export function reportDocument(meta: ReportMeta, kind: string, title: string, content: Content[]): TDocumentDefinitions {
  const printed = `Udskrevet ${timeText(meta.printedAt)}`;
  return {
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 48],
    language: 'da-DK',
    info: { title, author: 'Budgetspor', creator: 'Budgetspor', subject: `${kind}, budget ${meta.year}` },
    header: {
      columns: [
        { text: `Budgetspor · ${kind}` },
        { text: `Budget ${meta.year}`, alignment: 'right' },
      ],
      margin: [40, 24, 40, 0],
      fontSize: 8,
      color: MUTED,
    },
    footer: (page: number, pages: number) => ({
      columns: [{ text: printed }, { text: `Side ${page} af ${pages}`, alignment: 'right' }],
      margin: [40, 18, 40, 0],
      fontSize: 8,
      color: MUTED,
    }),
    content,
    styles: STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
  };
}

export function titleBlock(title: string, subtitle: string): Content[] {
  return [
    { text: title, style: 'title' },
    { text: subtitle, style: 'subtitle' },
  ];
}

export function periodText(periodYears: readonly number[]): string {
  return periodYears.length ? `${periodYears[0]}–${periodYears[periodYears.length - 1]}` : '';
}

/** "Grundlag: …": the revision the expected amounts rest on, or that there is none yet. */
export function basisText(meta: ReportMeta): string {
  const { framework, allocatedAt } = meta.basis;
  if (!framework) {
    return `Grundlag: Der er endnu ingen beregnet fordeling af innovationspuljen for budget ${meta.year}, så der er ingen forventede beløb.`;
  }
  const method = METHOD_LABELS[framework.allocationMethod] ?? framework.allocationMethod;
  const when = allocatedAt ? ` Fordelingen blev beregnet ${timeText(allocatedAt)}.` : '';
  return (
    `Grundlag: rammeudmelding revision ${framework.revision}, «${framework.title}», besluttet ${dateText(framework.decidedOn)} ` +
    `af ${framework.decidedBy}; puljen er fordelt ${method}.${when} ${priceLevelText(meta)}`
  );
}

/** Which price level the amounts are at, and whether they were converted to it. */
export function priceLevelText(meta: Pick<ReportMeta, 'priceLevel' | 'ownPriceLevel'>): string {
  const shown = priceLevelLabel(meta.priceLevel);
  if (meta.priceLevel === meta.ownPriceLevel) return `Beløbene er i ${shown}, budgetrundens eget prisniveau.`;
  return (
    `Beløbene er omregnet fra budgetrundens ${priceLevelLabel(meta.ownPriceLevel)} til ${shown} efter pris- og lønindekset, ` +
    `hvert beløb for sig og afrundet til hele øre; realiseringsgraden er den samme som i ${priceLevelLabel(meta.ownPriceLevel)}.`
  );
}

/** Four figures across the page: expected, forecast and realised in mio. kr. with the exact amount under, and the rate. */
export function keyFigures(sums: Sums): Content {
  const figure = (label: string, value: string, exact: string): TableCell => ({
    stack: [
      { text: label, style: 'figureLabel' },
      { text: value, style: 'figureValue' },
      { text: exact, style: 'figureExact' },
    ],
  });
  return {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [
        [
          figure('Forventet', mioText(sums.expected), `${amountCell(sums.expected)} kr.`),
          figure('Prognose', mioText(sums.forecast), `${amountCell(sums.forecast)} kr.`),
          figure('Realiseret', mioText(sums.realised), `${amountCell(sums.realised)} kr.`),
          figure('Realiseringsgrad', rateText(sums.rate), 'realiseret ÷ forventet'),
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0,
      hLineColor: () => '#c4ccd4',
      paddingTop: () => 5,
      paddingBottom: () => 5,
      paddingLeft: (i) => (i === 0 ? 0 : 6),
    },
    margin: [0, 0, 0, 6],
  };
}

const header = (text: string, alignment: 'left' | 'right' = 'right'): TableCell => ({ text, style: 'th', alignment });
const num = (text: string, bold = false): TableCell => ({ text, alignment: 'right', bold, noWrap: true });

/** Group | expected | forecast | realised | rate, with the total as the last row. */
export function sumsTable(firstHeader: string, rows: readonly SumsRow[], total: SumsRow, priceLevel: number): Content {
  const line = (row: SumsRow, bold = false): TableCell[] => [
    { text: row.label, bold },
    num(amountCell(row.expected), bold),
    num(amountCell(row.forecast), bold),
    num(amountCell(row.realised), bold),
    num(rateText(row.rate), bold),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 76, 76, 76, 76],
      body: [
        [header(firstHeader, 'left'), ...amountHeaders(priceLevel).map((h) => header(h)), header('Realiseringsgrad')],
        ...rows.map((row) => line(row)),
        line(total, true),
      ],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 2, 0, 6],
  };
}

export function note(text: string): Content {
  return { text, style: 'note' };
}

/** "Social- og Arbejdsmarkedsudvalget (SAU)", or the code alone when the name is unknown. */
export function named(code: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(code);
  return name && name !== code ? `${name} (${code})` : code;
}
