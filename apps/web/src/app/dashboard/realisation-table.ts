import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { DashboardView, Names, Realisation } from './dashboard.models';
import { formatRate, groupName, kr, kronerUnit, Sums, toSums } from './figures';
import { TrafficLight, trafficLight } from './traffic-light';

interface TableRow {
  readonly key: string;
  /** The name beside the code; empty for years, which are their own name. */
  readonly name: string;
  readonly sums: Sums;
  readonly light: TrafficLight;
}

/**
 * The figures of the grouped chart, exactly, as a table: one row per group and the total.
 * In the track view each track is a link to its drill-down (`?spor=`), so it can be opened
 * from the keyboard and shared.
 */
@Component({
  selector: 'app-realisation-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, ScrollRegion],
  templateUrl: './realisation-table.html',
  styleUrl: './dashboard-tables.scss',
})
export class RealisationTable {
  readonly view = input.required<DashboardView>();
  readonly realisation = input.required<Realisation>();
  readonly names = input.required<Names>();
  readonly year = input.required<number>();
  /** The price level the amounts were converted to; null at the round's own level. */
  readonly priceLevel = input<number | null>(null);

  protected readonly drillable = computed(() => this.view().groupBy === 'track');
  protected readonly rows = computed<TableRow[]>(() => {
    const groupBy = this.view().groupBy;
    return this.realisation().groups.map((g) => {
      const sums = toSums(g);
      const key = String(g.key);
      const name = groupName(groupBy, g.key, this.names());
      return { key, name: name === key ? '' : name, sums, light: trafficLight(sums.rate) };
    });
  });
  protected readonly total = computed(() => {
    const sums = toSums(this.realisation().total);
    return { sums, light: trafficLight(sums.rate) };
  });
  protected readonly keyHeading = computed(() => this.view().label);
  protected readonly unit = computed(() => kronerUnit(this.priceLevel()));

  protected readonly kr = kr;
  protected readonly rate = formatRate;
}
