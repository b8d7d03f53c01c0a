import { HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, OnInit, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom, map } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { Direction, DIRECTION_LABELS, Indicator } from './effect.models';
import { EffectService } from './effect.service';
import { createIndicatorForm, fillIndicatorForm, IndicatorField, indicatorErrors, indicatorInputOf } from './indicator-form';

let nextId = 0;

const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Creates an indicator under a goal, or edits one (`indicator`), for finance and admin. The
 * quantitative fields show only for a quantitative indicator; a qualitative one is assessed
 * in words each year instead.
 */
@Component({
  selector: 'app-indicator-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './indicator-editor.html',
  styleUrl: './editor.scss',
})
export class IndicatorEditor implements OnInit {
  private readonly service = inject(EffectService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly goalId = input.required<string>();
  /** The indicator to edit; null to create one. */
  readonly indicator = input<Indicator | null>(null);
  readonly saved = output<Indicator>();
  readonly cancelled = output<void>();
  /** After a 409 the indicator is read again; the page shows the newer one too. */
  readonly refreshed = output<Indicator>();

  protected readonly directions = DIRECTIONS.map((value) => ({ value, label: capitalise(DIRECTION_LABELS[value]) }));
  protected readonly pathFields: readonly { field: IndicatorField; label: string; year?: boolean }[] = [
    { field: 'baselineYear', label: $localize`:@@effect.indicator.baselineYearLabel:Baselineår`, year: true },
    { field: 'baselineValue', label: $localize`:@@effect.indicator.baselineValueLabel:Baselineværdi` },
    { field: 'targetYear', label: $localize`:@@effect.indicator.targetYearLabel:Målår`, year: true },
    { field: 'targetValue', label: $localize`:@@effect.indicator.targetValueLabel:Målværdi` },
  ];
  protected readonly p = `indicator-${++nextId}`;
  /** The version the PATCH is made on; replaced when the user fetches a newer one after a 409. */
  private readonly base = signal<Indicator | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly conflict = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = createIndicatorForm(this.fb);
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  private readonly errors = computed(() => indicatorErrors(this.value()));
  protected readonly quantitative = computed(() => this.value().kind === 'quantitative');
  protected readonly heading = computed(() => {
    const base = this.base();
    return base ? $localize`:@@effect.indicator.editHeading:Ret indikatoren ${base.name}:name:` : $localize`:@@effect.indicator.newHeading:Ny indikator`;
  });
  /** kind can only change while the indicator has no values (the API answers 409 otherwise). */
  protected readonly kindLocked = computed(() => (this.base()?.values.length ?? 0) > 0);

  ngOnInit(): void {
    const indicator = this.indicator();
    this.base.set(indicator);
    if (indicator) this.fill(indicator);
  }

  isDirty(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected fieldError(field: IndicatorField): string | null {
    return this.submitted() || this.form.controls[field].touched ? (this.errors()[field] ?? null) : null;
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    this.conflict.set(false);
    if (Object.keys(this.errors()).length) {
      this.form.markAllAsTouched();
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
      return;
    }
    if (this.saving()) return;
    this.saving.set(true);
    const body = indicatorInputOf(this.form.getRawValue());
    const base = this.base();
    try {
      const saved = await firstValueFrom(base ? this.service.updateIndicator(base.id, body, base.version) : this.service.createIndicator(this.goalId(), body));
      this.form.markAsPristine();
      this.saved.emit(saved);
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 409 && base) {
        this.conflict.set(true);
      } else {
        this.error.set(apiErrorMessage(
            error,
            base
              ? $localize`:@@effect.indicator.saveFailed:Indikatoren kunne ikke gemmes. Prøv igen.`
              : $localize`:@@effect.indicator.createFailed:Indikatoren kunne ikke oprettes. Prøv igen.`,
          ));
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** After a 409: the saved indicator replaces what was typed. */
  protected async reload(): Promise<void> {
    const base = this.base();
    if (!base) return;
    try {
      const fresh = await firstValueFrom(this.service.indicator(base.id));
      this.conflict.set(false);
      this.error.set(null);
      this.submitted.set(false);
      this.base.set(fresh);
      this.refreshed.emit(fresh);
      this.fill(fresh);
    } catch (error: unknown) {
      this.error.set(apiErrorMessage(error, $localize`:@@effect.indicator.loadFailed:Indikatoren kunne ikke hentes. Prøv igen.`));
    }
  }

  private fill(indicator: Indicator): void {
    fillIndicatorForm(this.form, indicator);
    if (indicator.values.length) this.form.controls.kind.disable();
    else this.form.controls.kind.enable();
  }
}
