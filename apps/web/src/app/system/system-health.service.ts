import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of, throwError } from 'rxjs';

export type ComponentState = 'up' | 'down';

/**
 * Body of `GET /api/health` (mirrors the API's HealthDto): sent with 200 and status "ok"
 * when all parts are up, with 503 and status "error" otherwise.
 */
export interface SystemHealth {
  readonly status: 'ok' | 'error';
  readonly db: ComponentState;
  readonly redis: ComponentState;
}

export const HEALTH_URL = '/api/health';

@Injectable({ providedIn: 'root' })
export class SystemHealthService {
  private readonly http = inject(HttpClient);

  /**
   * Emits the health report. A 503 that carries a health body is an answer ("something is
   * down"), not a failure, so it is emitted as a value. Anything else that is not a health
   * body (network error, 5xx from a proxy, unexpected JSON) errors.
   */
  getHealth(): Observable<SystemHealth> {
    return this.http.get<unknown>(HEALTH_URL).pipe(
      map((body) => {
        if (!isSystemHealth(body)) {
          throw new Error($localize`:@@system.unexpectedAnswer:Uventet svar fra /api/health`);
        }
        return body;
      }),
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 503 && isSystemHealth(error.error)
          ? of(error.error)
          : throwError(() => error),
      ),
    );
  }
}

function isComponentState(value: unknown): value is ComponentState {
  return value === 'up' || value === 'down';
}

export function isSystemHealth(value: unknown): value is SystemHealth {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const body = value as Record<string, unknown>;
  return (
    (body['status'] === 'ok' || body['status'] === 'error') &&
    isComponentState(body['db']) &&
    isComponentState(body['redis'])
  );
}
