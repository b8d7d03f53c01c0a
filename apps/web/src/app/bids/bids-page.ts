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
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { groupThousands } from '@budgetspor/shared/money';
import { LANGUAGE } from '../core/language';
import { firstValueFrom, forkJoin } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { BudgetYear, BudgetYearsService } from '../budget-years/budget-years.service';
import { YearNav } from '../budget-years/year-nav';
import { apiErrorMessage } from '../core/api-error';
import { TracksService } from '../tracks/tracks.service';
import { BidsGrid, CellEdit } from './bids-grid';
import { bidAmount, EMPTY_BID, ParsedBid, parseBidInput, summariseBids } from './bids-math';
import { BidGroup, BidRow, buildBidGroups, cellKey } from './bids-rows';
import { BidEntry, BidsService, Framework } from './bids.service';
import { HasUnsavedChanges, warnOnUnload } from '../core/unsaved-changes.guard';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  /** No framework yet, or the current one allocates top-down: there is nothing to bid on. */
  | { readonly kind: 'not-bids'; readonly framework: Framework | null }
  | { readonly kind: 'loaded' };

interface LoadedData {
  readonly budgetYear: BudgetYear;
  readonly framework: Framework;
  readonly years: readonly number[];
  readonly groups: readonly BidGroup[];
}

interface CellProblem {
  readonly key: string;
  readonly id: string;
  readonly message: string;
}

/** Bud: in bids mode each administration bids what it expects to realise per track, committee and year. */
@Component({
  selector: 'app-bids-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, YearNav, BidsGrid],
  templateUrl: './bids-page.html',
  styleUrl: './bids-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class BidsPage implements OnInit, HasUnsavedChanges {
  private readonly service = inject(BidsService);
  private readonly budgetYears = inject(BudgetYearsService);
  private readonly tracks = inject(TracksService);
  private readonly injector = inject(Injector);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly auth = inject(AuthService);

  /** The `:year` route parameter. */
  readonly year = input.required<string>();
  protected readonly yearNumber = computed(() => Number(this.year()));

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly data = signal<LoadedData | null>(null);
  /** What each cell's input holds, by cellKey. */
  protected readonly texts = signal<ReadonlyMap<string, string>>(new Map());
  /** The saved bids (API strings), by cellKey: what "unsaved" is measured against. */
  private readonly saved = signal<ReadonlyMap<string, string>>(new Map());
  private readonly visited = signal<ReadonlySet<string>>(new Set());
  private readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly notice = signal<{ readonly ok: boolean; readonly text: string } | null>(null);

  private readonly rows = computed<readonly BidRow[]>(() => this.data()?.groups.flatMap((g) => g.rows) ?? []);
  protected readonly parsed = computed(() => {
    const parsed = new Map<string, ParsedBid>();
    for (const [key, text] of this.texts()) parsed.set(key, parseBidInput(text));
    return parsed;
  });
  protected readonly summary = computed(() => {
    const years = this.data()?.years ?? [];
    const parsed = this.parsed();
    const cells = this.rows().map((r) => years.map((y) => parsed.get(cellKey(r.trackCode, r.committeeCode, y)) ?? EMPTY_BID));
    return summariseBids(years, cells, this.data()?.framework.pool ?? {});
  });
  /** Every cell whose text is not a bid, in reading order, with the row and column named. */
  protected readonly problems = computed<readonly CellProblem[]>(() => {
    const years = this.data()?.years ?? [];
    const parsed = this.parsed();
    return this.rows().flatMap((r) =>
      years.flatMap((y, yi) => {
        const key = cellKey(r.trackCode, r.committeeCode, y);
        const cell = parsed.get(key);
        return cell?.kind === 'error'
          ? [{ key, id: `bid-${r.index}-${yi}`, message: `${r.trackCode} / ${r.committeeCode}, ${y}: ${cell.message}` }]
          : [];
      }),
    );
  });
  /** Shown under a cell once the user has left it, and under all of them after "Gem bud". */
  protected readonly visibleErrors = computed(() => {
    const all = this.submitted();
    const visited = this.visited();
    return new Map(this.problems().filter((p) => all || visited.has(p.key)).map((p) => [p.key, p.message]));
  });
  protected readonly showSummary = computed(() => this.submitted() && this.problems().length > 0);
  protected readonly dirty = computed(() => {
    const parsed = this.parsed();
    const saved = this.saved();
    const keys = new Set([...parsed.keys(), ...saved.keys()]);
    return [...keys].some((key) => canonical(parsed.get(key) ?? EMPTY_BID, this.texts().get(key)) !== (saved.get(key) ?? ''));
  });
  protected readonly editable = computed(() => this.auth.isFinance() && this.data()?.budgetYear.status !== 'closed');

  ngOnInit(): void {
    if (!Number.isInteger(this.yearNumber())) {
      this.state.set({ kind: 'error', message: $localize`:@@bids.noSuchYear:Budgetåret findes ikke.` });
      return;
    }
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.editable() && this.dirty();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnOnUnload(event, this);
  }

  protected async load(): Promise<void> {
    const year = this.yearNumber();
    this.state.set({ kind: 'loading' });
    try {
      const [budgetYear, framework] = await firstValueFrom(
        forkJoin([this.budgetYears.get(year), this.service.currentFramework(year)]),
      );
      if (!framework || framework.allocationMethod !== 'bids') {
        this.state.set({ kind: 'not-bids', framework });
        return;
      }
      const [tracks, committees, bids] = await firstValueFrom(
        forkJoin([this.tracks.list(), this.tracks.committees(), this.service.bids(year)]),
      );
      const years = budgetYear.periodYears;
      this.data.set({ budgetYear, framework, years, groups: buildBidGroups(years, tracks, committees, bids.entries) });
      this.setSaved(bids.entries);
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@bids.yearNotFound:Budget ${year}:year: findes ikke.`
          : apiErrorMessage(error, $localize`:@@bids.loadFailed:Buddene kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  protected onEdit(edit: CellEdit): void {
    this.texts.update((texts) => new Map(texts).set(edit.key, edit.text));
    if (this.notice()?.ok) {
      this.notice.set(null);
    }
  }

  /** Leaving a cell shows its problem, or writes a valid amount the page's way ("1.234.567" / "1,234,567"). */
  protected onLeave(key: string): void {
    this.visited.update((visited) => new Set(visited).add(key));
    const cell = this.parsed().get(key);
    if (cell?.kind === 'ok') {
      this.texts.update((texts) => new Map(texts).set(key, displayText(cell.ore)));
    }
  }

  protected discard(): void {
    const saved = this.saved();
    this.texts.set(new Map([...saved].map(([key, amount]) => [key, grouped(amount)])));
    this.visited.set(new Set());
    this.submitted.set(false);
    this.notice.set(null);
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.notice.set(null);
    const data = this.data();
    if (!data || this.saving()) {
      return;
    }
    if (this.problems().length > 0) {
      afterNextRender(() => this.errorSummary()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    this.saving.set(true);
    try {
      const result = await firstValueFrom(this.service.replace(data.budgetYear.year, this.entries(data.years)));
      this.setSaved(result.entries);
      this.notice.set({
        ok: true,
        text: $localize`:@@bids.saved:Buddene er gemt. Fordelingen for budget ${data.budgetYear.year}:year: genberegnes med de nye bud.`,
      });
    } catch (error: unknown) {
      this.notice.set({ ok: false, text: saveErrorMessage(error) });
    } finally {
      this.saving.set(false);
    }
  }

  protected focusCell(id: string): void {
    this.host.nativeElement.querySelector<HTMLInputElement>(`#${id}`)?.focus();
  }

  /** Every non-empty cell: the PUT replaces all of the year's bids. */
  private entries(years: readonly number[]): BidEntry[] {
    const parsed = this.parsed();
    return this.rows().flatMap((r) =>
      years.flatMap((year) => {
        const cell = parsed.get(cellKey(r.trackCode, r.committeeCode, year));
        return cell?.kind === 'ok'
          ? [{ trackCode: r.trackCode, committeeCode: r.committeeCode, year, amount: bidAmount(cell.ore) }]
          : [];
      }),
    );
  }

  private setSaved(entries: readonly BidEntry[]): void {
    const saved = new Map(entries.map((e) => [cellKey(e.trackCode, e.committeeCode, e.year), e.amount]));
    this.saved.set(saved);
    this.texts.set(new Map([...saved].map(([key, amount]) => [key, grouped(amount)])));
    this.visited.set(new Set());
    this.submitted.set(false);
  }
}

/** A cell's value as the API would store it; text that is not a bid never equals a saved one. */
function canonical(cell: ParsedBid, text: string | undefined): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'ok':
      return bidAmount(cell.ore);
    case 'error':
      return `ugyldig:${text ?? ''}`;
  }
}

function displayText(ore: bigint): string {
  return grouped(bidAmount(ore));
}

/** A whole-kroner bid as the input shows it: "1.234.567" / "1,234,567". */
function grouped(kroner: string): string {
  return groupThousands(kroner, LANGUAGE);
}

function saveErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status === 403) {
    return $localize`:@@bids.save.forbidden:Din rolle må ikke gemme bud.`;
  }
  return apiErrorMessage(error, $localize`:@@bids.save.failed:Buddene kunne ikke gemmes. Prøv igen.`);
}
