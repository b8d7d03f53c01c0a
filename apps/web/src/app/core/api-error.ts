import { HttpErrorResponse } from '@angular/common/http';

export const NETWORK_ERROR_MESSAGE = 'Kunne ikke kontakte serveren. Tjek forbindelsen, og prøv igen.';

/**
 * A Danish sentence for a failed API call. The API's own messages are Danish
 * (`{"statusCode","error","message"}`, `message` a string or a list of field messages), so
 * they are shown as they are; anything else (a proxy's HTML page, a network failure) gets
 * `fallback` or the network message, never raw JSON or an English status text.
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

/** "27.11.2026 kl. 18.30" in Danish; an empty string for a missing time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const day = new Intl.DateTimeFormat('da-DK', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
  const time = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
  return `${day} kl. ${time}`;
}
