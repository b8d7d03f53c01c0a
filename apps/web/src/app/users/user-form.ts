import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { UserRole } from '../auth/auth.models';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, NewUser, UserChanges, UserDetail } from './users.models';

export type UserForm = FormGroup<{
  email: FormControl<string>;
  name: FormControl<string>;
  role: FormControl<UserRole | ''>;
  committeeCodes: FormControl<readonly string[]>;
  password: FormControl<string>;
}>;

export type UserField = 'email' | 'name' | 'role' | 'committeeCodes' | 'password';
const FIELDS: readonly UserField[] = ['email', 'name', 'role', 'committeeCodes', 'password'];

const notBlank: ValidatorFn = (c) => (String(c.value ?? '').trim() === '' ? { required: true } : null);
/** Roughly what class-validator's IsEmail accepts; the server has the last word. */
const email: ValidatorFn = (c) => (/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(String(c.value ?? '').trim()) ? null : { email: true });

/** Password rules shared with the reset dialog and Min konto. */
export const passwordValidators: ValidatorFn[] = [
  Validators.required,
  Validators.minLength(MIN_PASSWORD_LENGTH),
  Validators.maxLength(MAX_PASSWORD_LENGTH),
];

/**
 * The committee role only works with at least one committee (the API refuses it without).
 * A group rule, so it follows the role as well as the ticks.
 */
const committeesForCommitteeRole: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const form = group as UserForm;
  return form.controls.role.value === 'committee' && form.controls.committeeCodes.value.length === 0
    ? { committeesRequired: true }
    : null;
};

export function createUserForm(fb: NonNullableFormBuilder): UserForm {
  return fb.group(
    {
      email: fb.control('', [notBlank, email, Validators.maxLength(254)]),
      name: fb.control('', [notBlank, Validators.maxLength(200)]),
      role: fb.control<UserRole | ''>('', [Validators.required]),
      committeeCodes: fb.control<readonly string[]>([]),
      password: fb.control('', passwordValidators),
    },
    { validators: committeesForCommitteeRole },
  );
}

/** Puts a saved user into the form for editing; email and password are not edited here. */
export function fillUserForm(form: UserForm, user: UserDetail): void {
  form.controls.email.disable();
  form.controls.password.disable();
  form.setValue({ email: user.email, name: user.name, role: user.role, committeeCodes: user.committeeCodes, password: '' });
  form.markAsPristine();
  form.markAsUntouched();
}

/** Committees mean something only for the committee role; any other role is sent with none. */
function committeesOf(role: UserRole, codes: readonly string[]): readonly string[] {
  return role === 'committee' ? [...codes].sort() : [];
}

export function newUserOf(form: UserForm): NewUser {
  const v = form.getRawValue();
  const role = v.role as UserRole;
  return { email: v.email.trim(), name: v.name.trim(), role, password: v.password, committeeCodes: committeesOf(role, v.committeeCodes) };
}

/** Only what differs from the saved user, so an unchanged role does not end their sessions. */
export function userChangesOf(form: UserForm, before: UserDetail): UserChanges {
  const v = form.getRawValue();
  const role = v.role as UserRole;
  const name = v.name.trim();
  const codes = committeesOf(role, v.committeeCodes);
  const sameCodes = codes.length === before.committeeCodes.length && codes.every((c) => before.committeeCodes.includes(c));
  return {
    ...(name !== before.name ? { name } : {}),
    ...(role !== before.role ? { role } : {}),
    ...(sameCodes ? {} : { committeeCodes: codes }),
  };
}

/** The message for a field's first problem, or null when it is fine. */
export function fieldMessage(form: UserForm, field: UserField): string | null {
  if (field === 'committeeCodes') {
    const server = form.controls.committeeCodes.getError('server') as string | undefined;
    return form.hasError('committeesRequired')
      ? $localize`:@@users.form.committeesRequired:Vælg mindst ét udvalg. En bruger med rollen Udvalg skal høre til et udvalg.`
      : (server ?? null);
  }
  const control = form.controls[field];
  if (control.valid || control.disabled) {
    return null;
  }
  const server = control.getError('server') as string | undefined;
  if (server) {
    return server;
  }
  switch (field) {
    case 'email':
      return control.hasError('required')
        ? $localize`:@@users.form.emailRequired:Skriv brugerens e-mailadresse.`
        : control.hasError('maxlength')
          ? $localize`:@@users.form.emailTooLong:E-mailadressen må højst være 254 tegn.`
          : $localize`:@@users.form.emailInvalid:Skriv en gyldig e-mailadresse, fx navn@odense.dk.`;
    case 'name':
      return control.hasError('required')
        ? $localize`:@@users.form.nameRequired:Skriv brugerens navn.`
        : $localize`:@@users.form.nameTooLong:Navnet må højst være 200 tegn.`;
    case 'role':
      return $localize`:@@users.form.roleRequired:Vælg en rolle.`;
    case 'password':
      return passwordMessage(control);
  }
}

/** Shared with the reset dialog and Min konto. */
export function passwordMessage(control: AbstractControl<string>): string | null {
  if (control.hasError('required')) {
    return $localize`:@@users.password.required:Skriv en adgangskode på mindst ${MIN_PASSWORD_LENGTH}:min: tegn.`;
  }
  if (control.hasError('minlength')) {
    return $localize`:@@users.password.tooShort:Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH}:min: tegn. Den er nu ${control.value.length}:length:.`;
  }
  if (control.hasError('maxlength')) {
    return $localize`:@@users.password.tooLong:Adgangskoden må højst være ${MAX_PASSWORD_LENGTH}:max: tegn.`;
  }
  return null;
}

/**
 * Puts the API's refusal next to the field it names: a 409 on create is the email, a 400
 * lists "field: message". Returns the messages that name no field, for the page notice.
 */
export function applyServerErrors(form: UserForm, error: unknown): string[] {
  if (!(error instanceof HttpErrorResponse) || typeof error.error !== 'object' || error.error === null) {
    return [];
  }
  const message: unknown = (error.error as Record<string, unknown>)['message'];
  if (error.status === 409 && typeof message === 'string') {
    form.controls.email.setErrors({ server: withFullStop(message) });
    return [];
  }
  if (error.status !== 400) {
    return [];
  }
  const rest: string[] = [];
  for (const line of Array.isArray(message) ? message : [message]) {
    if (typeof line !== 'string') {
      continue;
    }
    const match = /^(\w+): (.+)$/.exec(line);
    const field = match && FIELDS.find((f) => f === match[1]);
    if (field && match) {
      form.controls[field].setErrors({ server: withFullStop(capitalise(match[2])) });
      form.controls[field].markAsTouched();
    } else {
      rest.push(line);
    }
  }
  return rest;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
