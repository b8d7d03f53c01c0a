/** The API's groupings of `GET /api/budget-years/:year/realisation?groupBy=`. */
export type GroupBy = 'track' | 'committee' | 'administration' | 'year';

/** Sums over savings rows; money is decimal kroner text, `rate` realised ÷ expected with 4 decimals. */
export interface RealisationSums {
  readonly expected: string;
  readonly forecast: string;
  readonly realised: string;
  readonly rate: string | null;
}

export interface RealisationGroup extends RealisationSums {
  /** A track, committee or administration code, or the year (integer). */
  readonly key: string | number;
}

/** `GET /api/budget-years/:year/realisation` */
export interface Realisation {
  readonly groups: readonly RealisationGroup[];
  readonly total: RealisationSums;
}

export type SavingsStatus = 'on_track' | 'at_risk' | 'off_track' | 'realised';

/** One track × committee × year row of `GET /api/budget-years/:year/savings`. */
export interface SavingsRow {
  readonly id: string;
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  readonly expected: string;
  readonly forecast: string | null;
  readonly realised: string | null;
  readonly status: SavingsStatus;
  readonly comment: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface NamedCode {
  readonly code: string;
  readonly name: string;
}

/** Names of tracks, committees and administrations by code, for the groupings that have codes. */
export type Names = Readonly<Record<Exclude<GroupBy, 'year'>, ReadonlyMap<string, string>>>;

export interface DashboardView {
  readonly groupBy: GroupBy;
  /** The `?visning=` value in the URL: Danish, so a shared link reads naturally. */
  readonly slug: string;
  /** The button text: "Spor", "Udvalg", … */
  readonly label: string;
  /** "pr. spor", used in captions and the chart's name. */
  readonly per: string;
}

export const DASHBOARD_VIEWS: readonly DashboardView[] = [
  { groupBy: 'track', slug: 'spor', label: 'Spor', per: 'pr. spor' },
  { groupBy: 'committee', slug: 'udvalg', label: 'Udvalg', per: 'pr. udvalg' },
  { groupBy: 'administration', slug: 'forvaltning', label: 'Forvaltning', per: 'pr. forvaltning' },
  { groupBy: 'year', slug: 'aar', label: 'År', per: 'pr. år' },
];

/** The view for a `?visning=` value; anything unknown (or none) is the track view. */
export function viewForSlug(slug: string | null | undefined): DashboardView {
  return DASHBOARD_VIEWS.find((v) => v.slug === slug) ?? DASHBOARD_VIEWS[0];
}
