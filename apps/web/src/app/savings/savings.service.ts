import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { compareCodePoints } from '@budgetspor/shared/money';
import { forkJoin, map, Observable, of } from 'rxjs';
import { NamedCode, SavingsChanges, SavingsRow } from './savings.models';

const savingsUrl = (year: number) => `/api/budget-years/${year}/savings`;
export const savingsRowUrl = (id: string) => `/api/savings/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class SavingsService {
  private readonly http = inject(HttpClient);

  /**
   * Every row of the round (finance, directors, admins). With a price level, the amounts are
   * converted to it (and may have øre); such rows are for reading, not for PATCH.
   */
  all(year: number, priceLevel: number | null = null): Observable<SavingsRow[]> {
    return this.http.get<SavingsRow[]>(savingsUrl(year), { params: levelParam(priceLevel) });
  }

  /**
   * The rows of the given committees, one request per committee (the API filters on one
   * code), merged into the API's own order so the grid reads the same for every role.
   */
  forCommittees(year: number, committeeCodes: readonly string[], priceLevel: number | null = null): Observable<SavingsRow[]> {
    if (committeeCodes.length === 0) {
      return of([]);
    }
    const requests = committeeCodes.map((committeeCode) =>
      this.http.get<SavingsRow[]>(savingsUrl(year), { params: { committeeCode, ...levelParam(priceLevel) } }),
    );
    return forkJoin(requests).pipe(map((lists) => sortRows(dedupe(lists.flat()))));
  }

  /** One row as it is now: what the conflict dialog compares the user's edits with. */
  get(id: string): Observable<SavingsRow> {
    return this.http.get<SavingsRow>(savingsRowUrl(id));
  }

  /** Saves the changed fields with the version they were based on; a stale version answers 409. */
  update(id: string, changes: SavingsChanges, version: number): Observable<SavingsRow> {
    return this.http.patch<SavingsRow>(savingsRowUrl(id), { ...changes, version });
  }

  tracks(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/tracks');
  }

  committees(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/committees');
  }
}

/** `?priceLevel=` when a level is asked for. */
function levelParam(priceLevel: number | null): Record<string, number> {
  return priceLevel === null ? {} : { priceLevel };
}

function dedupe(rows: readonly SavingsRow[]): SavingsRow[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

/** The API's order: track code, committee code (by code point: ÆHU after SAU), year. */
export function sortRows(rows: SavingsRow[]): SavingsRow[] {
  return rows.sort(
    (a, b) =>
      compareCodePoints(a.trackCode, b.trackCode) ||
      compareCodePoints(a.committeeCode, b.committeeCode) ||
      a.year - b.year,
  );
}
