import { divideHalfAwayFromZero, formatTenths } from '@budgetspor/server/common';

/**
 * Progress and status of effect indicators and goals (effektregnskab). Pure and exact:
 * values are bigint millionths, every ratio is compared by cross-multiplication and only
 * the percentages shown are rounded (once, to one decimal, halves away from zero).
 */

export const INDICATOR_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** What an assessment of a qualitative indicator may say (no_data is the absence of one). */
export const ASSESSMENT_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A quantitative indicator's path: the target lies beyond the baseline in `direction`, later. */
export interface QuantitativePath {
  direction: Direction;
  baselineYear: number;
  baseline: bigint;
  targetYear: number;
  target: bigint;
}

/**
 * How far `value` has come from the baseline towards the target, in percent with one
 * decimal: 100 × (value − baseline) ÷ (target − baseline), halves away from zero. Not
 * capped: below 0 means worse than the baseline, above 100 beyond the target.
 */
export function progressPercent(value: bigint, path: QuantitativePath): string {
  return formatTenths(divideHalfAwayFromZero((value - path.baseline) * 1000n, path.target - path.baseline));
}

/** How far a straight line from baseline to target would have come by `year`, in percent (0–100). */
export function expectedPercent(year: number, path: QuantitativePath): string {
  const span = BigInt(path.targetYear - path.baselineYear);
  return formatTenths(divideHalfAwayFromZero(elapsed(year, path) * 1000n, span));
}

/**
 * The status of a quantitative indicator in `year`:
 * - `no_data` without a value;
 * - `achieved` once the value has reached the target (in its direction);
 * - `off_track` when the target year has come without that;
 * - otherwise against the straight line from baseline to target: `on_track` at or ahead
 *   of it, `at_risk` at least halfway there (and not below the baseline), else `off_track`.
 */
export function quantitativeStatus(year: number, value: bigint | null, path: QuantitativePath): IndicatorStatus {
  if (value === null) return 'no_data';
  const gap = path.target - path.baseline;
  const sign = gap < 0n ? -1n : 1n;
  // progress = moved / span, expected = elapsed / years; both spans are positive.
  const moved = (value - path.baseline) * sign;
  if (moved >= gap * sign) return 'achieved';
  if (year >= path.targetYear) return 'off_track';
  const years = BigInt(path.targetYear - path.baselineYear);
  const done = moved * years;
  const due = elapsed(year, path) * gap * sign;
  if (done >= due) return 'on_track';
  if (moved >= 0n && 2n * done >= due) return 'at_risk';
  return 'off_track';
}

/** Years since the baseline, clamped to the path. */
function elapsed(year: number, path: QuantitativePath): bigint {
  const clamped = Math.min(Math.max(year, path.baselineYear), path.targetYear);
  return BigInt(clamped - path.baselineYear);
}

const RANK: Record<IndicatorStatus, number> = { off_track: 0, at_risk: 1, on_track: 2, achieved: 3, no_data: 4 };

/**
 * A goal's status is its weakest indicator's: one indicator off track puts the goal off
 * track. Indicators without data are left out; with none left, `no_data`.
 */
export function goalStatus(statuses: readonly IndicatorStatus[]): IndicatorStatus {
  return statuses.reduce<IndicatorStatus>((worst, s) => (RANK[s] < RANK[worst] ? s : worst), 'no_data');
}
