import { MAX_INTEGER_DIGITS, MoneyError, parseKroner, toKronerString } from '@budgetspor/shared/money';
import { formatKroner } from '../core/format';
import { Language, LANGUAGE } from '../core/language';

/** What a money field holds: the API's kroner string, null for an empty field, or why not. */
export type AmountParse =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false; readonly error: string };

export interface AmountInputOptions {
  /** Forecast and realised may be negative (a track can cost more than it saves). Default true. */
  readonly allowNegative?: boolean;
  /** How the figures are written: the page's language unless a test asks for the other. */
  readonly language?: Language;
}

export const AMOUNT_FORMAT_ERROR = $localize`:@@savings.amount.format:Skriv et beløb i kroner, fx 1.250,50 eller -300.`;
export const AMOUNT_DECIMALS_ERROR = $localize`:@@savings.amount.decimals:Højst 2 decimaler (øre), fx 1.250,50.`;
export const AMOUNT_TOO_LARGE_ERROR = $localize`:@@savings.amount.tooLarge:Beløbet er for stort: højst ${MAX_INTEGER_DIGITS}:digits: cifre før kommaet.`;
export const AMOUNT_NEGATIVE_ERROR = $localize`:@@savings.amount.negative:Beløbet må ikke være negativt.`;

/**
 * How each language writes a figure: the decimal mark, the thousands separator besides a
 * space, and the other decimal mark, which is read only alone ("12.5" in Danish, "12,5" in
 * English) since people paste figures written the other way.
 */
const MARKS: Readonly<Record<Language, { readonly decimal: string; readonly grouped: RegExp; readonly other: RegExp }>> = {
  // Thousands groups: "1.234.567" or "1 234 567" (the separator is the same all the way).
  da: { decimal: ',', grouped: /^\d{1,3}(?:([. ])\d{3})(?:\1\d{3})*$/, other: /^(\d+)\.(\d+)$/ },
  en: { decimal: '.', grouped: /^\d{1,3}(?:([, ])\d{3})(?:\1\d{3})*$/, other: /^(\d+),(\d+)$/ },
};
const DIGITS = /^\d+$/;

/**
 * Reads what a person types into a money field: Danish `-1.250,50` and `1.234.567`, and the
 * API's own `1250.50`, which people paste from exports. A dot followed by exactly three digits
 * in a valid grouping is a thousands separator, as a Dane reads it ("1.250" is 1250 kr.); a
 * lone dot with other digits after it is a decimal point. On an English page the marks swap:
 * `-1,250.50` and `1,234,567`, and a lone comma with other than three digits after it is a
 * decimal comma. Everything ends in the library's `parseKroner`, so the field accepts exactly
 * the amounts the API accepts.
 */
export function parseAmountInput(text: string, options: AmountInputOptions = {}): AmountParse {
  const { allowNegative = true, language = LANGUAGE } = options;
  // U+2212 is the minus sign word processors put in; no-break spaces come from copied figures.
  let s = text.replace(/\u2212/g, '-').replace(/[\u00a0\u202f]/g, ' ').trim();
  // The unit as either language writes it: "1.250 kr.", "DKK 1,250", "-DKK 300".
  s = s.replace(/\s*kr\.?$/i, '').replace(/^(-?)\s*DKK\s*/i, '$1').trim();
  if (s === '') {
    return { ok: true, value: null };
  }
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;

  const split = splitNumber(body, language);
  if (!split) {
    return { ok: false, error: AMOUNT_FORMAT_ERROR };
  }
  if (split.fraction.length > 2) {
    return { ok: false, error: AMOUNT_DECIMALS_ERROR };
  }
  if (negative && !allowNegative) {
    return { ok: false, error: AMOUNT_NEGATIVE_ERROR };
  }
  // parseKroner refuses leading zeros (two spellings of one amount in the API); typed, "007" is simply 7.
  const whole = split.whole.replace(/^0+(?=\d)/, '');
  const canonical = `${negative ? '-' : ''}${whole}${split.fraction ? '.' + split.fraction : ''}`;
  try {
    return { ok: true, value: toKronerString(parseKroner(canonical)) };
  } catch (error: unknown) {
    if (error instanceof MoneyError && error.code === 'too_large') {
      return { ok: false, error: AMOUNT_TOO_LARGE_ERROR };
    }
    return { ok: false, error: AMOUNT_FORMAT_ERROR };
  }
}

/** The digits before and after the decimal mark, without thousands separators; null when unreadable. */
function splitNumber(body: string, language: Language): { whole: string; fraction: string } | null {
  const marks = MARKS[language];
  const decimal = body.indexOf(marks.decimal);
  if (decimal >= 0) {
    // The language's decimal mark is always that; separators before it can only group thousands.
    const whole = body.slice(0, decimal);
    const fraction = body.slice(decimal + 1);
    if (!DIGITS.test(fraction) || !(DIGITS.test(whole) || marks.grouped.test(whole))) return null;
    return { whole: ungroup(whole), fraction };
  }
  if (DIGITS.test(body) || marks.grouped.test(body)) {
    return { whole: ungroup(body), fraction: '' };
  }
  const other = marks.other.exec(body);
  return other ? { whole: other[1], fraction: other[2] } : null;
}

function ungroup(digits: string): string {
  return digits.replace(/[., ]/g, '');
}

/** The field's text for an API amount: "1.250,50" (English "1,250.50"), "-300", "" for none. */
export function amountInputText(value: string | null, language: Language = LANGUAGE): string {
  return value === null ? '' : formatKroner(value, { unit: false, language });
}
