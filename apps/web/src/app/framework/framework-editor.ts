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
  OnInit,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { formatKroner, formatMio } from '../core/format';
import { map } from 'rxjs';
import { checkFramework, FrameworkFormValue, initialFormValue } from './framework-form';
import { AllocationMethod, Framework, METHOD_LABELS, NewFramework, Track, TRACK_STATUS_LABELS } from './framework.models';
import { buildPreview } from './framework-preview-model';
import { FrameworkPreview } from './framework-preview';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/**
 * The form for the next revision of the rammeudmelding, with the allocation it would give
 * computed live beside it. Validation is one pure function (checkFramework) over the raw
 * text, so the messages, the POST body and the preview all read the form the same way.
 */
@Component({
  selector: 'app-framework-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FrameworkPreview, ScrollRegion],
  templateUrl: './framework-editor.html',
  styleUrl: './framework-editor.scss',
})
export class FrameworkEditor implements OnInit {
  readonly budgetYear = input.required<number>();
  readonly periodYears = input.required<readonly number[]>();
  /** The revision the form starts from; null before the first one. */
  readonly current = input.required<Framework | null>();
  readonly tracks = input.required<readonly Track[]>();
  readonly saving = input(false);
  /** The API's answer to the last failed save (the API speaks Danish). */
  readonly saveError = input<string | null>(null);

  readonly save = output<NewFramework>();

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly methodLabels = METHOD_LABELS;
  protected readonly methods = Object.keys(METHOD_LABELS) as AllocationMethod[];
  protected readonly trackStatusLabels = TRACK_STATUS_LABELS;

  protected readonly form = this.fb.group({
    decidedOn: [''],
    decidedBy: [''],
    title: [''],
    allocationMethod: ['top_down' as AllocationMethod],
    pool: this.fb.record<string>({}),
    weights: this.fb.record<string>({}),
  });
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue() as FrameworkFormValue)), {
    initialValue: this.form.getRawValue() as FrameworkFormValue,
  });
  protected readonly submitted = signal(false);

  protected readonly nextRevision = computed(() => (this.current()?.revision ?? 0) + 1);
  protected readonly check = computed(() => checkFramework(this.value(), this.periodYears(), this.tracks()));
  protected readonly preview = computed(() => buildPreview(this.value(), this.periodYears(), this.tracks()));
  protected readonly method = computed(() => this.value().allocationMethod);

  constructor() {
    // A new current revision (after a save) becomes the starting point of the next one. Only
    // the revision and the tracks are tracked: a refreshed budget year (same period, new
    // object) must not wipe what the user is typing.
    effect(() => {
      const current = this.current();
      const tracks = this.tracks();
      untracked(() => this.reset(initialFormValue(current, this.budgetYear(), this.periodYears(), tracks)));
    });
  }

  ngOnInit(): void {
    // The controls of the years and tracks must exist before the template first binds them.
    this.reset(initialFormValue(this.current(), this.budgetYear(), this.periodYears(), this.tracks()));
  }

  protected resetToCurrent(): void {
    this.reset(initialFormValue(this.current(), this.budgetYear(), this.periodYears(), this.tracks()));
  }

  /** A field's message, once the user has left the field or tried to save. */
  protected fieldError(key: string): string | null {
    const message = this.check().errors[key];
    if (!message) return null;
    return this.submitted() || this.form.get(key)?.touched ? message : null;
  }

  protected weightsError(): string | null {
    const message = this.check().errors['weights'];
    const touched = Object.values(this.form.controls.weights.controls).some((c) => c.touched);
    return message && (this.submitted() || touched) ? message : null;
  }

  /** "= 125.800.000 kr. (125,8 mio. kr.)" / "= DKK 125,800,000 (DKK 125.8m)" under a pool field, so the reading is never a guess. */
  protected poolReading(year: number): string | null {
    const parsed = this.check().pool[String(year)];
    return parsed?.ok ? `= ${formatKroner(parsed.kroner)} (${formatMio(parsed.kroner)})` : null;
  }

  protected describedBy(id: string, hint: boolean, key: string): string | null {
    const ids = [hint ? `${id}-hint` : null, this.fieldError(key) ? `${id}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected submit(): void {
    this.submitted.set(true);
    const body = this.check().body;
    if (!body) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
        injector: this.injector,
      });
      return;
    }
    if (!this.saving()) this.save.emit(body);
  }

  private reset(initial: FrameworkFormValue): void {
    this.form.setControl('pool', this.fb.record(initial.pool), { emitEvent: false });
    this.form.setControl('weights', this.fb.record(initial.weights), { emitEvent: false });
    this.form.reset(initial);
    this.submitted.set(false);
  }
}
