/**
 * Decimal numbers between the API's canonical text ("1250.50", "-300", "0.5") and what a
 * spreadsheet holds: Danish text with decimal comma ("1.250,50") in CSV files, IEEE doubles
 * in XLSX cells. Pure; money never passes through arithmetic on a JS number here — a double
 * is only ever printed to, or read from, decimal text.
 */

/** The decimal mark of a file: `,` (Danish, the default) or `.`. */
export type DecimalMark = ',' | '.';

/** Excel keeps 15 significant digits of a number; more would be rounded silently. */
export const SHEET_DIGITS = 15;

/** "1250.50" → "1250,50" for a decimal-comma file. Canonical text has no thousands separators. */
export function withDecimalMark(canonical: string, mark: DecimalMark): string {
  return mark === ',' ? canonical.replace('.', ',') : canonical;
}

/** Sign, integer part (plain, or grouped by three with the other mark, a space or a no-break space), decimals. */
const DECIMAL_PATTERNS: Record<DecimalMark, RegExp> = {
  ',': /^(-?)(\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/,
  '.': /^(-?)(\d{1,3}(?:[,\s\u00a0\u202f]\d{3})+|\d+)(?:\.(\d+))?$/,
};

/**
 * A decimal typed by a person or written by a spreadsheet program, as plain decimal text with
 * a point and no grouping: with mark `,` "1.250,50" → "1250.50", "-300,5" → "-300.5",
 * "1 250" → "1250", "26.000.000" → "26000000"; with mark `.` "1,250.50" → "1250.50".
 * Thousands separators must group by three; a trailing "kr."/"kr" and the minus sign U+2212
 * are accepted. Undefined when the text is not such a number.
 */
export function normaliseDecimalText(text: string, mark: DecimalMark): string | undefined {
  const trimmed = text.trim().replace(/\s*kr\.?$/i, '').replace(/^\u2212/, '-');
  const match = DECIMAL_PATTERNS[mark].exec(trimmed);
  if (!match) return undefined;
  const [, sign, int, frac] = match;
  const digits = int.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  const value = frac === undefined ? digits : `${digits}.${frac}`;
  return /^0(\.0*)?$/.test(value) ? value : `${sign}${value}`;
}

/**
 * A number from an XLSX cell as decimal text, read to Excel's own 15 significant digits, so
 * 1250.5 → "1250.5" and the binary noise of 1375.0000000000002 (a formula's result) → "1375".
 * Undefined for NaN, infinities and magnitudes that would need an exponent.
 */
export function numberToDecimalText(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (value === 0) return '0';
  const text = value.toPrecision(SHEET_DIGITS);
  if (text.includes('e')) return undefined;
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/**
 * What an XLSX cell should hold for a canonical decimal: the number, unless it has more
 * significant digits than Excel keeps; then the text itself, so no amount is ever rounded
 * (the import reads both).
 */
export function decimalToSheetValue(canonical: string): number | string {
  const significant = canonical.replace(/[-.]/g, '').replace(/^0+/, '');
  return significant.length > SHEET_DIGITS ? canonical : Number(canonical);
}

