import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from './api-error';

/**
 * Downloads an API file (spreadsheet or PDF) and hands it to the browser as a download.
 *
 * Through HttpClient rather than a plain link: the session cookie goes along either way, but
 * only this way the page knows when the file has arrived (the button says "Henter …" until
 * then) and can say in Danish why it did not, instead of the browser saving the API's error
 * JSON as a file. The name is the one the API gives in Content-Disposition.
 */
@Injectable({ providedIn: 'root' })
export class FileDownloadService {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  /** Resolves once the browser has the file; rejects with a sentence for the user. */
  async download(url: string, fallbackName = 'fil'): Promise<void> {
    let response: HttpResponse<Blob>;
    try {
      response = await firstValueFrom(this.http.get(url, { responseType: 'blob', observe: 'response' }));
    } catch (error: unknown) {
      throw new Error(await downloadErrorMessage(error));
    }
    const blob = response.body ?? new Blob([]);
    this.save(blob, fileNameOf(response.headers.get('content-disposition')) ?? fallbackName);
  }

  private save(blob: Blob, fileName: string): void {
    const view = this.document.defaultView;
    if (!view) return;
    const href = view.URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = href;
    link.download = fileName;
    link.hidden = true;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    view.setTimeout(() => view.URL.revokeObjectURL(href), 60_000);
  }
}

/**
 * The file name of a Content-Disposition header: RFC 5987's exact `filename*=UTF-8''…` when
 * present (codes like ÆHU), else the plain `filename="…"`; null when there is none.
 */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}

export const DOWNLOAD_FAILED = $localize`:@@core.download.failed:Filen kunne ikke hentes. Prøv igen.`;

/**
 * A failed download, said to the user. With `responseType: 'blob'` the API's JSON error arrives as a
 * Blob, so it is read first; then the usual rules of `apiErrorMessage` apply.
 */
export async function downloadErrorMessage(error: unknown): Promise<string> {
  const fallback = DOWNLOAD_FAILED;
  if (!(error instanceof HttpErrorResponse)) return fallback;
  if (error.status === 403) return $localize`:@@core.download.forbidden:Din rolle må ikke hente denne fil.`;
  let body: unknown = error.error;
  if (typeof Blob !== 'undefined' && body instanceof Blob) {
    try {
      body = JSON.parse(await blobText(body));
    } catch {
      body = null;
    }
  }
  const readable = new HttpErrorResponse({ error: body, status: error.status, statusText: error.statusText, url: error.url ?? undefined });
  return apiErrorMessage(readable, fallback);
}

/** A blob's text; FileReader where `Blob.text()` is missing (older engines, jsdom). */
function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
