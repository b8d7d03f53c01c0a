import { Route } from '@angular/router';
import { authGuard } from './auth/auth.guard';

/**
 * Every page is lazy, so code (and the chart library) loads only with the page that needs
 * it. Titles are page names; PageTitleStrategy appends "– Budgetspor".
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./forside/forside-page').then((m) => m.ForsidePage),
  },
  {
    path: 'log-ind',
    title: 'Log ind',
    loadComponent: () => import('./auth/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'budget-years',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Budgetår',
        loadComponent: () => import('./budget-years/budget-years-page').then((m) => m.BudgetYearsPage),
      },
      {
        path: ':year/allocation',
        title: 'Fordeling',
        loadChildren: () => import('./allocation/allocation.routes').then((m) => m.allocationRoutes),
      },
    ],
  },
  {
    path: '**',
    title: 'Siden findes ikke',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
