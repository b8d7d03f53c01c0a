import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { CurrentUser, ROLE_LABELS } from './auth.models';

export const AUTH_URLS = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
} as const;

/**
 * A cookie the app sets itself after a login, holding no secret, only "this browser has
 * logged in". The session is the API's httpOnly cookie, which scripts cannot see; the hint
 * lets public pages (Forside) ask `GET /api/auth/me` only when there may be a session, so an
 * anonymous visitor's browser never logs a 401. Protected pages always ask the server.
 */
export const SIGNED_IN_HINT = 'budgetspor_logget_ind';

type AuthState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'anonymous'; readonly verified: boolean }
  | { readonly kind: 'authenticated'; readonly user: CurrentUser };

/**
 * Who is logged in. Nothing is kept in the browser's storage: on start the app asks
 * `GET /api/auth/me`, which answers from the session cookie.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<AuthState>({ kind: 'unknown' });
  private loading: Promise<CurrentUser | null> | null = null;

  readonly user = computed(() => {
    const s = this.state();
    return s.kind === 'authenticated' ? s.user : null;
  });
  readonly loggedIn = computed(() => this.user() !== null);
  /** True while the app does not yet know whether there is a session. */
  readonly pending = computed(() => this.state().kind === 'loading');
  readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
  readonly isFinance = computed(() => this.user()?.role === 'finance');
  readonly isAdmin = computed(() => this.user()?.role === 'admin');
  /** Finance, directors and admins read the audit log (API.md). */
  readonly canReadAudit = computed(() => ['finance', 'director', 'admin'].includes(this.user()?.role ?? ''));

  /** At start: find the user if this browser has logged in; otherwise assume a visitor. */
  init(): void {
    if (this.hasHint()) {
      void this.ensureLoaded();
    } else if (this.state().kind === 'unknown') {
      this.state.set({ kind: 'anonymous', verified: false });
    }
  }

  /** The user behind the session cookie, asked from the server once; null without a valid session. */
  ensureLoaded(): Promise<CurrentUser | null> {
    const current = this.state();
    if (current.kind === 'authenticated') {
      return Promise.resolve(current.user);
    }
    if (current.kind === 'anonymous' && current.verified) {
      return Promise.resolve(null);
    }
    if (!this.loading) {
      this.state.set({ kind: 'loading' });
      this.loading = firstValueFrom(this.http.get<CurrentUser>(AUTH_URLS.me))
        .then(
          (user): CurrentUser | null => user,
          (error: unknown) => {
            // 401: no session. A network failure is treated the same way; the login page
            // says so if the server is still unreachable.
            if (!(error instanceof HttpErrorResponse)) {
              throw error;
            }
            return null;
          },
        )
        .then((user) => {
          this.setUser(user);
          this.loading = null;
          return user;
        });
    }
    return this.loading;
  }

  async login(email: string, password: string): Promise<CurrentUser> {
    const response = await firstValueFrom(
      this.http.post<{ user: CurrentUser }>(AUTH_URLS.login, { email, password }),
    );
    this.setUser(response.user);
    return response.user;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(AUTH_URLS.logout, null));
    } finally {
      this.forget();
    }
  }

  /** The session has ended (logout, or the server answered 401). */
  forget(): void {
    this.setUser(null);
  }

  private setUser(user: CurrentUser | null): void {
    this.state.set(user ? { kind: 'authenticated', user } : { kind: 'anonymous', verified: true });
    this.document.cookie = user
      ? `${SIGNED_IN_HINT}=1; path=/; SameSite=Strict`
      : `${SIGNED_IN_HINT}=; path=/; SameSite=Strict; max-age=0`;
  }

  private hasHint(): boolean {
    return this.document.cookie.split(';').some((c) => c.trim().startsWith(`${SIGNED_IN_HINT}=1`));
  }
}
