import { formatKroner, MoneyError, parseKroner, parseWeight, toKronerString, toWeightString } from '@budgetspor/shared/money';

/**
 * What users type into the editor, turned into what the API takes. People write amounts the
 * way they read them in the agenda ("125,8 mio.", "125.800.000 kr."), the API wants
 * "125800000"; weights may be typed with a Danish decimal comma, the API wants ".".
 * No number ever holds the amount: the digits are moved around as text and the money
 * library does the range check and the canonical form.
 */

export type ParsedAmount = { readonly ok: true; readonly kroner: string } | { readonly ok: false; readonly error: string };

export type ParsedWeight =
  | { readonly kind: 'none' }
  | { readonly kind: 'weight'; readonly weight: string }
  | { readonly kind: 'error'; readonly error: string };

const AMOUNT_HELP = 'Skriv hele kroner, fx 125800000 eller 125.800.000, eller mio. kr., fx 125,8 mio.';

/** "mio.", "mio", "mio. kr.", "mio.kr" at the end. */
const MIO_SUFFIX = /\s*mio\.?(?:\s*kr\.?)?$/i;
const KR_SUFFIX = /\s*kr\.?$/i;
/** Plain digits, or thousands grouped with "." or spaces; then an optional decimal comma. */
const DANISH_NUMBER = /^(\d+|\d{1,3}(?:[. ]\d{3})+)(?:,(\d+))?$/;

/** A pool amount in whole kroner ≥ 0, from kroner or mio. kr. in Danish notation. */
export function parsePoolAmount(input: string): ParsedAmount {
  const text = input.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (text === '') {
    return fail('Skriv puljen, fx 125,8 mio. eller 125800000.');
  }
  if (/^[-−]/.test(text)) {
    return fail('Puljen kan ikke være negativ.');
  }
  const mio = MIO_SUFFIX.exec(text);
  const digits = (mio ? text.slice(0, mio.index) : text.replace(KR_SUFFIX, '')).trim();
  const match = DANISH_NUMBER.exec(digits);
  if (!match) {
    // "125.8" is the commonest slip: the dot is the Danish thousands separator.
    const hint = /\.\d{1,2}$|\.\d{4,}/.test(digits) ? 'Brug komma som decimaltegn og punktum til tusinder. ' : '';
    return fail(`${hint}${AMOUNT_HELP}`);
  }
  const int = match[1].replace(/[. ]/g, '');
  const frac = (match[2] ?? '').replace(/0+$/, '');
  let whole: string;
  if (mio) {
    if (frac.length > 6) {
      return fail('Puljen skal være et helt antal kroner: højst 6 decimaler i mio. kr.');
    }
    whole = int + frac.padEnd(6, '0');
  } else {
    if (frac !== '') {
      return fail('Puljen skal være et helt antal kroner, uden øre.');
    }
    whole = int;
  }
  try {
    // The money library rejects leading zeros (two spellings of one amount); they are harmless here.
    const ore = parseKroner(whole.replace(/^0+(?=\d)/, ''), { wholeKroner: true, allowNegative: false });
    return { ok: true, kroner: toKronerString(ore) };
  } catch (e) {
    if (e instanceof MoneyError) return fail(`Beløbet ${e.message}.`);
    throw e;
  }
}

/** A track weight: blank or 0 means "no weight" (the API wants only positive weights). */
export function parseWeightInput(input: string): ParsedWeight {
  const text = input.trim();
  if (text === '') return { kind: 'none' };
  if (/^[-−]/.test(text)) return { kind: 'error', error: 'Vægten skal være større end 0.' };
  const dotted = text.replace(',', '.').replace(/^0+(?=\d)/, '');
  if (/^0(?:\.0*)?$/.test(dotted)) return { kind: 'none' };
  try {
    return { kind: 'weight', weight: toWeightString(parseWeight(dotted)) };
  } catch (e) {
    if (!(e instanceof MoneyError)) throw e;
    switch (e.code) {
      case 'too_many_decimals':
        return { kind: 'error', error: 'Vægten må højst have 6 decimaler.' };
      case 'too_large':
        return { kind: 'error', error: 'Vægten er for stor.' };
      case 'not_positive':
        return { kind: 'error', error: 'Vægten skal være større end 0.' };
      default:
        return { kind: 'error', error: 'Skriv vægten som et positivt tal, fx 1 eller 0,5.' };
    }
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Null when `input` is a real calendar date as YYYY-MM-DD (what the API and a date field use). */
export function dateError(input: string): string | null {
  if (input.trim() === '') return 'Vælg datoen for beslutningen.';
  const m = ISO_DATE.exec(input.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return null;
  }
  return 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2013-02-06.';
}

/** The API's "0.5" as Danish "0,5", for display and for prefilling the editor. */
export function danishWeight(weight: string): string {
  return weight.replace('.', ',');
}

/** "2012-02-08" → "8. februar 2012"; anything else is shown as it is. */
export function formatDecidedOn(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "+25.800.000 kr.", "-300 kr.", "0 kr.": a signed difference in whole kroner. */
export function signedKroner(kroner: bigint): string {
  const text = formatKroner(kroner * 100n);
  return kroner > 0n ? `+${text}` : text;
}

function fail(error: string): ParsedAmount {
  return { ok: false, error };
}
