import { HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, OnInit, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom, map } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { PriceIndicesService } from '../core/price-level';
import { PriceIndex } from './effect.models';
import { EffectService } from './effect.service';
import { applyServerErrors, createPriceIndexForm, fillPriceIndexForm, PriceIndexField, priceIndexErrors, priceIndexInputOf } from './price-index-form';

/** What the editor says went wrong: a conflict (with the year it was about) or any other failure. */
type Problem = { readonly kind: 'conflict'; readonly year: number; readonly adding: boolean } | { readonly kind: 'error'; readonly text: string };

/**
 * One year's price and wage index, for finance and admin: with `existing` it replaces that
 * year's index (sending the version read), without it adds a new year. A save someone else
 * got in before is refused by the API (409); the editor then says so and offers the value
 * now saved, which replaces what was typed.
 */
@Component({
  selector: 'app-price-index-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './price-index-editor.html',
  styleUrl: './editor.scss',
})
export class PriceIndexEditor implements OnInit {
  private readonly service = inject(EffectService);
  private readonly indices = inject(PriceIndicesService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The year's index to edit; null to add a year. */
  readonly existing = input<PriceIndex | null>(null);
  /** The years that have an index (a new year may not be one of them). */
  readonly takenYears = input<readonly number[]>([]);
  /** The year a new index most likely is for. */
  readonly suggestedYear = input<number>(new Date().getFullYear());
  readonly saved = output<PriceIndex>();
  readonly cancelled = output<void>();
  /** The whole list as read again after a conflict, so the page's table shows it too. */
  readonly refreshed = output<PriceIndex[]>();

  /** The index being replaced (its version goes with the PUT); null while adding a year. */
  protected readonly base = signal<PriceIndex | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly form = createPriceIndexForm(this.fb);
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  /** Also follows the control's state, so a server message placed on a field shows at once. */
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  private readonly errors = computed(() => priceIndexErrors(this.value(), this.base() ? [] : this.takenYears()));

  protected readonly p = 'price-index';
  protected readonly heading = computed(() => {
    const base = this.base();
    return base ? $localize`:@@effect.priceIndex.editHeading:Ret indekset for ${base.year}:year:` : $localize`:@@effect.priceIndex.addHeading:Tilføj et år`;
  });

  ngOnInit(): void {
    const existing = this.existing();
    this.base.set(existing);
    this.fill(existing?.year ?? this.suggestedYear(), existing);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(existing ? '#price-index-index' : '#price-index-year')?.focus(), {
      injector: this.injector,
    });
  }

  isDirty(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected fieldError(field: PriceIndexField): string | null {
    this.status();
    const control = this.form.controls[field];
    const server = (control.errors?.['server'] as string | undefined) ?? null;
    const rule = this.submitted() || control.touched ? (this.errors()[field] ?? null) : null;
    return rule ?? server;
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.problem.set(null);
    if (Object.keys(this.errors()).length) {
      this.form.markAllAsTouched();
      this.focusFirstError();
      return;
    }
    if (this.saving()) return;
    this.saving.set(true);
    const raw = this.form.getRawValue();
    const year = Number(raw.year.trim());
    try {
      const saved = await firstValueFrom(this.service.putPriceIndex(year, priceIndexInputOf(raw, this.base()?.version ?? null)));
      this.form.markAsPristine();
      this.saved.emit(saved);
    } catch (error: unknown) {
      this.failed(error, year);
    } finally {
      this.saving.set(false);
    }
  }

  /** After a 409: the year's index as saved now replaces what was typed, so the next save is on top of it. */
  protected async reload(year: number): Promise<void> {
    try {
      const list = await firstValueFrom(this.indices.list());
      const current = list.find((i) => i.year === year) ?? null;
      this.problem.set(null);
      this.submitted.set(false);
      this.base.set(current);
      this.refreshed.emit(list);
      this.fill(year, current);
    } catch (error: unknown) {
      this.problem.set({ kind: 'error', text: apiErrorMessage(error, $localize`:@@effect.priceIndex.loadFailed:Pris- og lønindekset kunne ikke hentes. Prøv igen.`) });
    }
  }

  private failed(error: unknown, year: number): void {
    if (error instanceof HttpErrorResponse && error.status === 409) {
      this.problem.set({ kind: 'conflict', year, adding: this.base() === null });
      return;
    }
    if (error instanceof HttpErrorResponse && error.status === 403) {
      this.problem.set({ kind: 'error', text: $localize`:@@effect.priceIndex.forbidden:Din rolle må ikke rette pris- og lønindekset.` });
      return;
    }
    // Messages the API gave for a field stand next to it; any other is said above the form, as the API wrote it.
    const { placed, rest } = applyServerErrors(this.form, error);
    if (placed > 0) {
      const others = rest.map((line) => (/[.!?]$/.test(line.trim()) ? line.trim() : `${line.trim()}.`)).join(' ');
      this.problem.set({ kind: 'error', text: others || $localize`:@@effect.priceIndex.invalid:Indekset er ikke gemt. Ret de markerede felter.` });
      this.focusFirstError();
      return;
    }
    this.problem.set({ kind: 'error', text: apiErrorMessage(error, $localize`:@@effect.priceIndex.saveFailed:Indekset kunne ikke gemmes. Prøv igen.`) });
  }

  private focusFirstError(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
  }

  private fill(year: number, value: PriceIndex | null): void {
    fillPriceIndexForm(this.form, year, value);
    if (value) this.form.controls.year.disable();
    else this.form.controls.year.enable();
  }
}
