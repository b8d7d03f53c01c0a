import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { GroupBy, NamedCode, Realisation, SavingsRow } from './dashboard.models';

const yearUrl = (year: number) => `/api/budget-years/${year}`;

/** The read-only calls of the dashboard (every role may read them). */
@Injectable({ providedIn: 'root' })
export class DashboardService {
  private readonly http = inject(HttpClient);

  realisation(year: number, groupBy: GroupBy): Observable<Realisation> {
    return this.http.get<Realisation>(`${yearUrl(year)}/realisation`, { params: { groupBy } });
  }

  /** A track's cells: one row per committee × year. */
  trackSavings(year: number, trackCode: string): Observable<SavingsRow[]> {
    return this.http.get<SavingsRow[]>(`${yearUrl(year)}/savings`, { params: { trackCode } });
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
