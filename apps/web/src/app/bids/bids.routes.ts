import { Route } from '@angular/router';
import { BidsPage } from './bids-page';
import { unsavedChangesGuard } from '../core/unsaved-changes.guard';

export const bidsRoutes: Route[] = [{ path: '', component: BidsPage, canDeactivate: [unsavedChangesGuard] }];
