import { MAX_INTEGER_DIGITS, MoneyError, parseKroner, parseWeight, toKronerString, toWeightString } from '@budgetspor/shared/money';
import { formatDate, formatKroner } from '../core/format';
import { Language, LANGUAGE } from '../core/language';

/**
 * What users type into the editor, turned into what the API takes. People write amounts the
 * way they read them in the agenda ("125,8 mio.", "125.800.000 kr."; on the English page
 * "125.8m", "DKK 125,800,000"), the API wants "125800000"; weights may be typed with a Danish
 * decimal comma, the API wants ".". No number ever holds the amount: the digits are moved
 * around as text and the money library does the range check and the canonical form.
 */

export type ParsedAmount = { readonly ok: true; readonly kroner: string } | { readonly ok: false; readonly error: string };

export type ParsedWeight =
  | { readonly kind: 'none' }
  | { readonly kind: 'weight'; readonly weight: string }
  | { readonly kind: 'error'; readonly error: string };

interface Notation {
  /** "mio.", "mio", "mio. kr." / "m", "mio", "million" at the end. */
  readonly mio: RegExp;
  /** "kr." at the end / "DKK" before or after. */
  readonly unit: RegExp;
  /** Plain digits, or thousands grouped; then optional decimals. */
  readonly number: RegExp;
  /** The thousands separator, and the slip of using the other language's decimal sign. */
  readonly group: RegExp;
  readonly slip: RegExp;
}

const NOTATION: Readonly<Record<Language, Notation>> = {
  da: {
    mio: /\s*mio\.?(?:\s*kr\.?)?$/i,
    unit: /\s*kr\.?$/i,
    number: /^(\d+|\d{1,3}(?:[. ]\d{3})+)(?:,(\d+))?$/,
    group: /[. ]/g,
    // "125.8" is the commonest slip: the dot is the Danish thousands separator.
    slip: /\.\d{1,2}$|\.\d{4,}/,
  },
  en: {
    mio: /\s*(?:m|mn|mio\.?|million)$/i,
    unit: /^dkk\s*|\s*(?:dkk|kr\.?)$/gi,
    number: /^(\d+|\d{1,3}(?:[, ]\d{3})+)(?:\.(\d+))?$/,
    group: /[, ]/g,
    // "125,8": the comma is the English thousands separator.
    slip: /,\d{1,2}$|,\d{4,}/,
  },
};

const amountHelp = () => $localize`:@@framework.input.amountHelp:Skriv hele kroner, fx 125800000 eller 125.800.000, eller mio. kr., fx 125,8 mio.`;

/** A pool amount in whole kroner ≥ 0, from kroner or mio. kr. in the page's notation. */
export function parsePoolAmount(input: string, language: Language = LANGUAGE): ParsedAmount {
  const n = NOTATION[language];
  const text = input.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (text === '') {
    return fail($localize`:@@framework.input.poolRequired:Skriv puljen, fx 125,8 mio. eller 125800000.`);
  }
  if (/^[-−]/.test(text)) {
    return fail($localize`:@@framework.input.poolNegative:Puljen kan ikke være negativ.`);
  }
  const bare = text.replace(n.unit, '').trim();
  const mio = n.mio.exec(bare);
  const digits = (mio ? bare.slice(0, mio.index) : bare).trim();
  const match = n.number.exec(digits);
  if (!match) {
    return fail(
      n.slip.test(digits)
        ? $localize`:@@framework.input.decimalSign:Brug komma som decimaltegn og punktum til tusinder. Skriv hele kroner, fx 125800000 eller 125.800.000, eller mio. kr., fx 125,8 mio.`
        : amountHelp(),
    );
  }
  const int = match[1].replace(n.group, '');
  const frac = (match[2] ?? '').replace(/0+$/, '');
  let whole: string;
  if (mio) {
    if (frac.length > 6) {
      return fail($localize`:@@framework.input.mioDecimals:Puljen skal være et helt antal kroner: højst 6 decimaler i mio. kr.`);
    }
    whole = int + frac.padEnd(6, '0');
  } else {
    if (frac !== '') {
      return fail($localize`:@@framework.input.noOre:Puljen skal være et helt antal kroner, uden øre.`);
    }
    whole = int;
  }
  try {
    // The money library rejects leading zeros (two spellings of one amount); they are harmless here.
    const ore = parseKroner(whole.replace(/^0+(?=\d)/, ''), { wholeKroner: true, allowNegative: false });
    return { ok: true, kroner: toKronerString(ore) };
  } catch (e) {
    if (!(e instanceof MoneyError)) throw e;
    return fail(
      e.code === 'too_large'
        ? $localize`:@@framework.input.tooLarge:Beløbet er for stort; højst ${MAX_INTEGER_DIGITS}:digits: cifre før decimaltegnet.`
        : amountHelp(),
    );
  }
}

/**
 * A track weight: blank or 0 means "no weight" (the API wants only positive weights). Danish
 * takes a decimal comma or point ("0,5", "0.5"); English a decimal point.
 */
export function parseWeightInput(input: string, language: Language = LANGUAGE): ParsedWeight {
  const text = input.trim();
  if (text === '') return { kind: 'none' };
  const notPositive = () => $localize`:@@framework.input.weightNotPositive:Vægten skal være større end 0.`;
  if (/^[-−]/.test(text)) return { kind: 'error', error: notPositive() };
  const dotted = (language === 'da' ? text.replace(',', '.') : text).replace(/^0+(?=\d)/, '');
  if (/^0(?:\.0*)?$/.test(dotted)) return { kind: 'none' };
  try {
    return { kind: 'weight', weight: toWeightString(parseWeight(dotted)) };
  } catch (e) {
    if (!(e instanceof MoneyError)) throw e;
    switch (e.code) {
      case 'too_many_decimals':
        return { kind: 'error', error: $localize`:@@framework.input.weightDecimals:Vægten må højst have 6 decimaler.` };
      case 'too_large':
        return { kind: 'error', error: $localize`:@@framework.input.weightTooLarge:Vægten er for stor.` };
      case 'not_positive':
        return { kind: 'error', error: notPositive() };
      default:
        return { kind: 'error', error: $localize`:@@framework.input.weightFormat:Skriv vægten som et positivt tal, fx 1 eller 0,5.` };
    }
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Null when `input` is a real calendar date as YYYY-MM-DD (what the API and a date field use). */
export function dateError(input: string): string | null {
  if (input.trim() === '') return $localize`:@@framework.input.dateRequired:Vælg datoen for beslutningen.`;
  const m = ISO_DATE.exec(input.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return null;
  }
  return $localize`:@@framework.input.dateFormat:Skriv datoen som ÅÅÅÅ-MM-DD, fx 2013-02-06.`;
}

/** The API's "0.5" in the page's notation ("0,5" / "0.5"), for display and for prefilling the editor. */
export function localWeight(weight: string, language: Language = LANGUAGE): string {
  return language === 'da' ? weight.replace('.', ',') : weight;
}

/** "2012-02-08" → "8. februar 2012" / "8 February 2012"; anything else is shown as it is. */
export function formatDecidedOn(isoDate: string): string {
  return formatDate(isoDate);
}

/** "+25.800.000 kr." / "+DKK 25,800,000", "-300 kr.", "0 kr.": a signed difference in whole kroner. */
export function signedKroner(kroner: bigint): string {
  const text = formatKroner(kroner * 100n);
  return kroner > 0n ? `+${text}` : text;
}

function fail(error: string): ParsedAmount {
  return { ok: false, error };
}
