import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Committee, NewUser, UserChanges, UserDetail } from './users.models';

export const USERS_URL = '/api/users';
export const COMMITTEES_URL = '/api/committees';
export const userUrl = (id: string) => `${USERS_URL}/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);

  list(): Observable<UserDetail[]> {
    return this.http.get<UserDetail[]>(USERS_URL);
  }

  get(id: string): Observable<UserDetail> {
    return this.http.get<UserDetail>(userUrl(id));
  }

  create(user: NewUser): Observable<UserDetail> {
    return this.http.post<UserDetail>(USERS_URL, user);
  }

  /** Sends the `version` that was read; a stale one answers 409. */
  update(id: string, changes: UserChanges, version: number): Observable<UserDetail> {
    return this.http.patch<UserDetail>(userUrl(id), { ...changes, version });
  }

  /** The server ends all of the user's sessions as well. */
  resetPassword(id: string, password: string): Observable<void> {
    return this.http.post<void>(`${userUrl(id)}/password`, { password });
  }

  committees(): Observable<Committee[]> {
    return this.http.get<Committee[]>(COMMITTEES_URL);
  }
}

