import { HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, OnInit, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom, map } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { ASSESSMENT_STATUSES, Indicator, INDICATOR_STATUS_INFO, IndicatorValue } from './effect.models';
import { EffectService } from './effect.service';
import { createValueForm, fillValueForm, nextYear, ValueField, valueErrors, valueInputOf } from './value-form';

/**
 * One year's value of an indicator: a number with its source for a quantitative indicator, an
 * assessment with a status for a qualitative one. With `existing` it replaces that year's value
 * (sending the version read); without, it creates a new year's.
 */
@Component({
  selector: 'app-value-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './value-editor.html',
  styleUrl: './editor.scss',
})
export class ValueEditor implements OnInit {
  private readonly service = inject(EffectService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly indicator = input.required<Indicator>();
  readonly existing = input<IndicatorValue | null>(null);
  readonly saved = output<IndicatorValue>();
  readonly cancelled = output<void>();
  /** After a 409 the indicator is read again; the page takes the newer values too. */
  readonly refreshed = output<Indicator>();

  protected readonly statuses = ASSESSMENT_STATUSES;
  protected readonly statusInfo = INDICATOR_STATUS_INFO;
  /** The value being replaced (its version goes with the PUT); null while entering a new year. */
  protected readonly base = signal<IndicatorValue | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly conflict = signal(false);
  protected readonly error = signal<string | null>(null);

  /** A new year may not be one that has a value already: the PUT without a version would be refused. */
  private readonly context = computed(() => ({
    kind: this.indicator().kind,
    takenYears: this.base() ? [] : this.indicator().values.map((v) => v.year),
  }));
  protected readonly form = createValueForm(this.fb);
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  private readonly errors = computed(() => valueErrors(this.value(), this.context()));

  protected readonly quantitative = computed(() => this.indicator().kind === 'quantitative');
  protected readonly prefix = computed(() => `value-${this.indicator().id}`);
  protected readonly heading = computed(() => {
    const base = this.base();
    return base ? $localize`:@@effect.value.editHeading:Ret værdien for ${base.year}:year:` : $localize`:@@effect.value.newHeading:Indtast en ny årsværdi`;
  });

  ngOnInit(): void {
    const existing = this.existing();
    this.base.set(existing);
    this.fill(existing?.year ?? nextYear(this.indicator()), existing);
  }

  isDirty(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected fieldError(field: ValueField): string | null {
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
    const raw = this.form.getRawValue();
    const year = Number(raw.year.trim());
    try {
      const body = valueInputOf(raw, this.indicator().kind, this.base()?.version ?? null);
      const saved = await firstValueFrom(this.service.putValue(this.indicator().id, year, body));
      this.form.markAsPristine();
      this.saved.emit(saved);
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 409) {
        this.conflict.set(true);
      } else {
        this.error.set(apiErrorMessage(error, $localize`:@@effect.value.saveFailed:Værdien kunne ikke gemmes. Prøv igen.`));
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** After a 409: the saved version replaces what was typed, so the next save is on top of it. */
  protected async reload(): Promise<void> {
    const year = Number(this.form.getRawValue().year.trim());
    try {
      const fresh = await firstValueFrom(this.service.indicator(this.indicator().id));
      const current = fresh.values.find((v) => v.year === year) ?? null;
      this.conflict.set(false);
      this.submitted.set(false);
      this.base.set(current);
      this.refreshed.emit(fresh);
      this.fill(year, current);
      this.error.set(null);
    } catch (error: unknown) {
      this.error.set(apiErrorMessage(error, $localize`:@@effect.value.loadFailed:Indikatoren kunne ikke hentes. Prøv igen.`));
    }
  }

  private fill(year: number, value: IndicatorValue | null): void {
    fillValueForm(this.form, year, value);
    if (value) this.form.controls.year.disable();
    else this.form.controls.year.enable();
  }
}
