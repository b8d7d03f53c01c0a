import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { EffectGoal, GoalInput, GoalLevel } from './effect.models';
import { blank, FieldErrors, rulesValidator, textOrNull, tooLong } from './form-rules';

export type GoalForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  level: FormControl<GoalLevel>;
  /** '' for none. */
  parentId: FormControl<string>;
  committeeCodes: FormControl<string[]>;
  trackCodes: FormControl<string[]>;
}>;

export type GoalFormValue = ReturnType<GoalForm['getRawValue']>;
export type GoalField = 'title' | 'description' | 'parentId' | 'committeeCodes';

/** What is wrong with the goal as typed, field by field, in the API's terms but the user's words. */
export function goalErrors(v: GoalFormValue): FieldErrors<GoalField> {
  const errors: FieldErrors<GoalField> = {};
  if (blank(v.title)) errors.title = $localize`:@@effect.goal.titleRequired:Skriv målets titel.`;
  else if (tooLong(v.title.trim(), 200)) errors.title = $localize`:@@effect.goal.titleTooLong:Titlen må højst være 200 tegn.`;
  if (tooLong(v.description.trim(), 4000)) errors.description = $localize`:@@effect.goal.descriptionTooLong:Beskrivelsen må højst være 4000 tegn.`;
  if (v.level === 'committee' && v.committeeCodes.length === 0) {
    errors.committeeCodes = $localize`:@@effect.goal.committeeRequired:Vælg mindst ét udvalg, der ejer udvalgsmålet.`;
  }
  return errors;
}

export function createGoalForm(fb: NonNullableFormBuilder): GoalForm {
  return fb.group(
    {
      title: fb.control(''),
      description: fb.control(''),
      level: fb.control<GoalLevel>('municipal'),
      parentId: fb.control(''),
      committeeCodes: fb.control<string[]>([]),
      trackCodes: fb.control<string[]>([]),
    },
    { validators: rulesValidator(goalErrors) },
  );
}

/** Puts a saved goal into the form, which then counts as unchanged. */
export function fillGoalForm(form: GoalForm, goal: EffectGoal): void {
  form.setValue({
    title: goal.title,
    description: goal.description ?? '',
    level: goal.level,
    parentId: goal.parentId ?? '',
    committeeCodes: [...goal.committeeCodes],
    trackCodes: [...goal.trackCodes],
  });
  form.markAsPristine();
  form.markAsUntouched();
}

/**
 * The request body: trimmed texts, and no parent for an Odensemål (the API refuses one), so
 * switching the level back to Odensemål cannot leave a hidden parent behind.
 */
export function goalInputOf(v: GoalFormValue): GoalInput {
  return {
    title: v.title.trim(),
    description: textOrNull(v.description),
    level: v.level,
    parentId: v.level === 'committee' && v.parentId !== '' ? v.parentId : null,
    committeeCodes: [...v.committeeCodes],
    trackCodes: [...v.trackCodes],
  };
}

/** A code added to or taken from a checkbox list, the list kept in the order of `all`. */
export function toggled(list: readonly string[], code: string, on: boolean, all: readonly string[]): string[] {
  const chosen = new Set(list);
  if (on) chosen.add(code);
  else chosen.delete(code);
  return all.filter((c) => chosen.has(c)).concat([...chosen].filter((c) => !all.includes(c)));
}
