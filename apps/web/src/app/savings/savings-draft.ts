import { formatNumber } from '../core/format';
import { amountInputText, parseAmountInput } from './amount-input';
import { EditableField, SavingsChanges, SavingsRow, SavingsStatus } from './savings.models';

/** What the fields of one row hold while the user edits it: amounts as typed. */
export interface SavingsDraft {
  readonly forecast: string;
  readonly realised: string;
  readonly status: SavingsStatus;
  readonly comment: string;
}

export type DraftErrors = Partial<Record<EditableField, string>>;

export interface DraftEvaluation {
  /** The fields that differ from the row as read, in the API's form; only these are sent. */
  readonly changes: SavingsChanges;
  readonly errors: DraftErrors;
  /** True when anything differs, including a field that cannot be read yet. */
  readonly dirty: boolean;
}

/** The API's limit (`CHECK (char_length(comment) <= 4000)`), counted the same way: in code points. */
export const MAX_COMMENT_LENGTH = 4000;

export function draftFromRow(row: SavingsRow): SavingsDraft {
  return {
    forecast: amountInputText(row.forecast),
    realised: amountInputText(row.realised),
    status: row.status,
    comment: row.comment,
  };
}

/**
 * Compares the fields with the row they were read from. An amount counts as changed only when
 * its value differs, so "1250" typed over "1.250" is no change and a PATCH is not sent for it.
 */
export function evaluateDraft(row: SavingsRow, draft: SavingsDraft): DraftEvaluation {
  const changes: SavingsChanges = {};
  const errors: DraftErrors = {};
  let dirty = false;
  for (const field of ['forecast', 'realised'] as const) {
    const parsed = parseAmountInput(draft[field]);
    if (!parsed.ok) {
      errors[field] = parsed.error;
      dirty = true;
    } else if (parsed.value !== row[field]) {
      changes[field] = parsed.value;
      dirty = true;
    }
  }
  if (draft.status !== row.status) {
    changes.status = draft.status;
    dirty = true;
  }
  if (draft.comment !== row.comment) {
    const commentError = validateComment(draft.comment);
    if (commentError) {
      errors.comment = commentError;
    } else {
      changes.comment = draft.comment;
    }
    dirty = true;
  }
  return { changes, errors, dirty };
}

export function validateComment(comment: string): string | null {
  const length = [...comment].length;
  if (length > MAX_COMMENT_LENGTH) {
    return $localize`:@@savings.comment.tooLong:Kommentaren må højst være ${formatNumber(MAX_COMMENT_LENGTH)}:max: tegn; den er ${formatNumber(length)}:length:.`;
  }
  // PostgreSQL text cannot hold NUL, and the API refuses it; it can only come from a paste.
  if (comment.includes('\u0000')) {
    return $localize`:@@savings.comment.nul:Kommentaren indeholder et ugyldigt tegn (NUL). Skriv den igen uden at indsætte.`;
  }
  return null;
}

export function hasErrors(errors: DraftErrors): boolean {
  return Object.keys(errors).length > 0;
}

export function hasChanges(changes: SavingsChanges): boolean {
  return Object.keys(changes).length > 0;
}
