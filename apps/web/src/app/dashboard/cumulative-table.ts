import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CumulativePoint } from './cumulative';
import { formatRate, kr, kronerUnit } from './figures';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/** The cumulative line chart's numbers: the running totals up to and including each year. */
@Component({
  selector: 'app-cumulative-table',
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bs-table-wrap">
      <table class="bs-table" data-testid="cumulative-table">
        <caption i18n="@@dashboard.cumulativeTable.caption">Akkumuleret til og med året, budget {{ year() }} ({{ unit() }})</caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@dashboard.cumulativeTable.upTo">Til og med</th>
            <th scope="col" class="num" i18n="@@dashboard.table.expected">Forventet</th>
            <th scope="col" class="num" i18n="@@dashboard.table.forecast">Prognose</th>
            <th scope="col" class="num" i18n="@@dashboard.table.realised">Realiseret</th>
            <th scope="col" class="num" i18n="@@dashboard.table.rate">Realiserings&shy;grad</th>
          </tr>
        </thead>
        <tbody>
          @for (p of points(); track p.year) {
            <tr [attr.data-key]="p.year">
              <th scope="row">{{ p.year }}</th>
              <td class="num" data-col="expected">{{ kr(p.expected) }}</td>
              <td class="num" data-col="forecast">{{ kr(p.forecast) }}</td>
              <td class="num" data-col="realised">{{ kr(p.realised) }}</td>
              <td class="num" data-col="rate">{{ rate(p.rate) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: './dashboard-tables.scss',
})
export class CumulativeTable {
  readonly points = input.required<readonly CumulativePoint[]>();
  readonly year = input.required<number>();
  /** The price level the amounts were converted to; null at the round's own level. */
  readonly priceLevel = input<number | null>(null);
  protected readonly unit = computed(() => kronerUnit(this.priceLevel()));
  protected readonly kr = kr;
  protected readonly rate = formatRate;
}
