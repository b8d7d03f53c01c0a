import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { formatKroner } from '../core/format';
import { priceLevelLabel } from '../core/price-level';
import { AllocationTable } from './allocation-table';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

export interface CellRef {
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  readonly amount: bigint;
}

/**
 * The allocation as a table: track × committee rows, a column per year and "I alt", track
 * subtotals, and in the footer the allocated total, the unallocated (or uncovered) line and
 * the pool. With `explainable`, each amount is a button asking "Hvorfor dette beløb?".
 */
@Component({
  selector: 'app-allocation-grid',
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './allocation-grid.html',
  styleUrl: './allocation-grid.scss',
})
export class AllocationGrid {
  readonly table = input.required<AllocationTable>();
  readonly explainable = input(false);
  readonly explain = output<CellRef>();

  /** "Fordeling pr. spor, udvalg og år (kr., 2014-priser)": the amounts' unit and price level. */
  protected readonly caption = computed(() => {
    const t = this.table();
    if (t.priceLevel === null) {
      return t.mode === 'bids'
        ? $localize`:@@allocation.grid.captionBids:Bud pr. spor, udvalg og år (kr.)`
        : $localize`:@@allocation.grid.caption:Fordeling pr. spor, udvalg og år (kr.)`;
    }
    const level = priceLevelLabel(t.priceLevel);
    return t.mode === 'bids'
      ? $localize`:@@allocation.grid.captionBidsAtLevel:Bud pr. spor, udvalg og år (kr., ${level}:priceLevel:)`
      : $localize`:@@allocation.grid.captionAtLevel:Fordeling pr. spor, udvalg og år (kr., ${level}:priceLevel:)`;
  });

  protected kr(ore: bigint): string {
    return formatKroner(ore);
  }

  protected isPositive(ore: bigint): boolean {
    return ore > 0n;
  }

  protected isNegative(ore: bigint): boolean {
    return ore < 0n;
  }
}
