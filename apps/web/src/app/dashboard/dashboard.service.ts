import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { GroupBy, NamedCode, Realisation, SavingsRow } from './dashboard.models';

const yearUrl = (year: number) => `/api/budget-years/${year}`;

/** `?priceLevel=` only when a level is chosen: without it the API answers at the rounds' own levels. */
function withPriceLevel(params: Record<string, string>, priceLevel: number | null): Record<string, string> {
  return priceLevel === null ? params : { ...params, priceLevel: String(priceLevel) };
}

/** The read-only calls of the dashboard (every role may read them). */
@Injectable({ providedIn: 'root' })
export class DashboardService {
  private readonly http = inject(HttpClient);

  /** The sums of one grouping; `priceLevel` converts every amount to that year's prices. */
  realisation(year: number, groupBy: GroupBy, priceLevel: number | null = null): Observable<Realisation> {
    return this.http.get<Realisation>(`${yearUrl(year)}/realisation`, { params: withPriceLevel({ groupBy }, priceLevel) });
  }

  /** A track's cells: one row per committee × year, at a chosen price level or their own. */
  trackSavings(year: number, trackCode: string, priceLevel: number | null = null): Observable<SavingsRow[]> {
    return this.http.get<SavingsRow[]>(`${yearUrl(year)}/savings`, { params: withPriceLevel({ trackCode }, priceLevel) });
  }

  tracks(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/tracks');
  }

  committees(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/committees');
  }

  administrations(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/administrations');
  }
}
