import { HttpErrorResponse } from '@angular/common/http';

// Kept here too for the pages that import it from here; the formatter lives in ./format.
export { formatDateTime } from './format';

export const NETWORK_ERROR_MESSAGE = $localize`:@@core.networkError:Kunne ikke kontakte serveren. Tjek forbindelsen, og prøv igen.`;

/**
 * A sentence for a failed API call. The API's own messages (`{"statusCode","error","message"}`,
 * `message` a string or a list of field messages) are shown as they are – they are Danish, also
 * on an English page; anything else (a proxy's HTML page, a network failure) gets `fallback`
 * or the network message in the page's language, never raw JSON or an HTTP status text.
 */
export function apiErrorMessage(error: unknown, fallback: string): string {
  if (!(error instanceof HttpErrorResponse)) {
    return fallback;
  }
  if (error.status === 0) {
    return NETWORK_ERROR_MESSAGE;
  }
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null) {
    const message = (body as Record<string, unknown>)['message'];
    if (typeof message === 'string' && message.trim() !== '') {
      return withFullStop(message);
    }
    if (Array.isArray(message) && message.length > 0 && message.every((m) => typeof m === 'string')) {
      return message.map(withFullStop).join(' ');
    }
  }
  return fallback;
}

function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
