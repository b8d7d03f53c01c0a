import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { Drilldown } from './drilldown';
import { formatRate, kr, kronerUnit } from './figures';
import { SAVINGS_STATUS_INFO } from './traffic-light';

/**
 * One track's cells, committee by committee and year by year: expected, forecast, realised,
 * the committee's own status and comment, with a subtotal per committee. The amounts a
 * committee has not entered yet show as "–" (they count as 0 in the sums, as in the API).
 */
@Component({
  selector: 'app-track-drilldown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadge, ScrollRegion],
  templateUrl: './track-drilldown.html',
  styleUrl: './dashboard-tables.scss',
})
export class TrackDrilldown {
  readonly trackCode = input.required<string>();
  readonly trackName = input.required<string>();
  /** The track's rows grouped by committee, see buildDrilldown. */
  readonly drilldown = input.required<Drilldown>();
  readonly year = input.required<number>();
  /** The price level the amounts were converted to; null at the round's own level. */
  readonly priceLevel = input<number | null>(null);
  protected readonly unit = computed(() => kronerUnit(this.priceLevel()));

  protected readonly statusInfo = SAVINGS_STATUS_INFO;
  protected readonly kr = kr;
  protected readonly rate = formatRate;
}
