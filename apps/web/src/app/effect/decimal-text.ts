import { groupThousands } from '@budgetspor/shared/money';
import { Language, LANGUAGE } from '../core/language';

/** What a decimal field holds: the API's text ("71.2"), null for an empty field, or why not. */
export type DecimalParse =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false; readonly error: string };

const MAX_DECIMALS = 6;
/** The API's limit: 15 digits before the decimal sign. */
const MAX_INTEGER_DIGITS = 15;

export const DECIMAL_FORMAT_ERROR = $localize`:@@effect.decimal.format:Skriv et tal med komma som decimaltegn, fx 71,2 eller 6.200.`;
export const DECIMAL_DECIMALS_ERROR = $localize`:@@effect.decimal.decimals:Højst ${MAX_DECIMALS}:max: decimaler.`;
export const DECIMAL_TOO_LARGE_ERROR = $localize`:@@effect.decimal.tooLarge:Tallet er for stort: højst ${MAX_INTEGER_DIGITS}:max: cifre før kommaet.`;

/** How each language writes a number: the decimal sign, and the thousands separator that may be typed. */
const NOTATION: Readonly<Record<Language, { readonly decimal: string; readonly group: string }>> = {
  da: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const DIGITS = /^\d+$/;

/** A grouping such as "6.200" or "1 234 567" (the separator the same all the way; no leading 0). */
function grouped(body: string, separator: string): boolean {
  const s = separator === '.' ? '\\.' : separator;
  return new RegExp(`^[1-9]\\d{0,2}(?:([${s} ])\\d{3})(?:\\1\\d{3})*$`).test(body);
}

/**
 * Reads a number as a user of the page's language types it: in Danish "71,2", "6.200", "-0,5";
 * in English "71.2", "6,200", "-0.5". A separator before exactly three digits in a valid
 * grouping is a thousands separator ("6.200" is 6200, as a Dane reads it; "6,200" as an
 * English reader does); any other single one of it is taken as a decimal sign, so the API's
 * own "71.2" pasted from an export still reads right in Danish. The result is the API's
 * canonical text, so the server gets exactly what was meant and nothing passes through a
 * floating-point number.
 */
export function parseDecimalInput(text: string, language: Language = LANGUAGE): DecimalParse {
  const s = text.replace(/\u2212/g, '-').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '') return { ok: true, value: null };
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1).trim() : s;
  const split = splitNumber(body, NOTATION[language]);
  if (!split) return { ok: false, error: DECIMAL_FORMAT_ERROR };
  const int = split.int.replace(/^0+(?=\d)/, '');
  const frac = split.frac.replace(/0+$/, '');
  if (split.frac.length > MAX_DECIMALS) return { ok: false, error: DECIMAL_DECIMALS_ERROR };
  if (int.length > MAX_INTEGER_DIGITS) return { ok: false, error: DECIMAL_TOO_LARGE_ERROR };
  const magnitude = frac ? `${int}.${frac}` : int;
  return { ok: true, value: negative && magnitude !== '0' ? `-${magnitude}` : magnitude };
}

function splitNumber(body: string, n: { decimal: string; group: string }): { int: string; frac: string } | null {
  const ungroup = (int: string) => int.split(n.group).join('').replace(/ /g, '');
  if (body.includes(n.decimal)) {
    const [int, frac, ...rest] = body.split(n.decimal);
    if (rest.length || !DIGITS.test(frac) || !(DIGITS.test(int) || grouped(int, n.group))) return null;
    return { int: ungroup(int), frac };
  }
  if (DIGITS.test(body) || grouped(body, n.group)) return { int: ungroup(body), frac: '' };
  const other = body.split(n.group);
  return other.length === 2 && DIGITS.test(other[0]) && DIGITS.test(other[1]) ? { int: other[0], frac: other[1] } : null;
}

/**
 * The API's "6200.5" as the page's language writes it: "6.200,5" / "6,200.5"; null → "–".
 * Grouped like money, so an indicator value and an amount look alike on the same page.
 */
export function formatDecimal(value: string | null, language: Language = LANGUAGE): string {
  if (value === null) return '–';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  const [, sign, int, frac] = m;
  return `${sign}${groupThousands(int, language)}${frac ? `${NOTATION[language].decimal}${frac}` : ''}`;
}

/** The API text as it stands in an input field: "71.2" → "71,2" in Danish, no grouping (easier to edit). */
export function decimalForInput(value: string | null, language: Language = LANGUAGE): string {
  return value === null ? '' : value.replace('.', NOTATION[language].decimal);
}

/** "30.0" (the API's percent with one decimal) → "30,0 %" / "30.0%"; null → "–". */
export function formatPercent(percent: string | null, language: Language = LANGUAGE): string {
  if (percent === null) return '–';
  return language === 'da' ? `${formatDecimal(percent, language)} %` : `${formatDecimal(percent, language)}%`;
}

/** An indicator value with its unit: "71,2 pct.", "6.200 antal"; the unit left out when there is none. */
export function withUnit(value: string | null, unit: string | null, language: Language = LANGUAGE): string {
  if (value === null) return '–';
  return unit ? `${formatDecimal(value, language)} ${unit}` : formatDecimal(value, language);
}
