import { MoneyError, parseKroner, ParseKronerOptions, toKronerString } from '@budgetspor/shared/money';
import { unguardFormula } from './csv';
import { DecimalMark, normaliseDecimalText, numberToDecimalText } from './numbers';

/**
 * A cell as read from a file: CSV cells are always text; XLSX cells are text, numbers,
 * booleans, dates, or an error value such as `#DIV/0!`. Empty cells are null.
 */
export type CellValue = string | number | boolean | Date | null | { error: string };

/** Where the cells came from: CSV text is unguarded and read with the file's decimal mark. */
export interface ReadContext {
  format: 'xlsx' | 'csv';
  decimal: DecimalMark;
}

/** A field read from a cell, or why it could not be (Danish, without the column name). */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(error: string): Read<T> => ({ ok: false, error });

export function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function problem(cell: CellValue): string | undefined {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return `cellen indeholder ${cell.error}`;
  if (typeof cell === 'boolean') return 'cellen indeholder en sandhedsværdi (SAND/FALSK)';
  return undefined;
}

/** Free text: numbers become their text, dates their ISO date; empty is "". */
export function readText(cell: CellValue, ctx: ReadContext): Read<string> {
  const wrong = problem(cell);
  if (wrong) return fail(wrong);
  if (cell === null) return ok('');
  if (cell instanceof Date) return ok(isoDate(cell));
  if (typeof cell === 'number') return ok(numberToDecimalText(cell) ?? String(cell));
  return ok(ctx.format === 'csv' ? unguardFormula(cell as string) : (cell as string));
}

/** Text that must be there, trimmed (ids, codes, keys). */
export function readRequiredText(cell: CellValue, ctx: ReadContext): Read<string> {
  const text = readText(cell, ctx);
  if (!text.ok) return text;
  return text.value.trim() === '' ? fail('skal udfyldes') : ok(text.value.trim());
}

/** A decimal as plain text with a point ("1250.5"), null when the cell is empty. */
export function readDecimal(cell: CellValue, ctx: ReadContext, example: string): Read<string | null> {
  const wrong = problem(cell);
  if (wrong) return fail(wrong);
  if (isBlank(cell)) return ok(null);
  if (cell instanceof Date) return fail(`skal være et tal, ikke en dato, fx ${example}`);
  const text = typeof cell === 'number' ? numberToDecimalText(cell) : normaliseDecimalText(cell as string, ctx.decimal);
  return text === undefined ? fail(`skal være et tal, fx ${example}`) : ok(text);
}

/**
 * An amount of kroner in canonical API text ("1250.50", "-300"), null when empty. Text cells
 * are read with the file's decimal mark (XLSX text the Danish way: "1.250,50").
 */
export function readKroner(cell: CellValue, ctx: ReadContext, options: ParseKronerOptions): Read<string | null> {
  const example = options.wholeKroner ? EXAMPLES[ctx.decimal].whole : EXAMPLES[ctx.decimal].amount;
  const decimal = readDecimal(cell, ctx, example);
  if (!decimal.ok || decimal.value === null) return decimal;
  try {
    return ok(toKronerString(parseKroner(decimal.value, options)));
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    if (error.code === 'too_many_decimals') return fail(`må højst have 2 decimaler, fx ${example}`);
    if (error.code === 'negative') return fail('må ikke være negativt');
    if (error.code === 'fractional') return fail(`skal være et helt antal kroner, fx ${example}`);
    return fail(error.message);
  }
}

/** A whole number such as a year or a version; null when empty. */
export function readInteger(cell: CellValue, ctx: ReadContext): Read<number | null> {
  const decimal = readDecimal(cell, ctx, '2014');
  if (!decimal.ok) return fail(decimal.error);
  if (decimal.value === null) return ok(null);
  return /^-?\d{1,9}$/.test(decimal.value) ? ok(Number(decimal.value)) : fail('skal være et heltal, fx 2014');
}

/**
 * A calendar date as `YYYY-MM-DD`: from a date cell (Excel turns typed dates into these; read
 * without styles, they arrive as Excel's day numbers) or from text written `2012-02-08` or the
 * Danish way `8-2-2012` / `08.02.2012`.
 */
export function readDate(cell: CellValue, ctx: ReadContext): Read<string | null> {
  if (cell instanceof Date) return ok(isoDate(cell));
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < MAX_EXCEL_DAY) return ok(isoDate(new Date(EXCEL_EPOCH + cell * DAY_MS)));
  const text = readText(cell, ctx);
  if (!text.ok) return text;
  const value = text.value.trim();
  if (value === '') return ok(null);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(value);
  return ok(danish ? `${danish[3]}-${danish[2].padStart(2, '0')}-${danish[1].padStart(2, '0')}` : value);
}

/** Day 1 of Excel's (1900) date system is 1900-01-01; counting from 1899-12-30 absorbs its leap-year bug after February 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, the last day Excel has. */
const MAX_EXCEL_DAY = 2_958_466;

/** Excel stores dates without a time zone; exceljs hands them over as UTC midnight. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Example amounts as a file with that decimal mark writes them. */
const EXAMPLES = { ',': { whole: '26000000', amount: '-1250,50' }, '.': { whole: '26000000', amount: '-1250.50' } } as const;
