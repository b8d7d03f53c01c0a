import { Figures } from '../effect/effect.models';

export type AnalysisKind = 'track' | 'committee' | 'administration';

export interface AnalysisKindInfo {
  readonly kind: AnalysisKind;
  /** The page's URL segment, Danish so a shared link reads naturally: `/analysis/spor/SELV`. */
  readonly slug: string;
  /** The API's segment: `/api/analysis/tracks/SELV`. */
  readonly api: string;
  /** In the select: "Innovationsspor". */
  readonly label: string;
  /** In a sentence: "sporet", "udvalget", "forvaltningen". */
  readonly the: string;
}

export const ANALYSIS_KINDS: readonly AnalysisKindInfo[] = [
  { kind: 'track', slug: 'spor', api: 'tracks', label: 'Innovationsspor', the: 'sporet' },
  { kind: 'committee', slug: 'udvalg', api: 'committees', label: 'Udvalg', the: 'udvalget' },
  { kind: 'administration', slug: 'forvaltning', api: 'administrations', label: 'Forvaltning', the: 'forvaltningen' },
];

export function kindForSlug(slug: string | null | undefined): AnalysisKindInfo | null {
  return ANALYSIS_KINDS.find((k) => k.slug === slug) ?? null;
}

/** The framework revision behind a round's expectations: the one its current allocation run used. */
export interface AnalysisFramework {
  readonly revision: number;
  /** "2012-06-27" */
  readonly decidedOn: string;
  readonly decidedBy: string;
  readonly title: string;
  readonly allocationMethod: string;
}

export interface AnalysisYear extends Figures {
  readonly year: number;
  /** From the round's first year up to and including this one. */
  readonly cumulative: Figures;
}

export interface AnalysisRound {
  readonly budgetYear: number;
  readonly title: string;
  readonly status: string;
  /** The round's own price level; the amounts are at it unless `?priceLevel=` converted them. */
  readonly priceLevelYear: number;
  readonly framework: AnalysisFramework | null;
  readonly years: readonly AnalysisYear[];
  readonly total: Figures;
}

/** `GET /api/analysis/{tracks|committees|administrations}/:code` */
export interface Analysis {
  readonly entityType: AnalysisKind;
  readonly code: string;
  readonly name: string;
  readonly priceLevel: number | null;
  /** Every round with savings rows for the entity, ascending. */
  readonly rounds: readonly AnalysisRound[];
}

/** "2012-06-27" → "27.06.2012", as Danish dates are written. */
export function danishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Which framework revision set a round's expectations, as one line of text. */
export function frameworkText(f: AnalysisFramework | null): string {
  if (!f) return 'Ingen fordeling endnu';
  return `Revision ${f.revision}: ${f.title} (${f.decidedBy}, ${danishDate(f.decidedOn)})`;
}
