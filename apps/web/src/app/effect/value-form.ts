import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { decimalForInput, parseDecimalInput } from './decimal-text';
import { AssessmentStatus, Indicator, IndicatorKind, IndicatorValue, ValueInput } from './effect.models';
import { blank, FieldErrors, isYear, textOrNull, tooLong } from './form-rules';

export type ValueForm = FormGroup<{
  year: FormControl<string>;
  value: FormControl<string>;
  sourceNote: FormControl<string>;
  assessment: FormControl<string>;
  status: FormControl<AssessmentStatus | ''>;
}>;

export type ValueFormValue = ReturnType<ValueForm['getRawValue']>;
export type ValueField = keyof ValueFormValue;

/** What the rules need to know besides the typed value. */
export interface ValueContext {
  readonly kind: IndicatorKind;
  /** Years that have a value already, when entering a new year (a PUT without version would 409). */
  readonly takenYears: readonly number[];
}

/**
 * A year's value as the API wants it: a quantitative indicator a number (its status is
 * computed), a qualitative one an assessment and a status. The source note is free text.
 */
export function valueErrors(v: ValueFormValue, ctx: ValueContext): FieldErrors<ValueField> {
  const errors: FieldErrors<ValueField> = {};
  if (!isYear(v.year)) errors.year = $localize`:@@effect.value.yearRequired:Skriv året som et årstal mellem 1900 og 2200, fx 2018.`;
  else if (ctx.takenYears.includes(Number(v.year.trim()))) {
    errors.year = $localize`:@@effect.value.yearTaken:${v.year.trim()}:year: har allerede en værdi. Ret den med knappen ved året i tabellen.`;
  }
  if (tooLong(v.sourceNote.trim(), 1000)) errors.sourceNote = $localize`:@@effect.value.sourceTooLong:Kilden må højst være 1000 tegn.`;
  if (ctx.kind === 'quantitative') {
    const parsed = parseDecimalInput(v.value);
    if (!parsed.ok) errors.value = parsed.error;
    else if (parsed.value === null) errors.value = $localize`:@@effect.value.valueRequired:Skriv årets værdi, fx 73,4.`;
    if (tooLong(v.assessment.trim(), 4000)) errors.assessment = $localize`:@@effect.value.commentTooLong:Kommentaren må højst være 4000 tegn.`;
    return errors;
  }
  if (blank(v.assessment)) errors.assessment = $localize`:@@effect.value.assessmentRequired:Skriv årets vurdering.`;
  else if (tooLong(v.assessment.trim(), 4000)) errors.assessment = $localize`:@@effect.value.assessmentTooLong:Vurderingen må højst være 4000 tegn.`;
  if (v.status === '') errors.status = $localize`:@@effect.value.statusRequired:Vælg vurderingens status.`;
  return errors;
}

/**
 * The rules need the indicator (its kind, its years), which an editor only has once its
 * inputs are set, after the form is made; so the editor checks `valueErrors` itself.
 */
export function createValueForm(fb: NonNullableFormBuilder): ValueForm {
  return fb.group({
    year: fb.control(''),
    value: fb.control(''),
    sourceNote: fb.control(''),
    assessment: fb.control(''),
    status: fb.control<AssessmentStatus | ''>(''),
  });
}

/** An existing year's value in the form, or an empty one for `year`. */
export function fillValueForm(form: ValueForm, year: number, value: IndicatorValue | null): void {
  form.setValue({
    year: String(year),
    value: decimalForInput(value?.value ?? null),
    sourceNote: value?.sourceNote ?? '',
    assessment: value?.assessment ?? '',
    status: value?.status ?? '',
  });
  form.markAsPristine();
  form.markAsUntouched();
}

/** The year a new value most likely is for: the one after the newest, else after the baseline, else last year. */
export function nextYear(i: Pick<Indicator, 'values' | 'baselineYear'>, today = new Date()): number {
  const newest = i.values.length ? i.values[i.values.length - 1].year : null;
  if (newest !== null) return newest + 1;
  return i.baselineYear !== null ? i.baselineYear + 1 : today.getFullYear() - 1;
}

/** The PUT body of a valid form: the whole value, with the version read when it replaces one. */
export function valueInputOf(v: ValueFormValue, kind: IndicatorKind, version: number | null): ValueInput {
  const parsed = parseDecimalInput(v.value);
  const body: ValueInput =
    kind === 'quantitative'
      ? { value: parsed.ok ? parsed.value : null, sourceNote: textOrNull(v.sourceNote), assessment: textOrNull(v.assessment), status: null }
      : { value: null, sourceNote: textOrNull(v.sourceNote), assessment: textOrNull(v.assessment), status: v.status === '' ? null : v.status };
  return version === null ? body : { ...body, version };
}
