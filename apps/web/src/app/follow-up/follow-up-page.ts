import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked, viewChild } from '@angular/core';
import { Dialog, StatusBadge } from '@budgetspor/web/shared/ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { BudgetYear, BudgetYearsService } from '../budget-years/budget-years.service';
import { YearNav } from '../budget-years/year-nav';
import { apiErrorMessage } from '../core/api-error';
import { formatDate, formatNumber } from '../core/format';
import { HasUnsavedChanges, warnOnUnload } from '../core/unsaved-changes.guard';
import { CommitteeProgress } from './committee-progress';
import { ForecastHistoryView } from './forecast-history-view';
import { FollowUpRound, NamedCode, OpenRoundBody, progressText, ROUND_STATUS_INFO } from './follow-up.models';
import { FollowUpService } from './follow-up.service';
import { OpenRoundForm } from './open-round-form';
import { RoundCells } from './round-cells';
import { RoundComparisonView } from './round-comparison-view';
import { RoundsTable } from './rounds-table';

type PageState = { readonly kind: 'loading' } | { readonly kind: 'error'; readonly message: string } | { readonly kind: 'loaded' };

interface Notice {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * Budgetopfølgning: the year's follow-up rounds with each committee's progress. Finance opens a
 * round and closes it (which freezes every cell for good); in an open round committee users
 * confirm their cells. Directors and finance compare two rounds and follow the forecast through
 * the closed ones. The chosen round and comparison live in the URL (`?runde=`, `?fra=&til=`).
 */
@Component({
  selector: 'app-follow-up-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [YearNav, StatusBadge, Dialog, RoundsTable, CommitteeProgress, OpenRoundForm, RoundCells, RoundComparisonView, ForecastHistoryView],
  templateUrl: './follow-up-page.html',
  styleUrl: './follow-up-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class FollowUpPage implements HasUnsavedChanges {
  private readonly service = inject(FollowUpService);
  private readonly budgetYears = inject(BudgetYearsService);
  protected readonly auth = inject(AuthService);

  /** The `:year` route parameter. */
  readonly year = input.required({ transform: numberAttribute });
  /** `?runde=`: the round shown; absent, the open round or else the latest. */
  readonly runde = input<string>();
  /** `?fra=&til=`: the rounds compared. */
  readonly fra = input<string>();
  readonly til = input<string>();

  protected readonly validYear = computed(() => Number.isInteger(this.year()));
  protected readonly state = signal<PageState>({ kind: 'loading' });
  private readonly budgetYear = signal<BudgetYear | null>(null);
  protected readonly rounds = signal<readonly FollowUpRound[]>([]);
  protected readonly tracks = signal<readonly NamedCode[]>([]);
  protected readonly committees = signal<readonly NamedCode[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly opening = signal(false);
  protected readonly openError = signal<string | null>(null);
  protected readonly showOpenForm = signal(false);
  protected readonly closing = signal<FollowUpRound | null>(null);
  protected readonly closeError = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** Bumped when a round is closed: the history gains a point. */
  protected readonly closedCount = signal(0);
  private readonly cellsGrid = viewChild(RoundCells);

  protected readonly statusInfo = ROUND_STATUS_INFO;
  protected readonly date = formatDate;
  protected readonly progressText = progressText;

  private readonly role = computed(() => this.auth.user()?.role ?? null);
  protected readonly isCommittee = computed(() => this.role() === 'committee');
  protected readonly closed = computed(() => this.budgetYear()?.status === 'closed');
  protected readonly mayConfirm = computed(() => (this.role() === 'finance' || this.role() === 'committee') && !this.closed());
  protected readonly ownCommittees = computed(() => (this.isCommittee() ? (this.auth.user()?.committeeCodes ?? []) : null));
  protected readonly showAnalysis = computed(() => !this.isCommittee());
  protected readonly openRound = computed(() => this.rounds().find((r) => r.status === 'open') ?? null);
  protected readonly canOpen = computed(() => this.auth.isFinance() && !this.closed() && this.openRound() === null);
  protected readonly selected = computed(() => {
    const rounds = this.rounds();
    return rounds.find((r) => r.id === this.runde()) ?? this.openRound() ?? rounds.at(-1) ?? null;
  });
  protected readonly trackNames = computed(() => new Map(this.tracks().map((t) => [t.code, t.name])));
  protected readonly committeeNames = computed(() => new Map(this.committees().map((c) => [c.code, c.name])));

  constructor() {
    effect(() => {
      const year = this.year();
      untracked(() => void this.load(year));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.cellsGrid()?.hasUnsavedChanges() ?? false;
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnOnUnload(event, this);
  }

  protected async load(year = this.year()): Promise<void> {
    if (!Number.isInteger(year)) {
      this.state.set({ kind: 'error', message: $localize`:@@follow-up.yearNotFound:Budgetåret findes ikke.` });
      return;
    }
    this.state.set({ kind: 'loading' });
    try {
      const [budgetYear, rounds, tracks, committees] = await firstValueFrom(
        forkJoin([this.budgetYears.get(year), this.service.list(year), this.service.tracks(), this.service.committees()]),
      );
      this.budgetYear.set(budgetYear);
      this.rounds.set(rounds);
      this.tracks.set(tracks);
      this.committees.set(committees);
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@follow-up.budgetNotFound:Budget ${year}:year: findes ikke.`
          : apiErrorMessage(error, $localize`:@@follow-up.loadError:Opfølgningsrunderne kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  /** After a confirmation: the progress of the round (and of the list) has moved. */
  protected async refreshRounds(): Promise<void> {
    try {
      this.rounds.set(await firstValueFrom(this.service.list(this.year())));
    } catch (error: unknown) {
      this.notice.set({
        ok: false,
        text: apiErrorMessage(error, $localize`:@@follow-up.refreshError:Fremdriften kunne ikke hentes igen. Genindlæs siden.`),
      });
    }
  }

  protected async openNew(body: OpenRoundBody): Promise<void> {
    if (this.opening()) return;
    this.opening.set(true);
    this.openError.set(null);
    try {
      const round = await firstValueFrom(this.service.open(this.year(), body));
      this.showOpenForm.set(false);
      await this.refreshRounds();
      this.notice.set({
        ok: true,
        text: $localize`:@@follow-up.opened:${round.title}:title: er åbnet. Udvalgene kan nu bekræfte deres celler frem til ${formatDate(round.deadline)}:deadline:.`,
      });
    } catch (error: unknown) {
      this.openError.set(apiErrorMessage(error, $localize`:@@follow-up.openError:Runden kunne ikke åbnes.`));
    } finally {
      this.opening.set(false);
    }
  }

  protected askClose(round: FollowUpRound): void {
    this.closeError.set(null);
    this.notice.set(null);
    this.closing.set(round);
  }

  protected async confirmClose(): Promise<void> {
    const round = this.closing();
    if (!round || this.busy()) return;
    this.busy.set(true);
    try {
      const closed = await firstValueFrom(this.service.close(round));
      this.closing.set(null);
      await this.refreshRounds();
      this.closedCount.update((n) => n + 1);
      const total = formatNumber(closed.progress.total);
      const progress = progressText(closed.progress.confirmed, closed.progress.total);
      this.notice.set({
        ok: true,
        text: $localize`:@@follow-up.closed:${closed.title}:title: er lukket. Alle ${total}:total: celler er frosset i rundens øjebliksbillede (${progress}:progress:).`,
      });
    } catch (error: unknown) {
      this.closeError.set(apiErrorMessage(error, $localize`:@@follow-up.closeError:Runden kunne ikke lukkes.`));
      // A 409 means the round moved on (a newer version, or already closed): show it as it is now.
      if (error instanceof HttpErrorResponse && error.status === 409) {
        await this.refreshRounds();
        const fresh = this.rounds().find((r) => r.id === round.id);
        if (fresh?.status === 'open') this.closing.set(fresh);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
