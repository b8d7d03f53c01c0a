import { parseDecimal } from '@budgetspor/server/common';
import type { EffectAccountIndicatorDto } from './effect-account.dto';
import type { IndicatorDto } from './indicators.dto';
import { expectedPercent, progressPercent, QuantitativePath, quantitativeStatus } from './progress';

/** One indicator in the effect account of `year`: its value that year against baseline and target. */
export function accountIndicator(indicator: IndicatorDto, year: number): EffectAccountIndicatorDto {
  const entry = indicator.values.find((v) => v.year === year) ?? null;
  const { id, name, kind, unit, direction, baselineYear, baselineValue, targetYear, targetValue } = indicator;
  const base = {
    id, name, kind, unit, direction, baselineYear, baselineValue, targetYear, targetValue,
    value: entry?.value ?? null,
    sourceNote: entry?.sourceNote ?? null,
    assessment: entry?.assessment ?? null,
  };
  const path = pathOf(indicator);
  if (!path) return { ...base, progressPercent: null, expectedPercent: null, status: entry?.status ?? 'no_data' };
  const value = entry?.value == null ? null : parseDecimal(entry.value);
  return {
    ...base,
    progressPercent: value === null ? null : progressPercent(value, path),
    expectedPercent: expectedPercent(year, path),
    status: quantitativeStatus(year, value, path),
  };
}

/** A quantitative indicator's path from baseline to target; null for a qualitative one. */
function pathOf(i: IndicatorDto): QuantitativePath | null {
  if (i.kind !== 'quantitative' || !i.direction || i.baselineYear === null || i.targetYear === null || i.baselineValue === null || i.targetValue === null) {
    return null;
  }
  return { direction: i.direction, baselineYear: i.baselineYear, baseline: parseDecimal(i.baselineValue), targetYear: i.targetYear, target: parseDecimal(i.targetValue) };
}
