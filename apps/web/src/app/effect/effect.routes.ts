import { Route } from '@angular/router';
import { unsavedChangesGuard } from '../core/unsaved-changes.guard';
import { EffectAccountPage } from './effect-account-page';
import { EffectPage } from './effect-page';
import { GoalEditorPage } from './goal-editor-page';

/**
 * `/effect` lists the goals; `/effect/ny` creates one; `/effect/maal/:id` shows and edits one
 * with its indicators and yearly values; `/effect/account/:year` is the year's effect account.
 * `/effect/account` alone opens last year's, the newest a municipality normally reports on.
 */
export const effectRoutes: Route[] = [
  { path: '', pathMatch: 'full', component: EffectPage },
  { path: 'ny', title: 'Nyt effektmål', component: GoalEditorPage, canDeactivate: [unsavedChangesGuard] },
  { path: 'maal/:id', title: 'Effektmål', component: GoalEditorPage, canDeactivate: [unsavedChangesGuard] },
  { path: 'account', pathMatch: 'full', redirectTo: () => `/effect/account/${new Date().getFullYear() - 1}` },
  {
    path: 'account/:year',
    title: (route) => `Effektregnskab ${route.paramMap.get('year') ?? ''}`,
    component: EffectAccountPage,
  },
];
