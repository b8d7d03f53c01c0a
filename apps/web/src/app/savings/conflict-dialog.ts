import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { Dialog } from '@budgetspor/web/shared/ui';
import { formatDateTime } from '../core/api-error';
import { SavingsConflict } from './savings-editor';
import { changedBy, displayValue, EDITABLE_FIELDS, EditableField, FIELD_LABELS, rowName, SavingsChanges, SavingsRow } from './savings.models';

export interface ConflictLine {
  readonly field: EditableField;
  readonly label: string;
  /** The user's value, or a note that the user did not change the field. */
  readonly mine: string;
  readonly saved: string;
  readonly changedByMe: boolean;
}

/** Field by field: what the user wants to save next to what is saved now. */
export function conflictLines(fresh: SavingsRow, mine: SavingsChanges): ConflictLine[] {
  return EDITABLE_FIELDS.map((field) => {
    const changedByMe = mine[field] !== undefined;
    return {
      field,
      label: FIELD_LABELS[field],
      mine: changedByMe ? displayValue(field, mine[field] ?? null) : $localize`:@@savings.conflict.untouched:Ikke ændret af dig`,
      saved: displayValue(field, fresh[field]),
      changedByMe,
    };
  });
}

/**
 * Someone saved the row after the user read it. The user chooses: keep their own values
 * (saved again on top of the newer version) or take the saved row. Closing decides nothing:
 * the edits stay in the grid, unsaved, so closing by accident (Escape) loses nothing.
 */
@Component({
  selector: 'app-savings-conflict-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Dialog],
  template: `
    @let c = conflict();
    <lib-dialog
      heading="Rækken {{ name() }} er ændret af en anden"
      i18n-heading="@@savings.conflict.heading"
      [busy]="busy()"
      closeLabel="Luk uden at vælge"
      i18n-closeLabel="@@savings.conflict.close"
      [closeSecondary]="true"
      (closed)="closed.emit()"
    >
      <p i18n="@@savings.conflict.lead">
        Mens du rettede sporet {{ c.fresh.trackCode }} ({{ trackName() }}), udvalg {{ c.fresh.committeeCode }},
        {{ c.fresh.year }}, har {{ savedBy() }} gemt en ny version. Vælg, hvad der skal gælde.
      </p>
      <div class="conflict__wrap">
        <table class="bs-table conflict">
          <caption class="visually-hidden" i18n="@@savings.conflict.caption">Dine ændringer og den gemte række, felt for felt</caption>
          <thead>
            <tr>
              <th scope="col" i18n="@@savings.conflict.field">Felt</th>
              <th scope="col" i18n="@@savings.conflict.mine">Dine ændringer</th>
              <th scope="col" i18n="@@savings.conflict.saved">Gemt af {{ savedBy() }} {{ savedAt() }}</th>
            </tr>
          </thead>
          <tbody>
            @for (line of lines(); track line.field) {
              <tr [attr.data-field]="line.field">
                <th scope="row">{{ line.label }}</th>
                <td [class.conflict__untouched]="!line.changedByMe">{{ line.mine }}</td>
                <td>{{ line.saved }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p class="conflict__hint" i18n="@@savings.conflict.hint">
        «Behold mine» gemmer de felter, du har ændret, oven i den gemte version; de øvrige felter beholder den gemte
        værdi. «Brug den gemte» kasserer dine ændringer i rækken. «Luk uden at vælge» lader dine ændringer stå ugemte.
      </p>
      <div class="conflict__choices">
        <button type="button" class="bs-button" [disabled]="busy()" (click)="keepMine.emit()">
          @if (busy()) {
            <ng-container i18n="@@savings.conflict.saving">Gemmer …</ng-container>
          } @else {
            <ng-container i18n="@@savings.conflict.keepMine">Behold mine</ng-container>
          }
        </button>
        <button type="button" class="bs-button bs-button--secondary" [disabled]="busy()" (click)="useSaved.emit()" i18n="@@savings.conflict.useSaved">
          Brug den gemte
        </button>
      </div>
    </lib-dialog>
  `,
  styles: `
    .conflict__wrap {
      overflow-x: auto;
      margin-bottom: 1rem;
    }
    .conflict td {
      overflow-wrap: break-word;
      white-space: pre-wrap;
    }
    .conflict tbody th {
      white-space: nowrap;
    }
    .conflict__untouched {
      color: var(--bs-color-text-muted);
      font-style: italic;
    }
    .conflict__hint {
      color: var(--bs-color-text-muted);
      font-size: 0.9375rem;
    }
    .conflict__choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class SavingsConflictDialog {
  readonly conflict = input.required<SavingsConflict>();
  readonly trackName = input.required<string>();
  readonly busy = input(false);

  readonly keepMine = output<void>();
  readonly useSaved = output<void>();
  readonly closed = output<void>();

  protected readonly name = computed(() => rowName(this.conflict().fresh));
  protected readonly savedBy = computed(() => changedBy(this.conflict().fresh.updatedBy));
  protected readonly savedAt = computed(() => formatDateTime(this.conflict().fresh.updatedAt));
  protected readonly lines = computed(() => conflictLines(this.conflict().fresh, this.conflict().mine));
}
