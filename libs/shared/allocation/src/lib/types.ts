/**
 * Inputs and outputs of the pool allocation (DOMAIN.md, "Pool allocation (the rule)").
 * Money is whole kroner as decimal strings, weights are decimal strings with at most
 * 6 decimals, years are numbers (strings only where they are object keys).
 */

export type TrackStatus = 'active' | 'paused' | 'closed';

export interface AllocationTrackWeight {
  trackCode: string;
  /** ≥ 0, at most 6 decimals. "0" is allowed here and means "gets nothing" (the rule requires w > 0). */
  weight: string;
}

export interface AllocationShare {
  committeeCode: string;
  /** > 0, at most 6 decimals. */
  weight: string;
}

export interface AllocationTrack {
  code: string;
  status: TrackStatus;
  startYear: number;
  shares: readonly AllocationShare[];
}

export interface AllocationInput {
  /** Year ("2014") → pool in whole kroner ≥ 0 ("125800000"). */
  pool: Readonly<Record<string, string>>;
  /** The current framework revision's track weights. */
  trackWeights: readonly AllocationTrackWeight[];
  /** Tracks as they are now; only those named in trackWeights take part. */
  tracks: readonly AllocationTrack[];
}

/** One track × committee × year cell, the unit of savings follow-up (same shape as API.md). */
export interface AllocationCell {
  trackCode: string;
  committeeCode: string;
  year: number;
  /** Whole kroner > 0 (cells of 0 kr. are left out). */
  amount: string;
}

/** A track's amount in a year it was eligible (including 0 kr. when the pool was too small). */
export interface AllocationTrackAmount {
  trackCode: string;
  year: number;
  amount: string;
  /** The track's weight in canonical form ("1.5", not "1.500000"). */
  weight: string;
  /** Whether the track received one of the year's leftover kroner. */
  gotExtra: boolean;
}

export type ExclusionReason = 'zero_weight' | 'paused' | 'closed' | 'not_started';

/** A track named in the framework that got nothing in a year, and why. */
export interface AllocationExclusion {
  trackCode: string;
  year: number;
  reason: ExclusionReason;
}

export interface AllocationYearTotals {
  pool: string;
  /** Sum of the year's cells; equals pool unless no track was eligible. */
  allocated: string;
  unallocated: string;
  eligibleTracks: number;
  /** Σw over the eligible tracks, canonical; null when none was eligible. */
  sumOfWeights: string | null;
}

export interface AllocationResult {
  /** The pool's years, ascending. */
  years: number[];
  /** Non-zero cells, sorted by year, trackCode, committeeCode (code points). */
  cells: AllocationCell[];
  /** Every eligible track per year, sorted by year, trackCode. */
  trackAmounts: AllocationTrackAmount[];
  /** Framework tracks that got nothing in a year, sorted by year, trackCode. */
  excluded: AllocationExclusion[];
  /** Every pool year. */
  perYear: Record<string, AllocationYearTotals>;
  /** Exactly the years in which no track was eligible → their whole pool (may be "0"). */
  unallocated: Record<string, string>;
}

/** An exact fraction with a rounded decimal for display. */
export interface ExactFraction {
  /** Reduced numerator and denominator (denominator > 0). */
  num: string;
  den: string;
  /** Rounded half up to 6 decimals, trailing zeros dropped: "33.333333", "34". */
  decimal: string;
  /** Whether `decimal` is the exact value. */
  exact: boolean;
}

/** Why one cell has its amount: both steps of the rule, with exact numbers. */
export interface CellExplanation {
  year: number;
  trackCode: string;
  committeeCode: string;
  /** Step 1: the pool over the eligible tracks. */
  pool: string;
  eligibleTracks: number;
  trackWeight: string;
  sumOfWeights: string;
  /** pool · trackWeight / sumOfWeights */
  trackQuota: ExactFraction;
  trackFloor: string;
  /** trackQuota − trackFloor; the largest remainders win the leftover kroner. */
  trackRemainder: ExactFraction;
  /** Kroner left after every track got its floor, handed out one each. */
  trackLeftover: string;
  trackGotExtra: boolean;
  trackAmount: string;
  /** Step 2: the track's amount over its committee shares. */
  shareWeight: string;
  sumOfShareWeights: string;
  /** trackAmount · shareWeight / sumOfShareWeights */
  committeeQuota: ExactFraction;
  committeeFloor: string;
  committeeRemainder: ExactFraction;
  committeeLeftover: string;
  committeeGotExtra: boolean;
  /** The cell's amount (may be "0"). */
  amount: string;
}

export type AllocationProblemCode =
  | 'invalid_input'
  | 'invalid_pool'
  | 'invalid_year'
  | 'invalid_pool_amount'
  | 'invalid_track_weights'
  | 'invalid_code'
  | 'duplicate_track_weight'
  | 'invalid_weight'
  | 'unknown_track'
  | 'invalid_tracks'
  | 'duplicate_track'
  | 'invalid_status'
  | 'invalid_start_year'
  | 'no_shares'
  | 'duplicate_share'
  | 'invalid_share_weight'
  // warnings: the input is valid, but the result may surprise
  | 'zero_weight'
  | 'track_not_active'
  | 'track_not_started'
  | 'no_eligible_track';

export interface AllocationProblem {
  /** `error`: allocate() refuses the input. `warning`: allocate() runs, but says so here. */
  severity: 'error' | 'warning';
  code: AllocationProblemCode;
  /** Where in the input: "pool.2014", "trackWeights[2].weight", "tracks[0].shares[1].committeeCode". */
  path: string;
  /** Danish, for the user. */
  message: string;
}

export interface SummaryRow {
  /** Track or committee code. */
  code: string;
  /** Year → whole kroner; every year of the result, "0" where nothing was allocated. */
  amounts: Record<string, string>;
  total: string;
}

export interface AllocationSummary {
  years: number[];
  /** Sorted by code (code points). */
  rows: SummaryRow[];
  /** Year → sum over the rows (the allocated amount, not the pool). */
  totals: Record<string, string>;
  total: string;
}
