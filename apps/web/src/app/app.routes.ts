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
        path: ':year/framework',
        title: 'Rammeudmelding',
        loadChildren: () => import('./framework/framework.routes').then((m) => m.frameworkRoutes),
      },
      {
        path: ':year/bids',
        title: 'Bud',
        loadChildren: () => import('./bids/bids.routes').then((m) => m.bidsRoutes),
      },
      {
        path: ':year/allocation',
        title: 'Fordeling',
        loadChildren: () => import('./allocation/allocation.routes').then((m) => m.allocationRoutes),
      },
      {
        path: ':year/savings',
        title: 'Besparelser',
        loadChildren: () => import('./savings/savings.routes').then((m) => m.savingsRoutes),
      },
      {
        path: ':year/calendar',
        title: 'Årshjul',
        loadChildren: () => import('./calendar/calendar.routes').then((m) => m.calendarRoutes),
      },
      {
        path: ':year/follow-up',
        title: 'Budgetopfølgning',
        loadChildren: () => import('./follow-up/follow-up.routes').then((m) => m.followUpRoutes),
      },
      {
        path: ':year/dashboard',
        title: 'Overblik',
        loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.dashboardRoutes),
      },
    ],
  },
  {
    path: 'effect',
    title: 'Effekt',
    canActivate: [authGuard],
    loadChildren: () => import('./effect/effect.routes').then((m) => m.effectRoutes),
  },
  {
    path: 'analysis',
    title: 'Analyse',
    canActivate: [authGuard],
    loadChildren: () => import('./analysis/analysis.routes').then((m) => m.analysisRoutes),
  },
  {
    path: 'audit',
    title: 'Revisionsspor',
    canActivate: [authGuard],
    loadChildren: () => import('./audit/audit.routes').then((m) => m.auditRoutes),
  },
  {
    path: 'users',
    title: 'Brugere',
    canActivate: [authGuard],
    loadChildren: () => import('./users/users.routes').then((m) => m.usersRoutes),
  },
  {
    path: 'account',
    title: 'Min konto',
    canActivate: [authGuard],
    loadChildren: () => import('./account/account.routes').then((m) => m.accountRoutes),
  },
  {
    path: 'tracks',
    title: 'Innovationsspor',
    canActivate: [authGuard],
    loadChildren: () => import('./tracks/tracks.routes').then((m) => m.tracksRoutes),
  },
  {
    path: '**',
    title: 'Siden findes ikke',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
