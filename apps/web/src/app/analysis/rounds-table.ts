import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { formatKroner } from '../core/format';
import { formatRate } from '../dashboard/figures';
import { trafficLight } from '../dashboard/traffic-light';
import { priceLevelLabel } from '../core/price-level';
import { AnalysisRound, frameworkText } from './analysis.models';

/**
 * The rounds chart's figures as a table: per budget round the whole period's savings, the
 * rate with its status in words, the price level of the amounts (under the round's name),
 * and the framework revision that set the expectation. Each round links to its year-by-year view (`?runde=`).
 */
@Component({
  selector: 'app-rounds-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, ScrollRegion],
  template: `
    <div class="bs-table-wrap">
      <table class="bs-table" data-testid="rounds-table">
        <caption i18n="@@analysis.roundsTable.caption">Besparelser pr. budgetrunde, hele perioden (kr.)</caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@analysis.roundsTable.round">Budgetrunde</th>
            <th scope="col" i18n="@@analysis.roundsTable.framework">Rammeudmelding, der satte det forventede</th>
            <th scope="col" class="num" i18n="@@analysis.roundsTable.expected">Forventet</th>
            <th scope="col" class="num" i18n="@@analysis.roundsTable.forecast">Prognose</th>
            <th scope="col" class="num" i18n="@@analysis.roundsTable.realised">Realiseret</th>
            <th scope="col" class="num" i18n="@@analysis.roundsTable.rate">Realiserings&shy;grad</th>
            <th scope="col" i18n="@@analysis.roundsTable.status">Status</th>
          </tr>
        </thead>
        <tbody>
          @for (r of rows(); track r.round.budgetYear) {
            <tr [attr.data-round]="r.round.budgetYear">
              <th scope="row">
                <a [routerLink]="[]" [queryParams]="{ runde: r.round.budgetYear }" queryParamsHandling="merge" [attr.aria-current]="r.round.budgetYear === selected() ? 'true' : null"
                  >{{ r.round.title }}<span class="visually-hidden" i18n="@@analysis.roundsTable.showYears"> – vis år for år</span></a
                >
                <!-- The price level of the row's amounts: rounds keep their own unless one is chosen. -->
                &ngsp;<span class="level" data-col="price-level">{{ r.priceLevel }}</span>
              </th>
              <td data-col="framework">{{ r.framework }}</td>
              <td class="num" data-col="expected">{{ kr(r.round.total.expected) }}</td>
              <td class="num" data-col="forecast">{{ kr(r.round.total.forecast) }}</td>
              <td class="num" data-col="realised">{{ kr(r.round.total.realised) }}</td>
              <td class="num" data-col="rate">{{ rate(r.round.total.rate) }}</td>
              <td data-col="status">
                @if (r.light.level === 'none') {
                  –<span class="visually-hidden" i18n="@@analysis.roundsTable.nothingExpected"> intet forventet</span>
                } @else {
                  <lib-status-badge [tone]="r.light.tone" [label]="r.light.label" />
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: './analysis-tables.scss',
})
export class RoundsTable {
  readonly rounds = input.required<readonly AnalysisRound[]>();
  /** The round whose years are shown below; its link is marked current. */
  readonly selected = input<number | null>(null);

  protected readonly rows = computed(() =>
    this.rounds().map((round) => ({
      round,
      framework: frameworkText(round.framework),
      priceLevel: priceLevelLabel(round.total.priceLevel ?? round.priceLevelYear),
      light: trafficLight(round.total.rate),
    })),
  );
  protected readonly kr = (amount: string) => formatKroner(amount);
  protected readonly rate = formatRate;
}
