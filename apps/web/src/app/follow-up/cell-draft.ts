import { amountInputText, parseAmountInput } from '../savings/amount-input';
import { validateComment } from '../savings/savings-draft';
import { SavingsStatus } from '../savings/savings.models';
import { ConfirmCellBody, FollowUpCell } from './follow-up.models';

/** What a cell's fields hold while the committee edits it: the forecast as typed. */
export interface CellDraft {
  readonly forecast: string;
  readonly status: SavingsStatus;
  readonly comment: string;
}

export type CellField = keyof CellDraft;
export type CellErrors = Partial<Record<CellField, string>>;

export type CellEvaluation =
  | { readonly ok: true; readonly body: ConfirmCellBody; readonly changed: boolean }
  | { readonly ok: false; readonly errors: CellErrors };

export function draftFromCell(cell: FollowUpCell): CellDraft {
  return { forecast: amountInputText(cell.forecast), status: cell.status, comment: cell.comment };
}

/**
 * The PUT body for a draft, read with the savings page's own rules (Danish amounts, the
 * comment's limit), or the field errors. `changed` says whether anything differs from the cell
 * as read: confirming unchanged figures is a real answer in a follow-up round, so it is sent too.
 */
export function evaluateCellDraft(cell: FollowUpCell, draft: CellDraft): CellEvaluation {
  const errors: CellErrors = {};
  const forecast = parseAmountInput(draft.forecast);
  if (!forecast.ok) errors.forecast = forecast.error;
  const commentError = validateComment(draft.comment);
  if (commentError) errors.comment = commentError;
  if (!forecast.ok || commentError) return { ok: false, errors };
  const changed = forecast.value !== cell.forecast || draft.status !== cell.status || draft.comment !== cell.comment;
  return { ok: true, changed, body: { forecast: forecast.value, status: draft.status, comment: draft.comment, version: cell.version } };
}

/** Whether the fields differ from the cell, including a forecast that cannot be read yet. */
export function isDirty(cell: FollowUpCell, draft: CellDraft): boolean {
  const evaluation = evaluateCellDraft(cell, draft);
  return !evaluation.ok || evaluation.changed;
}
