import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { passwordMessage, passwordValidators } from '../users/user-form';

export type ChangePasswordForm = FormGroup<{
  currentPassword: FormControl<string>;
  newPassword: FormControl<string>;
  repeatPassword: FormControl<string>;
}>;

export type PasswordFormField = 'currentPassword' | 'newPassword' | 'repeatPassword';

/** Group rules: the repeat must match, and a "new" password equal to the old changes nothing. */
const passwordPair: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const { currentPassword, newPassword, repeatPassword } = (group as ChangePasswordForm).getRawValue();
  const errors: ValidationErrors = {};
  if (repeatPassword !== '' && repeatPassword !== newPassword) {
    errors['mismatch'] = true;
  }
  if (newPassword !== '' && newPassword === currentPassword) {
    errors['unchanged'] = true;
  }
  return Object.keys(errors).length > 0 ? errors : null;
};

export function createChangePasswordForm(fb: NonNullableFormBuilder): ChangePasswordForm {
  return fb.group(
    {
      currentPassword: fb.control('', [Validators.required]),
      newPassword: fb.control('', passwordValidators),
      repeatPassword: fb.control('', [Validators.required]),
    },
    { validators: passwordPair },
  );
}

/** The message for a field's first problem, or null when it is fine. */
export function passwordFieldMessage(form: ChangePasswordForm, field: PasswordFormField): string | null {
  const control = form.controls[field];
  const server = control.getError('server') as string | undefined;
  if (server) {
    return server;
  }
  switch (field) {
    case 'currentPassword':
      return control.hasError('required') ? $localize`:@@account.password.currentRequired:Skriv din nuværende adgangskode.` : null;
    case 'newPassword':
      return (
        passwordMessage(control) ??
        (form.hasError('unchanged')
          ? $localize`:@@account.password.unchanged:Den nye adgangskode skal være en anden end den nuværende.`
          : null)
      );
    case 'repeatPassword':
      return control.hasError('required')
        ? $localize`:@@account.password.repeatRequired:Skriv den nye adgangskode igen.`
        : form.hasError('mismatch')
          ? $localize`:@@account.password.mismatch:De to nye adgangskoder er ikke ens.`
          : null;
  }
}
