import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { barChart } from './bar-chart';
import { basisText, CONTENT_WIDTH, keyFigures, named, note, periodText, ReportMeta, reportDocument, Sums, sumsTable, titleBlock } from './report-layout';

export type Grouping = 'track' | 'committee' | 'administration' | 'year';

/** `GET …/realisation?groupBy=`: the groups and their total. */
export interface Realisation {
  readonly groups: readonly (Sums & { readonly key: string | number })[];
  readonly total: Sums;
}

export interface DirectorReportInput extends ReportMeta {
  readonly realisation: Readonly<Record<Grouping, Realisation>>;
  readonly names: Readonly<Record<Exclude<Grouping, 'year'>, ReadonlyMap<string, string>>>;
}

/** The order of the sections and their words. */
export const SECTIONS: readonly { readonly groupBy: Grouping; readonly heading: string; readonly column: string }[] = [
  { groupBy: 'track', heading: 'Realisering pr. spor', column: 'Spor' },
  { groupBy: 'committee', heading: 'Realisering pr. udvalg', column: 'Udvalg' },
  { groupBy: 'administration', heading: 'Realisering pr. forvaltning', column: 'Forvaltning' },
  { groupBy: 'year', heading: 'Realisering pr. år', column: 'År' },
];

/**
 * Direktionsrapport: the realisation of the whole round, across tracks, committees,
 * administrations and years, each as a chart with the same numbers in a table under it.
 */
export function directorReport(input: DirectorReportInput): TDocumentDefinitions {
  const title = 'Direktionsrapport: realisering af innovationssporene';
  const total = input.realisation.year.total;
  const content: Content[] = [
    ...titleBlock(title, `${input.budgetTitle} · perioden ${periodText(input.periodYears)}`),
    { text: basisText(input), style: 'basis' },
  ];
  if (input.realisation.track.groups.length === 0) {
    content.push({ text: `Der er endnu ingen besparelser at følge op på i budget ${input.year}.`, margin: [0, 6, 0, 0] });
    return reportDocument(input, 'Direktionsrapport', title, content);
  }
  content.push(keyFigures(total));
  for (const section of SECTIONS) content.push(...sectionContent(input, section));
  content.push(note('Beløb i kroner. Manglende prognoser og realiserede beløb tæller som 0. Realiseringsgrad = realiseret ÷ forventet.'));
  return reportDocument(input, 'Direktionsrapport', title, content);
}

/** One grouping: heading, chart, table; kept together where it fits on a page. */
export function sectionContent(input: DirectorReportInput, section: (typeof SECTIONS)[number]): Content[] {
  const realisation = input.realisation[section.groupBy];
  const names = section.groupBy === 'year' ? new Map<string, string>() : input.names[section.groupBy];
  const rows = realisation.groups.map((g) => ({ ...g, label: named(String(g.key), names) }));
  return [
    // The heading stays with its chart: a heading alone at the foot of a page reads as a mistake.
    { stack: [{ text: section.heading, style: 'h2' }, barChart(rows, CONTENT_WIDTH)], unbreakable: rows.length <= 20 },
    sumsTable(section.column, rows, { ...realisation.total, label: 'I alt' }, input.priceLevel),
  ];
}
