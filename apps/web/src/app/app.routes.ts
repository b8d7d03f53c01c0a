import { Route } from '@angular/router';
import { authGuard } from './auth/auth.guard';

/**
 * Every page is lazy, so code (and the chart library) loads only with the page that needs
 * it. Titles are page names; PageTitleStrategy appends "– Budgetspor". The titles are read
 * when this module loads, which is after src/locale-init.ts has loaded the language's texts.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./forside/forside-page').then((m) => m.ForsidePage),
  },
  {
    path: 'log-ind',
    title: $localize`:@@shell.title.login:Log ind`,
    loadComponent: () => import('./auth/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'budget-years',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: $localize`:@@shell.title.budgetYears:Budgetår`,
        loadComponent: () => import('./budget-years/budget-years-page').then((m) => m.BudgetYearsPage),
      },
      {
        path: ':year/framework',
        title: $localize`:@@shell.title.framework:Rammeudmelding`,
        loadChildren: () => import('./framework/framework.routes').then((m) => m.frameworkRoutes),
      },
      {
        path: ':year/bids',
        title: $localize`:@@shell.title.bids:Bud`,
        loadChildren: () => import('./bids/bids.routes').then((m) => m.bidsRoutes),
      },
      {
        path: ':year/allocation',
        title: $localize`:@@shell.title.allocation:Fordeling`,
        loadChildren: () => import('./allocation/allocation.routes').then((m) => m.allocationRoutes),
      },
      {
        path: ':year/savings',
        title: $localize`:@@shell.title.savings:Besparelser`,
        loadChildren: () => import('./savings/savings.routes').then((m) => m.savingsRoutes),
      },
      {
        path: ':year/calendar',
        title: $localize`:@@shell.title.calendar:Årshjul`,
        loadChildren: () => import('./calendar/calendar.routes').then((m) => m.calendarRoutes),
      },
      {
        path: ':year/follow-up',
        title: $localize`:@@shell.title.followUp:Budgetopfølgning`,
        loadChildren: () => import('./follow-up/follow-up.routes').then((m) => m.followUpRoutes),
      },
      {
        path: ':year/dashboard',
        title: $localize`:@@shell.title.dashboard:Overblik`,
        loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.dashboardRoutes),
      },
    ],
  },
  {
    path: 'effect',
    title: $localize`:@@shell.title.effect:Effekt`,
    canActivate: [authGuard],
    loadChildren: () => import('./effect/effect.routes').then((m) => m.effectRoutes),
  },
  {
    path: 'analysis',
    title: $localize`:@@shell.title.analysis:Analyse`,
    canActivate: [authGuard],
    loadChildren: () => import('./analysis/analysis.routes').then((m) => m.analysisRoutes),
  },
  {
    path: 'audit',
    title: $localize`:@@shell.title.audit:Revisionsspor`,
    canActivate: [authGuard],
    loadChildren: () => import('./audit/audit.routes').then((m) => m.auditRoutes),
  },
  {
    path: 'users',
    title: $localize`:@@shell.title.users:Brugere`,
    canActivate: [authGuard],
    loadChildren: () => import('./users/users.routes').then((m) => m.usersRoutes),
  },
  {
    path: 'account',
    title: $localize`:@@shell.title.account:Min konto`,
    canActivate: [authGuard],
    loadChildren: () => import('./account/account.routes').then((m) => m.accountRoutes),
  },
  {
    path: 'tracks',
    title: $localize`:@@shell.title.tracks:Innovationsspor`,
    canActivate: [authGuard],
    loadChildren: () => import('./tracks/tracks.routes').then((m) => m.tracksRoutes),
  },
  {
    path: '**',
    title: $localize`:@@shell.title.notFound:Siden findes ikke`,
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
