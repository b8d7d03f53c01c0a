import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, OnInit, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { Dialog, StatusBadge, StatusTone } from '@budgetspor/web/shared/ui';
import { catchError, firstValueFrom, forkJoin, of } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { BudgetYear, BudgetYearsService, STATUS_INFO } from '../budget-years/budget-years.service';
import { YearNav } from '../budget-years/year-nav';
import { apiErrorMessage, formatDateTime } from '../core/api-error';
import { ExportButtons } from '../core/export-buttons';
import { EXPORT_URLS, withQuery } from '../core/file-urls';
import { formatKroner } from '../core/format';
import { parsePriceLevel, priceLevelLabel, PriceIndicesService, PriceLevelSelect } from '../core/price-level';
import { AllocationGrid, CellRef } from './allocation-grid';
import { AllocationRun, AllocationView, NamedCode, RUN_STATUS_LABELS, RunEvent, RunStatus } from './allocation.models';
import { AllocationService } from './allocation.service';
import { AllocationTable, buildAllocationTable } from './allocation-table';
import { ExplanationStep, explanationSteps } from './explanation-text';
import { PoolChart } from './pool-chart.component';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded' };

interface LoadedData {
  readonly budgetYear: BudgetYear;
  readonly view: AllocationView;
  readonly tracks: readonly NamedCode[];
  readonly committees: readonly NamedCode[];
}

/** The latest run as the page knows it: from the runs list, the 202, or a live event. */
interface RunInfo {
  readonly id: string;
  readonly status: RunStatus;
  readonly finishedAt?: string | null;
  readonly error?: string | null;
}

type ExplanationState =
  | { readonly kind: 'loading'; readonly cell: CellRef }
  | { readonly kind: 'error'; readonly cell: CellRef; readonly message: string }
  | { readonly kind: 'loaded'; readonly cell: CellRef; readonly steps: readonly ExplanationStep[] };

const RUN_TONES: Readonly<Record<RunStatus, StatusTone>> = {
  queued: 'neutral',
  running: 'info',
  succeeded: 'ok',
  failed: 'error',
};

/**
 * Fordeling: how the year's innovation pool is allocated to tracks and committees, at the
 * round's own price level or at a chosen one (`?prisniveau=2016`, converted by the API).
 */
@Component({
  selector: 'app-allocation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [YearNav, StatusBadge, Dialog, AllocationGrid, PoolChart, ExportButtons, PriceLevelSelect],
  templateUrl: './allocation-page.html',
  styleUrl: './allocation-page.scss',
})
export class AllocationPage implements OnInit {
  private readonly service = inject(AllocationService);
  private readonly budgetYears = inject(BudgetYearsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly router = inject(Router);
  private readonly priceIndices = inject(PriceIndicesService);
  protected readonly auth = inject(AuthService);
  protected readonly statusInfo = STATUS_INFO;
  protected readonly runLabels = RUN_STATUS_LABELS;
  protected readonly runTones = RUN_TONES;

  /** The `:year` route parameter. */
  readonly year = input.required<string>();
  /** `?prisniveau=2016`: the price level to show the amounts at; none for the round's own. */
  readonly prisniveau = input<string>();
  protected readonly yearNumber = computed(() => Number(this.year()));
  protected readonly priceLevel = computed(() => parsePriceLevel(this.prisniveau()));
  protected readonly indices = toSignal(this.priceIndices.list().pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly data = signal<LoadedData | null>(null);
  protected readonly latestRun = signal<RunInfo | null>(null);
  protected readonly recomputing = signal(false);
  protected readonly actionMessage = signal<{ readonly ok: boolean; readonly text: string } | null>(null);
  protected readonly explanation = signal<ExplanationState | null>(null);
  /** The allocation could not be shown at the price level chosen; the table keeps the level it has. */
  protected readonly levelError = signal<string | null>(null);
  /** The price level of the last allocation asked for; undefined before the first. */
  private requestedLevel: number | null | undefined = undefined;
  /** Counts the allocation requests, so an answer overtaken by a newer one is dropped. */
  private allocationRequest = 0;

  protected readonly table = computed<AllocationTable | null>(() => {
    const d = this.data();
    return d ? buildAllocationTable(d.budgetYear.periodYears, d.view, d.tracks, d.committees, d.budgetYear.priceLevelYear) : null;
  });
  /** "2016-priser": the level of the amounts shown (not the one asked for while it loads). */
  protected readonly priceLevelText = computed(() => priceLevelLabel(this.table()?.priceLevel ?? null));
  /**
   * The explanation works on the stored amounts, at the round's own level; an amount converted
   * to another level is not the one explained.
   */
  protected readonly atOwnLevel = computed(() => {
    const d = this.data();
    return !!d && (d.view.priceLevel === undefined || d.view.priceLevel === d.budgetYear.priceLevelYear);
  });
  protected readonly busy = computed(() => {
    const status = this.latestRun()?.status;
    return status === 'queued' || status === 'running';
  });
  protected readonly canRecompute = computed(
    () => this.auth.isFinance() && this.data()?.budgetYear.status !== 'closed',
  );
  /** The export in the price level chosen, like the table. */
  protected readonly exportUrl = computed(() => withQuery(EXPORT_URLS.allocation(this.yearNumber()), { priceLevel: this.priceLevel() }));

  constructor() {
    // A new `?prisniveau=` fetches the allocation at that level; the page stays as it is meanwhile.
    effect(() => {
      const level = this.priceLevel();
      untracked(() => {
        if (this.requestedLevel === undefined || level === this.requestedLevel) return;
        if (this.state().kind === 'loaded') void this.reloadAllocation('level');
        else void this.load();
      });
    });
  }
  protected readonly currentRunTime = computed(() => formatDateTime(this.data()?.view.run?.finishedAt));
  protected readonly latestRunTime = computed(() => formatDateTime(this.latestRun()?.finishedAt));

  ngOnInit(): void {
    const year = this.yearNumber();
    if (!Number.isInteger(year)) {
      this.state.set({ kind: 'error', message: $localize`:@@allocation.noSuchYear:Budgetåret findes ikke.` });
      return;
    }
    void this.load();
    this.service
      .runEvents(year)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((event) => {
        if (event === 'reconnected') {
          // Runs may have changed while the stream was down.
          if (this.state().kind === 'loaded') void this.reloadAllocation('run');
          return;
        }
        if (event.budgetYear === year) {
          this.onRunEvent(event);
        }
      });
  }

  private onRunEvent(event: RunEvent): void {
    const known = this.latestRun();
    // While a newer run is in progress, a late event of an older one must not replace its
    // status; a new run being queued always does.
    const olderRun = known !== null && known.id !== event.id && !isFinished(known.status) && event.status !== 'queued';
    if (!olderRun) {
      this.latestRun.set({ id: event.id, status: event.status });
    }
    if (event.status === 'succeeded') {
      void this.reloadAllocation('run');
    } else if (event.status === 'failed' && !olderRun) {
      void this.reloadLatestRun();
    }
  }

  protected async load(): Promise<void> {
    const year = this.yearNumber();
    const level = this.priceLevel();
    const request = ++this.allocationRequest;
    this.requestedLevel = level;
    this.state.set({ kind: 'loading' });
    try {
      const [budgetYear, view, tracks, committees, latest] = await firstValueFrom(
        forkJoin([
          this.budgetYears.get(year),
          this.service.allocation(year, level),
          this.service.tracks(),
          this.service.committees(),
          this.service.latestRun(year),
        ]),
      );
      if (request !== this.allocationRequest) return;
      this.levelError.set(null);
      this.data.set({ budgetYear, view, tracks, committees });
      this.latestRun.set(latest ? toRunInfo(latest) : null);
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      if (request !== this.allocationRequest) return;
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@allocation.yearNotFound:Budgetår ${year}:year: findes ikke.`
          : apiErrorMessage(error, $localize`:@@allocation.loadFailed:Fordelingen kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  protected choosePriceLevel(level: number | null): void {
    void this.router.navigate([], { queryParams: { prisniveau: level }, queryParamsHandling: 'merge' });
  }

  /**
   * After a run succeeded, or at another price level: the current allocation, without
   * blanking the page meanwhile.
   */
  private async reloadAllocation(reason: 'run' | 'level'): Promise<void> {
    const level = this.priceLevel();
    const request = ++this.allocationRequest;
    this.requestedLevel = level;
    try {
      const [view, latest] = await firstValueFrom(
        forkJoin([this.service.allocation(this.yearNumber(), level), this.service.latestRun(this.yearNumber())]),
      );
      if (request !== this.allocationRequest) return;
      this.levelError.set(null);
      const d = this.data();
      if (d) {
        this.data.set({ ...d, view });
      }
      if (latest) {
        this.latestRun.set(toRunInfo(latest));
      }
    } catch (error: unknown) {
      if (request !== this.allocationRequest) return;
      if (reason === 'level') {
        const level = priceLevelLabel(this.priceLevel()) || priceLevelLabel(this.data()?.budgetYear.priceLevelYear ?? null);
        this.levelError.set(apiErrorMessage(error, $localize`:@@allocation.levelFailed:Fordelingen kunne ikke vises i ${level}:priceLevel:.`));
        return;
      }
      this.actionMessage.set({
        ok: false,
        text: apiErrorMessage(error, $localize`:@@allocation.reloadFailed:Den nye fordeling kunne ikke hentes. Genindlæs siden.`),
      });
    }
  }

  private async reloadLatestRun(): Promise<void> {
    try {
      const latest = await firstValueFrom(this.service.latestRun(this.yearNumber()));
      if (latest) this.latestRun.set(toRunInfo(latest));
    } catch {
      // The status already says "Fejlet"; the details are a bonus.
    }
  }

  protected async recompute(): Promise<void> {
    if (this.recomputing()) {
      return;
    }
    this.recomputing.set(true);
    this.actionMessage.set(null);
    try {
      const { runId } = await firstValueFrom(this.service.recompute(this.yearNumber()));
      const known = this.latestRun();
      // The live event may already have told us more than "queued".
      if (known?.id !== runId) {
        this.latestRun.set({ id: runId, status: 'queued' });
      }
      this.actionMessage.set({
        ok: true,
        text: $localize`:@@allocation.recompute.started:Genberegningen er sat i gang. Tabellen opdateres, når den er færdig.`,
      });
    } catch (error: unknown) {
      this.actionMessage.set({
        ok: false,
        text: apiErrorMessage(error, $localize`:@@allocation.recompute.failed:Genberegningen kunne ikke startes. Prøv igen.`),
      });
    } finally {
      this.recomputing.set(false);
    }
  }

  protected async openExplanation(cell: CellRef): Promise<void> {
    const run = this.data()?.view.run;
    if (!run) {
      return;
    }
    this.explanation.set({ kind: 'loading', cell });
    try {
      const result = await firstValueFrom(this.service.explanation(run.id, cell));
      if (this.explanation()?.cell === cell) {
        this.explanation.set({ kind: 'loaded', cell, steps: explanationSteps(result) });
      }
    } catch (error: unknown) {
      if (this.explanation()?.cell === cell) {
        this.explanation.set({
          kind: 'error',
          cell,
          message: apiErrorMessage(error, $localize`:@@allocation.explain.failed:Forklaringen kunne ikke hentes.`),
        });
      }
    }
  }

  protected closeExplanation(): void {
    this.explanation.set(null);
  }

  protected isEmpty(table: AllocationTable): boolean {
    return table.groups.length === 0 && table.pool.total === 0n;
  }

  protected kr(ore: bigint): string {
    return formatKroner(ore);
  }

  protected trackName(code: string): string {
    return this.data()?.tracks.find((t) => t.code === code)?.name ?? code;
  }

  protected committeeName(code: string): string {
    return this.data()?.committees.find((c) => c.code === code)?.name ?? code;
  }
}

function isFinished(status: RunStatus): boolean {
  return status === 'succeeded' || status === 'failed';
}

function toRunInfo(run: AllocationRun): RunInfo {
  return { id: run.id, status: run.status, finishedAt: run.finishedAt, error: run.error ?? null };
}
