import { HttpClient, HttpErrorResponse, HttpEvent, HttpEventType } from '@angular/common/http';
import { signal } from '@angular/core';
import { Subscription } from 'rxjs';
import { apiErrorMessage } from './api-error';

/**
 * One thing wrong with an uploaded file, as the API reports it: sheet, row as the spreadsheet
 * program numbers it, column header, and a Danish message. Problems with the whole file (not
 * a spreadsheet, too many rows) have no sheet, row or column.
 */
export interface ImportError {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

/** What every import report has (`POST …/import?dryRun=`). */
export interface ImportReportBase {
  readonly dryRun: boolean;
  readonly applied: boolean;
  readonly errors: readonly ImportError[];
}

export type ImportState<R> =
  | { readonly kind: 'idle' }
  /** The dry run: the file is sent and checked; `progress` 0–1 where the browser reports it. */
  | { readonly kind: 'checking'; readonly fileName: string; readonly progress: number | null }
  /** The dry run's report (with or without errors and conflicts); `notice` when a real run was refused. */
  | { readonly kind: 'preview'; readonly fileName: string; readonly report: R; readonly notice?: string }
  | { readonly kind: 'saving'; readonly fileName: string; readonly report: R; readonly progress: number | null }
  | { readonly kind: 'saved'; readonly fileName: string; readonly report: R }
  /** Nothing to preview: the request failed (413, network, 403 …). */
  | { readonly kind: 'failed'; readonly fileName: string; readonly message: string };

export const TOO_LARGE_MESSAGE = $localize`:@@core.import.tooLarge:Filen er for stor: en fil må højst fylde 10 MB og have 50.000 rækker.`;

/**
 * An all-or-nothing file import with a preview: `check(file)` sends it with `dryRun=true`
 * and shows what it would change; `confirm()` sends the same file again for real. A file the
 * API refuses (400 with errors, 409 with conflicts) is still a preview: its report says why
 * nothing can be saved. One instance per dialog; the owner calls `cancel()` when it closes.
 */
export class FileImport<R extends ImportReportBase> {
  readonly state = signal<ImportState<R>>({ kind: 'idle' });
  private file: File | null = null;
  private running: Subscription | null = null;

  constructor(
    private readonly http: HttpClient,
    private readonly url: (dryRun: boolean) => string,
  ) {}

  check(file: File): void {
    this.file = file;
    this.state.set({ kind: 'checking', fileName: file.name, progress: null });
    this.send(true, (report) => this.state.set({ kind: 'preview', fileName: file.name, report }));
  }

  /** Saves the previewed file; only from a preview that can be saved. */
  confirm(): void {
    const current = this.state();
    if (current.kind !== 'preview' || !this.file || !canSave(current.report)) return;
    this.state.set({ kind: 'saving', fileName: current.fileName, report: current.report, progress: null });
    this.send(false, (report) => {
      // A 400/409 now means the data changed after the preview: show the new report instead.
      if (report.applied) this.state.set({ kind: 'saved', fileName: current.fileName, report });
      else this.state.set({ kind: 'preview', fileName: current.fileName, report, notice: REFUSED_ON_SAVE });
    });
  }

  cancel(): void {
    this.running?.unsubscribe();
    this.running = null;
  }

  private send(dryRun: boolean, done: (report: R) => void): void {
    const file = this.file as File;
    const body = new FormData();
    body.append('file', file, file.name);
    this.cancel();
    this.running = this.http.post<R>(this.url(dryRun), body, { observe: 'events', reportProgress: true }).subscribe({
      next: (event: HttpEvent<R>) => {
        if (event.type === HttpEventType.UploadProgress && event.total) {
          this.setProgress(event.loaded / event.total);
        } else if (event.type === HttpEventType.Response && event.body) {
          done(event.body);
        }
      },
      error: (error: unknown) => {
        const report = reportIn<R>(error);
        if (report) done(report);
        else this.state.set({ kind: 'failed', fileName: file.name, message: importErrorMessage(error) });
      },
    });
  }

  private setProgress(progress: number): void {
    const s = this.state();
    if (s.kind === 'checking' || s.kind === 'saving') this.state.set({ ...s, progress });
  }
}

const REFUSED_ON_SAVE = $localize`:@@core.import.refusedOnSave:Intet er gemt: data er ændret, siden forhåndsvisningen blev lavet. Se rapporten herunder.`;

/** Errors or conflicts make an import refuse the whole file. */
export function canSave(report: ImportReportBase & { readonly conflicts?: readonly unknown[] }): boolean {
  return report.errors.length === 0 && (report.conflicts?.length ?? 0) === 0;
}

/** A refused import answers 400/409 with its report in the body (the API's error fields on top). */
function reportIn<R extends ImportReportBase>(error: unknown): R | null {
  if (!(error instanceof HttpErrorResponse) || (error.status !== 400 && error.status !== 409)) return null;
  const body = error.error as Partial<R> | null;
  return body && typeof body === 'object' && Array.isArray(body.errors) ? (body as R) : null;
}

/** Why a file could not even be checked. */
export function importErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 413) return apiErrorMessage(error, TOO_LARGE_MESSAGE);
    if (error.status === 403) return $localize`:@@core.import.forbidden:Din rolle må ikke indlæse denne fil.`;
    if (error.status === 400) {
      return apiErrorMessage(error, $localize`:@@core.import.unreadable:Filen kunne ikke læses. Er det en XLSX- eller CSV-fil fra Budgetspor?`);
    }
  }
  return apiErrorMessage(error, $localize`:@@core.import.failed:Filen kunne ikke indlæses. Prøv igen.`);
}

/** "Sender filen … 40 %", or without a number where the browser reports no upload progress. */
export function progressText(verb: string, progress: number | null): string {
  if (progress === null || progress >= 1) return `${verb} …`;
  const percent = Math.round(progress * 100);
  return $localize`:@@core.import.progress:${verb}:verb: … ${percent}:percent: %`;
}
