/**
 * The addresses of the API's files: spreadsheet exports (XLSX/CSV), imports and the PDF
 * reports. One place, so every page asks for a file the same way and a change of route is
 * one edit.
 */

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** The formats in the order the buttons show them, with the words on them. */
export const SPREADSHEET_FORMATS: readonly { readonly format: SpreadsheetFormat; readonly label: string }[] = [
  { format: 'xlsx', label: $localize`:@@core.export.xlsx:Hent som Excel` },
  { format: 'csv', label: $localize`:@@core.export.csv:Hent som CSV` },
];

type QueryValue = string | number | boolean | null | undefined;

/** `path?a=1&b=x`, leaving out empty values; keys and values percent-encoded (codes like ÆHU). */
export function withQuery(path: string, params: Readonly<Record<string, QueryValue>>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  if (parts.length === 0) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${parts.join('&')}`;
}

/** An export's address in one format: the export URL (with its filters) plus `format=`. */
export function inFormat(exportUrl: string, format: SpreadsheetFormat): string {
  return withQuery(exportUrl, { format });
}

const yearUrl = (year: number) => `/api/budget-years/${year}`;

export const EXPORT_URLS = {
  allocation: (year: number) => `${yearUrl(year)}/allocation/export`,
  /** The same filters as the savings list: one track and/or one committee. */
  savings: (year: number, filter: { readonly trackCode?: string | null; readonly committeeCode?: string | null } = {}) =>
    withQuery(`${yearUrl(year)}/savings/export`, { trackCode: filter.trackCode, committeeCode: filter.committeeCode }),
  realisation: (year: number, groupBy: 'track' | 'committee' | 'administration' | 'year') =>
    withQuery(`${yearUrl(year)}/realisation/export`, { groupBy }),
  framework: (year: number, revision: number) => `${yearUrl(year)}/frameworks/${revision}/export`,
  audit: (filter: { readonly entityType?: string | null; readonly entityId?: string | null } = {}) =>
    withQuery('/api/audit/export', { entityType: filter.entityType, entityId: filter.entityId }),
} as const;

export const IMPORT_URLS = {
  savings: (year: number, dryRun: boolean) => withQuery(`${yearUrl(year)}/savings/import`, { dryRun }),
  framework: (year: number, dryRun: boolean) => withQuery(`${yearUrl(year)}/frameworks/import`, { dryRun }),
} as const;

export const REPORT_URLS = {
  committee: (year: number, committeeCode: string) => `${yearUrl(year)}/reports/committee/${encodeURIComponent(committeeCode)}.pdf`,
  director: (year: number) => `${yearUrl(year)}/reports/director.pdf`,
} as const;

/** The files a spreadsheet import accepts, for the file chooser. */
export const SPREADSHEET_ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
