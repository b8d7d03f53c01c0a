import { HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { apiErrorMessage, NETWORK_ERROR_MESSAGE } from '../../core/api-error';
import { safeReturnUrl } from '../auth.models';
import { AuthService } from '../auth.service';

export const WRONG_CREDENTIALS_MESSAGE = $localize`:@@auth.login.wrongCredentials:Forkert e-mail eller adgangskode`;
const TOO_MANY_FALLBACK = $localize`:@@auth.login.tooMany:For mange loginforsøg. Vent et minut, og prøv igen.`;

/** E-mail and password; on success back to the page the user came from (`?returnUrl=`). */
@Component({
  selector: 'app-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  /** Bound from the query string by the router. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  protected emailError(): string | null {
    const control = this.form.controls.email;
    if (!this.submitted() || control.valid) {
      return null;
    }
    return control.hasError('required')
      ? $localize`:@@auth.login.emailRequired:Skriv din e-mailadresse.`
      : $localize`:@@auth.login.emailInvalid:Skriv en gyldig e-mailadresse, fx navn@odense.dk.`;
  }

  protected passwordError(): string | null {
    return this.submitted() && this.form.controls.password.invalid
      ? $localize`:@@auth.login.passwordRequired:Skriv din adgangskode.`
      : null;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid || this.submitting()) {
      return;
    }
    this.submitting.set(true);
    const { email, password } = this.form.getRawValue();
    try {
      await this.auth.login(email.trim(), password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error: unknown) {
      this.error.set(loginErrorMessage(error));
      // A fresh try: the emptied password is not a mistake to point out yet.
      this.form.controls.password.reset();
      this.submitted.set(false);
      this.submitting.set(false);
      // The message is rendered on the next change detection (zoneless), not in a microtask.
      afterNextRender(() => this.errorBox()?.nativeElement.focus(), { injector: this.injector });
    }
  }
}

export function loginErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 401) {
      return WRONG_CREDENTIALS_MESSAGE;
    }
    if (error.status === 429) {
      return apiErrorMessage(error, TOO_MANY_FALLBACK);
    }
    if (error.status === 0) {
      return NETWORK_ERROR_MESSAGE;
    }
  }
  return $localize`:@@auth.login.serverError:Login mislykkedes på grund af en fejl på serveren. Prøv igen om lidt.`;
}
