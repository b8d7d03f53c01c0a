import { parseKroner } from '@budgetspor/shared/money';
import { formatKroner, formatMio, formatNumber } from '../core/format';
import { Language, LANGUAGE } from '../core/language';
import { priceLevelLabel } from '../core/price-level';
import { GroupBy, Names, RealisationSums } from './dashboard.models';

/** Exact sums in øre: what the tables, the charts and the cumulative line are drawn from. */
export interface Sums {
  readonly expected: bigint;
  readonly forecast: bigint;
  readonly realised: bigint;
  /** realised ÷ expected, 4 decimals as the API writes it; null when nothing is expected. */
  readonly rate: string | null;
}

export const ZERO_SUMS: Sums = { expected: 0n, forecast: 0n, realised: 0n, rate: null };

/** The API's sums as øre; the rate is kept as the API computed it. */
export function toSums(api: RealisationSums): Sums {
  return {
    expected: parseKroner(api.expected),
    forecast: parseKroner(api.forecast),
    realised: parseKroner(api.realised),
    rate: api.rate,
  };
}

/** Adds amounts the way the API does: a missing forecast or realised amount counts as 0. */
export function addSums(a: Sums, b: { expected: bigint; forecast: bigint; realised: bigint }): Sums {
  const expected = a.expected + b.expected;
  const realised = a.realised + b.realised;
  return { expected, forecast: a.forecast + b.forecast, realised, rate: realisationRate(realised, expected) };
}

const RATE_SCALE = 10_000n;

/**
 * realised ÷ expected with exactly 4 decimals, rounded half away from zero, null when nothing
 * is expected: the API's rule, so a rate computed here (cumulative sums, a committee within a
 * track) matches what the API would answer for the same rows.
 */
export function realisationRate(realisedOre: bigint, expectedOre: bigint): string | null {
  if (expectedOre === 0n) return null;
  const negative = realisedOre < 0n !== expectedOre < 0n;
  const numerator = abs(realisedOre) * RATE_SCALE;
  const denominator = abs(expectedOre);
  const scaled = (2n * numerator + denominator) / (2n * denominator);
  const text = `${scaled / RATE_SCALE}.${(scaled % RATE_SCALE).toString().padStart(4, '0')}`;
  return negative && scaled !== 0n ? `-${text}` : text;
}

/** "0.8750" → 8750n (ten-thousandths), so thresholds compare exactly, without floating point. */
export function rateUnits(rate: string): bigint {
  const match = /^(-?)(\d+)\.(\d{4})$/.exec(rate);
  if (!match) throw new TypeError(`rate: ${rate}`);
  const units = BigInt(match[2]) * RATE_SCALE + BigInt(match[3]);
  return match[1] ? -units : units;
}

/**
 * "0.8750" → "87,5 %" / "87.5%", "1.2345" → "123,5 %" (one decimal, half away from zero, in the
 * page's language); null → "–".
 */
export function formatRate(rate: string | null, language: Language = LANGUAGE): string {
  if (rate === null) return '–';
  const units = rateUnits(rate);
  // One unit is 0,01 %; a tenth of a percent is 10 units.
  const magnitude = (abs(units) * 2n + 10n) / 20n;
  const body = formatNumber(Number(magnitude) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, language);
  return `${units < 0n && magnitude !== 0n ? '-' : ''}${body}${language === 'da' ? ' %' : '%'}`;
}

/** Table cells: the exact amount, "1.234.567 kr." / "DKK 1,234,567". */
export function kr(ore: bigint): string {
  return formatKroner(ore);
}

/** Key figures: "125,8 mio. kr." / "DKK 125.8m". */
export function mio(ore: bigint): string {
  return formatMio(ore);
}

/** The unit of a table of exact amounts: "kr." or, at a chosen price level, "kr., 2016-priser". */
export function kronerUnit(priceLevel: number | null): string {
  return priceLevel === null
    ? $localize`:@@dashboard.unit.kroner:kr.`
    : $localize`:@@dashboard.unit.kronerAtLevel:kr., ${priceLevelLabel(priceLevel)}:priceLevel:`;
}

/** The unit of a chart: "mio. kr." or, at a chosen price level, "mio. kr., 2016-priser". */
export function mioUnit(priceLevel: number | null): string {
  return priceLevel === null
    ? $localize`:@@dashboard.unit.mio:mio. kr.`
    : $localize`:@@dashboard.unit.mioAtLevel:mio. kr., ${priceLevelLabel(priceLevel)}:priceLevel:`;
}

/** The code (or year) a group is known by, and its name where it has one. */
export function groupName(groupBy: GroupBy, key: string | number, names: Names): string {
  if (groupBy === 'year') return String(key);
  return names[groupBy].get(String(key)) ?? String(key);
}

export function namesOf(list: readonly { code: string; name: string }[]): ReadonlyMap<string, string> {
  return new Map(list.map((n) => [n.code, n.name]));
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
