import { compareCodePoints } from './code-points';
import { MoneyError } from './money-error';

/**
 * Hamilton (largest-remainder) apportionment with exact rational arithmetic.
 * Used to split whole units (typically whole kroner) over weights such that
 * the parts add up to the total exactly and the result is reproducible on
 * any machine: no floats, no locale-dependent sorting, no input-order effects.
 */

export const WEIGHT_DECIMALS = 6;
const WEIGHT_SCALE = 10n ** BigInt(WEIGHT_DECIMALS);
const WEIGHT_MAX_INTEGER_DIGITS = 15;
const WEIGHT_SHAPE = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A reduced fraction num/den with den > 0. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

export interface ApportionPart {
  key: string;
  /** Positive decimal string with at most 6 decimals, e.g. "1" or "0.333333". */
  weight: string;
}

export interface ApportionResult {
  key: string;
  amount: bigint;
  /** Exact share total·w/Σw. */
  quota: Ratio;
  floor: bigint;
  /** quota − floor, in [0, 1). */
  remainder: Ratio;
  /** Whether this part received one of the leftover units. */
  gotExtra: boolean;
}

/** "0.333333" → 333333n (millionths). Throws MoneyError unless a positive decimal string. */
export function parseWeight(input: unknown): bigint {
  if (typeof input !== 'string') {
    throw new MoneyError('not_a_string', 'skal være en vægt som tekst, fx "0.333333"');
  }
  const m = WEIGHT_SHAPE.exec(input);
  const [, sign = '', int = '', frac = ''] = m ?? [];
  if (!m || (int.length > 1 && int.startsWith('0'))) {
    throw new MoneyError('format', 'skal være en vægt med punktum som decimaltegn, fx "0.333333"');
  }
  if (frac.length > WEIGHT_DECIMALS) {
    throw new MoneyError('too_many_decimals', `må højst have ${WEIGHT_DECIMALS} decimaler`);
  }
  if (int.length > WEIGHT_MAX_INTEGER_DIGITS) {
    throw new MoneyError('too_large', `er for stor; højst ${WEIGHT_MAX_INTEGER_DIGITS} cifre før decimaltegnet`);
  }
  const value = BigInt(int) * WEIGHT_SCALE + BigInt(frac.padEnd(WEIGHT_DECIMALS, '0'));
  if (sign || value === 0n) {
    throw new MoneyError('not_positive', 'skal være en vægt større end 0');
  }
  return value;
}

/** Canonical text of a weight in millionths: 1000000n → "1", 333333n → "0.333333", 1500000n → "1.5". */
export function toWeightString(millionths: bigint): string {
  const int = millionths / WEIGHT_SCALE;
  const frac = (millionths % WEIGHT_SCALE).toString().padStart(WEIGHT_DECIMALS, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}

/** A weight as PostgreSQL's numeric returns it ("1.000000") in canonical form ("1"). */
export function normaliseWeight(text: string): string {
  const [int, frac = ''] = text.split('.');
  const trimmed = frac.replace(/0+$/, '');
  return trimmed ? `${int}.${trimmed}` : int;
}

/**
 * Splits `total` (a non-negative integer number of units) over `parts`.
 * Each part gets floor(quota); the leftover units go one each to the largest
 * remainders, ties broken by larger weight, then key in code-point order.
 * Results are returned in the input order of `parts`.
 */
export function apportion(total: bigint, parts: readonly ApportionPart[]): ApportionResult[] {
  if (typeof total !== 'bigint' || total < 0n) {
    throw new MoneyError('invalid_total', 'totalen skal være et helt tal større end eller lig 0');
  }
  if (!Array.isArray(parts) || parts.length === 0) {
    throw new MoneyError('no_parts', 'der skal være mindst én del at fordele på');
  }
  const seen = new Set<string>();
  const rows = parts.map((p, index) => {
    if (typeof p?.key !== 'string') {
      throw new MoneyError('not_a_string', 'nøglen skal være tekst');
    }
    if (seen.has(p.key)) {
      throw new MoneyError('duplicate_key', `nøglen "${p.key}" forekommer mere end én gang`);
    }
    seen.add(p.key);
    return { key: p.key, weight: parseWeight(p.weight), index };
  });

  let weightSum = 0n;
  for (const r of rows) weightSum += r.weight;

  // All quotas share the denominator weightSum, so remainders compare by numerator.
  const shares = rows.map((r) => {
    const num = total * r.weight;
    return { ...r, num, floor: num / weightSum, rem: num % weightSum };
  });

  let leftover = total;
  for (const s of shares) leftover -= s.floor;

  const ranked = [...shares].sort(
    (a, b) => cmpDesc(a.rem, b.rem) || cmpDesc(a.weight, b.weight) || compareCodePoints(a.key, b.key),
  );
  // leftover < parts.length, since each remainder is below one unit.
  const extra = new Set<number>();
  for (const s of ranked) {
    if (leftover === 0n) break;
    extra.add(s.index);
    leftover -= 1n;
  }

  return shares.map((s) => {
    const gotExtra = extra.has(s.index);
    return {
      key: s.key,
      amount: s.floor + (gotExtra ? 1n : 0n),
      quota: reduce(s.num, weightSum),
      floor: s.floor,
      remainder: reduce(s.rem, weightSum),
      gotExtra,
    };
  });
}

function cmpDesc(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

function reduce(num: bigint, den: bigint): Ratio {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
