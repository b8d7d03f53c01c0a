import { FormControl, FormGroup, NonNullableFormBuilder, ValidatorFn } from '@angular/forms';
import { UserRole } from '../auth/auth.models';
import { Milestone, MilestoneInput, MilestoneKind, MilestoneStatus } from './calendar.models';
import { dateParts } from './danish-date';
import { formatNumber } from '../core/format';

/** The API's limits (IsShortText and MAX_DESCRIPTION_LENGTH in libs/server/calendar). */
export const MAX_TITLE_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 2000;

export type ResponsibleKind = 'role' | 'committee';

export type MilestoneForm = FormGroup<{
  /** YYYY-MM-DD from the date field; the browser shows it in its own way. */
  date: FormControl<string>;
  title: FormControl<string>;
  kind: FormControl<MilestoneKind>;
  responsibleKind: FormControl<ResponsibleKind>;
  responsibleRole: FormControl<UserRole>;
  responsibleCommitteeCode: FormControl<string>;
  status: FormControl<MilestoneStatus>;
  /** '' for none, "framework:2" or "round:<id>": one select for the milestone's one link. */
  link: FormControl<string>;
  description: FormControl<string>;
}>;

export type MilestoneField = 'date' | 'title' | 'responsibleCommitteeCode' | 'description';

/** Code points, as the API counts text. */
const length = (value: unknown) => [...String(value ?? '')].length;

const validDate: ValidatorFn = (c) => (String(c.value ?? '') === '' ? { required: true } : dateParts(String(c.value)) ? null : { date: true });
const title: ValidatorFn = (c) =>
  String(c.value ?? '').trim() === '' ? { required: true } : length(c.value) > MAX_TITLE_LENGTH ? { maxlength: true } : null;
const description: ValidatorFn = (c) => (length(c.value) > MAX_DESCRIPTION_LENGTH ? { maxlength: true } : null);

/** The committee is required only when a committee, not a role, is responsible. */
const committeeWhenChosen: ValidatorFn = (group) => {
  const { responsibleKind, responsibleCommitteeCode } = (group as MilestoneForm).controls;
  return responsibleKind.value === 'committee' && responsibleCommitteeCode.value === '' ? { committeeRequired: true } : null;
};

export function createMilestoneForm(fb: NonNullableFormBuilder): MilestoneForm {
  return fb.group(
    {
      date: fb.control('', [validDate]),
      title: fb.control('', [title]),
      kind: fb.control<MilestoneKind>('other'),
      responsibleKind: fb.control<ResponsibleKind>('role'),
      responsibleRole: fb.control<UserRole>('finance'),
      responsibleCommitteeCode: fb.control(''),
      status: fb.control<MilestoneStatus>('planned'),
      link: fb.control(''),
      description: fb.control('', [description]),
    },
    { validators: committeeWhenChosen },
  );
}

/** Puts a saved milestone into the form, which then counts as unchanged. */
export function fillMilestoneForm(form: MilestoneForm, m: Milestone): void {
  form.setValue({
    date: m.date,
    title: m.title,
    kind: m.kind,
    responsibleKind: m.responsibleCommitteeCode ? 'committee' : 'role',
    responsibleRole: m.responsibleRole ?? 'finance',
    responsibleCommitteeCode: m.responsibleCommitteeCode ?? '',
    status: m.status,
    link: m.frameworkRevision !== null ? `framework:${m.frameworkRevision}` : m.followUpRoundId ? `round:${m.followUpRoundId}` : '',
    description: m.description,
  });
  form.markAsPristine();
  form.markAsUntouched();
}

/** The request body from a valid form: one responsible, at most one link, trimmed title. */
export function milestoneInputOf(form: MilestoneForm): MilestoneInput {
  const v = form.getRawValue();
  const committee = v.responsibleKind === 'committee';
  const [linkKind, linkValue] = v.link.split(/:(.*)/s);
  return {
    date: v.date,
    title: v.title.trim(),
    description: v.description,
    kind: v.kind,
    responsibleRole: committee ? null : v.responsibleRole,
    responsibleCommitteeCode: committee ? v.responsibleCommitteeCode : null,
    status: v.status,
    frameworkRevision: linkKind === 'framework' ? Number(linkValue) : null,
    followUpRoundId: linkKind === 'round' ? linkValue : null,
  };
}

/** The message for a field's problem, in the page's language, or null when it is fine. */
export function milestoneFieldMessage(form: MilestoneForm, field: MilestoneField): string | null {
  if (field === 'responsibleCommitteeCode') {
    return form.hasError('committeeRequired') ? $localize`:@@calendar.form.committeeRequired:Vælg det ansvarlige udvalg.` : null;
  }
  const control = form.controls[field];
  if (!control.errors) return null;
  switch (field) {
    case 'date':
      return control.hasError('required')
        ? $localize`:@@calendar.form.dateRequired:Vælg milepælens dato.`
        : $localize`:@@calendar.form.dateInvalid:Skriv en gyldig dato, fx 6.2.2013.`;
    case 'title':
      return control.hasError('required')
        ? $localize`:@@calendar.form.titleRequired:Skriv en titel, fx "1. behandling i byrådet".`
        : $localize`:@@calendar.form.titleTooLong:Titlen må højst være ${formatNumber(MAX_TITLE_LENGTH)}:max: tegn.`;
    case 'description':
      return $localize`:@@calendar.form.descriptionTooLong:Beskrivelsen må højst være ${formatNumber(MAX_DESCRIPTION_LENGTH)}:max: tegn.`;
  }
}
