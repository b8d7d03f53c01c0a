import { Route } from '@angular/router';
import { ArcElement, DoughnutController, Tooltip } from 'chart.js';
import { provideCharts } from 'ng2-charts';
import { unsavedChangesGuard } from '../core/unsaved-changes.guard';
import { CalendarPage } from './calendar-page';

/** Chart.js is registered on this lazy route only, with just what the year wheel (a doughnut) needs. */
export const calendarRoutes: Route[] = [
  {
    path: '',
    component: CalendarPage,
    canDeactivate: [unsavedChangesGuard],
    providers: [provideCharts({ registerables: [DoughnutController, ArcElement, Tooltip] })],
  },
];
