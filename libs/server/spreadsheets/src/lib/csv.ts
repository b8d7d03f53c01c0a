/**
 * CSV as Danish Excel reads and writes it: UTF-8 with a byte order mark, `;` between cells and
 * decimal comma by default, CRLF between records, RFC 4180 quoting. Pure.
 */

export type Delimiter = ';' | ',';

export const BOM = '\uFEFF';

/** Text that a spreadsheet program would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Text cells that begin like a formula get a leading apostrophe, which spreadsheet programs
 * show as text. Applied to text only: numbers the export formats itself ("-1250,50") are
 * numbers, not formulas, so they stay importable as numbers. Text that already starts with
 * apostrophes before such a character gets one more, so `unguardFormula` is an exact inverse.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of `guardFormula`, for text read back from a CSV file. */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One cell, quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(text: string, delimiter: Delimiter): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, one line per record, each cell already formatted as text. */
export function csvText(records: readonly (readonly string[])[], delimiter: Delimiter): string {
  return BOM + records.map((cells) => cells.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

export interface CsvRecord {
  /** 1 for the first record (the header), as a spreadsheet program numbers the rows. */
  row: number;
  cells: string[];
}

/**
 * The delimiter of a file: whichever of `;` and `,` occurs more often outside quotes in its
 * first line (Danish Excel writes `;`, most other tools `,`); `;` when neither occurs.
 */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * RFC 4180 records (quoted cells may hold delimiters, doubled quotes and line breaks; CRLF,
 * LF or CR end a record). A leading BOM is dropped. A quote left open at the end of the file
 * is reported through `unterminatedAt` (the record it began in) instead of being guessed at.
 */
export function parseCsv(input: string, delimiter: Delimiter): { records: CsvRecord[]; unterminatedAt?: number } {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  // Runs of ordinary characters are sliced whole rather than added a character at a time.
  const plain = new RegExp(`[^"\r\n${delimiter}]+`, 'y');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ row: row++, cells });
    [cells, cell] = [[], ''];
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      const quoted = readQuoted(text, i + 1);
      if (quoted === undefined) return { records, unterminatedAt: row };
      [cell, i] = [cell + quoted.value, quoted.end];
    } else if (char === delimiter) {
      cells.push(cell);
      [cell, i] = ['', i + 1];
    } else if (char === '\r' || char === '\n') {
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
    } else {
      plain.lastIndex = i;
      plain.test(text);
      [cell, i] = [cell + text.slice(i, plain.lastIndex), plain.lastIndex];
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { records };
}

/** A quoted cell's content from just after its opening quote; undefined when it never closes. */
function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let from = start;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return undefined;
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') return { value, end: quote + 1 };
    value += '"';
    from = quote + 2;
  }
}
