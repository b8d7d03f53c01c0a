import * as ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { groupThousands } from '@budgetspor/shared/money';
import { CellValue, isBlank, ReadContext } from './cell-values';
import { detectDelimiter, parseCsv } from './csv';
import { zipEntries } from './zip-check';

/** One non-empty row of a sheet, numbered as the spreadsheet program numbers it (header = 1). */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** The sheet an import reads: its header row and its data rows (empty rows left out). */
export interface SheetData extends ReadContext {
  /** The sheet's name in an XLSX file; the file's name for a CSV file. */
  sheet: string;
  header: SheetRow | undefined;
  rows: SheetRow[];
}

/** A file that cannot be read at all: 400, or 413 when it is too large. Message in Danish. */
export class FileProblem extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

export interface ReadOptions {
  /** The sheet to read in an XLSX file; the first sheet when the file has none by that name. */
  sheet: string;
  maxRows: number;
}

/** What a file unpacks to at most: far above 50,000 rows with long comments, far below a zip bomb. */
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;

export type FileKind = 'empty' | 'xlsx' | 'ole' | 'text' | 'binary';

/** The file's kind by its content, never by its name or the browser's claimed type. */
export function fileKind(buffer: Buffer): FileKind {
  if (buffer.length === 0) return 'empty';
  if (['PK\x03\x04', 'PK\x05\x06'].includes(buffer.subarray(0, 4).toString('latin1'))) return 'xlsx';
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'ole';
  // Control characters other than tab, line breaks and form feed do not occur in CSV text.
  return buffer.subarray(0, 64 * 1024).some((byte) => byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte)) ? 'binary' : 'text';
}

const NOT_SPREADSHEET = 'Filen er hverken en Excel-fil (.xlsx) eller en CSV-fil; upload den fil, eksporten lavede';

/** Reads an uploaded XLSX or CSV file; throws FileProblem for anything that is not one. */
export async function readSpreadsheet(file: UploadedFile, options: ReadOptions): Promise<SheetData> {
  switch (fileKind(file.buffer)) {
    case 'empty':
      throw new FileProblem(400, 'Filen er tom');
    case 'ole':
      throw new FileProblem(400, 'Filen er en gammel Excel-fil (.xls) eller beskyttet med adgangskode; gem den som Excel-projektmappe (.xlsx) uden adgangskode');
    case 'binary':
      throw new FileProblem(400, NOT_SPREADSHEET);
    case 'xlsx':
      return readXlsx(file.buffer, options);
    case 'text':
      return readCsv(decodeText(file.buffer), file.originalname || 'CSV', options);
  }
}

/** UTF-8 (what the export writes); otherwise Windows-1252, what Danish Excel's "CSV (semikolonsepareret)" writes. */
export function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

function readCsv(text: string, name: string, options: ReadOptions): SheetData {
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  const { records, unterminatedAt } = parseCsv(text, delimiter);
  if (unterminatedAt !== undefined) {
    throw new FileProblem(400, `CSV-filen har et anførselstegn i række ${unterminatedAt}, som aldrig lukkes`);
  }
  const [header, ...rows] = records.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (!header) throw new FileProblem(400, 'Filen er tom');
  assertRowCount(rows.length, options.maxRows);
  return { sheet: name, format: 'csv', decimal: delimiter === ';' ? ',' : '.', header, rows };
}

async function readXlsx(buffer: Buffer, options: ReadOptions): Promise<SheetData> {
  const entries = zipEntries(buffer);
  if (!entries) throw new FileProblem(400, 'Filen er en beskadiget Excel-fil (zip-arkivet kan ikke læses); gem den igen som .xlsx');
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new FileProblem(400, NOT_SPREADSHEET);
  if (entries.reduce((sum, e) => sum + e.unpackedSize, 0) > MAX_UNPACKED_BYTES) {
    throw new FileProblem(413, 'Filen fylder for meget, når den pakkes ud; del den op i mindre filer');
  }
  let chosen: { name: string; rows: SheetRow[]; count: number } | undefined;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
      worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore',
    });
    for await (const worksheet of reader) {
      // Every sheet is read to its end (the reader needs it); only the wanted one is kept.
      const name = (worksheet as unknown as { name: string }).name;
      const keep = !chosen || (name === options.sheet && chosen.name !== options.sheet);
      const sheet = { name, rows: [] as SheetRow[], count: 0 };
      for await (const row of worksheet) {
        const cells = (row.values as unknown[]).slice(1).map(cellValue);
        if (!keep || cells.every(isBlank)) continue;
        // Rows beyond the limit are counted, not kept.
        if (++sheet.count <= options.maxRows + 1) sheet.rows.push({ row: row.number, cells });
      }
      if (keep) chosen = sheet;
    }
  } catch {
    throw new FileProblem(400, 'Filen kunne ikke læses som Excel-fil (.xlsx); den er måske beskadiget');
  }
  if (!chosen) throw new FileProblem(400, 'Excel-filen har intet regneark');
  const [header, ...rows] = chosen.rows;
  if (!header) throw new FileProblem(400, `Regnearket "${chosen.name}" er tomt`);
  assertRowCount(chosen.count - 1, options.maxRows);
  return { sheet: chosen.name, format: 'xlsx', decimal: ',', header, rows };
}

function assertRowCount(count: number, max: number): void {
  if (count > max) {
    throw new FileProblem(413, `Filen har ${groupThousands(String(count))} rækker; højst ${groupThousands(String(max))} kan importeres ad gangen. Del filen op.`);
  }
}

/** An exceljs cell value as one of ours: formulas by their computed result, rich text and links by their text. */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['richText'])) return (v['richText'] as { text: string }[]).map((part) => part.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    return v['result'] === undefined ? { error: 'en formel uden beregnet værdi (indsæt værdien i stedet)' } : cellValue(v['result']);
  }
  if ('error' in v) return { error: `fejlen ${String(v['error'])}` };
  if ('text' in v) return cellValue(v['text']);
  return { error: 'en ukendt celletype' };
}
