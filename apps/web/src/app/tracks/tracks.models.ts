import { StatusTone } from '@budgetspor/web/shared/ui';

export type TrackStatus = 'active' | 'paused' | 'closed';

export interface TrackShare {
  readonly committeeCode: string;
  /** Positive decimal string with at most 6 decimals, "." as separator ("1", "0.5"). */
  readonly weight: string;
}

/** `GET /api/tracks/:code` */
export interface Track {
  readonly code: string;
  readonly name: string;
  readonly description: string | null;
  readonly administrationCode: string;
  readonly startYear: number;
  readonly status: TrackStatus;
  readonly dependsOnFreeMunicipality: boolean;
  /** Sorted by committee code (code points). */
  readonly shares: readonly TrackShare[];
  readonly version: number;
}

/** The body of `POST /api/tracks`; a PATCH sends the same fields without `code`, plus `version`. */
export interface TrackInput {
  readonly name: string;
  readonly description: string | null;
  readonly administrationCode: string;
  readonly startYear: number;
  readonly status: TrackStatus;
  readonly dependsOnFreeMunicipality: boolean;
  readonly shares: readonly TrackShare[];
}

export interface Administration {
  readonly code: string;
  readonly name: string;
}

export interface Committee {
  readonly code: string;
  readonly name: string;
  readonly administrationCode: string;
}

export interface TrackStatusInfo {
  /** In the badge: "aktiv", as the status reads in a sentence. */
  readonly label: string;
  /** In the select: "Aktiv". */
  readonly option: string;
  readonly tone: StatusTone;
}

export const TRACK_STATUSES: readonly TrackStatus[] = ['active', 'paused', 'closed'];

export const TRACK_STATUS_INFO: Readonly<Record<TrackStatus, TrackStatusInfo>> = {
  active: { label: $localize`:@@tracks.status.active:aktiv`, option: $localize`:@@tracks.status.activeOption:Aktiv`, tone: 'ok' },
  paused: {
    label: $localize`:@@tracks.status.paused:sat på pause`,
    option: $localize`:@@tracks.status.pausedOption:Sat på pause`,
    tone: 'warning',
  },
  closed: { label: $localize`:@@tracks.status.closed:lukket`, option: $localize`:@@tracks.status.closedOption:Lukket`, tone: 'locked' },
};

/** The API's rule for codes: 1–16 letters (also Æ Ø Å), digits, "-" and "_". */
export const CODE_PATTERN = /^[\p{L}\p{Nd}_-]{1,16}$/u;

/**
 * The editor's URL for a track. The code sits in its own segment under "spor", so a track
 * may even be called "ny" without clashing with the create page `/tracks/ny`; the router
 * percent-encodes Æ Ø Å in the segment.
 */
export function trackLink(code: string): readonly string[] {
  return ['/tracks', 'spor', code];
}
