import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ConfirmProgress } from './confirm-progress';
import { FollowUpRound } from './follow-up.models';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/** One round's progress per committee: cells confirmed of all, and the round's total under them. */
@Component({
  selector: 'app-committee-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfirmProgress, ScrollRegion],
  template: `
    <div class="bs-table-wrap">
      <table class="bs-table" data-testid="committee-progress">
        <caption i18n="@@follow-up.progress.caption">Fremdrift pr. udvalg</caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@follow-up.progress.committee">Udvalg</th>
            <th scope="col" i18n="@@follow-up.progress.confirmed">Bekræftet</th>
          </tr>
        </thead>
        <tbody>
          @for (c of round().progress.committees; track c.committeeCode) {
            <tr [attr.data-committee]="c.committeeCode">
              <th scope="row">
                <span class="code">{{ c.committeeCode }}</span>
                @if (names().get(c.committeeCode); as name) {
                  {{ name }}
                }
              </th>
              <td><app-confirm-progress [confirmed]="c.confirmed" [total]="c.total" /></td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" i18n="@@follow-up.progress.total">I alt</th>
            <td><app-confirm-progress [confirmed]="round().progress.confirmed" [total]="round().progress.total" /></td>
          </tr>
        </tfoot>
      </table>
    </div>
  `,
  styles: `
    .code {
      display: inline-block;
      min-width: 3rem;
      font-family: var(--bs-font-family-mono);
      font-weight: 700;
    }
  `,
})
export class CommitteeProgress {
  readonly round = input.required<FollowUpRound>();
  readonly names = input<ReadonlyMap<string, string>>(new Map());
}
