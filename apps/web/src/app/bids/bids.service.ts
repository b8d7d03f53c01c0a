import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, Observable, of, throwError } from 'rxjs';

export type AllocationMethod = 'top_down' | 'bids';

/** `GET /api/budget-years/:year/frameworks/current` (rammeudmelding). */
export interface Framework {
  readonly budgetYear: number;
  readonly revision: number;
  readonly decidedOn: string;
  readonly decidedBy: string;
  readonly title: string;
  readonly allocationMethod: AllocationMethod;
  /** Year → whole kroner. */
  readonly pool: Readonly<Record<string, string>>;
}

export interface BidEntry {
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  /** Whole kroner as a decimal string. */
  readonly amount: string;
}

/** `GET|PUT /api/budget-years/:year/bids` */
export interface BidsView {
  readonly budgetYear: number;
  readonly frameworkRevision: number | null;
  readonly allocationMethod: AllocationMethod | null;
  readonly entries: readonly BidEntry[];
  readonly totals: Readonly<Record<string, string>>;
  readonly uncovered: Readonly<Record<string, string>> | null;
}

const yearUrl = (year: number) => `/api/budget-years/${year}`;
export const bidsUrl = (year: number) => `${yearUrl(year)}/bids`;
export const currentFrameworkUrl = (year: number) => `${yearUrl(year)}/frameworks/current`;

@Injectable({ providedIn: 'root' })
export class BidsService {
  private readonly http = inject(HttpClient);

  /** The current framework, or null before the first one (the API answers 404). */
  currentFramework(year: number): Observable<Framework | null> {
    return this.http.get<Framework>(currentFrameworkUrl(year)).pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
      ),
    );
  }

  /**
   * The stored bids. Read here rather than from `…/allocation`: the allocation shows the bids
   * of the newest finished run, which lags behind a save until the worker has recomputed.
   */
  bids(year: number): Observable<BidsView> {
    return this.http.get<BidsView>(bidsUrl(year));
  }

  /** Replaces all of the year's bids (finance; only in bids mode, otherwise 409). */
  replace(year: number, entries: readonly BidEntry[]): Observable<BidsView> {
    return this.http.put<BidsView>(bidsUrl(year), { entries });
  }
}
