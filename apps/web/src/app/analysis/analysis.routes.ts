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
import { kindForSlug } from './analysis.models';
import { AnalysisPage } from './analysis-page';

/**
 * `/analysis` asks what to analyse; `/analysis/spor/SELV` (or `udvalg`, `forvaltning`) shows it,
 * so a view can be linked to. Chart.js is registered here, on the lazy route that draws the
 * charts, with only what a bar and a line chart need, so it stays out of the initial bundle.
 */
export const analysisRoutes: Route[] = [
  {
    path: '',
    providers: [
      provideCharts({
        registerables: [BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip],
      }),
    ],
    children: [
      { path: '', pathMatch: 'full', component: AnalysisPage },
      {
        path: ':kind/:code',
        title: (route) => {
          const code = route.paramMap.get('code') ?? '';
          return kindForSlug(route.paramMap.get('kind'))?.title(code) ?? $localize`:@@analysis.title.unknown:Analyse af ${code}:code:`;
        },
        component: AnalysisPage,
      },
    ],
  },
];
