import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  OnInit,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { LOGIN_PATH, ROLE_LABELS } from '../auth/auth.models';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { PasswordField } from '../users/password-field';
import { MIN_PASSWORD_LENGTH, ROLE_MEANINGS } from '../users/users.models';
import { AccountService } from './account.service';
import { createChangePasswordForm, PasswordFormField, passwordFieldMessage } from './password-form';

type CommitteesState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error' }
  | { readonly kind: 'loaded'; readonly names: ReadonlyMap<string, string> };

export const PASSWORD_CHANGED = $localize`:@@account.password.changed:Din adgangskode er skiftet. Du er logget ud alle andre steder – i andre browsere og på andre enheder – og skal logge ind dér med den nye adgangskode. Her er du stadig logget ind.`;
const NOT_CHANGED = $localize`:@@account.password.notChanged:Adgangskoden er ikke skiftet. Ret de markerede felter.`;

/** Min konto: who the logged-in user is, and a form to change their own password. */
@Component({
  selector: 'app-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, PasswordField],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
})
export class AccountPage implements OnInit {
  private readonly service = inject(AccountService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly auth = inject(AuthService);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleMeanings = ROLE_MEANINGS;
  protected readonly newPasswordHint = $localize`:@@account.password.newHint:Mindst ${MIN_PASSWORD_LENGTH}:min: tegn. En sætning på flere ord er let at huske og svær at gætte.`;

  protected readonly committees = signal<CommitteesState>({ kind: 'loading' });
  protected readonly committeeLines = computed(() => {
    const codes = this.auth.user()?.committeeCodes ?? [];
    const state = this.committees();
    const names = state.kind === 'loaded' ? state.names : new Map<string, string>();
    return codes.map((code) => ({ code, name: names.get(code) ?? '' }));
  });

  protected readonly form = createChangePasswordForm(inject(NonNullableFormBuilder));
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly notice = signal<{ readonly ok: boolean; readonly text: string } | null>(null);

  ngOnInit(): void {
    // Names only help when there are codes to name; everyone logged in may read committees.
    if ((this.auth.user()?.committeeCodes.length ?? 0) > 0) {
      void this.loadCommittees();
    } else {
      this.committees.set({ kind: 'loaded', names: new Map() });
    }
  }

  protected async loadCommittees(): Promise<void> {
    this.committees.set({ kind: 'loading' });
    try {
      const committees = await firstValueFrom(this.service.committees());
      this.committees.set({ kind: 'loaded', names: new Map(committees.map((c) => [c.code, c.name])) });
    } catch {
      this.committees.set({ kind: 'error' });
    }
  }

  protected fieldError(field: PasswordFormField): string | null {
    return this.submitted() || this.form.controls[field].touched ? passwordFieldMessage(this.form, field) : null;
  }

  protected async changePassword(): Promise<void> {
    this.submitted.set(true);
    this.notice.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.notice.set({ ok: false, text: NOT_CHANGED });
      this.focus('[aria-invalid="true"]');
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await firstValueFrom(this.service.changePassword(currentPassword, newPassword));
      this.form.reset();
      this.submitted.set(false);
      this.notice.set({ ok: true, text: PASSWORD_CHANGED });
    } catch (error: unknown) {
      await this.onError(error);
    } finally {
      this.saving.set(false);
    }
  }

  private async onError(error: unknown): Promise<void> {
    if (error instanceof HttpErrorResponse && error.status === 401) {
      const message = apiErrorMessage(error, '');
      // The same status means two things: a wrong current password, or a session that has
      // ended (the interceptor leaves /api/auth/* alone, so this page must send them to login).
      // The API's message is Danish whatever the page's language.
      if (/nuværende adgangskode/i.test(message)) {
        this.form.controls.currentPassword.setErrors({
          server: $localize`:@@account.password.wrongCurrent:Den nuværende adgangskode er forkert.`,
        });
        this.notice.set({ ok: false, text: NOT_CHANGED });
        this.focus('#account-current');
      } else {
        this.auth.forget();
        await this.router.navigate([LOGIN_PATH], { queryParams: { returnUrl: '/account' } });
      }
      return;
    }
    this.notice.set({
      ok: false,
      text: apiErrorMessage(error, $localize`:@@account.password.failed:Adgangskoden kunne ikke skiftes. Prøv igen.`),
    });
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
