import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  ConfirmCellBody,
  FollowUpCell,
  FollowUpRound,
  ForecastHistory,
  NamedCode,
  OpenRoundBody,
  RoundComparison,
} from './follow-up.models';

export const roundsUrl = (year: number) => `/api/budget-years/${year}/follow-up-rounds`;
export const roundUrl = (id: string) => `/api/follow-up-rounds/${encodeURIComponent(id)}`;

/** Optional filters of cells, comparison and history; empty ones are left out of the URL. */
export interface CellFilter {
  readonly trackCode?: string;
  readonly committeeCode?: string;
}

function params(values: Record<string, string | undefined>): HttpParams {
  let p = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value) p = p.set(key, value);
  }
  return p;
}

/** The file of `GET …/compare/export`: an ordinary link, so the browser downloads it with the session cookie. */
export function comparisonExportUrl(year: number, from: string, to: string, format: 'xlsx' | 'csv', filter: CellFilter = {}): string {
  return `${roundsUrl(year)}/compare/export?${params({ from, to, format, ...filter }).toString()}`;
}

@Injectable({ providedIn: 'root' })
export class FollowUpService {
  private readonly http = inject(HttpClient);

  list(year: number): Observable<FollowUpRound[]> {
    return this.http.get<FollowUpRound[]>(roundsUrl(year));
  }

  get(id: string): Observable<FollowUpRound> {
    return this.http.get<FollowUpRound>(roundUrl(id));
  }

  open(year: number, body: OpenRoundBody): Observable<FollowUpRound> {
    return this.http.post<FollowUpRound>(roundsUrl(year), body);
  }

  /** Freezes every cell of the year in the round's snapshot; a stale version answers 409. */
  close(round: FollowUpRound): Observable<FollowUpRound> {
    return this.http.post<FollowUpRound>(`${roundUrl(round.id)}/close`, { version: round.version });
  }

  cells(roundId: string, filter: CellFilter = {}): Observable<FollowUpCell[]> {
    return this.http.get<FollowUpCell[]>(`${roundUrl(roundId)}/cells`, { params: params({ ...filter }) });
  }

  confirm(roundId: string, savingId: string, body: ConfirmCellBody): Observable<FollowUpCell> {
    return this.http.put<FollowUpCell>(`${roundUrl(roundId)}/cells/${encodeURIComponent(savingId)}`, body);
  }

  compare(year: number, from: string, to: string, filter: CellFilter = {}): Observable<RoundComparison> {
    return this.http.get<RoundComparison>(`${roundsUrl(year)}/compare`, { params: params({ from, to, ...filter }) });
  }

  history(year: number, filter: CellFilter = {}): Observable<ForecastHistory[]> {
    return this.http.get<ForecastHistory[]>(`${roundsUrl(year)}/history`, { params: params({ ...filter }) });
  }

  tracks(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/tracks');
  }

  committees(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/committees');
  }
}
