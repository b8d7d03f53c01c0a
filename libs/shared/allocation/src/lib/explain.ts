import { toWeightString } from '@budgetspor/shared/money';
import { isCandidate, prepareOrThrow, trackWeightSet } from './allocate';
import { hamilton } from './hamilton';
import type { AllocationInput, CellExplanation, ExactFraction } from './types';

export interface CellKey {
  year: number;
  trackCode: string;
  committeeCode: string;
}

/**
 * Why one track × committee × year cell has its amount: both steps of the rule with exact
 * quotas, floors, remainders and who got a leftover krone. Recomputed from the input, so
 * it holds for cells of 0 kr. too (which `allocate` leaves out of `cells`); the result is
 * the same as `allocate`'s because both run the same code.
 *
 * Undefined when the year is not in the pool, the track was not eligible that year (see
 * `AllocationResult.excluded` for why) or the committee has no share in the track.
 * Throws AllocationError for input `validateAllocationInput` reports errors for.
 */
export function explainCell(input: AllocationInput, at: CellKey): CellExplanation | undefined {
  const { years, framework } = prepareOrThrow(input);
  const year = years.find((y) => y.year === at.year);
  if (!year) return undefined;
  const eligible = framework.filter((t) => isCandidate(t) && t.startYear <= at.year);
  const t = eligible.findIndex((track) => track.code === at.trackCode);
  if (t < 0) return undefined;
  const track = eligible[t];
  const c = track.shares.keys.indexOf(at.committeeCode);
  if (c < 0) return undefined;

  const tracks = trackWeightSet(eligible);
  const trackAmounts: bigint[] = [];
  const trackExtra = new Uint8Array(eligible.length);
  const trackLeftover = hamilton(year.pool, tracks, trackAmounts, trackExtra);
  const trackAmount = trackAmounts[t];
  const trackNum = year.pool * track.weight;

  const shares = track.shares;
  const shareAmounts: bigint[] = [];
  const shareExtra = new Uint8Array(shares.keys.length);
  const committeeLeftover = hamilton(trackAmount, shares, shareAmounts, shareExtra);
  const shareWeight = shares.weights[c];
  const committeeNum = trackAmount * shareWeight;

  return {
    year: year.year,
    trackCode: track.code,
    committeeCode: at.committeeCode,
    pool: year.pool.toString(),
    eligibleTracks: eligible.length,
    trackWeight: toWeightString(track.weight),
    sumOfWeights: toWeightString(tracks.sum),
    trackQuota: exactFraction(trackNum, tracks.sum),
    trackFloor: (trackNum / tracks.sum).toString(),
    trackRemainder: exactFraction(trackNum % tracks.sum, tracks.sum),
    trackLeftover: String(trackLeftover),
    trackGotExtra: trackExtra[t] === 1,
    trackAmount: trackAmount.toString(),
    shareWeight: toWeightString(shareWeight),
    sumOfShareWeights: toWeightString(shares.sum),
    committeeQuota: exactFraction(committeeNum, shares.sum),
    committeeFloor: (committeeNum / shares.sum).toString(),
    committeeRemainder: exactFraction(committeeNum % shares.sum, shares.sum),
    committeeLeftover: String(committeeLeftover),
    committeeGotExtra: shareExtra[c] === 1,
    amount: shareAmounts[c].toString(),
  };
}

const DISPLAY_SCALE = 1_000_000n; // 6 decimals, the precision weights are entered with

/** num/den ≥ 0 reduced, with a decimal rounded half up to 6 places for display. */
export function exactFraction(num: bigint, den: bigint): ExactFraction {
  const g = gcd(num, den);
  const n = num / g;
  const d = den / g;
  const scaled = n * DISPLAY_SCALE;
  const rest = scaled % d;
  const rounded = scaled / d + (2n * rest >= d ? 1n : 0n);
  return { num: n.toString(), den: d.toString(), decimal: toWeightString(rounded), exact: rest === 0n };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
