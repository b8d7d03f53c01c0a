import { compareCodePoints } from '@budgetspor/shared/money';

/**
 * The hot loop of `allocate`: largest-remainder (Hamilton) apportionment over weights
 * that were parsed, summed and put in key order once. It gives exactly what `apportion`
 * from @budgetspor/shared/money gives (hamilton.spec.ts proves it with fast-check), but
 * `apportion` re-parses every weight, builds reduced rationals and sorts every call,
 * which is too slow for 10,000 tracks × 50 committees × 4 years.
 */
export interface WeightSet {
  /** Distinct keys, ascending by code point: the output order. */
  readonly keys: readonly string[];
  /** Weights in millionths (as parseWeight returns them), all > 0; weights[i] belongs to keys[i]. */
  readonly weights: readonly bigint[];
  readonly sum: bigint;
  /** Every weight the same: the split needs no per-part arithmetic. */
  readonly equalWeights: boolean;
  /** keys.length as a bigint, the divisor when weights are equal. */
  readonly count: bigint;
}

export interface WeightedKey {
  key: string;
  weight: bigint;
}

/** Keys must be distinct and weights > 0; parts need not be in order. */
export function makeWeightSet(parts: readonly WeightedKey[]): WeightSet {
  const ordered = [...parts].sort((a, b) => compareCodePoints(a.key, b.key));
  return weightSetInOrder(
    ordered.map((p) => p.key),
    ordered.map((p) => p.weight),
  );
}

/** Like makeWeightSet for keys already distinct and ascending by code point (not checked). */
export function weightSetInOrder(keys: readonly string[], weights: readonly bigint[]): WeightSet {
  const n = keys.length;
  let sum = 0n;
  let equalWeights = n > 0;
  for (let i = 0; i < n; i++) {
    sum += weights[i];
    if (weights[i] !== weights[0]) equalWeights = false;
  }
  return { keys, weights, sum, equalWeights, count: BigInt(n) };
}

// Scratch space reused across calls: the loop runs hundreds of thousands of times per
// allocation, and JS is single-threaded, so one buffer serves every call.
let remainders: bigint[] = [];
const candidates: number[] = [];

/**
 * Splits `total` (whole units ≥ 0) over `set`: amounts[i] = floor(total·w[i]/Σw), then one
 * leftover unit each to the largest remainders; ties go to the larger weight, then to the
 * smaller key by code point. Writes amounts[0..n) and, when given, gotExtra[0..n)
 * (1 = received a leftover unit). Returns the number of leftover units handed out (< n).
 */
export function hamilton(total: bigint, set: WeightSet, amounts: bigint[], gotExtra?: Uint8Array): number {
  if (set.equalWeights) return hamiltonEqual(total, set, amounts, gotExtra);
  const { weights, sum } = set;
  const n = weights.length;
  if (remainders.length < n) remainders = new Array<bigint>(n).fill(0n);
  const rem = remainders;
  let left = total;
  candidates.length = 0;
  for (let i = 0; i < n; i++) {
    const num = total * weights[i];
    const floor = num / sum;
    const r = num % sum;
    amounts[i] = floor;
    rem[i] = r;
    left -= floor;
    // Only a part with a remainder can win a leftover unit: Σ remainders = left·Σw and
    // each remainder is below Σw, so fewer units are left than parts with a remainder.
    if (r !== 0n) candidates.push(i);
  }
  if (gotExtra) gotExtra.fill(0, 0, n);
  if (left === 0n) return 0;
  // `left` counts units, not kroner: it is below n, so a number holds it exactly.
  const count = Number(left);
  selectBest(rem, weights, count);
  for (let k = 0; k < count; k++) {
    const i = candidates[k];
    amounts[i] += 1n;
    if (gotExtra) gotExtra[i] = 1;
  }
  return count;
}

/**
 * Moves the `count` best candidates to candidates[0..count), in no particular order: best
 * is the larger remainder, then the larger weight, then the smaller key (= smaller index,
 * keys ascend). A quickselect: sorting every track's committees on every year cost more
 * than all the arithmetic, and only the set of winners matters.
 */
function selectBest(rem: readonly bigint[], weights: readonly bigint[], count: number): void {
  const c = candidates;
  const better = (a: number, b: number) => {
    const ra = rem[a];
    const rb = rem[b];
    if (ra > rb) return true;
    if (ra < rb) return false;
    return weights[a] !== weights[b] ? weights[a] > weights[b] : a < b;
  };
  const kth = count - 1;
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const pivot = c[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (better(c[i], pivot)) i++;
      while (better(pivot, c[j])) j--;
      if (i <= j) {
        const t = c[i];
        c[i] = c[j];
        c[j] = t;
        i++;
        j--;
      }
    }
    // Now c[lo..j] are not worse than the pivot and c[i..hi] not better; between them
    // (at most) the pivot itself, since no two candidates are equal.
    if (kth <= j) hi = j;
    else if (kth >= i) lo = i;
    else return;
  }
}

/**
 * Equal weights: every quota is total/n with the same remainder, so the leftover units go
 * to the first keys by code point, which is the order of the set.
 */
function hamiltonEqual(total: bigint, set: WeightSet, amounts: bigint[], gotExtra?: Uint8Array): number {
  const n = set.keys.length;
  const floor = total / set.count;
  // Below n, so a number holds it exactly.
  const left = Number(total % set.count);
  const more = floor + 1n;
  for (let i = 0; i < n; i++) amounts[i] = i < left ? more : floor;
  if (gotExtra) {
    gotExtra.fill(1, 0, left);
    gotExtra.fill(0, left, n);
  }
  return left;
}
