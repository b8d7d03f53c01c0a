import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { formatDate } from '../core/format';
import { ConfirmProgress } from './confirm-progress';
import { FollowUpRound, ROUND_STATUS_INFO } from './follow-up.models';

/** The year's rounds, oldest first, each with its status and overall progress; a round's title opens it (`?runde=`). */
@Component({
  selector: 'app-rounds-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, ConfirmProgress, ScrollRegion],
  template: `
    <div class="bs-table-wrap">
      <table class="bs-table" data-testid="rounds-table">
        <caption i18n="@@follow-up.rounds.caption">Opfølgningsrunder i budget {{ year() }}</caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@follow-up.rounds.round">Runde</th>
            <th scope="col" i18n="@@follow-up.rounds.asOf">Pr.</th>
            <th scope="col" i18n="@@follow-up.rounds.deadline">Frist</th>
            <th scope="col" i18n="@@follow-up.rounds.status">Status</th>
            <th scope="col" i18n="@@follow-up.rounds.progress">Fremdrift</th>
          </tr>
        </thead>
        <tbody>
          @for (r of rounds(); track r.id) {
            <tr [attr.data-round-id]="r.id" [class.rounds__selected]="r.id === selectedId()">
              <th scope="row">
                <a
                  [routerLink]="[]"
                  [queryParams]="{ runde: r.id }"
                  queryParamsHandling="merge"
                  [attr.aria-current]="r.id === selectedId() ? 'true' : null"
                  >{{ r.title }}</a
                >
              </th>
              <td>{{ date(r.asOf) }}</td>
              <td>{{ date(r.deadline) }}</td>
              <td><lib-status-badge [tone]="statusInfo[r.status].tone" [label]="statusInfo[r.status].label" /></td>
              <td><app-confirm-progress [confirmed]="r.progress.confirmed" [total]="r.progress.total" /></td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .rounds__selected > * {
      background: var(--bs-color-info-bg);
    }
    .rounds__selected th a {
      font-weight: 700;
    }
  `,
})
export class RoundsTable {
  readonly rounds = input.required<readonly FollowUpRound[]>();
  readonly year = input.required<number>();
  readonly selectedId = input<string | null>(null);

  protected readonly statusInfo = ROUND_STATUS_INFO;
  protected readonly date = formatDate;
}
