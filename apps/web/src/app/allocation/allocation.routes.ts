import { Route } from '@angular/router';
import { BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip } from 'chart.js';
import { provideCharts } from 'ng2-charts';
import { AllocationPage } from './allocation-page';

/**
 * Chart.js is registered here, on the lazy route that draws charts, and only with the parts
 * a stacked bar chart needs, so neither lands in the initial bundle.
 */
export const allocationRoutes: Route[] = [
  {
    path: '',
    component: AllocationPage,
    providers: [
      provideCharts({ registerables: [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip] }),
    ],
  },
];
