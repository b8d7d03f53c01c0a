import { StatusTone } from '@budgetspor/web/shared/ui';

/** `municipal`: an Odensemål (the city council's goal); `committee`: a committee's effect goal under one. */
export type GoalLevel = 'municipal' | 'committee';
export type IndicatorKind = 'quantitative' | 'qualitative';
export type Direction = 'higher' | 'lower';
/** What a qualitative year's assessment may say. */
export type AssessmentStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track';
/** The effect account's status: an assessment's, or computed for a quantitative value; `no_data` without one. */
export type IndicatorStatus = AssessmentStatus | 'no_data';

/** One year's value of `GET /api/indicators/:id` (decimals are text, "." as separator). */
export interface IndicatorValue {
  readonly year: number;
  readonly value: string | null;
  readonly sourceNote: string | null;
  readonly assessment: string | null;
  readonly status: AssessmentStatus | null;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface Indicator {
  readonly id: string;
  readonly goalId: string;
  readonly name: string;
  readonly description: string | null;
  readonly kind: IndicatorKind;
  readonly unit: string | null;
  readonly direction: Direction | null;
  readonly baselineYear: number | null;
  readonly baselineValue: string | null;
  readonly targetYear: number | null;
  readonly targetValue: string | null;
  /** Years ascending. */
  readonly values: readonly IndicatorValue[];
  readonly version: number;
}

/** `GET /api/effect-goals/:id` */
export interface EffectGoal {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly level: GoalLevel;
  readonly parentId: string | null;
  readonly committeeCodes: readonly string[];
  readonly trackCodes: readonly string[];
  readonly indicators: readonly Indicator[];
  readonly version: number;
}

/** The body of `POST /api/effect-goals`; a PATCH sends the same plus `version`. */
export interface GoalInput {
  readonly title: string;
  readonly description: string | null;
  readonly level: GoalLevel;
  readonly parentId: string | null;
  readonly committeeCodes: readonly string[];
  readonly trackCodes: readonly string[];
}

/** The body of `POST /api/effect-goals/:id/indicators`; qualitative ones send null for the rest. */
export interface IndicatorInput {
  readonly name: string;
  readonly description: string | null;
  readonly kind: IndicatorKind;
  readonly unit: string | null;
  readonly direction: Direction | null;
  readonly baselineYear: number | null;
  readonly baselineValue: string | null;
  readonly targetYear: number | null;
  readonly targetValue: string | null;
}

/** The body of `PUT /api/indicators/:id/values/:year`: without `version` it creates. */
export interface ValueInput {
  readonly value: string | null;
  readonly sourceNote: string | null;
  readonly assessment: string | null;
  readonly status: AssessmentStatus | null;
  readonly version?: number;
}

/** Expected, forecast and realised (kroner as text) at `priceLevel`, and realised ÷ expected. */
export interface Figures {
  readonly priceLevel: number | null;
  readonly expected: string;
  readonly forecast: string;
  readonly realised: string;
  readonly rate: string | null;
}

export interface AccountIndicator {
  readonly id: string;
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly unit: string | null;
  readonly direction: Direction | null;
  readonly baselineYear: number | null;
  readonly baselineValue: string | null;
  readonly targetYear: number | null;
  readonly targetValue: string | null;
  readonly value: string | null;
  readonly sourceNote: string | null;
  readonly assessment: string | null;
  /** "30.0": one decimal, not capped; null for qualitative indicators and without a value. */
  readonly progressPercent: string | null;
  /** Where a straight line from baseline to target would be this year, "25.0". */
  readonly expectedPercent: string | null;
  readonly status: IndicatorStatus;
}

export interface AccountTrack extends Figures {
  readonly code: string;
  readonly name: string;
}

export interface AccountGoal {
  readonly id: string;
  readonly title: string;
  readonly level: GoalLevel;
  readonly parentId: string | null;
  readonly committeeCodes: readonly string[];
  readonly status: IndicatorStatus;
  readonly indicators: readonly AccountIndicator[];
  readonly tracks: readonly AccountTrack[];
  readonly savings: Figures;
}

/** `GET /api/effect-account/:year` */
export interface EffectAccount {
  readonly year: number;
  /** The round the year's savings come from; null when no round has rows for the year. */
  readonly budgetYear: number | null;
  readonly goals: readonly AccountGoal[];
}

export type { PriceIndex } from '../core/price-level';

/** The body of `PUT /api/price-indices/:year`: without `version` it creates the year's index. */
export interface PriceIndexInput {
  /** "103.2": positive, at most 6 decimals. */
  readonly index: string;
  readonly source: string | null;
  readonly illustrative: boolean;
  readonly version?: number;
}

export type { NamedCode } from '../core/named-code';

export const LEVEL_LABELS: Readonly<Record<GoalLevel, string>> = {
  municipal: $localize`:@@effect.level.municipal:Odensemål`,
  committee: $localize`:@@effect.level.committee:Udvalgsmål`,
};

export const KIND_LABELS: Readonly<Record<IndicatorKind, string>> = {
  quantitative: $localize`:@@effect.kind.quantitative:Kvantitativ`,
  qualitative: $localize`:@@effect.kind.qualitative:Kvalitativ`,
};

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  higher: $localize`:@@effect.direction.higher:højere er bedre`,
  lower: $localize`:@@effect.direction.lower:lavere er bedre`,
};

export const ASSESSMENT_STATUSES: readonly AssessmentStatus[] = ['achieved', 'on_track', 'at_risk', 'off_track'];

/**
 * Each status as a badge: words with an icon, never colour alone. `on_track` is "info" (a
 * step on the way), `achieved` "ok" (done), so the two read apart even in grey.
 */
export const INDICATOR_STATUS_INFO: Readonly<Record<IndicatorStatus, { readonly label: string; readonly tone: StatusTone }>> = {
  achieved: { label: $localize`:@@effect.status.achieved:Nået`, tone: 'ok' },
  on_track: { label: $localize`:@@effect.status.onTrack:På sporet`, tone: 'info' },
  at_risk: { label: $localize`:@@effect.status.atRisk:I risiko`, tone: 'warning' },
  off_track: { label: $localize`:@@effect.status.offTrack:Bagud`, tone: 'error' },
  no_data: { label: $localize`:@@effect.status.noData:Ingen værdi`, tone: 'neutral' },
};

/** The writers of goals, indicators and the price and wage index, as the API's `@Roles('finance', 'admin')`. */
export function canManageGoals(role: string | undefined): boolean {
  return role === 'finance' || role === 'admin';
}

/**
 * Who may enter a goal's yearly values: finance and admin for any goal, a committee user for
 * goals one of its committees owns (the API's rule; it answers 403 otherwise).
 */
export function canEnterValues(user: { readonly role: string; readonly committeeCodes: readonly string[] } | null, goal: { readonly committeeCodes: readonly string[] }): boolean {
  if (!user) return false;
  if (canManageGoals(user.role)) return true;
  return user.role === 'committee' && goal.committeeCodes.some((code) => user.committeeCodes.includes(code));
}
