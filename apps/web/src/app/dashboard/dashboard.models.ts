/** The API's groupings of `GET /api/budget-years/:year/realisation?groupBy=`. */
export type GroupBy = 'track' | 'committee' | 'administration' | 'year';

/** Sums over savings rows; money is decimal kroner text, `rate` realised ÷ expected with 4 decimals. */
export interface RealisationSums {
  readonly expected: string;
  readonly forecast: string;
  readonly realised: string;
  readonly rate: string | null;
  /** The price level the amounts were converted to (`?priceLevel=`); absent at the round's own level. */
  readonly priceLevel?: number;
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

/** The savings rows the drill-down lists: the same rows the savings page edits. */
export type { SavingsRow, SavingsStatus } from '../savings/savings.models';
export type { NamedCode } from '../core/named-code';

/** Names of tracks, committees and administrations by code, for the groupings that have codes. */
export type Names = Readonly<Record<Exclude<GroupBy, 'year'>, ReadonlyMap<string, string>>>;

export interface DashboardView {
  readonly groupBy: GroupBy;
  /** The `?visning=` value in the URL: Danish, so a shared link reads naturally. */
  readonly slug: string;
  /** The button text: "Spor", "Udvalg", … */
  readonly label: string;
  /** "pr. spor" ("by track"), used in headings, captions and the chart's name. */
  readonly per: string;
}

export const DASHBOARD_VIEWS: readonly DashboardView[] = [
  { groupBy: 'track', slug: 'spor', label: $localize`:@@dashboard.view.track:Spor`, per: $localize`:@@dashboard.view.perTrack:pr. spor` },
  { groupBy: 'committee', slug: 'udvalg', label: $localize`:@@dashboard.view.committee:Udvalg`, per: $localize`:@@dashboard.view.perCommittee:pr. udvalg` },
  {
    groupBy: 'administration',
    slug: 'forvaltning',
    label: $localize`:@@dashboard.view.administration:Forvaltning`,
    per: $localize`:@@dashboard.view.perAdministration:pr. forvaltning`,
  },
  { groupBy: 'year', slug: 'aar', label: $localize`:@@dashboard.view.year:År`, per: $localize`:@@dashboard.view.perYear:pr. år` },
];

/** The view for a `?visning=` value; anything unknown (or none) is the track view. */
export function viewForSlug(slug: string | null | undefined): DashboardView {
  return DASHBOARD_VIEWS.find((v) => v.slug === slug) ?? DASHBOARD_VIEWS[0];
}
