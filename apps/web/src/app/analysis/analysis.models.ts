import { Language, LANGUAGE } from '../core/language';
import { Figures } from '../effect/effect.models';

export type AnalysisKind = 'track' | 'committee' | 'administration';

export interface AnalysisKindInfo {
  readonly kind: AnalysisKind;
  /** The page's URL segment, Danish so a shared link reads naturally: `/analysis/spor/SELV`. */
  readonly slug: string;
  /** The API's segment: `/api/analysis/tracks/SELV`. */
  readonly api: string;
  /** In the select and before a code: "Innovationsspor". */
  readonly label: string;
  /** The code select's empty option: "Vælg innovationsspor". */
  readonly choose: string;
  /** Under the code select when nothing is chosen. */
  readonly missing: string;
  /** The page's title: "Analyse af sporet SELV". */
  title(code: string): string;
  /** The rounds chart's text alternative. */
  roundsChartLabel(code: string): string;
  /** When the entity has no savings in any round. */
  noSavings(code: string): string;
}

/** Each kind's sentences are whole, so a translation never glues a noun into a Danish sentence. */
export const ANALYSIS_KINDS: readonly AnalysisKindInfo[] = [
  {
    kind: 'track',
    slug: 'spor',
    api: 'tracks',
    label: $localize`:@@analysis.kind.track:Innovationsspor`,
    choose: $localize`:@@analysis.kind.track.choose:Vælg innovationsspor`,
    missing: $localize`:@@analysis.kind.track.missing:Vælg innovationsspor, der skal analyseres.`,
    title: (code) => $localize`:@@analysis.kind.track.title:Analyse af sporet ${code}:code:`,
    roundsChartLabel: (code) =>
      $localize`:@@analysis.kind.track.roundsChart:Søjlediagram: forventet, prognose og realiseret pr. budgetrunde for sporet ${code}:code:, i mio. kr. Tallene står i tabellen under diagrammet.`,
    noSavings: (code) =>
      $localize`:@@analysis.kind.track.noSavings:Sporet ${code}:code: har ingen besparelser i nogen budgetrunde endnu. De opstår, når en rammeudmelding fordeler innovationspuljen på sporet.`,
  },
  {
    kind: 'committee',
    slug: 'udvalg',
    api: 'committees',
    label: $localize`:@@analysis.kind.committee:Udvalg`,
    choose: $localize`:@@analysis.kind.committee.choose:Vælg udvalg`,
    missing: $localize`:@@analysis.kind.committee.missing:Vælg udvalg, der skal analyseres.`,
    title: (code) => $localize`:@@analysis.kind.committee.title:Analyse af udvalget ${code}:code:`,
    roundsChartLabel: (code) =>
      $localize`:@@analysis.kind.committee.roundsChart:Søjlediagram: forventet, prognose og realiseret pr. budgetrunde for udvalget ${code}:code:, i mio. kr. Tallene står i tabellen under diagrammet.`,
    noSavings: (code) =>
      $localize`:@@analysis.kind.committee.noSavings:Udvalget ${code}:code: har ingen besparelser i nogen budgetrunde endnu. De opstår, når en rammeudmelding fordeler innovationspuljen på udvalget.`,
  },
  {
    kind: 'administration',
    slug: 'forvaltning',
    api: 'administrations',
    label: $localize`:@@analysis.kind.administration:Forvaltning`,
    choose: $localize`:@@analysis.kind.administration.choose:Vælg forvaltning`,
    missing: $localize`:@@analysis.kind.administration.missing:Vælg forvaltning, der skal analyseres.`,
    title: (code) => $localize`:@@analysis.kind.administration.title:Analyse af forvaltningen ${code}:code:`,
    roundsChartLabel: (code) =>
      $localize`:@@analysis.kind.administration.roundsChart:Søjlediagram: forventet, prognose og realiseret pr. budgetrunde for forvaltningen ${code}:code:, i mio. kr. Tallene står i tabellen under diagrammet.`,
    noSavings: (code) =>
      $localize`:@@analysis.kind.administration.noSavings:Forvaltningen ${code}:code: har ingen besparelser i nogen budgetrunde endnu. De opstår, når en rammeudmelding fordeler innovationspuljen på forvaltningen.`,
  },
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

/**
 * "2012-06-27" as a short date in the page's language: "27.06.2012" / "27/06/2012", as the date
 * part of `formatDateTime` writes it (compact in a table cell). Anything else is returned as it is.
 */
export function shortDate(iso: string, language: Language = LANGUAGE): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return language === 'da' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

/** Which framework revision set a round's expectations, as one line of text. */
export function frameworkText(f: AnalysisFramework | null): string {
  if (!f) return $localize`:@@analysis.framework.none:Ingen fordeling endnu`;
  return $localize`:@@analysis.framework.revision:Revision ${f.revision}:revision:: ${f.title}:title: (${f.decidedBy}:decidedBy:, ${shortDate(f.decidedOn)}:date:)`;
}
