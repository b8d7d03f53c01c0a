import { StatusTone } from '@budgetspor/web/shared/ui';
import { formatNumber } from '../core/format';
import { SavingsStatus } from '../savings/savings.models';

export type RoundStatus = 'open' | 'closed';

export interface CommitteeProgress {
  readonly committeeCode: string;
  readonly confirmed: number;
  readonly total: number;
}

export interface RoundProgress {
  readonly confirmed: number;
  readonly total: number;
  /** Committee codes in code point order. */
  readonly committees: readonly CommitteeProgress[];
}

/** A follow-up round (budgetopfølgning "pr. 30. juni 2014"), as the API returns it. */
export interface FollowUpRound {
  readonly id: string;
  readonly budgetYear: number;
  /** YYYY-MM-DD: the round follows up "pr." this date. */
  readonly asOf: string;
  readonly deadline: string;
  readonly title: string;
  readonly status: RoundStatus;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly closedBy: string | null;
  readonly closedAt: string | null;
  readonly version: number;
  /** Live in an open round; the frozen snapshot's in a closed one. */
  readonly progress: RoundProgress;
}

/** One savings cell in a round: live while the round is open, frozen once it is closed. */
export interface FollowUpCell {
  readonly savingId: string;
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  readonly expected: string;
  readonly forecast: string | null;
  readonly realised: string | null;
  readonly status: SavingsStatus;
  readonly comment: string;
  /** The savings row's version, sent back when the cell is confirmed. */
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly confirmed: boolean;
  readonly confirmedBy: string | null;
  readonly confirmedAt: string | null;
}

/** `PUT /api/follow-up-rounds/:id/cells/:savingId`: the whole entry, also when only confirming. */
export interface ConfirmCellBody {
  readonly forecast: string | null;
  readonly status: SavingsStatus;
  readonly comment: string;
  readonly version: number;
}

export interface OpenRoundBody {
  readonly asOf: string;
  readonly deadline: string;
  readonly title?: string;
}

export interface RoundRef {
  readonly id: string;
  readonly asOf: string;
  readonly title: string;
  readonly status: RoundStatus;
}

/** Kroner as decimal strings; a missing forecast counts as 0 in sums and differences. */
export interface Change {
  readonly from: string;
  readonly to: string;
  readonly difference: string;
}

export interface CellChange {
  readonly savingId: string;
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  /** null: no forecast in that round, or the cell was not in it. */
  readonly from: string | null;
  readonly to: string | null;
  readonly difference: string;
}

export interface RoundComparison {
  readonly from: RoundRef;
  readonly to: RoundRef;
  readonly cells: readonly CellChange[];
  readonly tracks: readonly (Change & { readonly trackCode: string })[];
  readonly committees: readonly (Change & { readonly committeeCode: string })[];
  readonly total: Change;
}

/** The matching cells' sums in one closed round (`…/follow-up-rounds/history`). */
export interface ForecastHistory {
  readonly roundId: string;
  readonly asOf: string;
  readonly title: string;
  readonly closedAt: string;
  readonly cells: number;
  readonly expected: string;
  readonly forecast: string;
  readonly realised: string;
}

export type { NamedCode } from '../core/named-code';

export const ROUND_STATUS_INFO: Readonly<Record<RoundStatus, { readonly label: string; readonly tone: StatusTone }>> = {
  open: { label: $localize`:@@follow-up.status.open:Åben`, tone: 'info' },
  closed: { label: $localize`:@@follow-up.status.closed:Lukket`, tone: 'locked' },
};

/** "12 af 40 celler bekræftet". */
export function progressText(confirmed: number, total: number): string {
  const done = formatNumber(confirmed);
  return total === 1
    ? $localize`:@@follow-up.progressOne:${done}:confirmed: af 1 celle bekræftet`
    : $localize`:@@follow-up.progress:${done}:confirmed: af ${formatNumber(total)}:total: celler bekræftet`;
}

/** Whole percent for the bar's width; a round without cells is 0. */
export function progressPercent(confirmed: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((confirmed / total) * 100)) : 0;
}

/** Who confirmed or changed a cell, in words: demo data and jobs write as "system". */
export function actorName(actor: string | null): string {
  return actor === 'system' ? $localize`:@@follow-up.actor.system:systemet` : (actor ?? '');
}
