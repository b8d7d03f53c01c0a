import { FormControl } from '@angular/forms';
import { inEnglish, render, text } from '../../locale/english-testing';

/**
 * The users pages as an English user gets them. As in src/locale/english.spec.ts,
 * the app's modules are imported only after src/locale-init.ts has loaded the English texts.
 */
describe('users in English', () => {
  inEnglish();

  it('names the password rules and the show button in English', async () => {
    const { passwordMessage, passwordValidators } = await import('./user-form');
    const { ROLE_MEANINGS, ACTIVE_INFO } = await import('./users.models');
    const control = new FormControl('kort', { nonNullable: true, validators: passwordValidators });
    expect(passwordMessage(control)).toBe('The password must be at least 12 characters. It is now 4.');
    expect([ROLE_MEANINGS.director, ACTIVE_INFO.false.label]).toEqual(['Can read everything, but not edit.', 'Deactivated']);

    const { PasswordField } = await import('./password-field');
    const field = await render(PasswordField, {
      control,
      fieldId: 'pw',
      label: 'New password',
      autocomplete: 'new-password',
      canGenerate: true,
    });
    const buttons = Array.from(field.querySelectorAll('button'));
    expect(buttons.map(text)).toEqual(['Show', 'Make a strong password']);
    expect(buttons[0].getAttribute('aria-label')).toBe('Show new password');
  });
});
