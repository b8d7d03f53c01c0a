import { Route } from '@angular/router';

/**
 * Every page is lazy, so code (and later the chart library) loads only with the page that
 * needs it. Titles are page names; PageTitleStrategy appends "– Budgetspor".
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./forside/forside-page').then((m) => m.ForsidePage),
  },
  {
    path: '**',
    title: 'Siden findes ikke',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
