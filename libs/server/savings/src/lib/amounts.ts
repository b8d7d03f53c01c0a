/**
 * Amounts as PostgreSQL hands them over: numeric text with no decimals (`bigint` expected,
 * sums of it) or exactly two (`numeric(18,2)` and its sums). Pure and exact: no JS number
 * ever holds money, and unlike `toKronerString` nothing here is capped at 15 digits, because
 * a sum over many rows may legitimately exceed what one row can hold.
 */

const NUMERIC_TEXT = /^-?\d+(?:\.\d{2})?$/;

function assertNumericText(text: string): void {
  if (!NUMERIC_TEXT.test(text)) throw new TypeError(`Forventede numeric-tekst med 0 eller 2 decimaler, fik ${JSON.stringify(text)}`);
}

/** The API's canonical kroner text: "26000000.00" → "26000000", "1250.50" stays, "0.00" → "0". */
export function kronerFromNumeric(text: string): string {
  assertNumericText(text);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** The amount in øre: "1250.50" → 125050n, "26000000" → 2600000000n. */
export function oreFromNumeric(text: string): bigint {
  assertNumericText(text);
  return text.includes('.') ? BigInt(text.replace('.', '')) : BigInt(text) * 100n;
}

const RATE_SCALE = 10_000n;

/**
 * Realisation rate (realiseringsgrad) = realised ÷ expected with exactly 4 decimals, rounded
 * half away from zero ("0.66665" → "0.6667", "-0.03125" → "-0.0313"); null when nothing is
 * expected. Integer arithmetic end to end, so no quotient is rounded twice.
 */
export function realisationRate(realisedOre: bigint, expectedOre: bigint): string | null {
  if (expectedOre === 0n) return null;
  const negative = realisedOre < 0n !== expectedOre < 0n;
  const numerator = abs(realisedOre) * RATE_SCALE;
  const denominator = abs(expectedOre);
  // floor(n/d + 1/2) on magnitudes is "half away from zero" once the sign is put back.
  const scaled = (2n * numerator + denominator) / (2n * denominator);
  const text = `${scaled / RATE_SCALE}.${(scaled % RATE_SCALE).toString().padStart(4, '0')}`;
  return negative && scaled !== 0n ? `-${text}` : text;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
