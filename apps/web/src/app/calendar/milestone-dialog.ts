import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Dialog } from '@budgetspor/web/shared/ui';
import { formatDate, formatDateTime } from '../core/format';
import {
  KIND_LABELS,
  Milestone,
  MILESTONE_KINDS,
  MILESTONE_STATUS_INFO,
  MILESTONE_STATUSES,
  MilestoneInput,
  NamedCode,
  RESPONSIBLE_ROLE_LABELS,
  RESPONSIBLE_ROLES,
} from './calendar.models';
import { FrameworkRef, RoundRef } from './calendar.service';
import { createMilestoneForm, fillMilestoneForm, MilestoneField, milestoneFieldMessage, milestoneInputOf } from './milestone-form';

/**
 * Finance's form for one milestone, new or existing, in a modal dialog. The page does the
 * saving; this component validates before anything is sent, shows the API's answer
 * (`error`), and after a 409 (`conflict`: the milestone as saved now) lets the user save their
 * own values on top of the newer version or take the saved one.
 */
@Component({
  selector: 'app-milestone-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Dialog, ReactiveFormsModule],
  templateUrl: './milestone-dialog.html',
  styleUrl: './milestone-dialog.scss',
})
export class MilestoneDialog {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** null: a new milestone. */
  readonly milestone = input<Milestone | null>(null);
  readonly year = input.required<number>();
  readonly committees = input.required<readonly NamedCode[]>();
  readonly frameworks = input<readonly FrameworkRef[]>([]);
  readonly rounds = input<readonly RoundRef[]>([]);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly conflict = input<Milestone | null>(null);

  readonly submitted = output<MilestoneInput>();
  readonly useSaved = output<void>();
  readonly closed = output<void>();

  protected readonly form = createMilestoneForm(this.fb);
  protected readonly kinds = MILESTONE_KINDS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly statuses = MILESTONE_STATUSES;
  protected readonly statusInfo = MILESTONE_STATUS_INFO;
  protected readonly roles = RESPONSIBLE_ROLES;
  protected readonly roleLabels = RESPONSIBLE_ROLE_LABELS;
  protected readonly formatDate = formatDate;

  protected readonly triedToSave = signal(false);
  private readonly responsibleKind = toSignal(this.form.controls.responsibleKind.valueChanges, {
    initialValue: this.form.controls.responsibleKind.value,
  });
  protected readonly byCommittee = computed(() => this.responsibleKind() === 'committee');
  protected readonly heading = computed(() =>
    this.milestone() ? $localize`:@@calendar.dialog.editHeading:Ret milepæl` : $localize`:@@calendar.dialog.newHeading:Ny milepæl i budget ${this.year()}:year:`,
  );
  protected readonly conflictBy = computed(() => {
    const c = this.conflict();
    return c ? `${c.updatedBy} ${formatDateTime(c.updatedAt)}` : '';
  });

  constructor() {
    // Filled when opened and again when the page hands over the saved version ("Brug den gemte").
    effect(() => {
      const m = this.milestone();
      untracked(() => {
        if (m) fillMilestoneForm(this.form, m);
        this.triedToSave.set(false);
      });
    });
  }

  /** For the page's unsaved-changes guard. */
  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected fieldError(field: MilestoneField): string | null {
    const control = field === 'responsibleCommitteeCode' ? this.form.controls.responsibleCommitteeCode : this.form.controls[field];
    return this.triedToSave() || control.touched ? milestoneFieldMessage(this.form, field) : null;
  }

  protected describedBy(field: MilestoneField, hint?: string): string | null {
    const ids = [hint, this.fieldError(field) ? `milestone-${field}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected save(): void {
    this.triedToSave.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
        injector: this.injector,
      });
      return;
    }
    if (!this.busy()) this.submitted.emit(milestoneInputOf(this.form));
  }
}
