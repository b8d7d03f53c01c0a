import { HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, OnInit, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StatusBadge } from '@budgetspor/web/shared/ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { BudgetYear, BudgetYearsService, STATUS_INFO } from '../budget-years/budget-years.service';
import { YearNav } from '../budget-years/year-nav';
import { apiErrorMessage } from '../core/api-error';
import { ExportButtons } from '../core/export-buttons';
import { FilePickerButton } from '../core/file-picker-button';
import { EXPORT_URLS } from '../core/file-urls';
import { FrameworkEditor } from './framework-editor';
import { FrameworkImportDialog } from './framework-import-dialog';
import { Framework, NewFramework, Track } from './framework.models';
import { FrameworkService } from './framework.service';
import { FrameworkSummary } from './framework-summary';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded' };

interface LoadedData {
  readonly budgetYear: BudgetYear;
  /** Oldest first; the last is current. */
  readonly revisions: readonly Framework[];
  readonly tracks: readonly Track[];
}

/** Rammeudmelding: the current revision for everyone, and the editor of the next one for finance. */
@Component({
  selector: 'app-framework-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [YearNav, RouterLink, StatusBadge, FrameworkSummary, FrameworkEditor, ExportButtons, FilePickerButton, FrameworkImportDialog],
  templateUrl: './framework-page.html',
  styleUrl: './framework-page.scss',
})
export class FrameworkPage implements OnInit {
  private readonly service = inject(FrameworkService);
  private readonly budgetYears = inject(BudgetYearsService);
  protected readonly auth = inject(AuthService);
  private readonly injector = inject(Injector);
  protected readonly statusInfo = STATUS_INFO;

  /** The `:year` route parameter. */
  readonly year = input.required<string>();
  protected readonly yearNumber = computed(() => Number(this.year()));

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly data = signal<LoadedData | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  /** The last saved revision, announced politely with a link to what changed. */
  protected readonly saved = signal<Framework | null>(null);
  private readonly savedNotice = viewChild<ElementRef<HTMLElement>>('savedNotice');

  protected readonly current = computed(() => this.data()?.revisions.at(-1) ?? null);
  protected readonly closed = computed(() => this.data()?.budgetYear.status === 'closed');
  protected readonly canWrite = computed(() => this.auth.isFinance() && this.data() !== null && !this.closed());
  protected readonly currentExportUrl = computed(() => {
    const c = this.current();
    return c ? EXPORT_URLS.framework(c.budgetYear, c.revision) : null;
  });
  /** What the export buttons download: "revision 2 af rammeudmeldingen". */
  protected readonly currentExportSubject = computed(
    () => $localize`:@@framework.export.current:revision ${this.current()?.revision ?? ''}:revision: af rammeudmeldingen`,
  );
  /** The framework file chosen under "Indlæs fra fil"; the import dialog is open while it is set. */
  protected readonly importFile = signal<File | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    const year = this.yearNumber();
    if (!Number.isInteger(year)) {
      this.state.set({ kind: 'error', message: $localize`:@@framework.noSuchYear:Budgetåret findes ikke.` });
      return;
    }
    this.state.set({ kind: 'loading' });
    try {
      const [budgetYear, revisions, tracks] = await firstValueFrom(
        forkJoin([this.budgetYears.get(year), this.service.list(year), this.service.tracks()]),
      );
      this.data.set({ budgetYear, revisions, tracks });
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@framework.yearNotFound:Budget ${year}:year: findes ikke.`
          : apiErrorMessage(error, $localize`:@@framework.loadFailed:Rammeudmeldingen kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  protected async save(body: NewFramework): Promise<void> {
    const year = this.yearNumber();
    if (this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.saved.set(null);
    try {
      const created = await firstValueFrom(this.service.create(year, body));
      const d = this.data();
      if (d) this.data.set({ ...d, revisions: [...d.revisions, created] });
      this.saved.set(created);
      // Saving disabled the button that had focus; the notice takes it, its link next in the Tab order.
      afterNextRender(() => this.savedNotice()?.nativeElement.focus(), { injector: this.injector });
      // The first revision moves a draft year to "Rammeudmeldt"; show the status the API now has.
      void this.refreshBudgetYear();
    } catch (error: unknown) {
      this.saveError.set(saveErrorMessage(error));
      // A 409 may mean the year was closed meanwhile: the page then turns read-only.
      if (error instanceof HttpErrorResponse && error.status === 409) void this.refreshBudgetYear();
    } finally {
      this.saving.set(false);
    }
  }

  /** A revision announced from a file: the same as one saved from the editor. */
  protected imported(created: Framework): void {
    const d = this.data();
    if (d && !d.revisions.some((r) => r.revision === created.revision)) this.data.set({ ...d, revisions: [...d.revisions, created] });
    this.saved.set(created);
    void this.refreshBudgetYear();
  }

  private async refreshBudgetYear(): Promise<void> {
    try {
      const budgetYear = await firstValueFrom(this.budgetYears.get(this.yearNumber()));
      const d = this.data();
      if (d) this.data.set({ ...d, budgetYear });
    } catch {
      // Only the status badge is stale; the next visit shows it.
    }
  }
}

export function saveErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status === 403) {
    return $localize`:@@framework.save.forbidden:Din rolle må ikke udmelde rammer. Det kan kun økonomi.`;
  }
  return apiErrorMessage(error, $localize`:@@framework.save.failed:Rammeudmeldingen kunne ikke gemmes. Prøv igen.`);
}
