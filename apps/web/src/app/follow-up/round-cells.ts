import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { compareCodePoints } from '@budgetspor/shared/money';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { formatDateTime, formatKroner, formatNumber, LocalNumberPipe } from '../core/format';
import { amountInputText, parseAmountInput } from '../savings/amount-input';
import { saveErrorReason } from '../savings/savings-editor';
import { FIELD_LABELS, rowName, SAVINGS_STATUS_INFO, SAVINGS_STATUSES } from '../savings/savings.models';
import { CellDraft, CellErrors, CellField, draftFromCell, evaluateCellDraft, isDirty } from './cell-draft';
import { actorName, FollowUpCell, FollowUpRound, NamedCode } from './follow-up.models';
import { FollowUpService } from './follow-up.service';

/** More rows than this make the grid slow to use; filters narrow it down. */
export const MAX_SHOWN_CELLS = 200;

type CellsState = { readonly kind: 'loading' } | { readonly kind: 'error'; readonly message: string } | { readonly kind: 'loaded' };

interface RowMessage {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * The cells of one round as a grid. In an open round the user's own cells (a committee's, or
 * every cell for finance) have fields for forecast, status and comment and a "Bekræft" button:
 * confirming sends the whole entry, changed or not, as the committee's answer in the round. A
 * 409 (someone saved the row meanwhile) reloads the cells and keeps what the user typed, with
 * the saved figures in the message, so nothing is overwritten unseen. A closed round is read-only.
 */
@Component({
  selector: 'app-round-cells',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadge, ScrollRegion, LocalNumberPipe],
  templateUrl: './round-cells.html',
  styleUrl: './round-cells.scss',
})
export class RoundCells {
  private readonly service = inject(FollowUpService);

  readonly round = input.required<FollowUpRound>();
  /** The committees whose cells the user may confirm; null: every committee (finance). */
  readonly ownCommittees = input<readonly string[] | null>(null);
  /** Finance or a committee user, in a year that is not closed. */
  readonly mayConfirm = input(false);
  /** A committee user sees only their own committees' cells. */
  readonly onlyOwn = input(false);
  readonly trackNames = input<ReadonlyMap<string, string>>(new Map());
  readonly committees = input<readonly NamedCode[]>([]);

  /** A cell was confirmed (the round's progress changed), or the round turned out to be closed. */
  readonly changed = output<void>();

  protected readonly statuses = SAVINGS_STATUSES;
  protected readonly statusInfo = SAVINGS_STATUS_INFO;
  protected readonly limit = formatNumber(MAX_SHOWN_CELLS);

  protected readonly state = signal<CellsState>({ kind: 'loading' });
  protected readonly cells = signal<readonly FollowUpCell[]>([]);
  private readonly drafts = signal<ReadonlyMap<string, CellDraft>>(new Map());
  private readonly errors = signal<ReadonlyMap<string, CellErrors>>(new Map());
  private readonly saving = signal<ReadonlySet<string>>(new Set());
  private readonly messages = signal<ReadonlyMap<string, RowMessage>>(new Map());
  protected readonly committeeFilter = signal('');

  protected readonly committeeOptions = computed(() => {
    const own = this.onlyOwn() ? new Set(this.ownCommittees() ?? []) : null;
    return this.committees()
      .filter((c) => !own || own.has(c.code))
      .sort((a, b) => compareCodePoints(a.code, b.code));
  });
  protected readonly visible = computed(() => {
    const own = this.onlyOwn() ? new Set(this.ownCommittees() ?? []) : null;
    return this.cells().filter((c) => !own || own.has(c.committeeCode));
  });
  protected readonly shown = computed(() => this.visible().slice(0, MAX_SHOWN_CELLS));
  protected readonly open = computed(() => this.round().status === 'open');
  private readonly roundKey = computed(() => `${this.round().id}|${this.round().status}`);
  readonly dirtyCount = computed(() => {
    const byId = new Map(this.cells().map((c) => [c.savingId, c]));
    return [...this.drafts()].filter(([id, draft]) => {
      const cell = byId.get(id);
      return cell ? isDirty(cell, draft) : false;
    }).length;
  });

  constructor() {
    // A committee user with one committee sees it; one with several starts with all of theirs.
    effect(() => {
      const own = this.onlyOwn() ? this.ownCommittees() ?? [] : [];
      untracked(() => this.committeeFilter.set(own.length === 1 ? own[0] : ''));
    });
    // Keyed on id and status: the page hands over a fresh round object after every confirmation
    // (new progress), which must not reload the cells and lose the row messages.
    effect(() => {
      const [round] = this.roundKey().split('|');
      const committeeCode = this.committeeFilter();
      untracked(() => void this.load(round, committeeCode));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirtyCount() > 0;
  }

  protected async load(roundId = this.round().id, committeeCode = this.committeeFilter()): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      this.cells.set(await firstValueFrom(this.service.cells(roundId, { committeeCode })));
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      this.state.set({ kind: 'error', message: apiErrorMessage(error, $localize`:@@follow-up.cells.loadError:Rundens celler kunne ikke hentes.`) });
    }
  }

  protected canEdit(cell: FollowUpCell): boolean {
    if (!this.mayConfirm() || !this.open()) return false;
    const own = this.ownCommittees();
    return own === null || own.includes(cell.committeeCode);
  }

  protected draftOf(cell: FollowUpCell): CellDraft {
    return this.drafts().get(cell.savingId) ?? draftFromCell(cell);
  }

  protected errorOf(cell: FollowUpCell, field: CellField): string | null {
    return this.errors().get(cell.savingId)?.[field] ?? null;
  }

  protected messageOf(cell: FollowUpCell): RowMessage | null {
    return this.messages().get(cell.savingId) ?? null;
  }

  protected isSaving(cell: FollowUpCell): boolean {
    return this.saving().has(cell.savingId);
  }

  protected dirty(cell: FollowUpCell): boolean {
    const draft = this.drafts().get(cell.savingId);
    return draft ? isDirty(cell, draft) : false;
  }

  protected fieldId(cell: FollowUpCell, field: CellField | 'confirm'): string {
    return `cell-${cell.savingId}-${field}`;
  }

  /** "Prognose for SELV (Selvhjulpne borgere), udvalg SAU, 2014": every field names its cell. */
  protected fieldLabel(cell: FollowUpCell, field: CellField): string {
    const label = FIELD_LABELS[field];
    const { trackCode, committeeCode, year } = cell;
    const name = this.trackNames().get(trackCode);
    return name
      ? $localize`:@@follow-up.cells.fieldLabel:${label}:field: for ${trackCode}:track: (${name}:trackName:), udvalg ${committeeCode}:committee:, ${year}:year:`
      : $localize`:@@follow-up.cells.fieldLabelCode:${label}:field: for ${trackCode}:track:, udvalg ${committeeCode}:committee:, ${year}:year:`;
  }

  protected rowName(cell: FollowUpCell): string {
    return rowName(cell);
  }

  protected kr(amount: string | null): string {
    return amount === null ? '' : formatKroner(amount, { unit: false });
  }

  protected confirmedText(cell: FollowUpCell): string {
    return $localize`:@@follow-up.cells.confirmedBy:Bekræftet af ${actorName(cell.confirmedBy)}:actor: ${formatDateTime(cell.confirmedAt)}:when:`;
  }

  protected onInput(cell: FollowUpCell, field: CellField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.drafts.update((m) => new Map(m).set(cell.savingId, { ...this.draftOf(cell), [field]: value }));
    this.setMessage(cell.savingId, null);
  }

  /** Leaving the forecast writes a readable amount the page's way ("1250" → "1.250" / "1,250"). */
  protected onForecastBlur(cell: FollowUpCell): void {
    const draft = this.drafts().get(cell.savingId);
    if (!draft) return;
    const parsed = parseAmountInput(draft.forecast);
    if (parsed.ok && amountInputText(parsed.value) !== draft.forecast) {
      this.drafts.update((m) => new Map(m).set(cell.savingId, { ...draft, forecast: amountInputText(parsed.value) }));
    }
  }

  protected async confirm(cell: FollowUpCell): Promise<void> {
    if (this.isSaving(cell)) return;
    const evaluation = evaluateCellDraft(cell, this.draftOf(cell));
    if (!evaluation.ok) {
      this.errors.update((m) => new Map(m).set(cell.savingId, evaluation.errors));
      this.setMessage(cell.savingId, { ok: false, text: $localize`:@@follow-up.cells.invalid:Ikke bekræftet: ret fejlene i rækken først.` });
      return;
    }
    this.errors.update((m) => withoutKey(m, cell.savingId));
    this.saving.update((s) => new Set(s).add(cell.savingId));
    const sent = this.drafts().get(cell.savingId);
    try {
      const saved = await firstValueFrom(this.service.confirm(this.round().id, cell.savingId, evaluation.body));
      this.cells.update((list) => list.map((c) => (c.savingId === saved.savingId ? saved : c)));
      // Something typed while the request ran stays; otherwise the fields show what was saved.
      if (this.drafts().get(cell.savingId) === sent) this.drafts.update((m) => withoutKey(m, cell.savingId));
      this.setMessage(cell.savingId, { ok: true, text: $localize`:@@follow-up.cells.confirmed:Bekræftet` });
      this.changed.emit();
    } catch (error: unknown) {
      await this.onConfirmError(cell, error);
    } finally {
      this.saving.update((s) => new Set([...s].filter((id) => id !== cell.savingId)));
    }
  }

  /** A newer version of the row: reload and say what is saved; the user's fields stay as typed. */
  private async onConfirmError(cell: FollowUpCell, error: unknown): Promise<void> {
    if (!(error instanceof HttpErrorResponse && error.status === 409)) {
      this.setMessage(cell.savingId, { ok: false, text: $localize`:@@follow-up.cells.notConfirmed:Ikke bekræftet: ${saveErrorReason(error)}:reason:` });
      return;
    }
    const draft = this.draftOf(cell);
    await this.load();
    this.drafts.update((m) => new Map(m).set(cell.savingId, draft));
    const fresh = this.cells().find((c) => c.savingId === cell.savingId);
    if (fresh && fresh.version !== cell.version) {
      const actor = actorName(fresh.updatedBy);
      const status = SAVINGS_STATUS_INFO[fresh.status].label;
      const text =
        fresh.forecast === null
          ? $localize`:@@follow-up.cells.changedNoForecast:Ikke bekræftet: ${actor}:actor: har gemt cellen imens (ingen prognose, ${status}:status:). Dine indtastninger står stadig i felterne; tjek dem, og tryk Bekræft igen.`
          : $localize`:@@follow-up.cells.changed:Ikke bekræftet: ${actor}:actor: har gemt cellen imens (prognose ${formatKroner(fresh.forecast)}:forecast:, ${status}:status:). Dine indtastninger står stadig i felterne; tjek dem, og tryk Bekræft igen.`;
      this.setMessage(cell.savingId, { ok: false, text });
    } else {
      // Not a newer row: the round or the year was closed meanwhile.
      const reason = apiErrorMessage(error, $localize`:@@follow-up.cells.roundClosed:runden er lukket.`);
      this.setMessage(cell.savingId, { ok: false, text: $localize`:@@follow-up.cells.notConfirmed:Ikke bekræftet: ${reason}:reason:` });
      this.changed.emit();
    }
  }

  protected setCommitteeFilter(event: Event): void {
    this.committeeFilter.set((event.target as HTMLSelectElement).value);
  }

  private setMessage(id: string, message: RowMessage | null): void {
    if ((this.messages().get(id) ?? null) === message) return;
    this.messages.update((m) => (message ? new Map(m).set(id, message) : withoutKey(m, id)));
  }
}

function withoutKey<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}
