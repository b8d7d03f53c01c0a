import { ORE_PER_KRONE, parseKroner } from './kroner';

/**
 * Danish display of money, matching Intl.NumberFormat('da-DK') ("." groups,
 * "," decimals, hyphen-minus "-" for negatives as da-DK itself uses) but
 * computed from bigint so amounts beyond 2^53 øre stay exact and the output
 * does not depend on the ICU data shipped with a given browser or Node build.
 */

export interface FormatOptions {
  /** Append " kr." / " mio. kr.". Default true; false suits table cells with the unit in the header. */
  unit?: boolean;
}

export type MoneyStyle = 'auto' | 'kroner' | 'mio';

export interface FormatMoneyOptions extends FormatOptions {
  /** 'auto' (default) uses mio. for |amount| ≥ 1.000.000 kr. */
  style?: MoneyStyle;
}

/** An øre bigint or an API money string; a JS number is rejected. */
export type MoneyInput = bigint | string;

const ORE_PER_MIO = 1_000_000n * ORE_PER_KRONE;
const ORE_PER_TENTH_MIO = ORE_PER_MIO / 10n;

/** "1.234.567 kr.", "1.250,50 kr.", "-300 kr." — decimals only when there are øre. */
export function formatKroner(value: MoneyInput, opts: FormatOptions = {}): string {
  const ore = toOre(value);
  const abs = ore < 0n ? -ore : ore;
  const kr = groupThousands((abs / ORE_PER_KRONE).toString());
  const rest = abs % ORE_PER_KRONE;
  const body = rest === 0n ? kr : `${kr},${rest.toString().padStart(2, '0')}`;
  return withSignAndUnit(ore < 0n, body, ' kr.', opts);
}

/**
 * "125,8 mio. kr." with exactly one decimal, rounded half away from zero so
 * positive and negative amounts round symmetrically (a cut of 0,05 mio. shows
 * as -0,1, not -0,0). A value rounding to zero is shown without sign.
 */
export function formatMio(value: MoneyInput, opts: FormatOptions = {}): string {
  const ore = toOre(value);
  const abs = ore < 0n ? -ore : ore;
  const tenths = (abs * 2n + ORE_PER_TENTH_MIO) / (ORE_PER_TENTH_MIO * 2n);
  const body = `${groupThousands((tenths / 10n).toString())},${tenths % 10n}`;
  return withSignAndUnit(ore < 0n && tenths !== 0n, body, ' mio. kr.', opts);
}

/** Picks kroner or mio. display; the threshold is on the exact amount, not the rounded one. */
export function formatMoney(value: MoneyInput, opts: FormatMoneyOptions = {}): string {
  const { style = 'auto', ...rest } = opts;
  const ore = toOre(value);
  const abs = ore < 0n ? -ore : ore;
  const useMio = style === 'mio' || (style === 'auto' && abs >= ORE_PER_MIO);
  return useMio ? formatMio(ore, rest) : formatKroner(ore, rest);
}

/** "1234567" → "1.234.567". Danish groups from four digits on, like da-DK. */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) {
    out += '.' + digits.slice(i, i + 3);
  }
  return out;
}

function toOre(value: MoneyInput): bigint {
  // parseKroner rejects numbers too, with the same Danish message as the API.
  return typeof value === 'bigint' ? value : parseKroner(value);
}

function withSignAndUnit(negative: boolean, body: string, unit: string, opts: FormatOptions): string {
  return `${negative ? '-' : ''}${body}${opts.unit === false ? '' : unit}`;
}
