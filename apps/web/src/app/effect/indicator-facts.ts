import { withUnit } from './decimal-text';
import { DIRECTION_LABELS, Indicator, INDICATOR_STATUS_INFO, IndicatorStatus, KIND_LABELS } from './effect.models';
import { latestValue } from './goal-tree';

/** An indicator as a row of text: what every page that lists indicators shows of it. */
export interface IndicatorFacts {
  readonly id: string;
  readonly name: string;
  readonly kindLabel: string;
  readonly unit: string;
  readonly direction: string;
  /** "2016: 71,2 pct. → 2020: 75 pct.", or "Vurderes hvert år" for a qualitative one (in the page's language). */
  readonly path: string;
  /** "2018: 73,4 pct." / "2018: <assessment>", or "Ingen værdier endnu". */
  readonly latest: string;
  readonly latestSource: string | null;
  /** A qualitative assessment's status, shown as a badge. */
  readonly latestStatus: (typeof INDICATOR_STATUS_INFO)[IndicatorStatus] | null;
}

export function indicatorFacts(i: Indicator): IndicatorFacts {
  const latest = latestValue(i);
  const quantitative = i.kind === 'quantitative';
  const point = (year: number | null, value: string | null) => `${year ?? '–'}: ${withUnit(value, i.unit)}`;
  return {
    id: i.id,
    name: i.name,
    kindLabel: KIND_LABELS[i.kind].toLowerCase(),
    unit: i.unit ?? '–',
    direction: i.direction ? DIRECTION_LABELS[i.direction] : '–',
    path: quantitative ? `${point(i.baselineYear, i.baselineValue)} → ${point(i.targetYear, i.targetValue)}` : $localize`:@@effect.facts.assessedYearly:Vurderes hvert år`,
    latest: !latest ? $localize`:@@effect.facts.noValues:Ingen værdier endnu` : quantitative ? point(latest.year, latest.value) : `${latest.year}: ${latest.assessment ?? ''}`,
    latestSource: latest?.sourceNote ?? null,
    latestStatus: latest?.status ? INDICATOR_STATUS_INFO[latest.status] : null,
  };
}
