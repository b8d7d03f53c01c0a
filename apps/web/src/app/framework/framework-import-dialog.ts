import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, OnDestroy, output, untracked } from '@angular/core';
import { Dialog } from '@budgetspor/web/shared/ui';
import { canSave, FileImport, ImportReportBase, progressText } from '../core/file-import';
import { IMPORT_URLS } from '../core/file-urls';
import { ImportErrors } from '../core/import-errors';
import { diffFrameworks } from './framework-diff';
import { FrameworkDiffTable } from './framework-diff-table';
import { FrameworkSummary } from './framework-summary';
import { Framework, Track } from './framework.models';

/** The revision as the import would create it: not yet registered by anyone. */
export type FrameworkPreview = Omit<Framework, 'createdAt'> & { readonly createdAt: string | null };

/** `POST /api/budget-years/:year/frameworks/import?dryRun=` */
export interface FrameworkImportReport extends ImportReportBase {
  readonly framework: FrameworkPreview | null;
}

/** A preview as the summary component takes it; "Registreret" stays hidden until it is. */
export function asFramework(preview: FrameworkPreview): Framework {
  return { ...preview, createdAt: preview.createdAt ?? '', createdBy: preview.createdAt ? preview.createdBy : '' };
}

/**
 * "Indlæs fra fil" on the framework page (finance): the file is checked by the API (dry run);
 * the dialog shows the revision it would announce and what changes from the current one,
 * and only "Udmeld revisionen" creates it, exactly as the editor's save would.
 */
@Component({
  selector: 'app-framework-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Dialog, ImportErrors, FrameworkSummary, FrameworkDiffTable],
  template: `
    <lib-dialog
      [heading]="heading()"
      [confirmLabel]="saveable() ? confirmLabel : undefined"
      [busy]="state().kind === 'saving'"
      (confirmed)="confirm()"
      (closed)="close()"
    >
      @let s = state();
      <div data-testid="framework-import" [attr.data-state]="s.kind">
        @if (progress(); as p) {
          <p role="status">{{ p.text }}</p>
          <progress class="progress" [attr.value]="p.value" max="1" [attr.aria-label]="p.text"></progress>
        }
        @if (s.kind === 'failed') {
          <p class="bs-notice bs-notice--error" role="alert">{{ s.message }}</p>
          <p i18n="@@framework.import.nothingSaved">Intet er gemt.</p>
        }
        @if (s.kind === 'preview' && s.notice) {
          <p class="bs-notice bs-notice--error" role="alert">{{ s.notice }}</p>
        }
        @if (s.kind === 'saved') {
          <p class="bs-notice bs-notice--ok" role="status" i18n="@@framework.import.saved">
            Revision {{ s.report.framework?.revision }} er udmeldt og er nu den gældende rammeudmelding.
          </p>
        }
        @if (report(); as r) {
          @if (r.errors.length > 0) {
            <p i18n="@@framework.import.errors">{r.errors.length, plural, =1 {Filen har 1 fejl, så revisionen kan ikke udmeldes. Ret fejlen i filen, og indlæs den igen.} other {Filen har {{ r.errors.length }} fejl, så revisionen kan ikke udmeldes. Ret fejlene i filen, og indlæs den igen.}}</p>
            <app-import-errors [errors]="r.errors" />
          } @else if (preview(); as f) {
            @if (s.kind !== 'saved') {
              <p i18n="@@framework.import.announces">Filen udmelder <strong>revision {{ f.revision }}</strong>. Kontrollér den, før du udmelder den.</p>
            }
            @if (diff(); as d) {
              <h3 class="heading" i18n="@@framework.import.changes">Ændringer fra den gældende revision</h3>
              <app-framework-diff-table [diff]="d" />
            }
            <h3 class="heading" i18n="@@framework.import.revision">Revision {{ f.revision }}</h3>
            <app-framework-summary [framework]="f" [tracks]="tracks()" />
          }
        }
      </div>
    </lib-dialog>
  `,
  styles: `
    .heading {
      margin: 1.25rem 0 0.5rem;
      font-size: 1.0625rem;
    }
    .progress {
      width: 100%;
    }
  `,
})
export class FrameworkImportDialog implements OnDestroy {
  readonly year = input.required<number>();
  readonly file = input.required<File>();
  /** The revision in force now, compared with the file's; null before the first. */
  readonly current = input<Framework | null>(null);
  readonly tracks = input<readonly Track[]>([]);

  readonly saved = output<Framework>();
  readonly closed = output<void>();

  private readonly import = new FileImport<FrameworkImportReport>(inject(HttpClient), (dryRun) => IMPORT_URLS.framework(this.year(), dryRun));
  protected readonly state = this.import.state;

  protected readonly report = computed(() => {
    const s = this.state();
    return s.kind === 'preview' || s.kind === 'saving' || s.kind === 'saved' ? s.report : null;
  });
  protected readonly preview = computed(() => {
    const f = this.report()?.framework;
    return f ? asFramework(f) : null;
  });
  protected readonly diff = computed(() => {
    const current = this.current();
    const next = this.preview();
    if (!current || !next) return null;
    return diffFrameworks(current, next, new Map(this.tracks().map((t) => [t.code, t.name])));
  });
  protected readonly saveable = computed(() => {
    const s = this.state();
    return (s.kind === 'preview' || s.kind === 'saving') && canSave(s.report) && s.report.framework !== null;
  });
  protected readonly confirmLabel = $localize`:@@framework.import.confirm:Udmeld revisionen`;
  protected readonly heading = computed(() => {
    const s = this.state();
    if (s.kind === 'saved') return $localize`:@@framework.import.savedHeading:Revisionen er udmeldt`;
    if (s.kind === 'failed') return $localize`:@@framework.import.failedHeading:Filen kunne ikke indlæses`;
    if (s.kind === 'idle' || s.kind === 'checking') return $localize`:@@framework.import.loadingHeading:Indlæser ${this.file().name}:fileName:`;
    return $localize`:@@framework.import.previewHeading:Forhåndsvisning af ${s.fileName}:fileName:`;
  });
  protected readonly progress = computed(() => {
    const s = this.state();
    if (s.kind === 'checking') {
      return { text: progressText($localize`:@@framework.import.checking:Sender og kontrollerer filen`, s.progress), value: s.progress };
    }
    if (s.kind === 'saving') return { text: progressText($localize`:@@framework.import.saving:Udmelder revisionen`, s.progress), value: s.progress };
    return null;
  });

  constructor() {
    effect(() => {
      const file = this.file();
      untracked(() => this.import.check(file));
    });
    effect(() => {
      const s = this.state();
      if (s.kind === 'saved' && s.report.framework) {
        const created = asFramework(s.report.framework);
        untracked(() => this.saved.emit(created));
      }
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
