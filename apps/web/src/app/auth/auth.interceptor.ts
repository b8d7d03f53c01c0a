import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { LOGIN_PATH } from './auth.models';
import { AuthService } from './auth.service';

/**
 * A 401 from the API means the session has expired or was ended elsewhere: forget the user
 * and send them to the login page, which brings them back here afterwards. The auth
 * endpoints are left alone: a 401 from login is a wrong password, and from /me it just
 * means "not logged in".
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !isAuthEndpoint(request.url) &&
        !router.url.startsWith(LOGIN_PATH)
      ) {
        auth.forget();
        void router.navigate([LOGIN_PATH], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};

function isAuthEndpoint(url: string): boolean {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return path.startsWith('/api/auth/');
}
