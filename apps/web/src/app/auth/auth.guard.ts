import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { LOGIN_PATH } from './auth.models';
import { AuthService } from './auth.service';

/** Pages that need a session: without one, go to login and come back here afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded();
  return user ? true : router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });
};
