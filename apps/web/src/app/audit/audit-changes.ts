import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { AuditRow, valueLines } from './audit.models';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/**
 * A record's resource before and after, field by field, as readable lines rather than JSON.
 * A change shows both sides with the changed fields marked by a word (not colour alone); a
 * creation or deletion shows the one side that exists.
 */
@Component({
  selector: 'app-audit-changes',
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = row();
    @if (lines().length === 0) {
      <p class="none" i18n="@@audit.changes.none">Handlingen har ingen data ud over tidspunkt, bruger og id.</p>
    } @else {
      @if (changedCount() > 0) {
        <p class="summary" i18n="@@audit.changes.summary">{changedCount(), plural, =1 {1 felt er ændret.} other {{{ changedCount() }} felter er ændret.}}</p>
      }
      <div class="bs-table-wrap">
        <table class="bs-table changes" data-testid="audit-changes">
          <caption class="visually-hidden" i18n="@@audit.changes.caption">Værdierne før og efter handlingen</caption>
          <thead>
            <tr>
              <th scope="col" i18n="@@audit.changes.field">Felt</th>
              @if (r.before !== null) {
                <th scope="col" i18n="@@audit.changes.before">Før</th>
              }
              @if (r.after !== null) {
                <th scope="col" i18n="@@audit.changes.after">Efter</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (line of lines(); track line.key) {
              <tr [class.changed]="line.changed" [attr.data-changed]="line.changed">
                <th scope="row">
                  {{ line.label }}
                  @if (line.changed) {
                    <span class="mark" i18n="@@audit.changes.changed">(ændret)</span>
                  }
                </th>
                @if (r.before !== null) {
                  <td>{{ line.before }}</td>
                }
                @if (r.after !== null) {
                  <td>{{ line.after }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .changes td,
    .changes th {
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    .changed {
      background: var(--bs-color-info-bg);
    }
    .changed th {
      border-left: 4px solid var(--bs-color-info);
    }
    .mark {
      font-weight: 400;
      color: var(--bs-color-text-muted);
    }
    .none,
    .summary {
      color: var(--bs-color-text-muted);
      margin: 0 0 0.5rem;
    }
  `,
})
export class AuditChanges {
  readonly row = input.required<AuditRow>();
  protected readonly lines = computed(() => valueLines(this.row().before, this.row().after));
  protected readonly changedCount = computed(() => this.lines().filter((l) => l.changed).length);
}
