import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { clearTranslations } from '@angular/localize';
import { LANGUAGE_KEY } from '../core/language-choice';

/**
 * The users pages as an English user gets them. As in src/locale/english.spec.ts,
 * the app's modules are imported only after src/locale-init.ts has loaded the English texts.
 */
describe('users in English', () => {
  beforeAll(async () => {
    localStorage.setItem(LANGUAGE_KEY, 'en');
    await import('../../locale-init');
  });

  afterAll(() => {
    clearTranslations();
    localStorage.clear();
  });

  async function render<T>(component: Type<T>, inputs: Record<string, unknown>): Promise<HTMLElement> {
    TestBed.resetTestingModule();
    const fixture = TestBed.createComponent(component);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

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
