import type { AllocationCell, AllocationInput } from '@budgetspor/shared/allocation';

/**
 * The baseline for the allocation benchmark: the same two-step largest-remainder split,
 * written the way it is usually written, with floating point: quota = total·w/Σw as a
 * double, Math.floor, then a full sort by remainder to hand out the leftover kroner. It is
 * NOT correct (floats misjudge remainders and lose kroner once amounts × weights pass
 * 2^53); the benchmark counts how often it disagrees with the exact rule.
 */
export function naiveAllocate(input: AllocationInput): AllocationCell[] {
  const years = Object.keys(input.pool).map(Number).sort((a, b) => a - b);
  const tracks = new Map(input.tracks.map((t) => [t.code, t]));
  const framework = input.trackWeights
    .map((tw) => ({ track: tracks.get(tw.trackCode)!, weight: parseFloat(tw.weight) }))
    .sort((a, b) => byCode(a.track.code, b.track.code));
  const cells: AllocationCell[] = [];
  for (const year of years) {
    const pool = Number(input.pool[String(year)]);
    const eligible = framework.filter((f) => f.weight > 0 && f.track.status === 'active' && f.track.startYear <= year);
    if (eligible.length === 0) continue;
    const trackAmounts = split(pool, eligible.map((f) => f.weight), eligible.map((f) => f.track.code));
    for (let i = 0; i < eligible.length; i++) {
      if (trackAmounts[i] === 0) continue;
      const { code, shares } = eligible[i].track;
      const ordered = [...shares].sort((a, b) => byCode(a.committeeCode, b.committeeCode));
      const amounts = split(trackAmounts[i], ordered.map((s) => parseFloat(s.weight)), ordered.map((s) => s.committeeCode));
      for (let j = 0; j < ordered.length; j++) {
        if (amounts[j] > 0) cells.push({ trackCode: code, committeeCode: ordered[j].committeeCode, year, amount: String(amounts[j]) });
      }
    }
  }
  return cells;
}

function split(total: number, weights: number[], keys: string[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const amounts = quotas.map(Math.floor);
  const left = total - amounts.reduce((a, b) => a + b, 0);
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => quotas[b] - amounts[b] - (quotas[a] - amounts[a]) || weights[b] - weights[a] || byCode(keys[a], keys[b]));
  // Rounding can make `left` come out wrong; never hand out more kroner than there are parts.
  for (let k = 0; k < Math.min(left, order.length); k++) amounts[order[k]] += 1;
  return amounts;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
