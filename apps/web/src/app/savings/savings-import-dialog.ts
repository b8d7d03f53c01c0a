import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, OnDestroy, output, untracked } from '@angular/core';
import { Dialog, ScrollRegion } from '@budgetspor/web/shared/ui';
import { canSave, FileImport, progressText } from '../core/file-import';
import { IMPORT_URLS } from '../core/file-urls';
import { LocalNumberPipe } from '../core/format';
import { ImportErrors, SHOWN_ROWS } from '../core/import-errors';
import { changeLines, conflictLines, previewSummary, savedSummary, SavingsImportReport } from './savings-import';

/**
 * "Indlæs fra fil" on the savings page: the chosen file is checked by the API (dry run), and
 * the dialog shows every change (old → new per cell), conflict and error before anything is
 * saved. "Gem ændringerne" sends the same file for real; the import is all or nothing, so a
 * file with errors or conflicts offers no save at all and says why.
 */
@Component({
  selector: 'app-savings-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Dialog, ImportErrors, ScrollRegion, LocalNumberPipe],
  templateUrl: './savings-import-dialog.html',
  styleUrl: './import-dialog.scss',
})
export class SavingsImportDialog implements OnDestroy {
  readonly year = input.required<number>();
  readonly file = input.required<File>();
  readonly trackNames = input<ReadonlyMap<string, string>>(new Map());
  readonly committeeNames = input<ReadonlyMap<string, string>>(new Map());

  /** The import was saved: the page reloads its rows. */
  readonly saved = output<void>();
  readonly closed = output<void>();

  private readonly import = new FileImport<SavingsImportReport>(inject(HttpClient), (dryRun) => IMPORT_URLS.savings(this.year(), dryRun));
  protected readonly state = this.import.state;
  protected readonly shownRows = SHOWN_ROWS;
  protected readonly saveLabel = $localize`:@@savings.import.save:Gem ændringerne`;

  protected readonly report = computed(() => {
    const s = this.state();
    return s.kind === 'preview' || s.kind === 'saving' || s.kind === 'saved' ? s.report : null;
  });
  protected readonly summary = computed(() => {
    const r = this.report();
    return r ? previewSummary(r) : '';
  });
  protected readonly savedText = computed(() => {
    const r = this.report();
    return r ? savedSummary(r) : '';
  });
  protected readonly changes = computed(() => changeLines(this.report()?.changes ?? [], this.trackNames(), this.committeeNames()));
  protected readonly shownChanges = computed(() => this.changes().slice(0, SHOWN_ROWS));
  protected readonly hiddenChanges = computed(() => Math.max(0, this.changes().length - SHOWN_ROWS));
  protected readonly conflicts = computed(() => conflictLines(this.report()?.conflicts ?? []));
  /** "Gem ændringerne" only where there is something to save and nothing stands in the way. */
  protected readonly saveable = computed(() => {
    const s = this.state();
    return (s.kind === 'preview' || s.kind === 'saving') && canSave(s.report) && s.report.changes.length > 0;
  });
  protected readonly heading = computed(() => {
    const s = this.state();
    switch (s.kind) {
      case 'saved':
        return $localize`:@@savings.import.headingSaved:Ændringerne er gemt`;
      case 'failed':
        return $localize`:@@savings.import.headingFailed:Filen kunne ikke indlæses`;
      case 'idle':
      case 'checking':
        return $localize`:@@savings.import.headingLoading:Indlæser ${this.file().name}:file:`;
      default:
        return $localize`:@@savings.import.headingPreview:Forhåndsvisning af ${s.fileName}:file:`;
    }
  });
  protected readonly progress = computed(() => {
    const s = this.state();
    if (s.kind === 'checking') {
      return { text: progressText($localize`:@@savings.import.checking:Sender og kontrollerer filen`, s.progress), value: s.progress };
    }
    if (s.kind === 'saving') return { text: progressText($localize`:@@savings.import.saving:Gemmer ændringerne`, s.progress), value: s.progress };
    return null;
  });

  constructor() {
    effect(() => {
      const file = this.file();
      untracked(() => this.import.check(file));
    });
    effect(() => {
      if (this.state().kind === 'saved') untracked(() => this.saved.emit());
    });
  }

  ngOnDestroy(): void {
    this.import.cancel();
  }

  protected confirm(): void {
    this.import.confirm();
  }

  protected close(): void {
    this.import.cancel();
    this.closed.emit();
  }
}
