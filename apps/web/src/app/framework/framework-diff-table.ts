import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { formatKroner, formatMio } from '../core/format';
import { ChangeKind, DiffRow, FrameworkDiff } from './framework-diff';
import { AllocationMethod, METHOD_LABELS } from './framework.models';
import { localWeight, formatDecidedOn, signedKroner } from './framework-input';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/** The words beside each changed row: the highlight is never colour alone. */
export const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = {
  unchanged: $localize`:@@framework.change.unchanged:uændret`,
  changed: $localize`:@@framework.change.changed:ændret`,
  added: $localize`:@@framework.change.added:ny`,
  removed: $localize`:@@framework.change.removed:fjernet`,
};

/** Two revisions side by side; changed rows are marked with a word, a bar and a tint. */
@Component({
  selector: 'app-framework-diff-table',
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = diff();
    <p class="summary" data-testid="diff-summary">
      @if (d.changes === 0) {
        <ng-container i18n="@@framework.diff.same">Revision {{ d.from }} og {{ d.to }} er ens.</ng-container>
      } @else {
        <ng-container i18n="@@framework.diff.changes">{d.changes, plural, =1 {1 ændring fra revision {{ d.from }} til revision {{ d.to }}.} other {{{ d.changes }} ændringer fra revision {{ d.from }} til revision {{ d.to }}.}}</ng-container>
      }
    </p>
    <div class="bs-table-wrap">
      <table class="bs-table diff" data-testid="diff-table">
        <caption class="visually-hidden" i18n="@@framework.diff.caption">Revision {{ d.from }} og revision {{ d.to }} side om side</caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@framework.diff.field">Felt</th>
            <th scope="col" i18n="@@framework.diff.revision">Revision {{ d.from }}</th>
            <th scope="col" i18n="@@framework.diff.revision">Revision {{ d.to }}</th>
            <th scope="col" i18n="@@framework.diff.change">Ændring</th>
          </tr>
        </thead>
        <tbody>
          @for (r of d.rows; track r.section + r.key) {
            <tr [attr.data-change]="r.change" [attr.data-key]="r.section + ':' + r.key" [class.changed]="r.change !== 'unchanged'">
              <th scope="row">{{ r.label }}</th>
              <td [class.num]="r.section !== 'field'">
                @for (line of show(r, r.before); track $index) {
                  <span class="line">{{ line }}</span>
                }
              </td>
              <td [class.num]="r.section !== 'field'">
                @for (line of show(r, r.after); track $index) {
                  <span class="line">{{ line }}</span>
                }
              </td>
              <td class="change">
                <span class="marker" [attr.data-kind]="r.change">{{ labels[r.change] }}</span>
                @if (delta(r); as d) {
                  <span class="delta">{{ d }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .summary {
      font-weight: 600;
    }
    .diff tr.changed > * {
      background: var(--bs-color-warning-bg);
    }
    .diff tr.changed > th {
      box-shadow: inset 4px 0 0 var(--bs-color-warning);
    }
    .line {
      display: block;
    }
    .line + .line {
      color: var(--bs-color-text-muted);
      font-size: 0.875rem;
    }
    .change {
      white-space: nowrap;
    }
    .marker {
      font-weight: 700;
    }
    .marker[data-kind='unchanged'] {
      color: var(--bs-color-text-muted);
      font-weight: 400;
    }
    .delta {
      display: block;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class FrameworkDiffTable {
  readonly diff = input.required<FrameworkDiff>();
  protected readonly labels = CHANGE_LABELS;

  /** A value as display lines: pools as mio. kr. with the exact kroner under them. */
  protected show(row: DiffRow, value: string | null): string[] {
    if (value === null) return ['–'];
    switch (row.section) {
      case 'pool':
        return [formatMio(value), formatKroner(value)];
      case 'weight':
        return [localWeight(value)];
      default:
        if (row.key === 'decidedOn') return [formatDecidedOn(value)];
        if (row.key === 'allocationMethod') return [METHOD_LABELS[value as AllocationMethod] ?? value];
        return [value];
    }
  }

  /** "+25.800.000 kr." / "+DKK 25,800,000" for a pool row that changed; nothing otherwise. */
  protected delta(row: DiffRow): string | null {
    return row.delta === undefined || row.delta === 0n ? null : signedKroner(row.delta);
  }
}
