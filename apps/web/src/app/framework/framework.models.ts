import type { TrackStatus } from '@budgetspor/shared/allocation';

export type AllocationMethod = 'top_down' | 'bids';

export const METHOD_LABELS: Readonly<Record<AllocationMethod, string>> = {
  top_down: $localize`:@@framework.method.topDown:Top-down (vægte)`,
  bids: $localize`:@@framework.method.bids:Bud fra udvalgene`,
};

export const TRACK_STATUS_LABELS: Readonly<Record<TrackStatus, string>> = {
  active: $localize`:@@framework.trackStatus.active:Aktiv`,
  paused: $localize`:@@framework.trackStatus.paused:Sat på pause`,
  closed: $localize`:@@framework.trackStatus.closed:Lukket`,
};

export interface TrackWeight {
  readonly trackCode: string;
  /** Positive decimal string, canonical from the API ("1.5"). */
  readonly weight: string;
}

/** One revision of a budget year's rammeudmelding (`GET /api/budget-years/:year/frameworks`). */
export interface Framework {
  readonly budgetYear: number;
  readonly revision: number;
  /** YYYY-MM-DD */
  readonly decidedOn: string;
  readonly decidedBy: string;
  readonly title: string;
  readonly allocationMethod: AllocationMethod;
  /** Year → whole kroner as a decimal string. */
  readonly pool: Readonly<Record<string, string>>;
  /** Sorted by track code (code points). */
  readonly trackWeights: readonly TrackWeight[];
  readonly createdAt: string;
  readonly createdBy: string;
}

/** `POST /api/budget-years/:year/frameworks` */
export interface NewFramework {
  readonly decidedOn: string;
  readonly decidedBy: string;
  readonly title: string;
  readonly allocationMethod: AllocationMethod;
  readonly pool: Readonly<Record<string, string>>;
  readonly trackWeights: readonly TrackWeight[];
}

/** The parts of `GET /api/tracks` the editor and the preview need. */
export interface Track {
  readonly code: string;
  readonly name: string;
  readonly startYear: number;
  readonly status: TrackStatus;
  readonly shares: readonly { readonly committeeCode: string; readonly weight: string }[];
}
