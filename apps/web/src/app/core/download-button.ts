import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { DOWNLOAD_FAILED, FileDownloadService } from './file-download.service';

/**
 * A button that downloads one API file. While the file is made and sent (a large export or a
 * PDF takes a moment) it says "Henter …" and cannot be pressed twice; a failure is said
 * under it. Hidden when printing, as every button is.
 */
@Component({
  selector: 'app-download-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="bs-button bs-button--small"
      [class.bs-button--secondary]="secondary()"
      [disabled]="busy()"
      [attr.aria-label]="busy() ? null : accessibleLabel() || null"
      [attr.data-url]="url()"
      (click)="download()"
    >
      @if (busy()) {
        <ng-container i18n="@@core.download.busy">Henter …</ng-container>
      } @else {
        {{ label() }}
      }
    </button>
    <span class="download__live" aria-live="polite">
      @if (error(); as message) {
        <span class="download__error" role="alert">{{ message }}</span>
      }
    </span>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.25rem;
    }
    .download__error {
      color: var(--bs-color-error, #a4262c);
      font-size: 0.875rem;
      max-width: 20rem;
    }
  `,
})
export class DownloadButton {
  private readonly files = inject(FileDownloadService);

  /** The API address of the file, with its query (see EXPORT_URLS and REPORT_URLS). */
  readonly url = input.required<string>();
  readonly label = input.required<string>();
  /** A longer name for screen readers where several buttons share one label; must start with `label`. */
  readonly accessibleLabel = input<string>('');
  readonly secondary = input(true);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async download(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.files.download(this.url());
    } catch (error: unknown) {
      this.error.set(error instanceof Error ? error.message : DOWNLOAD_FAILED);
    } finally {
      this.busy.set(false);
    }
  }
}
