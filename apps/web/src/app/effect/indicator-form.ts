import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { decimalForInput, formatDecimal, parseDecimalInput } from './decimal-text';
import { Direction, Indicator, IndicatorInput, IndicatorKind } from './effect.models';
import { blank, FieldErrors, isYear, millionths, rulesValidator, textOrNull, tooLong } from './form-rules';

export type IndicatorForm = FormGroup<{
  name: FormControl<string>;
  description: FormControl<string>;
  kind: FormControl<IndicatorKind>;
  unit: FormControl<string>;
  /** '' until chosen. */
  direction: FormControl<Direction | ''>;
  /** Years and values as typed: "2016", "71,2"; read by the rules, converted once on save. */
  baselineYear: FormControl<string>;
  baselineValue: FormControl<string>;
  targetYear: FormControl<string>;
  targetValue: FormControl<string>;
}>;

export type IndicatorFormValue = ReturnType<IndicatorForm['getRawValue']>;
export type IndicatorField = Exclude<keyof IndicatorFormValue, 'kind'>;

/**
 * What is wrong with the indicator as typed. A quantitative indicator needs a unit, a
 * direction, a baseline and a target, the target later and better than the baseline (the
 * API's rules, said here before the request). A qualitative one has none of those; the form
 * hides them, and they are not sent.
 */
export function indicatorErrors(v: IndicatorFormValue): FieldErrors<IndicatorField> {
  const errors: FieldErrors<IndicatorField> = {};
  if (blank(v.name)) errors.name = $localize`:@@effect.indicator.nameRequired:Skriv indikatorens navn.`;
  else if (tooLong(v.name.trim(), 200)) errors.name = $localize`:@@effect.indicator.nameTooLong:Navnet må højst være 200 tegn.`;
  if (tooLong(v.description.trim(), 4000)) errors.description = $localize`:@@effect.indicator.descriptionTooLong:Beskrivelsen må højst være 4000 tegn.`;
  if (v.kind === 'qualitative') return errors;

  if (blank(v.unit)) errors.unit = $localize`:@@effect.indicator.unitRequired:Skriv enheden, fx pct. eller antal.`;
  else if (tooLong(v.unit.trim(), 50)) errors.unit = $localize`:@@effect.indicator.unitTooLong:Enheden må højst være 50 tegn.`;
  if (v.direction === '') errors.direction = $localize`:@@effect.indicator.directionRequired:Vælg, om højere eller lavere er bedre.`;
  if (!isYear(v.baselineYear)) errors.baselineYear = $localize`:@@effect.indicator.baselineYear:Skriv baselineåret som et årstal mellem 1900 og 2200, fx 2016.`;
  if (!isYear(v.targetYear)) errors.targetYear = $localize`:@@effect.indicator.targetYear:Skriv målåret som et årstal mellem 1900 og 2200, fx 2020.`;
  else if (isYear(v.baselineYear) && Number(v.targetYear) <= Number(v.baselineYear)) {
    errors.targetYear = $localize`:@@effect.indicator.targetAfterBaseline:Målåret skal ligge efter baselineåret (${v.baselineYear.trim()}:year:).`;
  }
  const baseline = valueError(v.baselineValue, $localize`:@@effect.indicator.baselineValue:Skriv baselineværdien, fx 71,2.`);
  if (baseline) errors.baselineValue = baseline;
  const target = valueError(v.targetValue, $localize`:@@effect.indicator.targetValue:Skriv målværdien, fx 75.`);
  if (target) errors.targetValue = target;
  const from = millionths(v.baselineValue);
  const to = millionths(v.targetValue);
  if (!target && from !== null && to !== null && v.direction !== '') {
    const better = v.direction === 'higher' ? to > from : to < from;
    if (!better) {
      const baselineText = formatDecimal(parseOk(v.baselineValue));
      errors.targetValue =
        v.direction === 'higher'
          ? $localize`:@@effect.indicator.targetHigher:Målværdien skal være større end baselineværdien (${baselineText}:baseline:), når højere er bedre.`
          : $localize`:@@effect.indicator.targetLower:Målværdien skal være mindre end baselineværdien (${baselineText}:baseline:), når lavere er bedre.`;
    }
  }
  return errors;
}

function valueError(text: string, missing: string): string | null {
  const parsed = parseDecimalInput(text);
  if (!parsed.ok) return parsed.error;
  return parsed.value === null ? missing : null;
}

function parseOk(text: string): string | null {
  const parsed = parseDecimalInput(text);
  return parsed.ok ? parsed.value : null;
}

export function createIndicatorForm(fb: NonNullableFormBuilder): IndicatorForm {
  return fb.group(
    {
      name: fb.control(''),
      description: fb.control(''),
      kind: fb.control<IndicatorKind>('quantitative'),
      unit: fb.control(''),
      direction: fb.control<Direction | ''>(''),
      baselineYear: fb.control(''),
      baselineValue: fb.control(''),
      targetYear: fb.control(''),
      targetValue: fb.control(''),
    },
    { validators: rulesValidator(indicatorErrors) },
  );
}

export function fillIndicatorForm(form: IndicatorForm, i: Indicator): void {
  form.setValue({
    name: i.name,
    description: i.description ?? '',
    kind: i.kind,
    unit: i.unit ?? '',
    direction: i.direction ?? '',
    baselineYear: i.baselineYear === null ? '' : String(i.baselineYear),
    baselineValue: decimalForInput(i.baselineValue),
    targetYear: i.targetYear === null ? '' : String(i.targetYear),
    targetValue: decimalForInput(i.targetValue),
  });
  form.markAsPristine();
  form.markAsUntouched();
}

/** The request body of a valid form; a qualitative indicator sends null for the quantitative fields. */
export function indicatorInputOf(v: IndicatorFormValue): IndicatorInput {
  const base = { name: v.name.trim(), description: textOrNull(v.description), kind: v.kind };
  if (v.kind === 'qualitative') {
    return { ...base, unit: null, direction: null, baselineYear: null, baselineValue: null, targetYear: null, targetValue: null };
  }
  return {
    ...base,
    unit: v.unit.trim(),
    direction: v.direction === '' ? null : v.direction,
    baselineYear: Number(v.baselineYear.trim()),
    baselineValue: parseOk(v.baselineValue),
    targetYear: Number(v.targetYear.trim()),
    targetValue: parseOk(v.targetValue),
  };
}
