import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { localWeight, sharePercentsOf } from './share-math';
import { Administration, Committee, Track, TRACK_STATUS_INFO } from './tracks.models';

/** A track as those who may not change it see it: the same facts as the editor, as text. */
@Component({
  selector: 'app-track-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadge, ScrollRegion],
  template: `
    @let t = track();
    <dl class="details">
      <dt i18n="@@tracks.details.code">Kode</dt>
      <dd class="code">{{ t.code }}</dd>
      <dt i18n="@@tracks.details.name">Navn</dt>
      <dd>{{ t.name }}</dd>
      <dt i18n="@@tracks.details.description">Beskrivelse</dt>
      <dd>
        @if (t.description) {
          {{ t.description }}
        } @else {
          <ng-container i18n="@@tracks.details.noDescription">Ingen beskrivelse.</ng-container>
        }
      </dd>
      <dt i18n="@@tracks.details.administration">Forvaltning</dt>
      <dd>{{ administrationName() }}</dd>
      <dt i18n="@@tracks.details.startYear">Startår</dt>
      <dd>{{ t.startYear }}</dd>
      <dt i18n="@@tracks.details.status">Status</dt>
      <dd><lib-status-badge [tone]="statusInfo[t.status].tone" [label]="statusInfo[t.status].label" /></dd>
      <dt i18n="@@tracks.details.freeMunicipality">Afhænger af frikommuneforsøg</dt>
      <dd>
        @if (t.dependsOnFreeMunicipality) {
          <ng-container i18n="@@tracks.yes">Ja</ng-container>
        } @else {
          <ng-container i18n="@@tracks.no">Nej</ng-container>
        }
      </dd>
    </dl>
    <div class="bs-table-wrap shares">
      <table class="bs-table">
        <caption i18n="@@tracks.details.sharesCaption">Udvalgenes andele</caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@tracks.details.committee">Udvalg</th>
            <th scope="col" class="num" i18n="@@tracks.details.weight">Vægt</th>
            <th scope="col" class="num" i18n="@@tracks.details.share">Andel</th>
          </tr>
        </thead>
        <tbody>
          @for (s of t.shares; track s.committeeCode; let i = $index) {
            <tr>
              <th scope="row"><span class="code">{{ s.committeeCode }}</span> {{ committeeName(s.committeeCode) }}</th>
              <td class="num">{{ weight(s.weight) }}</td>
              <td class="num">{{ percents()[i] ?? '–' }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .details {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.5rem 1.5rem;
      margin: 0 0 1.5rem;
    }
    .details dt {
      font-weight: 600;
    }
    .details dd {
      margin: 0;
    }
    .code {
      font-family: var(--bs-font-family-mono);
      font-weight: 700;
    }
    .shares {
      max-width: 40rem;
      margin-bottom: 1rem;
    }
    @media (max-width: 30rem) {
      .details {
        grid-template-columns: 1fr;
      }
      .details dd {
        margin-bottom: 0.5rem;
      }
    }
  `,
})
export class TrackDetails {
  readonly track = input.required<Track>();
  readonly administrations = input.required<readonly Administration[]>();
  readonly committees = input.required<readonly Committee[]>();
  protected readonly statusInfo = TRACK_STATUS_INFO;

  protected readonly percents = computed(() => sharePercentsOf(this.track().shares));
  protected readonly administrationName = computed(() => {
    const code = this.track().administrationCode;
    const found = this.administrations().find((a) => a.code === code);
    return found ? `${found.code} – ${found.name}` : code;
  });

  protected committeeName(code: string): string {
    return this.committees().find((c) => c.code === code)?.name ?? '';
  }

  protected weight(apiWeight: string): string {
    return localWeight(apiWeight);
  }
}
