import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { formatDateTime, formatKroner } from '../core/format';
import { RowMessage } from './savings-editor';
import { DraftErrors, SavingsDraft } from './savings-draft';
import {
  changedBy,
  EditableField,
  FIELD_LABELS,
  rowName,
  SAVINGS_STATUS_INFO,
  SAVINGS_STATUSES,
  SavingsRow,
} from './savings.models';

/** One line of the grid: the row as saved, what its fields hold now, and how saving went. */
export interface SavingsGridRow {
  readonly row: SavingsRow;
  readonly trackName: string;
  readonly committeeName: string;
  readonly draft: SavingsDraft;
  readonly errors: DraftErrors;
  readonly editable: boolean;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly message: RowMessage | null;
}

/** Sums of the rows shown, formatted; forecasts and realised amounts not entered count as 0. */
export interface SavingsTotals {
  readonly expected: string;
  readonly forecast: string;
  readonly realised: string;
}

export interface FieldEdit {
  readonly id: string;
  readonly field: EditableField;
  readonly value: string;
}

export interface FieldRef {
  readonly id: string;
  readonly field: EditableField;
}

/**
 * The savings rows as a table the user edits in place. Presentational: every keystroke goes
 * out as `edited`, leaving a field as `left` (where errors start to show), and "Gem" as `save`.
 * The track column stays put while the rest scrolls sideways on a narrow screen.
 */
@Component({
  selector: 'app-savings-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadge, ScrollRegion],
  templateUrl: './savings-grid.html',
  styleUrl: './savings-grid.scss',
})
export class SavingsGrid {
  readonly rows = input.required<readonly SavingsGridRow[]>();
  readonly totals = input.required<SavingsTotals>();
  /** The price level the amounts are in ("2014-priser" in the caption); null while unknown. */
  readonly priceLevel = input<number | null>(null);

  readonly edited = output<FieldEdit>();
  readonly left = output<FieldRef>();
  readonly save = output<string>();

  protected readonly amountFields = ['forecast', 'realised'] as const;
  protected readonly statuses = SAVINGS_STATUSES;
  protected readonly statusInfo = SAVINGS_STATUS_INFO;

  protected kr(amount: string): string {
    return formatKroner(amount, { unit: false });
  }

  protected fieldId(r: SavingsGridRow, field: EditableField): string {
    return `savings-${r.row.id}-${field}`;
  }

  /** "Prognose for spor SELV (Selvhjulpne borgere), udvalg SAU, 2014": each cell names its place. */
  protected fieldLabel(r: SavingsGridRow, field: EditableField): string {
    const { trackCode, committeeCode, year } = r.row;
    return $localize`:@@savings.grid.fieldLabel:${FIELD_LABELS[field]}:field: for spor ${trackCode}:track: (${r.trackName}:trackName:), udvalg ${committeeCode}:committee:, ${year}:year:`;
  }

  protected rowName(r: SavingsGridRow): string {
    return rowName(r.row);
  }

  protected describedBy(r: SavingsGridRow, field: EditableField): string | null {
    return r.errors[field] ? `${this.fieldId(r, field)}-error` : null;
  }

  protected who(r: SavingsGridRow): string {
    return changedBy(r.row.updatedBy);
  }

  protected when(r: SavingsGridRow): string {
    return formatDateTime(r.row.updatedAt);
  }

  protected onInput(r: SavingsGridRow, field: EditableField, event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    this.edited.emit({ id: r.row.id, field, value: target.value });
  }
}
