import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { formatKroner } from '../core/format';
import { BidSummary, EMPTY_BID, ParsedBid } from './bids-math';
import { BidGroup, BidRow, cellKey } from './bids-rows';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

export interface CellEdit {
  readonly key: string;
  readonly text: string;
}

/**
 * The bids as a grid: a row per track × committee, a column per year of the period and the
 * row's total; in the footer the bids per year, the pool and what the bids leave uncovered.
 * It shows what it is given; the page owns the typed texts and the arithmetic.
 */
@Component({
  selector: 'app-bids-grid',
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bids-grid.html',
  styleUrl: './bids-grid.scss',
})
export class BidsGrid {
  readonly years = input.required<readonly number[]>();
  readonly groups = input.required<readonly BidGroup[]>();
  /** What is in each cell's input, by `cellKey`. */
  readonly texts = input.required<ReadonlyMap<string, string>>();
  readonly parsed = input.required<ReadonlyMap<string, ParsedBid>>();
  /** Messages to show, by `cellKey`: only for cells the user has left or after "Gem". */
  readonly errors = input.required<ReadonlyMap<string, string>>();
  readonly summary = input.required<BidSummary>();
  readonly editable = input(false);

  readonly edited = output<CellEdit>();
  readonly left = output<string>();

  protected key(row: BidRow, year: number): string {
    return cellKey(row.trackCode, row.committeeCode, year);
  }

  protected cellId(row: BidRow, yearIndex: number): string {
    return `bid-${row.index}-${yearIndex}`;
  }

  protected label(row: BidRow, year: number): string {
    return $localize`:@@bids.grid.cellLabel:Bud ${year}:year:: ${row.trackCode}:trackCode: ${row.trackName}:trackName:, ${row.committeeCode}:committeeCode: ${row.committeeName}:committeeName:`.trim();
  }

  protected text(row: BidRow, year: number): string {
    return this.texts().get(this.key(row, year)) ?? '';
  }

  protected error(row: BidRow, year: number): string | null {
    return this.errors().get(this.key(row, year)) ?? null;
  }

  /** Read-only cells: the amount in the page's language, or a dash for no bid. */
  protected shown(row: BidRow, year: number): string {
    const cell = this.parsed().get(this.key(row, year)) ?? EMPTY_BID;
    return cell.kind === 'ok' ? formatKroner(cell.ore) : '–';
  }

  protected onInput(row: BidRow, year: number, event: Event): void {
    this.edited.emit({ key: this.key(row, year), text: (event.target as HTMLInputElement).value });
  }

  protected rowTotal(row: BidRow): string {
    return formatKroner(this.summary().rowTotals[row.index] ?? 0n);
  }

  protected kr(ore: bigint): string {
    return formatKroner(ore);
  }

  protected isNegative(ore: bigint): boolean {
    return ore < 0n;
  }
}
