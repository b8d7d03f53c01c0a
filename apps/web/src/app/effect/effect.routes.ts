import { Route } from '@angular/router';
import { unsavedChangesGuard } from '../core/unsaved-changes.guard';
import { EffectAccountPage } from './effect-account-page';
import { EffectPage } from './effect-page';
import { GoalEditorPage } from './goal-editor-page';

/**
 * `/effect` lists the goals; `/effect/ny` creates one; `/effect/maal/:id` shows and edits one
 * with its indicators and yearly values; `/effect/account/:year` is the year's effect account.
 * `/effect/account` alone opens last year's, the newest a municipality normally reports on.
 * `/effect/price-indices` is the price and wage index per year (finance edits it), loaded
 * only when opened.
 */
export const effectRoutes: Route[] = [
  { path: '', pathMatch: 'full', component: EffectPage },
  { path: 'ny', title: $localize`:@@effect.title.new:Nyt effektmål`, component: GoalEditorPage, canDeactivate: [unsavedChangesGuard] },
  { path: 'maal/:id', title: $localize`:@@effect.title.goal:Effektmål`, component: GoalEditorPage, canDeactivate: [unsavedChangesGuard] },
  { path: 'account', pathMatch: 'full', redirectTo: () => `/effect/account/${new Date().getFullYear() - 1}` },
  {
    path: 'account/:year',
    title: (route) => $localize`:@@effect.title.account:Effektregnskab ${route.paramMap.get('year') ?? ''}:year:`,
    component: EffectAccountPage,
  },
  {
    path: 'price-indices',
    title: $localize`:@@effect.title.priceIndices:Pris- og lønindeks`,
    loadComponent: () => import('./price-indices-page').then((m) => m.PriceIndicesPage),
    canDeactivate: [unsavedChangesGuard],
  },
];
