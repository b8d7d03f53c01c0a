import { groupThousands } from '@budgetspor/shared/money';

/** What a decimal field holds: the API's text ("71.2"), null for an empty field, or why not. */
export type DecimalParse =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false; readonly error: string };

const MAX_DECIMALS = 6;
/** The API's limit: 15 digits before the decimal sign. */
const MAX_INTEGER_DIGITS = 15;

export const DECIMAL_FORMAT_ERROR = 'Skriv et tal med komma som decimaltegn, fx 71,2 eller 6.200.';
export const DECIMAL_DECIMALS_ERROR = `Højst ${MAX_DECIMALS} decimaler.`;
export const DECIMAL_TOO_LARGE_ERROR = `Tallet er for stort: højst ${MAX_INTEGER_DIGITS} cifre før kommaet.`;

/** Danish grouping: "6.200", "1 234 567" (the separator the same all the way; no leading 0). */
const GROUPED = /^[1-9]\d{0,2}(?:([. ])\d{3})(?:\1\d{3})*$/;
const DIGITS = /^\d+$/;

/**
 * Reads an indicator value as a Dane types it, "71,2", "6.200", "-0,5", and the API's own
 * "71.2" that people paste from exports. A dot before exactly three digits in a valid grouping
 * is a thousands separator ("6.200" is 6200, as a Dane reads it); any other single dot is a
 * decimal point. The result is the API's canonical text, so the server gets exactly what was
 * meant and nothing passes through a floating-point number.
 */
export function parseDecimalInput(text: string): DecimalParse {
  const s = text.replace(/\u2212/g, '-').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '') return { ok: true, value: null };
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1).trim() : s;
  const split = splitNumber(body);
  if (!split) return { ok: false, error: DECIMAL_FORMAT_ERROR };
  const int = split.int.replace(/^0+(?=\d)/, '');
  const frac = split.frac.replace(/0+$/, '');
  if (split.frac.length > MAX_DECIMALS) return { ok: false, error: DECIMAL_DECIMALS_ERROR };
  if (int.length > MAX_INTEGER_DIGITS) return { ok: false, error: DECIMAL_TOO_LARGE_ERROR };
  const magnitude = frac ? `${int}.${frac}` : int;
  return { ok: true, value: negative && magnitude !== '0' ? `-${magnitude}` : magnitude };
}

function splitNumber(body: string): { int: string; frac: string } | null {
  if (body.includes(',')) {
    const [int, frac, ...rest] = body.split(',');
    if (rest.length || !DIGITS.test(frac) || !(DIGITS.test(int) || GROUPED.test(int))) return null;
    return { int: int.replace(/[. ]/g, ''), frac };
  }
  if (DIGITS.test(body) || GROUPED.test(body)) return { int: body.replace(/[. ]/g, ''), frac: '' };
  const dot = /^(\d+)\.(\d+)$/.exec(body);
  return dot ? { int: dot[1], frac: dot[2] } : null;
}

/**
 * The API's "6200.5" as a Dane reads it, "6.200,5"; null → "–". Grouped like money, so an
 * indicator value and an amount look alike on the same page.
 */
export function formatDecimal(value: string | null): string {
  if (value === null) return '–';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  const [, sign, int, frac] = m;
  return `${sign}${groupThousands(int)}${frac ? `,${frac}` : ''}`;
}

/** The API text as it stands in an input field: "71.2" → "71,2", no grouping (easier to edit). */
export function decimalForInput(value: string | null): string {
  return value === null ? '' : value.replace('.', ',');
}

/** "30.0" (the API's percent with one decimal) → "30,0 %"; null → "–". */
export function formatPercent(percent: string | null): string {
  return percent === null ? '–' : `${formatDecimal(percent)} %`;
}

/** An indicator value with its unit: "71,2 pct.", "6.200 antal"; the unit left out when there is none. */
export function withUnit(value: string | null, unit: string | null): string {
  if (value === null) return '–';
  return unit ? `${formatDecimal(value)} ${unit}` : formatDecimal(value);
}
