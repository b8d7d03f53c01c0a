/**
 * Exact decimals for indicator values and price indices: text in the API, bigint millionths
 * in code, numeric in PostgreSQL. Pure; no JS number ever holds a value.
 */

const DECIMALS = 6;
const SCALE = 10n ** BigInt(DECIMALS);
/** numeric(24,6) holds 18 integer digits; 15 leaves room for sums and differences. */
const MAX_INTEGER_DIGITS = 15;
const SHAPE = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?$/;

/** Why a text is not a decimal, in Danish; null when it is one. */
export function decimalError(input: unknown, opts: { positive?: boolean } = {}): string | null {
  if (typeof input !== 'string') return 'skal være et decimaltal som tekst, fx "72.5"';
  const m = SHAPE.exec(input);
  if (!m) return 'skal være et decimaltal med punktum som decimaltegn og uden tusindtalsseparator, fx "72.5"';
  const [, sign, int, frac = ''] = m;
  if (frac.length > DECIMALS) return `må højst have ${DECIMALS} decimaler`;
  if (int.length > MAX_INTEGER_DIGITS) return `er for stort; højst ${MAX_INTEGER_DIGITS} cifre før decimaltegnet`;
  if (opts.positive && (sign === '-' || parseDecimal(input) === 0n)) return 'skal være større end 0';
  return null;
}

/** "72.5" → 72500000n; also PostgreSQL's numeric text ("72.500000"). Throws on anything else. */
export function parseDecimal(text: string): bigint {
  const m = SHAPE.exec(text);
  if (!m || (m[3] ?? '').length > DECIMALS) throw new TypeError(`Ikke et decimaltal: ${JSON.stringify(text)}`);
  const [, sign, int, frac = ''] = m;
  const magnitude = BigInt(int) * SCALE + BigInt(frac.padEnd(DECIMALS, '0'));
  return sign ? -magnitude : magnitude;
}

/** 72500000n → "72.5", 0n → "0", -1000000n → "-1": the canonical API text. */
export function formatDecimal(millionths: bigint): string {
  const negative = millionths < 0n;
  const magnitude = negative ? -millionths : millionths;
  const frac = (magnitude % SCALE).toString().padStart(DECIMALS, '0').replace(/0+$/, '');
  const body = frac ? `${magnitude / SCALE}.${frac}` : `${magnitude / SCALE}`;
  return negative ? `-${body}` : body;
}

/** PostgreSQL numeric text ("103.200000") in canonical form ("103.2"); null stays null. */
export function canonicalDecimal(text: string | null): string | null {
  return text === null ? null : formatDecimal(parseDecimal(text));
}

/** numerator ÷ denominator rounded to the nearest integer, halves away from zero. */
export function divideHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division med 0');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** Tenths as text with exactly one decimal: 505n → "50.5", -5n → "-0.5", 0n → "0.0". */
export function formatTenths(tenths: bigint): string {
  const negative = tenths < 0n;
  const magnitude = negative ? -tenths : tenths;
  return `${negative ? '-' : ''}${magnitude / 10n}.${magnitude % 10n}`;
}
