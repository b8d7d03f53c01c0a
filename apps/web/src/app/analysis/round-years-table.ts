import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatKroner } from '../core/format';
import { formatRate } from '../dashboard/figures';
import { priceLevelLabel } from '../core/price-level';
import { AnalysisRound } from './analysis.models';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/** The year-by-year chart's figures: each year's own savings and the running totals, and the whole period. */
@Component({
  selector: 'app-round-years-table',
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = round();
    <div class="bs-table-wrap">
      <table class="bs-table years" data-testid="round-years-table">
        <caption i18n="@@analysis.yearsTable.caption">{{ r.title }} år for år (kr., {{ priceLevel() }})</caption>
        <thead>
          <tr>
            <th scope="col" rowspan="2" i18n="@@analysis.yearsTable.year">År</th>
            <th scope="colgroup" colspan="4" class="group" i18n="@@analysis.yearsTable.theYear">Året</th>
            <th scope="colgroup" colspan="3" class="group" i18n="@@analysis.yearsTable.cumulative">Akkumuleret til og med året</th>
          </tr>
          <tr>
            <th scope="col" class="num" i18n="@@analysis.yearsTable.expected">Forventet</th>
            <th scope="col" class="num" i18n="@@analysis.yearsTable.forecast">Prognose</th>
            <th scope="col" class="num" i18n="@@analysis.yearsTable.realised">Realiseret</th>
            <th scope="col" class="num" i18n="@@analysis.yearsTable.rate">Realiserings&shy;grad</th>
            <th scope="col" class="num" i18n="@@analysis.yearsTable.expected">Forventet</th>
            <th scope="col" class="num" i18n="@@analysis.yearsTable.realised">Realiseret</th>
            <th scope="col" class="num" i18n="@@analysis.yearsTable.rate">Realiserings&shy;grad</th>
          </tr>
        </thead>
        <tbody>
          @for (y of r.years; track y.year) {
            <tr [attr.data-year]="y.year">
              <th scope="row">{{ y.year }}</th>
              <td class="num" data-col="expected">{{ kr(y.expected) }}</td>
              <td class="num" data-col="forecast">{{ kr(y.forecast) }}</td>
              <td class="num" data-col="realised">{{ kr(y.realised) }}</td>
              <td class="num" data-col="rate">{{ rate(y.rate) }}</td>
              <td class="num" data-col="cumulative-expected">{{ kr(y.cumulative.expected) }}</td>
              <td class="num" data-col="cumulative-realised">{{ kr(y.cumulative.realised) }}</td>
              <td class="num" data-col="cumulative-rate">{{ rate(y.cumulative.rate) }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr data-year="total">
            <th scope="row" i18n="@@analysis.yearsTable.total">Hele perioden</th>
            <td class="num" data-col="expected">{{ kr(r.total.expected) }}</td>
            <td class="num" data-col="forecast">{{ kr(r.total.forecast) }}</td>
            <td class="num" data-col="realised">{{ kr(r.total.realised) }}</td>
            <td class="num" data-col="rate">{{ rate(r.total.rate) }}</td>
            <td colspan="3"></td>
          </tr>
        </tfoot>
      </table>
    </div>
  `,
  styleUrl: './analysis-tables.scss',
})
export class RoundYearsTable {
  readonly round = input.required<AnalysisRound>();
  protected readonly priceLevel = computed(() => priceLevelLabel(this.round().total.priceLevel ?? this.round().priceLevelYear));
  protected readonly kr = (amount: string) => formatKroner(amount);
  protected readonly rate = formatRate;
}
