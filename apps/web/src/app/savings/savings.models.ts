import { formatKroner } from '../core/format';
import { StatusTone } from '@budgetspor/web/shared/ui';

/** The committee's own judgement of a cell. */
export type SavingsStatus = 'on_track' | 'at_risk' | 'off_track' | 'realised';

/** One track × committee × year cell, as `GET /api/budget-years/:year/savings` returns it. */
export interface SavingsRow {
  readonly id: string;
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  /** Kroner as a decimal string, from the pool allocation; never edited here. */
  readonly expected: string;
  /** Kroner as a decimal string; null until the committee has entered one. */
  readonly forecast: string | null;
  readonly realised: string | null;
  readonly status: SavingsStatus;
  readonly comment: string;
  readonly version: number;
  readonly updatedAt: string;
  /** The e-mail of whoever changed the row last, or "system" (the allocation). */
  readonly updatedBy: string;
  /**
   * Only with `?priceLevel=`: the price level expected, forecast and realised were converted
   * to. Such a row is for reading: PATCH takes amounts at the round's own level.
   */
  readonly priceLevel?: number;
}

/** The fields a PATCH may change; only the ones the user changed are sent. */
export interface SavingsChanges {
  forecast?: string | null;
  realised?: string | null;
  status?: SavingsStatus;
  comment?: string;
}

export type { NamedCode } from '../core/named-code';

/** In the order a cell usually moves through, which is also the order of the select. */
export const SAVINGS_STATUSES: readonly SavingsStatus[] = ['on_track', 'at_risk', 'off_track', 'realised'];

export const SAVINGS_STATUS_INFO: Readonly<Record<SavingsStatus, { readonly label: string; readonly tone: StatusTone }>> = {
  on_track: { label: $localize`:@@savings.status.onTrack:På sporet`, tone: 'ok' },
  at_risk: { label: $localize`:@@savings.status.atRisk:I risiko`, tone: 'warning' },
  off_track: { label: $localize`:@@savings.status.offTrack:Ikke på sporet`, tone: 'error' },
  realised: { label: $localize`:@@savings.status.realised:Realiseret`, tone: 'info' },
};

/** The editable fields, with the names the page and its messages use for them. */
export type EditableField = 'forecast' | 'realised' | 'status' | 'comment';

export const FIELD_LABELS: Readonly<Record<EditableField, string>> = {
  forecast: $localize`:@@savings.field.forecast:Prognose`,
  realised: $localize`:@@savings.field.realised:Realiseret`,
  status: $localize`:@@savings.field.status:Status`,
  comment: $localize`:@@savings.field.comment:Kommentar`,
};

export const EDITABLE_FIELDS: readonly EditableField[] = ['forecast', 'realised', 'status', 'comment'];

/** "SELV, SAU, 2014": how messages name a row. */
export function rowName(row: Pick<SavingsRow, 'trackCode' | 'committeeCode' | 'year'>): string {
  return `${row.trackCode}, ${row.committeeCode}, ${row.year}`;
}

/** Who changed a row, in words: the allocation job writes as "system". */
export function changedBy(updatedBy: string): string {
  return updatedBy === 'system' ? $localize`:@@savings.changedBy.allocation:puljefordelingen` : updatedBy;
}

/** A field's value in words: amounts in kroner, statuses by name; what was never entered says so. */
export function displayValue(field: EditableField, value: string | null): string {
  if (field === 'status') {
    return SAVINGS_STATUS_INFO[value as SavingsStatus]?.label ?? '';
  }
  if (field === 'comment') {
    return value ? value : $localize`:@@savings.value.noComment:(ingen kommentar)`;
  }
  return value === null ? $localize`:@@savings.value.notEntered:(ikke udfyldt)` : formatKroner(value);
}
