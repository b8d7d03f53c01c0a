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
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Dialog, ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { YEAR_PAGES } from './year-nav';
import {
  BudgetYear,
  BudgetYearsService,
  BudgetYearStatus,
  nextStatus,
  STATUS_INFO,
} from './budget-years.service';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly years: readonly BudgetYear[] };

interface PendingAdvance {
  readonly year: BudgetYear;
  readonly to: BudgetYearStatus;
}

/** The budget rounds with their status; finance creates rounds and moves them forward. */
@Component({
  selector: 'app-budget-years-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ReactiveFormsModule, StatusBadge, Dialog, ScrollRegion],
  templateUrl: './budget-years-page.html',
  styleUrl: './budget-years-page.scss',
})
export class BudgetYearsPage implements OnInit {
  private readonly service = inject(BudgetYearsService);
  protected readonly auth = inject(AuthService);
  protected readonly statusInfo = STATUS_INFO;
  /** The list links the pages used most; the rest are on the year's own tabs. */
  protected readonly rowPages = YEAR_PAGES.filter((p) => ['framework', 'allocation', 'savings', 'dashboard'].includes(p.path));

  protected readonly state = signal<ListState>({ kind: 'loading' });
  /** The outcome of the last create or status change, announced politely. */
  protected readonly notice = signal<{ readonly ok: boolean; readonly text: string } | null>(null);

  protected readonly pending = signal<PendingAdvance | null>(null);
  protected readonly advancing = signal(false);

  protected readonly showCreate = signal(false);
  protected readonly creating = signal(false);
  protected readonly createSubmitted = signal(false);
  protected readonly createError = signal<string | null>(null);
  protected readonly createForm = inject(NonNullableFormBuilder).group({
    year: [new Date().getFullYear() + 1, [Validators.required, Validators.min(2000), Validators.max(2100)]],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    priceLevelYear: [null as number | null, [Validators.min(2000), Validators.max(2100)]],
  });

  protected readonly canManage = computed(() => this.auth.isFinance());
  private readonly injector = inject(Injector);
  private readonly createHeading = viewChild<ElementRef<HTMLElement>>('createHeading');
  private readonly createButton = viewChild<ElementRef<HTMLButtonElement>>('createButton');

  ngOnInit(): void {
    void this.load();
  }

  protected next(status: BudgetYearStatus): BudgetYearStatus | null {
    return nextStatus(status);
  }

  protected async load(): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      const years = await firstValueFrom(this.service.list());
      this.state.set({ kind: 'loaded', years });
    } catch (error: unknown) {
      this.state.set({
        kind: 'error',
        message: apiErrorMessage(error, $localize`:@@budget-years.list.loadError:Budgetårene kunne ikke hentes.`),
      });
    }
  }

  protected askAdvance(year: BudgetYear): void {
    const to = nextStatus(year.status);
    if (to) {
      this.notice.set(null);
      this.pending.set({ year, to });
    }
  }

  protected cancelAdvance(): void {
    this.pending.set(null);
  }

  protected async confirmAdvance(): Promise<void> {
    const pending = this.pending();
    if (!pending || this.advancing()) {
      return;
    }
    this.advancing.set(true);
    try {
      const updated = await firstValueFrom(this.service.changeStatus(pending.year, pending.to));
      this.notice.set({
        ok: true,
        text: $localize`:@@budget-years.advance.done:Budget ${updated.year}:year: har nu status ${STATUS_INFO[updated.status].label}:status:.`,
      });
    } catch (error: unknown) {
      this.notice.set({ ok: false, text: advanceErrorMessage(error, pending.year.year) });
    } finally {
      this.advancing.set(false);
      this.pending.set(null);
    }
    await this.load();
  }

  protected fieldError(name: 'year' | 'title' | 'priceLevelYear'): string | null {
    const control = this.createForm.controls[name];
    if (!this.createSubmitted() || control.valid) {
      return null;
    }
    if (name === 'title') {
      return control.hasError('required')
        ? $localize`:@@budget-years.create.titleRequired:Skriv en titel, fx "Budget 2027".`
        : $localize`:@@budget-years.create.titleTooLong:Titlen må højst være 200 tegn.`;
    }
    return control.hasError('required')
      ? $localize`:@@budget-years.create.yearRequired:Skriv et årstal.`
      : $localize`:@@budget-years.create.yearRange:Skriv et årstal mellem 2000 og 2100.`;
  }

  /** The form opens above the list; focus moves to it, and back to the button when it closes. */
  protected openCreate(): void {
    this.showCreate.set(true);
    this.notice.set(null);
    afterNextRender(() => this.createHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected closeCreate(): void {
    this.showCreate.set(false);
    this.createSubmitted.set(false);
    this.createError.set(null);
    afterNextRender(() => this.createButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async create(): Promise<void> {
    this.createSubmitted.set(true);
    this.createError.set(null);
    if (this.createForm.invalid || this.creating()) {
      return;
    }
    const { year, title, priceLevelYear } = this.createForm.getRawValue();
    this.creating.set(true);
    try {
      const created = await firstValueFrom(
        this.service.create({
          year: Number(year),
          title: title.trim(),
          ...(priceLevelYear === null || String(priceLevelYear) === '' ? {} : { priceLevelYear: Number(priceLevelYear) }),
        }),
      );
      this.closeCreate();
      this.createForm.reset();
      this.notice.set({ ok: true, text: $localize`:@@budget-years.create.done:Budget ${created.year}:year: er oprettet som kladde.` });
      await this.load();
    } catch (error: unknown) {
      this.createError.set(apiErrorMessage(error, $localize`:@@budget-years.create.failed:Budgetåret kunne ikke oprettes. Prøv igen.`));
    } finally {
      this.creating.set(false);
    }
  }
}

export function advanceErrorMessage(error: unknown, year: number): string {
  if (error instanceof HttpErrorResponse && error.status === 409) {
    return $localize`:@@budget-years.advance.conflict:Budget ${year}:year: blev ændret af en anden, eller status er allerede flyttet, mens du så på siden. Listen er hentet igen – se den nye status, og prøv igen, hvis det stadig er nødvendigt.`;
  }
  if (error instanceof HttpErrorResponse && error.status === 403) {
    return $localize`:@@budget-years.advance.forbidden:Din rolle må ikke ændre status på budgetår.`;
  }
  return apiErrorMessage(error, $localize`:@@budget-years.advance.failed:Status kunne ikke ændres. Prøv igen.`);
}
