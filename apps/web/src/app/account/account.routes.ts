import { Route } from '@angular/router';
import { AccountPage } from './account-page';

/** `/account`: every logged-in user's own page (the route itself needs a session). */
export const accountRoutes: Route[] = [{ path: '', pathMatch: 'full', component: AccountPage }];
