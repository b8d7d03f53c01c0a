import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BaseChartDirective } from 'ng2-charts';
import { priceLevelLabel } from '../core/price-level';
import { AllocationTable } from './allocation-table';
import { buildPoolChart } from './pool-chart';

/** The pool per year by track as stacked bars; the page shows the same numbers in its table. */
@Component({
  selector: 'app-pool-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective],
  template: `
    <figure class="chart">
      <div class="chart__canvas">
        <canvas
          baseChart
          role="img"
          [attr.aria-label]="label()"
          [type]="'bar'"
          [data]="config().data"
          [options]="config().options"
        ></canvas>
      </div>
      <figcaption class="chart__caption">{{ label() }}</figcaption>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0;
      padding: 1rem;
      border: 1px solid var(--bs-color-border);
      border-radius: var(--bs-radius);
      background: var(--bs-color-surface);
    }
    .chart__canvas {
      position: relative;
      height: 20rem;
    }
    .chart__caption {
      margin-top: 0.5rem;
      color: var(--bs-color-text-muted);
      font-size: 0.9375rem;
    }
  `,
})
export class PoolChart {
  readonly table = input.required<AllocationTable>();
  protected readonly config = computed(() => buildPoolChart(this.table()));
  protected readonly label = computed(() => {
    const t = this.table();
    const years = t.years.length ? `${t.years[0]}–${t.years[t.years.length - 1]}` : '';
    return t.priceLevel === null
      ? $localize`:@@allocation.chart.label:Søjlediagram: innovationspuljen pr. år ${years}:years: fordelt på spor. Tallene står i tabellen under diagrammet.`
      : $localize`:@@allocation.chart.labelAtLevel:Søjlediagram: innovationspuljen pr. år ${years}:years: fordelt på spor, i ${priceLevelLabel(t.priceLevel)}:priceLevel:. Tallene står i tabellen under diagrammet.`;
  });
}
