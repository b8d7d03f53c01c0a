import { Route } from '@angular/router';
import {
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { provideCharts } from 'ng2-charts';
import { DashboardPage } from './dashboard-page';

/**
 * Chart.js is registered here, on the lazy route that draws the charts, with only what a bar
 * and a line chart need, so it stays out of the initial bundle.
 */
export const dashboardRoutes: Route[] = [
  {
    path: '',
    component: DashboardPage,
    providers: [
      provideCharts({
        registerables: [BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip],
      }),
    ],
  },
];
