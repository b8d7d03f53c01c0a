import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { formatNumber } from '../core/format';
import { amountInputText, parseAmountInput } from './amount-input';
import {
  DraftErrors,
  DraftEvaluation,
  draftFromRow,
  evaluateDraft,
  hasChanges,
  hasErrors,
  SavingsDraft,
} from './savings-draft';
import { EDITABLE_FIELDS, EditableField, FIELD_LABELS, rowName, SavingsChanges, SavingsRow } from './savings.models';
import { SavingsService } from './savings.service';

/** A save that met a newer version: the row as it is now, and what the user wanted to change. */
export interface SavingsConflict {
  readonly fresh: SavingsRow;
  readonly mine: SavingsChanges;
}

export interface RowMessage {
  readonly ok: boolean;
  readonly text: string;
}

export type SaveOutcome = 'saved' | 'unchanged' | 'invalid' | 'conflict' | 'error' | 'busy';

export const CONFLICT_DISMISSED_MESSAGE = $localize`:@@savings.conflict.dismissed:Ikke gemt: en anden har ændret rækken. Dine ændringer står her stadig; tryk Gem for at vælge igen.`;

/**
 * The editing state of the savings grid: the rows as last read, the user's unsaved fields,
 * and saving with the version each row was read at. A 409 is resolved with the user
 * (`SavingsConflict`) rather than by overwriting, so no one's entry is lost silently.
 * Provided per page, so leaving the page drops it (after the guard has asked).
 */
@Injectable()
export class SavingsEditor {
  private readonly service = inject(SavingsService);

  readonly rows = signal<readonly SavingsRow[]>([]);
  private readonly drafts = signal<ReadonlyMap<string, SavingsDraft>>(new Map());
  /** Fields whose errors are shown: once the user has left them, or tried to save the row. */
  private readonly checked = signal<ReadonlySet<string>>(new Set());
  private readonly saving = signal<ReadonlySet<string>>(new Set());
  private readonly messages = signal<ReadonlyMap<string, RowMessage>>(new Map());

  /** Conflicts wait their turn: "Gem alle" may meet several, the dialog shows one at a time. */
  private readonly conflicts = signal<readonly SavingsConflict[]>([]);
  readonly conflict = computed(() => this.conflicts()[0] ?? null);
  readonly resolving = signal(false);
  /** The last outcome in a sentence, for the page's polite live region. */
  readonly announcement = signal('');

  readonly evaluations = computed(() => {
    const byId = new Map(this.rows().map((r) => [r.id, r]));
    const result = new Map<string, DraftEvaluation>();
    for (const [id, draft] of this.drafts()) {
      const row = byId.get(id);
      if (row) result.set(id, evaluateDraft(row, draft));
    }
    return result;
  });
  readonly dirtyIds = computed(() => [...this.evaluations()].filter(([, e]) => e.dirty).map(([id]) => id));
  readonly hasUnsavedChanges = computed(() => this.dirtyIds().length > 0);

  reset(rows: readonly SavingsRow[]): void {
    this.rows.set(rows);
    this.drafts.set(new Map());
    this.checked.set(new Set());
    this.saving.set(new Set());
    this.messages.set(new Map());
    this.conflicts.set([]);
    this.announcement.set('');
  }

  draftOf(row: SavingsRow): SavingsDraft {
    return this.drafts().get(row.id) ?? draftFromRow(row);
  }

  isSaving(id: string): boolean {
    return this.saving().has(id);
  }

  messageOf(id: string): RowMessage | null {
    return this.messages().get(id) ?? null;
  }

  /** The errors the user should see now: only for fields already left or submitted. */
  shownErrors(id: string): DraftErrors {
    const errors = this.evaluations().get(id)?.errors ?? {};
    const checked = this.checked();
    return Object.fromEntries(Object.entries(errors).filter(([field]) => checked.has(`${id}:${field}`)));
  }

  edit(id: string, field: EditableField, value: string): void {
    const row = this.rowById(id);
    if (!row) return;
    // The draft stays even when it matches the row again: dropping it would rewrite the
    // field ("1250" → "1.250") under the user's cursor.
    const draft = { ...this.draftOf(row), [field]: value } as SavingsDraft;
    this.drafts.update((m) => new Map(m).set(id, draft));
    this.setMessage(id, null);
  }

  /** The user left a field: its error may show now, and a readable amount is written the page's way ("1.250" / "1,250"). */
  commit(id: string, field: EditableField): void {
    this.checked.update((s) => new Set(s).add(`${id}:${field}`));
    const draft = this.drafts().get(id);
    if (draft && (field === 'forecast' || field === 'realised')) {
      const parsed = parseAmountInput(draft[field]);
      if (parsed.ok && amountInputText(parsed.value) !== draft[field]) {
        this.drafts.update((m) => new Map(m).set(id, { ...draft, [field]: amountInputText(parsed.value) }));
      }
    }
  }

  async save(id: string): Promise<SaveOutcome> {
    const row = this.rowById(id);
    const draft = this.drafts().get(id);
    if (!row || !draft) return 'unchanged';
    if (this.isSaving(id)) return 'busy';
    this.checked.update((s) => new Set([...s, ...EDITABLE_FIELDS.map((f) => `${id}:${f}`)]));
    const { changes, errors } = evaluateDraft(row, draft);
    if (hasErrors(errors)) {
      this.setMessage(id, { ok: false, text: $localize`:@@savings.row.invalid:Ikke gemt: ret fejlene i rækken først.` });
      return 'invalid';
    }
    if (!hasChanges(changes)) {
      this.dropDraft(id, draft);
      return 'unchanged';
    }
    return this.send(row, changes, row.version, draft);
  }

  /** Saves every changed row, one after another; conflicts queue up for the dialog. */
  async saveAll(): Promise<void> {
    const outcomes: SaveOutcome[] = [];
    for (const id of this.dirtyIds()) {
      outcomes.push(await this.save(id));
    }
    this.announcement.set(summarise(outcomes));
  }

  /** "Behold mine": the user's changed fields again, on top of the version just read. */
  async keepMine(): Promise<void> {
    const conflict = this.conflict();
    if (!conflict || this.resolving()) return;
    this.resolving.set(true);
    try {
      const outcome = await this.send(conflict.fresh, conflict.mine, conflict.fresh.version, this.drafts().get(conflict.fresh.id), conflict);
      if (outcome !== 'conflict') this.shiftConflict(conflict);
    } finally {
      this.resolving.set(false);
    }
  }

  /** "Brug den gemte": the user's edits of the row are dropped for what is saved. */
  useSaved(): void {
    const conflict = this.conflict();
    if (!conflict || this.resolving()) return;
    const id = conflict.fresh.id;
    this.replaceRow(conflict.fresh);
    this.dropDraft(id);
    this.checked.update((s) => new Set([...s].filter((key) => !key.startsWith(`${id}:`))));
    this.setMessage(id, { ok: true, text: $localize`:@@savings.row.savedShown:Den gemte version vises nu.` });
    this.announcement.set($localize`:@@savings.announce.usedSaved:${rowName(conflict.fresh)}:row:: den gemte version vises nu; dine ændringer er kasseret.`);
    this.shiftConflict(conflict);
  }

  /** Closed without a choice: the edits stay, unsaved, and the next "Gem" asks again. */
  dismissConflict(): void {
    const conflict = this.conflict();
    if (!conflict || this.resolving()) return;
    this.setMessage(conflict.fresh.id, { ok: false, text: CONFLICT_DISMISSED_MESSAGE });
    this.shiftConflict(conflict);
  }

  /**
   * PATCHes and takes the answer as the row. `sent` is the draft the changes came from: if
   * the user typed on while the request was underway, that newer draft is kept.
   */
  private async send(
    row: SavingsRow,
    changes: SavingsChanges,
    version: number,
    sent: SavingsDraft | undefined,
    replacing?: SavingsConflict,
  ): Promise<SaveOutcome> {
    const id = row.id;
    this.saving.update((s) => new Set(s).add(id));
    this.setMessage(id, null);
    try {
      const updated = await firstValueFrom(this.service.update(id, changes, version));
      this.replaceRow(updated);
      this.dropDraft(id, sent);
      this.setMessage(id, { ok: true, text: $localize`:@@savings.row.saved:Gemt` });
      this.announcement.set($localize`:@@savings.announce.saved:${rowName(updated)}:row: er gemt.`);
      return 'saved';
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 409) {
        return this.onConflict(row, changes, version, error, replacing);
      }
      this.setMessage(id, { ok: false, text: saveErrorMessage(error) });
      return 'error';
    } finally {
      this.saving.update((s) => new Set([...s].filter((x) => x !== id)));
    }
  }

  /**
   * A 409 is a stale version only if the row has moved on; otherwise (the round was closed,
   * say) the API's own sentence says what is wrong, and a dialog would offer a false choice.
   */
  private async onConflict(
    row: SavingsRow,
    mine: SavingsChanges,
    version: number,
    error: HttpErrorResponse,
    replacing?: SavingsConflict,
  ): Promise<SaveOutcome> {
    let fresh: SavingsRow;
    try {
      fresh = await firstValueFrom(this.service.get(row.id));
    } catch (reloadError: unknown) {
      const why = apiErrorMessage(reloadError, $localize`:@@savings.conflict.reloadFailed:Den nyeste version kunne ikke hentes.`);
      const what = apiErrorMessage(error, $localize`:@@savings.conflict.changed:Rækken er ændret af en anden.`);
      this.setMessage(row.id, { ok: false, text: `${what} ${why}` });
      return 'error';
    }
    if (fresh.version === version) {
      this.setMessage(row.id, { ok: false, text: apiErrorMessage(error, $localize`:@@savings.row.saveFailed:Rækken kunne ikke gemmes.`) });
      return 'error';
    }
    const next: SavingsConflict = { fresh, mine };
    this.conflicts.update((queue) =>
      replacing ? queue.map((c) => (c === replacing ? next : c)) : [...queue.filter((c) => c.fresh.id !== row.id), next],
    );
    this.announcement.set(
      $localize`:@@savings.announce.conflict:${rowName(row)}:row: er ændret af en anden, siden du hentede den. Vælg, hvad der skal gemmes.`,
    );
    return 'conflict';
  }

  private shiftConflict(conflict: SavingsConflict): void {
    this.conflicts.update((queue) => queue.filter((c) => c !== conflict));
  }

  private rowById(id: string): SavingsRow | undefined {
    return this.rows().find((r) => r.id === id);
  }

  private replaceRow(row: SavingsRow): void {
    this.rows.update((rows) => rows.map((r) => (r.id === row.id ? row : r)));
  }

  /** Drops the row's draft; with `only`, just when it is still that draft (nothing typed since). */
  private dropDraft(id: string, only?: SavingsDraft): void {
    if (only && this.drafts().get(id) !== only) return;
    this.drafts.update((m) => {
      const next = new Map(m);
      next.delete(id);
      return next;
    });
  }

  private setMessage(id: string, message: RowMessage | null): void {
    if (this.messages().get(id) === message) return;
    this.messages.update((m) => {
      const next = new Map(m);
      if (message) next.set(id, message);
      else next.delete(id);
      return next;
    });
  }
}

/** The API's validation messages name fields by their JSON names; the page says them in its language. */
const API_FIELD_NAMES: Readonly<Record<string, string>> = { ...FIELD_LABELS, version: $localize`:@@savings.field.version:Version` };

/** "Ikke gemt: …" with the API's reason (Danish, as the API writes it) or a fallback. */
export function saveErrorMessage(error: unknown): string {
  return $localize`:@@savings.row.notSaved:Ikke gemt: ${saveErrorReason(error)}:reason:`;
}

/** Why a save or a confirmation failed: the API's sentence with its field names in words. */
export function saveErrorReason(error: unknown): string {
  const fallback =
    error instanceof HttpErrorResponse && error.status === 403
      ? $localize`:@@savings.row.forbidden:du må ikke rette denne række.`
      : $localize`:@@savings.row.tryAgain:prøv igen.`;
  return apiErrorMessage(error, fallback).replace(
    /(^|\. )(forecast|realised|status|comment|version): /g,
    (_match, before: string, field: string) => `${before}${API_FIELD_NAMES[field]}: `,
  );
}

/** One part of the summary after "Gem alle ændringer", for a count of rows (never 0). */
const SUMMARY_PARTS: Readonly<Record<Exclude<SaveOutcome, 'unchanged' | 'busy'>, (n: number) => string>> = {
  saved: (n) =>
    n === 1 ? $localize`:@@savings.summary.savedOne:1 række gemt` : $localize`:@@savings.summary.saved:${formatNumber(n)}:count: rækker gemt`,
  invalid: (n) =>
    n === 1
      ? $localize`:@@savings.summary.invalidOne:1 række med fejl, der skal rettes`
      : $localize`:@@savings.summary.invalid:${formatNumber(n)}:count: rækker med fejl, der skal rettes`,
  conflict: (n) =>
    n === 1
      ? $localize`:@@savings.summary.conflictOne:1 række ændret af en anden`
      : $localize`:@@savings.summary.conflict:${formatNumber(n)}:count: rækker ændret af en anden`,
  error: (n) =>
    n === 1
      ? $localize`:@@savings.summary.errorOne:1 række kunne ikke gemmes`
      : $localize`:@@savings.summary.error:${formatNumber(n)}:count: rækker kunne ikke gemmes`,
};

/** "2 rækker gemt, 1 række ændret af en anden.": the outcomes as one list. */
function summarise(outcomes: readonly SaveOutcome[]): string {
  const parts = (['saved', 'invalid', 'conflict', 'error'] as const)
    .map((o) => [o, outcomes.filter((x) => x === o).length] as const)
    .filter(([, n]) => n > 0)
    .map(([o, n]) => SUMMARY_PARTS[o](n));
  return parts.length ? `${capitalise(parts.join(', '))}.` : $localize`:@@savings.summary.none:Der var ingen ændringer at gemme.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
