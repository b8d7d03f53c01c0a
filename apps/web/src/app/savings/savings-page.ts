import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  numberAttribute,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { compareCodePoints, parseKroner, sumOre } from '@budgetspor/shared/money';
import { catchError, firstValueFrom, forkJoin, of, shareReplay, switchMap } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { BudgetYear, BudgetYearsService } from '../budget-years/budget-years.service';
import { YearNav } from '../budget-years/year-nav';
import { apiErrorMessage } from '../core/api-error';
import { DownloadButton } from '../core/download-button';
import { ExportButtons } from '../core/export-buttons';
import { FilePickerButton } from '../core/file-picker-button';
import { EXPORT_URLS, REPORT_URLS, withQuery } from '../core/file-urls';
import { formatKroner, LocalNumberPipe } from '../core/format';
import { parsePriceLevel, PriceIndicesService, PriceLevelSelect } from '../core/price-level';
import { SavingsConflictDialog } from './conflict-dialog';
import { SavingsEditor } from './savings-editor';
import { SavingsImportDialog } from './savings-import-dialog';
import { FieldEdit, FieldRef, SavingsGrid, SavingsGridRow, SavingsTotals } from './savings-grid';
import { NamedCode, SavingsRow } from './savings.models';
import { SavingsService } from './savings.service';
import { HasUnsavedChanges, warnOnUnload } from '../core/unsaved-changes.guard';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded' };

/**
 * Besparelser: the savings follow-up of one budget round. A committee user sees and edits the
 * rows of its own committees ("Vores besparelser"); finance edits every row; directors and
 * admins read everything. Edits are kept per row until saved, and leaving asks first.
 * `?prisniveau=2016` shows the amounts converted to another price level, for reading only:
 * amounts are entered, and files imported, at the round's own level.
 */
@Component({
  selector: 'app-savings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    YearNav,
    SavingsGrid,
    SavingsConflictDialog,
    ExportButtons,
    FilePickerButton,
    SavingsImportDialog,
    DownloadButton,
    PriceLevelSelect,
    LocalNumberPipe,
  ],
  providers: [SavingsEditor],
  templateUrl: './savings-page.html',
  styleUrl: './savings-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class SavingsPage implements HasUnsavedChanges {
  private readonly service = inject(SavingsService);
  private readonly budgetYears = inject(BudgetYearsService);
  private readonly auth = inject(AuthService);
  private readonly injector = inject(Injector);
  private readonly priceIndices = inject(PriceIndicesService);
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly editor = inject(SavingsEditor);

  /** The `:year` route parameter. */
  readonly year = input.required({ transform: numberAttribute });
  /** `?prisniveau=2016`: the price level to show the amounts in; absent, the round's own. */
  readonly prisniveau = input<string>();

  protected readonly state = signal<PageState>({ kind: 'loading' });
  /** Counts loads, so an answer to an older one is dropped. */
  private loads = 0;
  private readonly budgetYear = signal<BudgetYear | null>(null);
  private readonly trackNames = signal<ReadonlyMap<string, string>>(new Map());
  private readonly committeeNames = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly committeeFilter = signal('');
  protected readonly trackFilter = signal('');

  private readonly user = this.auth.user;
  protected readonly isCommittee = computed(() => this.user()?.role === 'committee');
  /** A malformed `:year` ("/budget-years/abc/savings") must not print "budget NaN". */
  protected readonly validYear = computed(() => Number.isInteger(this.year()));
  protected readonly heading = computed(() => {
    const year = this.year();
    if (this.isCommittee()) {
      return this.validYear()
        ? $localize`:@@savings.heading.committeeYear:Vores besparelser – budget ${year}:year:`
        : $localize`:@@savings.heading.committee:Vores besparelser`;
    }
    return this.validYear()
      ? $localize`:@@savings.heading.allYear:Besparelser – budget ${year}:year:`
      : $localize`:@@savings.heading.all:Besparelser`;
  });

  protected readonly requestedLevel = computed(() => parsePriceLevel(this.prisniveau()));
  /** The round's own price level (its `priceLevelYear`): the level amounts are entered in. */
  protected readonly ownLevel = computed(() => this.budgetYear()?.priceLevelYear ?? null);
  /** The level the loaded rows were converted to; null when they are at the round's own level. */
  protected readonly convertedLevel = signal<number | null>(null);
  /** The level of the amounts on screen, for the grid's caption. */
  protected readonly shownLevel = computed(() => this.convertedLevel() ?? this.ownLevel());
  protected readonly indices = toSignal(this.priceIndices.list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly closed = computed(() => this.budgetYear()?.status === 'closed');
  protected readonly readOnlyRole = computed(() => {
    const role = this.user()?.role;
    return role === 'director' || role === 'admin';
  });
  protected readonly noCommittees = computed(() => this.isCommittee() && (this.user()?.committeeCodes.length ?? 0) === 0);

  protected readonly committeeOptions = computed(() => this.options(this.editor.rows().map((r) => r.committeeCode), this.committeeNames()));
  protected readonly trackOptions = computed(() => this.options(this.editor.rows().map((r) => r.trackCode), this.trackNames()));
  /** A committee user with one committee has nothing to filter by committee. */
  protected readonly showCommitteeFilter = computed(() => !this.isCommittee() || this.committeeOptions().length > 1);

  protected readonly visibleRows = computed(() => {
    const committee = this.committeeFilter();
    const track = this.trackFilter();
    return this.editor
      .rows()
      .filter((r) => (!committee || r.committeeCode === committee) && (!track || r.trackCode === track));
  });

  protected readonly gridRows = computed<SavingsGridRow[]>(() => {
    const evaluations = this.editor.evaluations();
    return this.visibleRows().map((row) => ({
      row,
      trackName: this.trackNames().get(row.trackCode) ?? row.trackCode,
      committeeName: this.committeeNames().get(row.committeeCode) ?? row.committeeCode,
      draft: this.editor.draftOf(row),
      errors: this.editor.shownErrors(row.id),
      editable: this.canEdit(row),
      dirty: evaluations.get(row.id)?.dirty ?? false,
      saving: this.editor.isSaving(row.id),
      message: this.editor.messageOf(row.id),
    }));
  });

  /** Rows shown converted are read-only; this says whether the user could edit some at the round's own level. */
  protected readonly editableAtOwnLevel = computed(() => this.editor.rows().some((r) => this.mayEdit(r)));

  /** The saved amounts of the rows shown: totals of what the API holds, not of half-typed fields. */
  protected readonly totals = computed<SavingsTotals>(() => {
    const rows = this.visibleRows();
    const sum = (pick: (r: SavingsRow) => string | null) =>
      formatKroner(sumOre(rows.map((r) => parseKroner(pick(r) ?? '0'))), { unit: false });
    return { expected: sum((r) => r.expected), forecast: sum((r) => r.forecast), realised: sum((r) => r.realised) };
  });

  protected readonly anyEditable = computed(() => this.editor.rows().some((r) => this.canEdit(r)));
  protected readonly dirtyCount = computed(() => this.editor.dirtyIds().length);
  protected readonly hiddenDirtyCount = computed(() => {
    const shown = new Set(this.visibleRows().map((r) => r.id));
    return this.editor.dirtyIds().filter((id) => !shown.has(id)).length;
  });
  protected readonly savingAll = signal(false);
  /** The file chosen under "Indlæs fra fil"; the import dialog is open while it is set. */
  protected readonly importFile = signal<File | null>(null);
  protected readonly trackNameMap = this.trackNames.asReadonly();
  protected readonly committeeNameMap = this.committeeNames.asReadonly();

  /**
   * The export holds what the grid shows: the chosen track and committee, and for a committee
   * user with one committee that committee (the API would otherwise send every committee's rows).
   */
  protected readonly exportUrl = computed(() => {
    const own = this.user()?.committeeCodes ?? [];
    const committeeCode = this.committeeFilter() || (this.isCommittee() && own.length === 1 ? own[0] : '');
    // Converted, the export says so in its headers, and the API refuses to import it.
    return withQuery(EXPORT_URLS.savings(this.year(), { trackCode: this.trackFilter(), committeeCode }), {
      priceLevel: this.convertedLevel(),
    });
  });
  /** One committee report per committee shown (the chosen one, or all in the rows). */
  protected readonly reportCommittees = computed(() =>
    this.committeeOptions()
      .filter((c) => !this.committeeFilter() || c.code === this.committeeFilter())
      .map((c) => ({ ...c, url: withQuery(REPORT_URLS.committee(this.year(), c.code), { priceLevel: this.convertedLevel() }) })),
  );

  protected readonly conflictTrackName = computed(() => {
    const code = this.editor.conflict()?.fresh.trackCode ?? '';
    return this.trackNames().get(code) ?? code;
  });

  constructor() {
    // The router reuses the page when only `:year` or `?prisniveau=` changes, so they, not init, drive loading.
    effect(() => {
      const year = this.year();
      this.requestedLevel();
      untracked(() => void this.load(year));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.editor.hasUnsavedChanges();
  }

  /** Closing the tab or reloading: the browser asks, since the router's guard cannot. */
  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnOnUnload(event, this);
  }

  /** `quietly` keeps the page on screen while it reloads, so focus stays where it is. */
  protected async load(year = this.year(), quietly = false): Promise<void> {
    const attempt = ++this.loads;
    if (!Number.isInteger(year)) {
      this.state.set({ kind: 'error', message: $localize`:@@savings.yearNotFound:Budgetåret findes ikke.` });
      return;
    }
    if (!quietly) this.state.set({ kind: 'loading' });
    const user = this.user();
    const level = this.requestedLevel();
    const rowsAt = (priceLevel: number | null) =>
      user?.role === 'committee'
        ? this.service.forCommittees(year, user.committeeCodes, priceLevel)
        : this.service.all(year, priceLevel);
    const budgetYear$ = this.budgetYears.get(year).pipe(shareReplay(1));
    // The round's own level needs no conversion (and keeps the rows editable): ask only for another.
    const rows$ = level === null ? rowsAt(null) : budgetYear$.pipe(switchMap((b) => rowsAt(b.priceLevelYear === level ? null : level)));
    try {
      const [budgetYear, rows, tracks, committees] = await firstValueFrom(
        forkJoin([budgetYear$, rows$, this.service.tracks(), this.service.committees()]),
      );
      // A newer load (another year or level chosen meanwhile) wins.
      if (attempt !== this.loads) return;
      this.budgetYear.set(budgetYear);
      this.convertedLevel.set(level !== null && level !== budgetYear.priceLevelYear ? level : null);
      this.trackNames.set(namesOf(tracks));
      this.committeeNames.set(namesOf(committees));
      this.editor.reset(rows);
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      if (attempt !== this.loads) return;
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@savings.budgetNotFound:Budget ${year}:year: findes ikke.`
          : apiErrorMessage(error, $localize`:@@savings.loadError:Besparelserne kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  /** `?prisniveau=`: the page loads the rows again at that level (null: the round's own). */
  protected choosePriceLevel(level: number | null): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { prisniveau: level }, queryParamsHandling: 'merge' });
  }

  protected onEdited(edit: FieldEdit): void {
    this.editor.edit(edit.id, edit.field, edit.value);
  }

  protected onLeft(ref: FieldRef): void {
    this.editor.commit(ref.id, ref.field);
  }

  protected async onSave(id: string): Promise<void> {
    await this.editor.save(id);
    this.refocus(id);
  }

  protected async saveAll(): Promise<void> {
    if (this.savingAll()) return;
    this.savingAll.set(true);
    try {
      await this.editor.saveAll();
    } finally {
      this.savingAll.set(false);
    }
  }

  protected async keepMine(): Promise<void> {
    const id = this.editor.conflict()?.fresh.id;
    await this.editor.keepMine();
    if (id) this.refocus(id);
  }

  protected useSaved(): void {
    const id = this.editor.conflict()?.fresh.id;
    this.editor.useSaved();
    if (id) this.refocus(id);
  }

  protected dismissConflict(): void {
    const id = this.editor.conflict()?.fresh.id;
    this.editor.dismissConflict();
    if (id) this.refocus(id);
  }

  /**
   * The dialog gives focus back to the "Gem" that opened it, and a row's own "Gem" keeps it.
   * After a successful save that button is disabled and cannot take focus; then focus goes to
   * the row's first field instead of falling to the top of the page.
   */
  private refocus(id: string): void {
    afterNextRender(
      () => {
        const active = this.document.activeElement;
        const lost = !active || active === this.document.body || (active as HTMLButtonElement).disabled === true;
        if (this.editor.conflict() || !lost) return;
        const save = this.document.getElementById(`savings-${id}-save`) as HTMLButtonElement | null;
        const target = save && !save.disabled ? save : this.document.getElementById(`savings-${id}-forecast`);
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  /**
   * After a saved import: the rows as the API now has them (the grid held no unsaved edits),
   * with "Indlæs fra fil" left in place for the dialog to give focus back to.
   */
  protected onImported(): void {
    void this.load(this.year(), true);
  }

  protected setCommitteeFilter(event: Event): void {
    this.committeeFilter.set((event.target as HTMLSelectElement).value);
  }

  protected setTrackFilter(event: Event): void {
    this.trackFilter.set((event.target as HTMLSelectElement).value);
  }

  /** Rows converted to another price level are read-only: PATCH takes the round's own level. */
  private canEdit(row: SavingsRow): boolean {
    return this.convertedLevel() === null && this.mayEdit(row);
  }

  /** The user's role and the round's status allow editing the row (at the round's own level). */
  private mayEdit(row: SavingsRow): boolean {
    const user = this.user();
    if (!user || this.closed()) return false;
    return user.role === 'finance' || (user.role === 'committee' && user.committeeCodes.includes(row.committeeCode));
  }

  private options(codes: readonly string[], names: ReadonlyMap<string, string>): NamedCode[] {
    return [...new Set(codes)].sort(compareCodePoints).map((code) => ({ code, name: names.get(code) ?? code }));
  }
}

function namesOf(list: readonly NamedCode[]): ReadonlyMap<string, string> {
  return new Map(list.map((x) => [x.code, x.name]));
}
