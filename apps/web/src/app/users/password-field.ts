import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { generatePassword } from './users.models';

/**
 * A password input with a show/hide button and, where an admin sets someone else's
 * password, a "make a strong one" button. Showing the text lets the user check what they
 * typed (or read a generated password aloud) without a second "repeat" field.
 */
@Component({
  selector: 'app-password-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  template: `
    <div class="field">
      <label class="field__label" [for]="fieldId()">{{ label() }}</label>
      @if (hint(); as h) {
        <p class="field__hint" [id]="fieldId() + '-hint'">{{ h }}</p>
      }
      <div class="password-row">
        <input
          class="field__input password-row__input"
          [id]="fieldId()"
          [type]="visible() ? 'text' : 'password'"
          [attr.autocomplete]="autocomplete()"
          autocapitalize="off"
          spellcheck="false"
          [formControl]="control()"
          [attr.aria-invalid]="error() ? 'true' : null"
          [attr.aria-describedby]="describedBy()"
        />
        <button
          type="button"
          class="bs-button bs-button--secondary bs-button--small"
          [attr.aria-controls]="fieldId()"
          [attr.aria-label]="toggleLabel()"
          (click)="visible.set(!visible())"
        >
          @if (visible()) {
            <ng-container i18n="@@users.password.hide">Skjul</ng-container>
          } @else {
            <ng-container i18n="@@users.password.show">Vis</ng-container>
          }
        </button>
        @if (canGenerate()) {
          <button type="button" class="bs-button bs-button--secondary bs-button--small" (click)="generate()" i18n="@@users.password.generate">
            Lav en stærk adgangskode
          </button>
        }
      </div>
      @if (error(); as message) {
        <p class="field__error" [id]="fieldId() + '-error'">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    .password-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .password-row__input {
      flex: 1 1 16rem;
      min-width: 0;
      max-width: 28rem;
      font-family: var(--bs-font-family-mono);
    }
  `,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly autocomplete = input.required<'new-password' | 'current-password'>();
  readonly hint = input<string>();
  readonly error = input<string | null>(null);
  readonly canGenerate = input(false);

  /** The generated password, so the page can offer to show it once after saving. */
  readonly generated = output<string>();

  protected readonly visible = signal(false);
  /** "Vis ny adgangskode" / "Show new password": the button names the field it reveals. */
  protected readonly toggleLabel = computed(() => {
    const field = this.label().toLowerCase();
    return this.visible()
      ? $localize`:@@users.password.hideField:Skjul ${field}:field:`
      : $localize`:@@users.password.showField:Vis ${field}:field:`;
  });
  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? `${this.fieldId()}-hint` : '', this.error() ? `${this.fieldId()}-error` : ''];
    return ids.filter(Boolean).join(' ') || null;
  });

  protected generate(): void {
    const password = generatePassword();
    const control = this.control();
    control.setValue(password);
    control.markAsDirty();
    control.markAsTouched();
    // A generated password is shown at once: the admin must pass it on.
    this.visible.set(true);
    this.generated.emit(password);
  }
}
