import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked, viewChild } from '@angular/core';
import { Dialog } from '@budgetspor/web/shared/ui';
import { firstValueFrom, forkJoin, of } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { BudgetYear, BudgetYearsService } from '../budget-years/budget-years.service';
import { YearNav } from '../budget-years/year-nav';
import { apiErrorMessage } from '../core/api-error';
import { HasUnsavedChanges, warnOnUnload } from '../core/unsaved-changes.guard';
import { CalendarSubscription } from './calendar-subscription';
import { Milestone, MilestoneInput, NamedCode } from './calendar.models';
import { CalendarService, FrameworkRef, RoundRef } from './calendar.service';
import { formatDate } from '../core/format';
import { MilestoneDialog } from './milestone-dialog';
import { MilestoneList } from './milestone-list';
import { YearWheelChart } from './year-wheel-chart';

type PageState = { readonly kind: 'loading' } | { readonly kind: 'error'; readonly message: string } | { readonly kind: 'loaded' };

interface Notice {
  readonly ok: boolean;
  readonly text: string;
}

/** The milestone dialog: `milestone` null for a new one; `conflict` the saved version after a 409. */
interface Editing {
  readonly milestone: Milestone | null;
  readonly error: string | null;
  readonly conflict: Milestone | null;
}

/**
 * Årshjul: a budget year's calendar as a wheel of the twelve months and, numbered alike, a list
 * that is the wheel's table, with the API's warnings (readings too close, adoption too late)
 * above both. Finance creates, edits, deletes and copies last year's calendar; everyone can
 * subscribe to the year in their own calendar program.
 */
@Component({
  selector: 'app-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [YearNav, YearWheelChart, MilestoneList, MilestoneDialog, CalendarSubscription, Dialog],
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class CalendarPage implements HasUnsavedChanges {
  private readonly service = inject(CalendarService);
  private readonly budgetYears = inject(BudgetYearsService);
  protected readonly auth = inject(AuthService);

  /** The `:year` route parameter. */
  readonly year = input.required({ transform: numberAttribute });

  protected readonly validYear = computed(() => Number.isInteger(this.year()));
  protected readonly state = signal<PageState>({ kind: 'loading' });
  private readonly budgetYear = signal<BudgetYear | null>(null);
  protected readonly milestones = signal<readonly Milestone[]>([]);
  protected readonly committees = signal<readonly NamedCode[]>([]);
  protected readonly frameworks = signal<readonly FrameworkRef[]>([]);
  protected readonly rounds = signal<readonly RoundRef[]>([]);
  protected readonly notice = signal<Notice | null>(null);

  protected readonly editing = signal<Editing | null>(null);
  protected readonly saving = signal(false);
  protected readonly deleting = signal<Milestone | null>(null);
  protected readonly deleteError = signal<string | null>(null);
  protected readonly copying = signal(false);
  private readonly dialog = viewChild(MilestoneDialog);
  protected readonly formatDate = formatDate;

  protected readonly closed = computed(() => this.budgetYear()?.status === 'closed');
  protected readonly canEdit = computed(() => this.auth.isFinance() && !this.closed());
  protected readonly committeeNames = computed(() => new Map(this.committees().map((c) => [c.code, c.name])));
  protected readonly roundNames = computed(() => new Map(this.rounds().map((r) => [r.id, r.title])));
  protected readonly warnings = computed(() =>
    this.milestones().flatMap((m, i) => m.warnings.map((w) => ({ key: `${m.id}-${w.code}`, number: i + 1, title: m.title, message: w.message }))),
  );
  protected readonly wheelLabel = computed(() => {
    const list = this.milestones();
    const year = this.year();
    if (list.length === 0) {
      return $localize`:@@calendar.wheel.labelNone:Årshjul for budget ${year}:year:: ingen milepæle.`;
    }
    const [from, to] = [formatDate(list[0].date), formatDate(list[list.length - 1].date)];
    return list.length === 1
      ? $localize`:@@calendar.wheel.labelOne:Årshjul for budget ${year}:year:: 1 milepæl fra ${from}:from: til ${to}:to:, vist ved sin dato på årets tolv måneder. Milepælen står med samme nummer i listen.`
      : $localize`:@@calendar.wheel.labelMany:Årshjul for budget ${year}:year:: ${list.length}:count: milepæle fra ${from}:from: til ${to}:to:, vist ved deres dato på årets tolv måneder. Milepælene står med samme numre i listen.`;
  });

  constructor() {
    // The router reuses the page when only `:year` changes, so the year, not init, drives loading.
    effect(() => {
      const year = this.year();
      untracked(() => void this.load(year));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.editing() !== null && (this.dialog()?.hasUnsavedChanges() ?? false) && !this.saving();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnOnUnload(event, this);
  }

  protected async load(year = this.year()): Promise<void> {
    if (!Number.isInteger(year)) {
      this.state.set({ kind: 'error', message: $localize`:@@calendar.error.noSuchYear:Budgetåret findes ikke.` });
      return;
    }
    this.state.set({ kind: 'loading' });
    try {
      const [budgetYear, milestones, committees, rounds, frameworks] = await firstValueFrom(
        forkJoin([
          this.budgetYears.get(year),
          this.service.list(year),
          this.service.committees(),
          this.service.rounds(year),
          // Only finance links milestones to revisions, in the form.
          this.auth.isFinance() ? this.service.frameworks(year) : of([]),
        ]),
      );
      this.budgetYear.set(budgetYear);
      this.milestones.set(milestones);
      this.committees.set(committees);
      this.rounds.set(rounds);
      this.frameworks.set(frameworks);
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@calendar.error.yearNotFound:Budget ${year}:year: findes ikke.`
          : apiErrorMessage(error, $localize`:@@calendar.error.load:Årshjulet kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  protected openNew(): void {
    this.notice.set(null);
    this.editing.set({ milestone: null, error: null, conflict: null });
  }

  protected openEdit(milestone: Milestone): void {
    this.notice.set(null);
    this.editing.set({ milestone, error: null, conflict: null });
  }

  protected closeDialog(): void {
    if (!this.saving()) this.editing.set(null);
  }

  /** After a 409 the user chose the saved version: it goes into the form instead of theirs. */
  protected useSaved(): void {
    const conflict = this.editing()?.conflict;
    if (conflict) this.editing.set({ milestone: conflict, error: null, conflict: null });
  }

  protected async save(body: MilestoneInput): Promise<void> {
    const editing = this.editing();
    if (!editing || this.saving()) return;
    this.saving.set(true);
    const existing = editing.conflict ?? editing.milestone;
    try {
      const saved = await firstValueFrom(
        existing ? this.service.update(existing.id, body, existing.version) : this.service.create(this.year(), body),
      );
      this.editing.set(null);
      await this.reloadMilestones();
      const warned = this.milestones().find((m) => m.id === saved.id)?.warnings.length ?? 0;
      const done = existing
        ? $localize`:@@calendar.saved:Milepælen «${saved.title}:title:» er gemt.`
        : $localize`:@@calendar.created:Milepælen «${saved.title}:title:» er oprettet.`;
      this.notice.set({ ok: true, text: warned ? `${done} ${$localize`:@@calendar.savedWarned:Se advarslen ved milepælen.`}` : done });
    } catch (error: unknown) {
      await this.onSaveError(error, existing);
    } finally {
      this.saving.set(false);
    }
  }

  /** A 409 on a milestone that has moved on is a conflict to resolve; any other refusal is said as the API says it. */
  private async onSaveError(error: unknown, existing: Milestone | null): Promise<void> {
    const message = apiErrorMessage(error, $localize`:@@calendar.error.save:Milepælen kunne ikke gemmes.`);
    if (existing && error instanceof HttpErrorResponse && error.status === 409) {
      const fresh = await firstValueFrom(this.service.get(existing.id)).catch(() => null);
      if (fresh && fresh.version !== existing.version) {
        this.editing.update((e) => e && { ...e, error: null, conflict: fresh });
        return;
      }
    }
    this.editing.update((e) => e && { ...e, error: message });
  }

  protected askDelete(milestone: Milestone): void {
    this.notice.set(null);
    this.deleteError.set(null);
    this.deleting.set(milestone);
  }

  protected async confirmDelete(): Promise<void> {
    const milestone = this.deleting();
    if (!milestone || this.saving()) return;
    this.saving.set(true);
    try {
      await firstValueFrom(this.service.remove(milestone.id, milestone.version));
      this.deleting.set(null);
      await this.reloadMilestones();
      this.notice.set({ ok: true, text: $localize`:@@calendar.deleted:Milepælen «${milestone.title}:title:» er slettet.` });
    } catch (error: unknown) {
      const stale = error instanceof HttpErrorResponse && error.status === 409;
      if (stale) {
        const reason = apiErrorMessage(error, $localize`:@@calendar.error.changedByOther:Milepælen er ændret af en anden.`);
        this.deleteError.set($localize`:@@calendar.error.deleteStale:${reason}:reason: Listen er hentet igen.`);
      } else {
        this.deleteError.set(apiErrorMessage(error, $localize`:@@calendar.error.delete:Milepælen kunne ikke slettes.`));
      }
      if (stale) await this.reloadMilestones();
    } finally {
      this.saving.set(false);
    }
  }

  protected async copyLastYear(): Promise<void> {
    if (this.copying()) return;
    const from = this.year() - 1;
    this.copying.set(true);
    this.notice.set(null);
    try {
      const copied = await firstValueFrom(this.service.copyFrom(this.year(), from));
      this.milestones.set(copied);
      this.notice.set({
        ok: true,
        text:
          copied.length === 1
            ? $localize`:@@calendar.copiedOne:1 milepæl er kopieret fra budget ${from}:year: og flyttet et år frem. Tjek datoen, og ret den, hvis den ikke passer.`
            : $localize`:@@calendar.copiedMany:${copied.length}:count: milepæle er kopieret fra budget ${from}:year: og flyttet et år frem. Tjek datoerne, og ret dem, der ikke passer.`,
      });
    } catch (error: unknown) {
      this.notice.set({ ok: false, text: apiErrorMessage(error, $localize`:@@calendar.error.copy:Årshjulet for budget ${from}:year: kunne ikke kopieres.`) });
    } finally {
      this.copying.set(false);
    }
  }

  /** The whole list again: a change to one milestone can add or clear another's warning. */
  private async reloadMilestones(): Promise<void> {
    try {
      this.milestones.set(await firstValueFrom(this.service.list(this.year())));
    } catch (error: unknown) {
      this.notice.set({ ok: false, text: apiErrorMessage(error, $localize`:@@calendar.error.reload:Årshjulet kunne ikke hentes igen. Genindlæs siden.`) });
    }
  }
}
