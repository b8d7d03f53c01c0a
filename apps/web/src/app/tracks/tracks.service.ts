import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { Administration, Committee, Track, TrackInput } from './tracks.models';

export const TRACKS_URL = '/api/tracks';
export const ADMINISTRATIONS_URL = '/api/administrations';
export const COMMITTEES_URL = '/api/committees';

/** A track's URL; codes may hold Æ Ø Å and must be percent-encoded (`ÆHU` → `%C3%86HU`). */
export const trackUrl = (code: string) => `${TRACKS_URL}/${encodeURIComponent(code)}`;

@Injectable({ providedIn: 'root' })
export class TracksService {
  private readonly http = inject(HttpClient);

  list(): Observable<Track[]> {
    return this.http.get<Track[]>(TRACKS_URL);
  }

  get(code: string): Observable<Track> {
    return this.http.get<Track>(trackUrl(code));
  }

  create(code: string, input: TrackInput): Observable<Track> {
    return this.http.post<Track>(TRACKS_URL, { code, ...withoutEmptyDescription(input) });
  }

  /** Sends every field with the `version` that was read; a stale one answers 409. */
  update(code: string, input: TrackInput, version: number): Observable<Track> {
    return this.http.patch<Track>(trackUrl(code), { ...input, version });
  }

  administrations(): Observable<Administration[]> {
    return this.http.get<Administration[]>(ADMINISTRATIONS_URL);
  }

  committees(): Observable<Committee[]> {
    return this.http.get<Committee[]>(COMMITTEES_URL);
  }
}

/** On create an empty description is simply left out; a PATCH sends `null` to clear it. */
function withoutEmptyDescription(input: TrackInput): Partial<TrackInput> {
  const { description, ...rest } = input;
  return description === null ? rest : input;
}

/**
 * A message for the page the user lands on next. After "Opret" the router moves to the new
 * track's own page, a new component instance, which picks the notice up once.
 */
@Injectable({ providedIn: 'root' })
export class TrackNotice {
  private readonly pending = signal<string | null>(null);

  set(text: string): void {
    this.pending.set(text);
  }

  take(): string | null {
    const text = this.pending();
    this.pending.set(null);
    return text;
  }
}
