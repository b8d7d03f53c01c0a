import { parseDecimal } from '@budgetspor/server/common';
import type { IndicatorKind } from './indicators.dto';

/** An indicator's defining fields after a POST or a merged PATCH. */
export interface IndicatorFields {
  kind: IndicatorKind;
  unit: string | null;
  direction: string | null;
  baselineYear: number | null;
  baselineValue: string | null;
  targetYear: number | null;
  targetValue: string | null;
}

const QUANTITATIVE_FIELDS = ['unit', 'direction', 'baselineYear', 'baselineValue', 'targetYear', 'targetValue'] as const;

/**
 * What is wrong with an indicator as a whole, each message naming its field (the shape of
 * each field is the DTO's check). Pure, so a PATCH is judged on the indicator it would leave.
 */
export function indicatorErrors(i: IndicatorFields): string[] {
  if (i.kind === 'qualitative') {
    return QUANTITATIVE_FIELDS.filter((f) => i[f] !== null).map((f) => `${f}: skal være null eller udeladt for en kvalitativ indikator`);
  }
  const missing = QUANTITATIVE_FIELDS.filter((f) => i[f] === null).map((f) => `${f}: skal udfyldes for en kvantitativ indikator`);
  const errors = [...missing];
  if (i.baselineYear !== null && i.targetYear !== null && i.targetYear <= i.baselineYear) {
    errors.push(`targetYear: skal være senere end baselineYear (${i.baselineYear})`);
  }
  if (i.baselineValue !== null && i.targetValue !== null && i.direction !== null) {
    const better = i.direction === 'higher' ? 'større' : 'mindre';
    const gap = parseDecimal(i.targetValue) - parseDecimal(i.baselineValue);
    if (i.direction === 'higher' ? gap <= 0n : gap >= 0n) {
      errors.push(`targetValue: skal være ${better} end baselineValue (${i.baselineValue}), når direction er ${i.direction}`);
    }
  }
  return errors;
}

/** One year's value as sent (after the DTO's checks of each field). */
export interface ValueFields {
  value?: string | null;
  assessment?: string | null;
  status?: string | null;
}

/** What a year's value must hold for an indicator of `kind`, each message naming its field. */
export function valueErrors(kind: IndicatorKind, v: ValueFields): string[] {
  const errors: string[] = [];
  if (kind === 'quantitative') {
    if (v.value == null) errors.push('value: skal udfyldes for en kvantitativ indikator');
    if (v.status != null) errors.push('status: beregnes for en kvantitativ indikator og skal være null eller udeladt');
    return errors;
  }
  if (v.value != null) errors.push('value: skal være null eller udeladt for en kvalitativ indikator; skriv vurderingen i assessment');
  if (v.assessment == null || v.assessment.trim() === '') errors.push('assessment: skal udfyldes for en kvalitativ indikator');
  if (v.status == null) errors.push('status: skal udfyldes for en kvalitativ indikator');
  return errors;
}
