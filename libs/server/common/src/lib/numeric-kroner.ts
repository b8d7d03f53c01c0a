/**
 * Amounts as PostgreSQL hands them over: numeric text with no decimals (`bigint` expected,
 * sums of it) or exactly two (`numeric(18,2)` and its sums). Pure and exact: no JS number
 * ever holds money, and unlike `toKronerString` nothing here is capped at 15 digits, because
 * a sum over many rows (or a sum converted to another price level) may legitimately exceed
 * what one row can hold.
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

/** Øre as the API's canonical kroner text: 125050n → "1250.50", 2600000000n → "26000000", -50n → "-0.50". */
export function kronerFromOre(ore: bigint): string {
  const magnitude = ore < 0n ? -ore : ore;
  const rest = magnitude % 100n;
  const body = rest === 0n ? `${magnitude / 100n}` : `${magnitude / 100n}.${rest.toString().padStart(2, '0')}`;
  return ore < 0n ? `-${body}` : body;
}
