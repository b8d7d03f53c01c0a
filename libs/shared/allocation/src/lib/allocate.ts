import { toWeightString } from '@budgetspor/shared/money';
import { type WeightSet, hamilton, weightSetInOrder } from './hamilton';
import { type Prepared, type PreparedTrack, prepare } from './prepare';
import type {
  AllocationCell,
  AllocationInput,
  AllocationProblem,
  AllocationResult,
  AllocationTrackAmount,
  ExclusionReason,
} from './types';

/** Thrown by allocate/explainCell for input validateAllocationInput reports errors for. */
export class AllocationError extends Error {
  override readonly name = 'AllocationError';
  readonly code: AllocationProblem['code'];
  readonly path: string;

  constructor(readonly problems: readonly AllocationProblem[]) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (og ${problems.length - 1} fejl mere)` : '';
    super(`${first.message}${more}`);
    this.code = first.code;
    this.path = first.path;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function prepareOrThrow(input: AllocationInput): Prepared {
  const { prepared, problems } = prepare(input);
  if (!prepared) throw new AllocationError(problems);
  return prepared;
}

/**
 * Distributes the pool over tracks and committees by the rule in DOMAIN.md
 * ("Pool allocation (the rule)"). Deterministic: the same input, in any order,
 * gives the same result on the server and in the browser.
 */
export function allocate(input: AllocationInput): AllocationResult {
  return allocatePrepared(prepareOrThrow(input));
}

/** May get money at all: named with w > 0 and active (start year aside). */
export function isCandidate(t: PreparedTrack): boolean {
  return t.weight > 0n && t.status === 'active';
}

export function exclusionReason(t: PreparedTrack, year: number): ExclusionReason | undefined {
  if (t.weight === 0n) return 'zero_weight';
  if (t.status !== 'active') return t.status;
  return t.startYear > year ? 'not_started' : undefined;
}

export function trackWeightSet(eligible: readonly PreparedTrack[]): WeightSet {
  // The framework is already in code order.
  return weightSetInOrder(
    eligible.map((t) => t.code),
    eligible.map((t) => t.weight),
  );
}

function allocatePrepared({ years, framework }: Prepared): AllocationResult {
  const candidates = framework.filter(isCandidate);
  const weightText = new Map(candidates.map((t) => [t, toWeightString(t.weight)]));
  const scratch = {
    trackAmounts: new Array<bigint>(candidates.length).fill(0n),
    trackExtra: new Uint8Array(candidates.length),
    shareAmounts: new Array<bigint>(candidates.reduce((n, t) => Math.max(n, t.shares.keys.length), 0)).fill(0n),
  };
  const result: AllocationResult = {
    years: years.map((y) => y.year),
    cells: [],
    trackAmounts: [],
    excluded: [],
    perYear: {},
    unallocated: {},
  };
  // Years ascend, so each year's eligible set contains the previous one: the same size
  // means the same set, and its weight set (sum, order) can be reused.
  let eligible: PreparedTrack[] = [];
  let set: WeightSet | undefined;

  for (const { year, key, pool } of years) {
    for (const t of framework) {
      const reason = exclusionReason(t, year);
      if (reason) result.excluded.push({ trackCode: t.code, year, reason });
    }
    const now = candidates.filter((t) => t.startYear <= year);
    if (!set || now.length !== eligible.length) {
      eligible = now;
      set = trackWeightSet(eligible);
    }
    const poolText = pool.toString();
    const none = eligible.length === 0;
    result.perYear[key] = {
      pool: poolText,
      allocated: none ? '0' : poolText,
      unallocated: none ? poolText : '0',
      eligibleTracks: eligible.length,
      sumOfWeights: none ? null : toWeightString(set.sum),
    };
    if (none) {
      result.unallocated[key] = poolText;
      continue;
    }
    hamilton(pool, set, scratch.trackAmounts, scratch.trackExtra);
    for (let i = 0; i < eligible.length; i++) {
      const track = eligible[i];
      const amount = scratch.trackAmounts[i];
      const row: AllocationTrackAmount = {
        trackCode: track.code,
        year,
        amount: amount.toString(),
        weight: weightText.get(track) as string,
        gotExtra: scratch.trackExtra[i] === 1,
      };
      result.trackAmounts.push(row);
      if (amount !== 0n) splitTrack(track, year, amount, scratch.shareAmounts, result.cells);
    }
  }
  return result;
}

/** Step 2 of the rule for one track and year: appends its non-zero committee cells. */
function splitTrack(track: PreparedTrack, year: number, amount: bigint, shareAmounts: bigint[], cells: AllocationCell[]): void {
  hamilton(amount, track.shares, shareAmounts);
  const codes = track.shares.keys;
  // Neighbouring cells often hold the same amount (equal shares): format it once.
  let lastAmount = -1n;
  let lastText = '';
  for (let j = 0; j < codes.length; j++) {
    const cellAmount = shareAmounts[j];
    if (cellAmount === 0n) continue;
    if (cellAmount !== lastAmount) {
      lastAmount = cellAmount;
      lastText = cellAmount.toString();
    }
    const cell: AllocationCell = { trackCode: track.code, committeeCode: codes[j], year, amount: lastText };
    cells.push(cell);
  }
}
