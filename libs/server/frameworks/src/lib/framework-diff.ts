import { FrameworkDiffDto, FrameworkDto } from './frameworks.dto';

/**
 * What changed from revision `from` to revision `to` (either may be the newer one). Pure, so
 * it needs no database to test. Weights arrive canonical ("1.5", never "1.500000"), so equal
 * weights are equal text; money stays text and bigint.
 */
export function diffFrameworks(from: FrameworkDto, to: FrameworkDto): FrameworkDiffDto {
  const before = new Map(from.trackWeights.map((w) => [w.trackCode, w.weight]));
  const after = new Map(to.trackWeights.map((w) => [w.trackCode, w.weight]));
  const years = [...new Set([...Object.keys(from.pool), ...Object.keys(to.pool)])].sort((a, b) => Number(a) - Number(b));
  const diff: FrameworkDiffDto = {
    from: from.revision,
    to: to.revision,
    pool: years.map((year) => {
      const [a, b] = [from.pool[year] ?? '0', to.pool[year] ?? '0'];
      return { year: Number(year), from: a, to: b, change: (BigInt(b) - BigInt(a)).toString() };
    }),
    // Both lists are sorted by track code already, and filtering keeps that order.
    tracksAdded: to.trackWeights.filter((w) => !before.has(w.trackCode)),
    tracksRemoved: from.trackWeights.filter((w) => !after.has(w.trackCode)),
    tracksReweighted: to.trackWeights
      .filter((w) => before.has(w.trackCode) && before.get(w.trackCode) !== w.weight)
      .map((w) => ({ trackCode: w.trackCode, from: before.get(w.trackCode) as string, to: w.weight })),
  };
  if (from.allocationMethod !== to.allocationMethod) diff.methodChanged = { from: from.allocationMethod, to: to.allocationMethod };
  return diff;
}
