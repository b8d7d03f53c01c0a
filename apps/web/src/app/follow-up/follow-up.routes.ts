import { Route } from '@angular/router';
import { CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { provideCharts } from 'ng2-charts';
import { unsavedChangesGuard } from '../core/unsaved-changes.guard';
import { FollowUpPage } from './follow-up-page';

/** Chart.js is registered on this lazy route only, with just what the forecast's line chart needs. */
export const followUpRoutes: Route[] = [
  {
    path: '',
    component: FollowUpPage,
    canDeactivate: [unsavedChangesGuard],
    providers: [
      provideCharts({ registerables: [LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip] }),
    ],
  },
];
