import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { StatusBadge } from '@budgetspor/web/shared/ui';
import { firstValueFrom, forkJoin, map, of } from 'rxjs';
import { ROLE_LABELS } from '../auth/auth.models';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { HasUnsavedChanges, warnOnUnload } from '../core/unsaved-changes.guard';
import { CopyPassword } from './copy-password';
import { PasswordField } from './password-field';
import { applyServerErrors, createUserForm, fieldMessage, fillUserForm, newUserOf, UserField, userChangesOf } from './user-form';
import { ACTIVE_INFO, Committee, MIN_PASSWORD_LENGTH, ROLE_MEANINGS, ROLES, UserDetail } from './users.models';
import { UsersService } from './users.service';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded' };

interface Notice {
  readonly ok: boolean;
  readonly text: string;
}

/** The user just created, with the password to pass on when it was generated here. */
interface Created {
  readonly user: UserDetail;
  readonly password: string | null;
}

/** Create a user (`/users/ny`) or change one's name, role and committees (`/users/:id`); admins only. */
@Component({
  selector: 'app-user-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, StatusBadge, PasswordField, CopyPassword],
  templateUrl: './user-editor-page.html',
  styleUrl: './user-editor-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class UserEditorPage implements OnInit, HasUnsavedChanges {
  private readonly service = inject(UsersService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly auth = inject(AuthService);
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleMeanings = ROLE_MEANINGS;
  protected readonly activeInfo = ACTIVE_INFO;
  protected readonly passwordHint = $localize`:@@users.editor.passwordHint:Mindst ${MIN_PASSWORD_LENGTH}:min: tegn. Brug knappen for at lave en tilfældig adgangskode på 20 tegn.`;

  /** The `:id` route parameter; absent on `/users/ny`. */
  readonly id = input<string>();
  protected readonly creating = computed(() => !this.id());

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly user = signal<UserDetail | null>(null);
  protected readonly committees = signal<readonly Committee[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly conflict = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly created = signal<Created | null>(null);
  /** Set by the generate button; still "generated" only while the field holds exactly it. */
  private readonly generatedPassword = signal<string | null>(null);

  protected readonly form = createUserForm(this.fb);
  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly role = computed(() => this.formValue().role);
  protected readonly selectedCodes = computed(() => new Set(this.formValue().committeeCodes));
  /** An admin changing their own role would end their own session and could leave no admin. */
  protected readonly isSelf = computed(() => !!this.user() && this.user()?.id === this.auth.user()?.id);

  protected readonly heading = computed(() =>
    this.creating() ? $localize`:@@users.title.new:Ny bruger` : (this.user()?.name ?? $localize`:@@users.editor.user:Bruger`),
  );

  ngOnInit(): void {
    if (this.auth.isAdmin()) {
      void this.load();
    }
  }

  hasUnsavedChanges(): boolean {
    return this.auth.isAdmin() && this.form.dirty && !this.saving() && !this.created();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnOnUnload(event, this);
  }

  protected async load(): Promise<void> {
    const id = this.id();
    this.state.set({ kind: 'loading' });
    try {
      const [committees, user] = await firstValueFrom(
        forkJoin([this.service.committees(), id ? this.service.get(id) : of(null)]),
      );
      this.committees.set(committees);
      this.user.set(user);
      if (user) {
        this.fill(user);
      }
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@users.editor.notFound:Brugeren findes ikke. Måske er linket forkert.`
          : apiErrorMessage(
              error,
              id
                ? $localize`:@@users.editor.loadError:Brugeren kunne ikke hentes.`
                : $localize`:@@users.editor.committeesError:Udvalgene kunne ikke hentes.`,
            );
      this.state.set({ kind: 'error', message });
    }
  }

  protected async reloadAfterConflict(): Promise<void> {
    this.conflict.set(false);
    this.submitted.set(false);
    await this.load();
    if (this.state().kind === 'loaded') {
      this.notice.set({ ok: true, text: $localize`:@@users.editor.reloaded:Den nyeste version af brugeren er hentet. Ret igen, og gem.` });
    }
  }

  protected fieldError(field: UserField): string | null {
    const touched = field === 'committeeCodes' ? this.form.controls.committeeCodes.touched : this.form.controls[field].touched;
    return this.submitted() || touched ? fieldMessage(this.form, field) : null;
  }

  protected toggleCommittee(code: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const control = this.form.controls.committeeCodes;
    const codes = control.value.filter((c) => c !== code);
    control.setValue(checked ? [...codes, code] : codes);
    control.markAsDirty();
    control.markAsTouched();
  }

  protected onGenerated(password: string): void {
    this.generatedPassword.set(password);
  }

  protected startAnother(): void {
    this.created.set(null);
    this.notice.set(null);
    this.submitted.set(false);
    this.generatedPassword.set(null);
    this.form.reset();
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#user-email')?.focus(), { injector: this.injector });
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.notice.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.notice.set({ ok: false, text: this.correctFieldsText() });
      this.focusFirstError();
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    try {
      await (this.creating() ? this.create() : this.update());
    } catch (error: unknown) {
      this.onSaveError(error);
    } finally {
      this.saving.set(false);
    }
  }

  private async create(): Promise<void> {
    const input = newUserOf(this.form);
    const user = await firstValueFrom(this.service.create(input));
    const generated = this.generatedPassword();
    this.form.markAsPristine();
    this.created.set({ user, password: generated !== null && generated === input.password ? generated : null });
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[data-testid=created]')?.focus(), {
      injector: this.injector,
    });
  }

  private async update(): Promise<void> {
    const before = this.user() as UserDetail;
    const changes = userChangesOf(this.form, before);
    if (Object.keys(changes).length === 0) {
      this.submitted.set(false);
      this.notice.set({ ok: true, text: $localize`:@@users.editor.noChanges:Der er ingen ændringer at gemme.` });
      return;
    }
    const updated = await firstValueFrom(this.service.update(before.id, changes, before.version));
    this.user.set(updated);
    this.fill(updated);
    this.submitted.set(false);
    // The server ends the user's sessions when the role changes (users.service.ts).
    const name = updated.name;
    const text = changes.role
      ? $localize`:@@users.editor.savedRole:Ændringerne for ${name}:name: er gemt. ${name}:name: er logget ud og får den nye rolle ved næste login.`
      : $localize`:@@users.editor.saved:Ændringerne for ${name}:name: er gemt.`;
    this.notice.set({ ok: true, text });
  }

  private onSaveError(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 409 && !this.creating()) {
      this.conflict.set(true);
      return;
    }
    const unplaced = applyServerErrors(this.form, error);
    const placed = error instanceof HttpErrorResponse && (error.status === 409 || error.status === 400) && unplaced.length === 0;
    const text = placed
      ? this.correctFieldsText()
      : error instanceof HttpErrorResponse && error.status === 403
        ? $localize`:@@users.adminOnly:Kun administratorer kan administrere brugere.`
        : apiErrorMessage(
            error,
            this.creating()
              ? $localize`:@@users.editor.createFailed:Brugeren er ikke oprettet. Prøv igen.`
              : $localize`:@@users.editor.saveFailed:Ændringerne er ikke gemt. Prøv igen.`,
          );
    this.notice.set({ ok: false, text });
    if (placed) {
      this.focusFirstError();
    }
  }

  private fill(user: UserDetail): void {
    fillUserForm(this.form, user);
    if (user.id === this.auth.user()?.id) {
      this.form.controls.role.disable();
    } else {
      this.form.controls.role.enable();
    }
  }

  private correctFieldsText(): string {
    return this.creating()
      ? $localize`:@@users.editor.createInvalid:Brugeren er ikke oprettet. Ret de markerede felter.`
      : $localize`:@@users.editor.saveInvalid:Ændringerne er ikke gemt. Ret de markerede felter.`;
  }

  private focusFirstError(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }

  protected createdText(user: UserDetail): string {
    const email = user.email;
    const role = ROLE_LABELS[user.role];
    if (user.committeeCodes.length === 0) {
      return $localize`:@@users.editor.createdText:${email}:email: kan nu logge ind med rollen ${role}:role:.`;
    }
    const committees = user.committeeCodes.join(', ');
    return $localize`:@@users.editor.createdTextCommittees:${email}:email: kan nu logge ind med rollen ${role}:role: for ${committees}:committees:.`;
  }
}
