import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { CurrentUser } from '../auth/auth.models';
import { Committee } from '../users/users.models';
import { COMMITTEES_URL } from '../users/users.service';

export const CHANGE_PASSWORD_URL = '/api/auth/password';

@Injectable({ providedIn: 'root' })
export class AccountService {
  private readonly http = inject(HttpClient);

  /**
   * The server ends every session of the user, then starts a new one for this browser (a new
   * cookie in the answer), so the person changing stays logged in here.
   */
  changePassword(currentPassword: string, newPassword: string): Observable<{ accessToken: string; user: CurrentUser }> {
    return this.http.post<{ accessToken: string; user: CurrentUser }>(CHANGE_PASSWORD_URL, { currentPassword, newPassword });
  }

  committees(): Observable<Committee[]> {
    return this.http.get<Committee[]>(COMMITTEES_URL);
  }
}
