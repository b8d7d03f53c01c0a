import { StatusTone } from '@budgetspor/web/shared/ui';
import { rateUnits } from './figures';
import { SavingsStatus } from './dashboard.models';

export type TrafficLightLevel = 'on_track' | 'at_risk' | 'behind' | 'none';

export interface TrafficLight {
  readonly level: TrafficLightLevel;
  /** Always shown as text beside the colour, so the status does not rest on colour alone. */
  readonly label: string;
  readonly tone: StatusTone;
}

/**
 * The thresholds in ten-thousandths of the rate. They are the directors' rule of thumb:
 * from 95 % a track delivers what was promised (small slips are noise in a budget of this
 * size); below 75 % the shortfall has to be found elsewhere in the budget.
 */
export const ON_TRACK_FROM = 9_500n;
export const AT_RISK_FROM = 7_500n;

/**
 * Realisation rate → status: ≥ 95 % "På sporet", 75–95 % "I risiko", < 75 % "Bagud", and
 * "–" where nothing is expected (the rate is null, so there is nothing to be behind on).
 */
export function trafficLight(rate: string | null): TrafficLight {
  if (rate === null) return { level: 'none', label: '–', tone: 'neutral' };
  const units = rateUnits(rate);
  if (units >= ON_TRACK_FROM) return { level: 'on_track', label: $localize`:@@dashboard.light.onTrack:På sporet`, tone: 'ok' };
  if (units >= AT_RISK_FROM) return { level: 'at_risk', label: $localize`:@@dashboard.light.atRisk:I risiko`, tone: 'warning' };
  return { level: 'behind', label: $localize`:@@dashboard.light.behind:Bagud`, tone: 'error' };
}

/** The committee's own judgement of a cell, as entered on the savings page. */
export const SAVINGS_STATUS_INFO: Readonly<Record<SavingsStatus, { readonly label: string; readonly tone: StatusTone }>> = {
  on_track: { label: $localize`:@@dashboard.status.onTrack:På sporet`, tone: 'ok' },
  at_risk: { label: $localize`:@@dashboard.status.atRisk:I risiko`, tone: 'warning' },
  off_track: { label: $localize`:@@dashboard.status.offTrack:Bagud`, tone: 'error' },
  realised: { label: $localize`:@@dashboard.status.realised:Realiseret`, tone: 'info' },
};
