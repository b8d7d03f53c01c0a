import { MoneyError } from './money-error';

/**
 * Money in the API is a decimal string of kroner; in code it is bigint øre.
 * Nothing here goes through a JS number, so no amount can be silently rounded.
 */

export const ORE_PER_KRONE = 100n;

/**
 * 15 integer digits + 2 decimals fits PostgreSQL numeric(18,2) (16 integer
 * digits) with one digit of headroom for sums computed in SQL.
 */
export const MAX_INTEGER_DIGITS = 15;
export const MAX_ORE = 10n ** BigInt(MAX_INTEGER_DIGITS + 2) - 1n;

export interface ParseKronerOptions {
  /** Require a whole number of kroner ("1250" or "1250.00", not "1250.50"). Default false. */
  wholeKroner?: boolean;
  /** Allow a leading "-". Default true: budgets contain reductions and income. */
  allowNegative?: boolean;
}

// Leading zeros ("007") are rejected: they are never produced by toKronerString,
// so accepting them would give two spellings of one amount.
const KRONER_SHAPE = /^(-?)(\d+)(?:\.(\d+))?$/;

const EXAMPLE = 'fx "1250.50"';

/** Parses an API money string to øre. Throws MoneyError on anything else. */
export function parseKroner(input: unknown, opts: ParseKronerOptions = {}): bigint {
  const { wholeKroner = false, allowNegative = true } = opts;
  if (typeof input !== 'string') {
    throw new MoneyError('not_a_string', `skal være et beløb i kroner som tekst, ${EXAMPLE}`);
  }
  const m = KRONER_SHAPE.exec(input);
  const [, sign = '', int = '', frac = ''] = m ?? [];
  if (!m || (int.length > 1 && int.startsWith('0'))) {
    throw new MoneyError(
      'format',
      `skal være et beløb i kroner med punktum som decimaltegn og uden tusindtalsseparator, ${EXAMPLE}`,
    );
  }
  if (frac.length > 2) {
    throw new MoneyError(
      'too_many_decimals',
      `må højst have 2 decimaler og ingen tusindtalsseparator, ${EXAMPLE}`,
    );
  }
  if (int.length > MAX_INTEGER_DIGITS) {
    throw tooLarge();
  }
  if (sign && !allowNegative) {
    throw new MoneyError('negative', 'må ikke være negativt');
  }
  const magnitude = BigInt(int) * ORE_PER_KRONE + BigInt(frac.padEnd(2, '0'));
  if (wholeKroner && magnitude % ORE_PER_KRONE !== 0n) {
    throw new MoneyError('fractional', 'skal være et helt antal kroner, fx "26000000"');
  }
  return sign ? -magnitude : magnitude;
}

/** Like parseKroner but returns undefined instead of throwing. */
export function tryParseKroner(input: unknown, opts?: ParseKronerOptions): bigint | undefined {
  try {
    return parseKroner(input, opts);
  } catch (e) {
    if (e instanceof MoneyError) return undefined;
    throw e;
  }
}

/** Boolean form for validators (class-validator, Angular ValidatorFn). */
export function isKronerString(value: unknown, opts?: ParseKronerOptions): value is string {
  return tryParseKroner(value, opts) !== undefined;
}

/**
 * Canonical API string: "26000000", "1250.50", "-0.50". Throws for amounts
 * parseKroner would reject, so every string produced here parses back.
 */
export function toKronerString(ore: bigint): string {
  assertBigint(ore);
  assertInRange(ore);
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const kr = abs / ORE_PER_KRONE;
  const rest = abs % ORE_PER_KRONE;
  const body = rest === 0n ? kr.toString() : `${kr}.${rest.toString().padStart(2, '0')}`;
  return negative ? `-${body}` : body;
}

/** Sum of øre amounts; no range check so intermediate totals may exceed MAX_ORE. */
export function sumOre(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) {
    assertBigint(v);
    total += v;
  }
  return total;
}

/** Adds API money strings exactly; the result is itself an API money string. */
export function addKroner(...values: string[]): string {
  return toKronerString(sumOre(values.map((v) => parseKroner(v))));
}

function assertBigint(value: unknown): asserts value is bigint {
  if (typeof value !== 'bigint') {
    // A number here means money leaked into a float somewhere upstream.
    throw new TypeError(`Forventede bigint øre, fik ${typeof value}`);
  }
}

function assertInRange(ore: bigint): void {
  if (ore > MAX_ORE || ore < -MAX_ORE) throw tooLarge();
}

function tooLarge(): MoneyError {
  return new MoneyError(
    'too_large',
    `er for stort; højst ${MAX_INTEGER_DIGITS} cifre før decimaltegnet`,
  );
}
