import { AbstractControl, FormArray, FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { isYear, parseWeightInput, localWeight, toApiWeight } from './share-math';
import { CODE_PATTERN, Track, TrackInput, TrackShare, TrackStatus } from './tracks.models';

export type ShareGroup = FormGroup<{
  committeeCode: FormControl<string>;
  weight: FormControl<string>;
}>;

export type TrackForm = FormGroup<{
  code: FormControl<string>;
  name: FormControl<string>;
  description: FormControl<string>;
  administrationCode: FormControl<string>;
  /** Text, not a number input: "2014" stays what was typed, and the message is ours. */
  startYear: FormControl<string>;
  status: FormControl<TrackStatus>;
  dependsOnFreeMunicipality: FormControl<boolean>;
  shares: FormArray<ShareGroup>;
}>;

export type TrackField = 'code' | 'name' | 'description' | 'administrationCode' | 'startYear';

const notBlank: ValidatorFn = (c) => (String(c.value ?? '').trim() === '' ? { required: true } : null);
const year: ValidatorFn = (c) => (isYear(c.value) ? null : { year: true });
const weight: ValidatorFn = (c) =>
  String(c.value ?? '').trim() === '' ? { required: true } : parseWeightInput(String(c.value)) === null ? { weight: true } : null;

/** The array's own rules, as the API states them: at least one share, each committee once. */
const shareRules: ValidatorFn = (array: AbstractControl): ValidationErrors | null => {
  const rows = (array as FormArray<ShareGroup>).controls;
  if (rows.length === 0) {
    return { noShares: true };
  }
  return repeatedRows(rows.map((r) => r.controls.committeeCode.value)).size > 0 ? { duplicateCommittee: true } : null;
};

/** Indexes of rows naming a committee that an earlier row already names. */
export function repeatedRows(codes: readonly string[]): Set<number> {
  const repeated = new Set<number>();
  codes.forEach((code, i) => {
    if (code !== '' && codes.indexOf(code) !== i) {
      repeated.add(i);
    }
  });
  return repeated;
}

export function createTrackForm(fb: NonNullableFormBuilder): TrackForm {
  return fb.group({
    code: fb.control('', [notBlank, Validators.pattern(CODE_PATTERN)]),
    name: fb.control('', [notBlank, Validators.maxLength(200)]),
    description: fb.control('', [Validators.maxLength(4000)]),
    administrationCode: fb.control('', [Validators.required]),
    startYear: fb.control(String(new Date().getFullYear() + 1), [year]),
    status: fb.control<TrackStatus>('active'),
    dependsOnFreeMunicipality: fb.control(false),
    shares: fb.array<ShareGroup>([shareGroup(fb)], { validators: shareRules }),
  });
}

export function shareGroup(fb: NonNullableFormBuilder, share?: TrackShare): ShareGroup {
  return fb.group({
    committeeCode: fb.control(share?.committeeCode ?? '', [Validators.required]),
    weight: fb.control(share ? localWeight(share.weight) : '1', [weight]),
  });
}

/** Puts a saved track into the form, which then counts as unchanged. */
export function fillTrackForm(fb: NonNullableFormBuilder, form: TrackForm, track: Track): void {
  form.controls.shares.clear({ emitEvent: false });
  for (const share of track.shares) {
    form.controls.shares.push(shareGroup(fb, share), { emitEvent: false });
  }
  form.setValue({
    code: track.code,
    name: track.name,
    description: track.description ?? '',
    administrationCode: track.administrationCode,
    startYear: String(track.startYear),
    status: track.status,
    dependsOnFreeMunicipality: track.dependsOnFreeMunicipality,
    shares: track.shares.map((s) => ({ committeeCode: s.committeeCode, weight: localWeight(s.weight) })),
  });
  form.markAsPristine();
  form.markAsUntouched();
}

/** The request body from a valid form: trimmed texts, API weights ("0,5" → "0.5"). */
export function trackInputOf(form: TrackForm): TrackInput {
  const v = form.getRawValue();
  const description = v.description.trim();
  return {
    name: v.name.trim(),
    description: description === '' ? null : description,
    administrationCode: v.administrationCode,
    startYear: Number(v.startYear.trim()),
    status: v.status,
    dependsOnFreeMunicipality: v.dependsOnFreeMunicipality,
    shares: v.shares.map((s) => ({ committeeCode: s.committeeCode, weight: toApiWeight(s.weight) })),
  };
}

/** The message for a field's first problem, or null when it is fine. */
export function fieldMessage(form: TrackForm, field: TrackField): string | null {
  const control = form.controls[field];
  if (control.valid) {
    return null;
  }
  switch (field) {
    case 'code':
      return control.hasError('required')
        ? $localize`:@@tracks.form.codeRequired:Skriv en kode, fx SVR.`
        : $localize`:@@tracks.form.codePattern:Koden må kun have bogstaver (også Æ, Ø og Å), cifre, - og _ og højst være 16 tegn.`;
    case 'name':
      return control.hasError('required')
        ? $localize`:@@tracks.form.nameRequired:Skriv sporets navn.`
        : $localize`:@@tracks.form.nameTooLong:Navnet må højst være 200 tegn.`;
    case 'description':
      return $localize`:@@tracks.form.descriptionTooLong:Beskrivelsen må højst være 4000 tegn.`;
    case 'administrationCode':
      return $localize`:@@tracks.form.administrationRequired:Vælg den forvaltning, der ejer sporet.`;
    case 'startYear':
      return $localize`:@@tracks.form.startYear:Skriv startåret som et årstal mellem 1900 og 2200, fx 2014.`;
  }
}

export function weightMessage(row: ShareGroup): string | null {
  const control = row.controls.weight;
  if (control.valid) {
    return null;
  }
  return control.hasError('required')
    ? $localize`:@@tracks.form.weightRequired:Skriv en vægt, fx 1.`
    : $localize`:@@tracks.form.weightInvalid:Skriv en vægt større end 0 med højst 6 decimaler, fx 1 eller 0,5.`;
}
