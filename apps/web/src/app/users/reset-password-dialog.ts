import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Dialog } from '@budgetspor/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { CopyPassword } from './copy-password';
import { PasswordField } from './password-field';
import { passwordMessage, passwordValidators } from './user-form';
import { MIN_PASSWORD_LENGTH, UserDetail } from './users.models';
import { UsersService } from './users.service';

/**
 * An admin sets a new password for someone who has forgotten theirs. The API ends all of
 * that user's sessions, so the dialog says so before and after.
 */
@Component({
  selector: 'app-reset-password-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Dialog, ReactiveFormsModule, PasswordField, CopyPassword],
  template: `
    @let u = user();
    <lib-dialog
      heading="Nulstil adgangskode for {{ u.name }}"
      i18n-heading="@@users.reset.heading"
      [confirmLabel]="done() ? undefined : confirmLabel"
      [busy]="busy()"
      (confirmed)="submit()"
      (closed)="closed.emit()"
    >
      @if (done(); as d) {
        <div class="done" tabindex="-1">
          <p class="bs-notice bs-notice--ok" data-testid="reset-done" i18n="@@users.reset.done">
            Adgangskoden for {{ u.name }} er nulstillet. {{ u.name }} er logget ud alle steder og skal logge ind med den
            nye adgangskode.
          </p>
          @if (d.password; as password) {
            <app-copy-password [password]="password" />
          } @else {
            <p i18n="@@users.reset.passOn">Giv brugeren den nye adgangskode ad en sikker vej, fx mundtligt.</p>
          }
        </div>
      } @else {
        <p i18n="@@users.reset.explanation">
          {{ u.name }} ({{ u.email }}) bliver logget ud alle steder med det samme og skal derefter logge ind med den nye
          adgangskode.
        </p>
        <form (ngSubmit)="submit()" novalidate>
          <app-password-field
            fieldId="reset-password"
            label="Ny adgangskode"
            i18n-label="@@users.reset.password"
            autocomplete="new-password"
            [hint]="hint"
            [control]="password"
            [error]="submitted() ? message() : null"
            [canGenerate]="true"
            (generated)="generated.set($event)"
          />
        </form>
        @if (failure(); as f) {
          <p class="bs-notice bs-notice--error failure" role="alert">{{ f }}</p>
        }
      }
    </lib-dialog>
  `,
  styles: `
    .done:focus {
      outline: none;
    }
    .failure {
      margin-top: 1rem;
    }
  `,
})
export class ResetPasswordDialog {
  private readonly service = inject(UsersService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly user = input.required<UserDetail>();
  /** After a reset, so the list can fetch the user's new version. */
  readonly passwordReset = output<void>();
  readonly closed = output<void>();

  protected readonly hint = $localize`:@@users.reset.passwordHint:Mindst ${MIN_PASSWORD_LENGTH}:min: tegn.`;
  protected readonly confirmLabel = $localize`:@@users.reset.confirm:Nulstil adgangskode`;
  protected readonly password = inject(NonNullableFormBuilder).control('', passwordValidators);
  protected readonly generated = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly done = signal<{ readonly password: string | null } | null>(null);
  /** Re-read on every change detection, which every keystroke in the field triggers. */
  protected message(): string | null {
    return passwordMessage(this.password);
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.password.invalid) {
      this.password.markAsTouched();
      this.host.nativeElement.querySelector<HTMLElement>('#reset-password')?.focus();
      return;
    }
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    const password = this.password.value;
    try {
      await firstValueFrom(this.service.resetPassword(this.user().id, password));
      this.done.set({ password: password === this.generated() ? password : null });
      this.passwordReset.emit();
      // The confirm button that had focus is gone; the outcome takes it, so it is read out.
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.done')?.focus(), { injector: this.injector });
    } catch (error: unknown) {
      this.failure.set(apiErrorMessage(error, $localize`:@@users.reset.failed:Adgangskoden kunne ikke nulstilles. Prøv igen.`));
    } finally {
      this.busy.set(false);
    }
  }
}
