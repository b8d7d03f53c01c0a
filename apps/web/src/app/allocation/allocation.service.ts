import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
import { map, Observable } from 'rxjs';
import { AllocationRun, AllocationView, CellExplanation, NamedCode, RunEvent } from './allocation.models';

/** Creates the EventSource; tests replace it with a fake. */
export const EVENT_SOURCE_FACTORY = new InjectionToken<(url: string) => EventSource>('EVENT_SOURCE_FACTORY', {
  providedIn: 'root',
  factory: () => (url: string) => new EventSource(url),
});

const yearUrl = (year: number) => `/api/budget-years/${year}`;

@Injectable({ providedIn: 'root' })
export class AllocationService {
  private readonly http = inject(HttpClient);
  private readonly createEventSource = inject(EVENT_SOURCE_FACTORY);

  /** The current allocation, at the round's own price level or (`priceLevel`) converted to another. */
  allocation(year: number, priceLevel: number | null = null): Observable<AllocationView> {
    const options = priceLevel === null ? {} : { params: { priceLevel } };
    return this.http.get<AllocationView>(`${yearUrl(year)}/allocation`, options);
  }

  /** The newest run of the year, whatever its status (the current one may be older). */
  latestRun(year: number): Observable<AllocationRun | null> {
    return this.http
      .get<AllocationRun[]>(`${yearUrl(year)}/allocation-runs`, { params: { limit: 1 } })
      .pipe(map((runs) => runs[0] ?? null));
  }

  recompute(year: number): Observable<{ runId: string }> {
    return this.http.post<{ runId: string }>(`${yearUrl(year)}/allocation/recompute`, null);
  }

  explanation(runId: string, cell: { trackCode: string; committeeCode: string; year: number }): Observable<CellExplanation> {
    const params = new HttpParams()
      .set('trackCode', cell.trackCode)
      .set('committeeCode', cell.committeeCode)
      .set('year', cell.year);
    return this.http.get<CellExplanation>(`/api/allocation-runs/${encodeURIComponent(runId)}/explanation`, { params });
  }

  tracks(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/tracks');
  }

  committees(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/committees');
  }

  /**
   * Live status changes of the year's runs (server-sent events, event type `run`). The
   * browser sends the session cookie with the same-origin request and reconnects by itself;
   * after a reconnect this emits `'reconnected'`, because events may have been missed.
   */
  runEvents(year: number): Observable<RunEvent | 'reconnected'> {
    return new Observable<RunEvent | 'reconnected'>((subscriber) => {
      const source = this.createEventSource(`${yearUrl(year)}/events`);
      let opened = 0;
      const onOpen = () => {
        if (++opened > 1) {
          subscriber.next('reconnected');
        }
      };
      const onRun = (event: MessageEvent<string>) => {
        try {
          subscriber.next(JSON.parse(event.data) as RunEvent);
        } catch {
          // Not an event we understand; the next one will bring the state up to date.
        }
      };
      source.addEventListener('open', onOpen);
      source.addEventListener('run', onRun as EventListener);
      return () => {
        source.removeEventListener('open', onOpen);
        source.removeEventListener('run', onRun as EventListener);
        source.close();
      };
    });
  }
}
