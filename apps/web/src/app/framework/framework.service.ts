import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Framework, NewFramework, Track } from './framework.models';

export const frameworksUrl = (year: number) => `/api/budget-years/${year}/frameworks`;
export const TRACKS_URL = '/api/tracks';

@Injectable({ providedIn: 'root' })
export class FrameworkService {
  private readonly http = inject(HttpClient);

  /** Every revision, oldest first; the last one is current. */
  list(year: number): Observable<Framework[]> {
    return this.http.get<Framework[]>(frameworksUrl(year));
  }

  /** Announces the next revision; the API answers with its number. */
  create(year: number, body: NewFramework): Observable<Framework> {
    return this.http.post<Framework>(frameworksUrl(year), body);
  }

  tracks(): Observable<Track[]> {
    return this.http.get<Track[]>(TRACKS_URL);
  }
}
