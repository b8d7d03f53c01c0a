import { Route } from '@angular/router';
import { SavingsPage } from './savings-page';
import { unsavedChangesGuard } from '../core/unsaved-changes.guard';

export const savingsRoutes: Route[] = [
  {
    path: '',
    component: SavingsPage,
    canDeactivate: [unsavedChangesGuard],
    // `?prisniveau=` reloads the rows: unsaved edits are asked about then too (back and forward buttons).
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
  },
];
