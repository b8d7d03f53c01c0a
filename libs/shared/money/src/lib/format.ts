import { ORE_PER_KRONE, parseKroner } from './kroner';

/**
 * Display of money, computed from bigint so amounts beyond 2^53 øre stay exact and the
 * output does not depend on the ICU data shipped with a given browser or Node build.
 *
 * Danish (the default, also the server's reports) matches Intl.NumberFormat('da-DK'):
 * "." groups, "," decimals, hyphen-minus "-" for negatives, "1.234.567 kr.", "125,8 mio. kr.".
 * English matches Intl.NumberFormat('en-GB', { style: 'currency', currency: 'DKK' }):
 * "DKK 1,234,567", "-DKK 300", and the compact "DKK 125.8m".
 */

export type MoneyLanguage = 'da' | 'en';

export interface FormatOptions {
  /** Add the unit: " kr." / " mio. kr." in Danish, "DKK " / "DKK …m" in English. Default true; false suits table cells with the unit in the header. */
  unit?: boolean;
  /** 'da' (default) or 'en'. */
  language?: MoneyLanguage;
}

export type MoneyStyle = 'auto' | 'kroner' | 'mio';

export interface FormatMoneyOptions extends FormatOptions {
  /** 'auto' (default) uses mio. for |amount| ≥ 1.000.000 kr. */
  style?: MoneyStyle;
}

/** An øre bigint or an API money string; a JS number is rejected. */
export type MoneyInput = bigint | string;

interface Notation {
  readonly group: string;
  readonly decimal: string;
  /** Text before the sign-less number (after the minus) and after it, when the unit is shown. */
  readonly kroner: readonly [prefix: string, suffix: string];
  readonly mio: readonly [prefix: string, suffix: string];
}

const NOTATION: Readonly<Record<MoneyLanguage, Notation>> = {
  da: { group: '.', decimal: ',', kroner: ['', ' kr.'], mio: ['', ' mio. kr.'] },
  en: { group: ',', decimal: '.', kroner: ['DKK ', ''], mio: ['DKK ', 'm'] },
};

const ORE_PER_MIO = 1_000_000n * ORE_PER_KRONE;
const ORE_PER_TENTH_MIO = ORE_PER_MIO / 10n;

/** "1.234.567 kr.", "1.250,50 kr.", "-300 kr." — decimals only when there are øre. English: "DKK 1,250.50". */
export function formatKroner(value: MoneyInput, opts: FormatOptions = {}): string {
  const n = NOTATION[opts.language ?? 'da'];
  const ore = toOre(value);
  const abs = ore < 0n ? -ore : ore;
  const kr = groupThousands((abs / ORE_PER_KRONE).toString(), opts.language);
  const rest = abs % ORE_PER_KRONE;
  const body = rest === 0n ? kr : `${kr}${n.decimal}${rest.toString().padStart(2, '0')}`;
  return withSignAndUnit(ore < 0n, body, n.kroner, opts);
}

/**
 * "125,8 mio. kr." (English "DKK 125.8m") with exactly one decimal, rounded half away from
 * zero so positive and negative amounts round symmetrically (a cut of 0,05 mio. shows as
 * -0,1, not -0,0). A value rounding to zero is shown without sign.
 */
export function formatMio(value: MoneyInput, opts: FormatOptions = {}): string {
  const n = NOTATION[opts.language ?? 'da'];
  const ore = toOre(value);
  const abs = ore < 0n ? -ore : ore;
  const tenths = (abs * 2n + ORE_PER_TENTH_MIO) / (ORE_PER_TENTH_MIO * 2n);
  const body = `${groupThousands((tenths / 10n).toString(), opts.language)}${n.decimal}${tenths % 10n}`;
  return withSignAndUnit(ore < 0n && tenths !== 0n, body, n.mio, opts);
}

/** Picks kroner or mio. display; the threshold is on the exact amount, not the rounded one. */
export function formatMoney(value: MoneyInput, opts: FormatMoneyOptions = {}): string {
  const { style = 'auto', ...rest } = opts;
  const ore = toOre(value);
  const abs = ore < 0n ? -ore : ore;
  const useMio = style === 'mio' || (style === 'auto' && abs >= ORE_PER_MIO);
  return useMio ? formatMio(ore, rest) : formatKroner(ore, rest);
}

/** "1234567" → "1.234.567" (English "1,234,567"). Groups from four digits on, like da-DK and en-GB. */
export function groupThousands(digits: string, language: MoneyLanguage = 'da'): string {
  const separator = NOTATION[language].group;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) {
    out += separator + digits.slice(i, i + 3);
  }
  return out;
}

function toOre(value: MoneyInput): bigint {
  // parseKroner rejects numbers too, with the same Danish message as the API.
  return typeof value === 'bigint' ? value : parseKroner(value);
}

function withSignAndUnit(negative: boolean, body: string, [prefix, suffix]: Notation['kroner'], opts: FormatOptions): string {
  const sign = negative ? '-' : '';
  return opts.unit === false ? `${sign}${body}` : `${sign}${prefix}${body}${suffix}`;
}
