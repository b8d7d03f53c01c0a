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
