import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { apiErrorMessage } from '../core/api-error';
import { formatDate, formatKroner, LocalNumberPipe } from '../core/format';
import { DashboardChart } from '../dashboard/dashboard-chart';
import { Loadable, loadable } from '../effect/loadable';
import { NamedCode } from './follow-up.models';
import { FollowUpService } from './follow-up.service';
import { buildHistoryChart } from './history-chart';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

const LOADING: Loadable<never> = { kind: 'loading' };

/**
 * The forecast through the year's closed rounds, for the whole year, a track or a committee:
 * a line chart and, under it, the same figures as a table.
 */
@Component({
  selector: 'app-forecast-history-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DashboardChart, ScrollRegion, LocalNumberPipe],
  template: `
    <div class="filters no-print">
      <div class="field">
        <label class="field__label" for="history-track" i18n="@@follow-up.history.track">Spor</label>
        <select id="history-track" class="field__input" (change)="trackCode.set(value($event))">
          <option value="" i18n="@@follow-up.history.allTracks">Alle spor</option>
          @for (t of tracks(); track t.code) {
            <option [value]="t.code">{{ t.code }} – {{ t.name }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label class="field__label" for="history-committee" i18n="@@follow-up.history.committee">Udvalg</label>
        <select id="history-committee" class="field__input" (change)="committeeCode.set(value($event))">
          <option value="" i18n="@@follow-up.history.allCommittees">Alle udvalg</option>
          @for (c of committees(); track c.code) {
            <option [value]="c.code">{{ c.code }} – {{ c.name }}</option>
          }
        </select>
      </div>
    </div>
    @let h = state();
    @if (h.kind === 'loading') {
      <p role="status" i18n="@@follow-up.history.loading">Henter prognosen gennem runderne …</p>
    } @else if (h.kind === 'error') {
      <p class="bs-notice bs-notice--error" role="alert">{{ h.message }}</p>
      <button type="button" class="bs-button" (click)="retry()" i18n="@@follow-up.history.retry">Prøv igen</button>
    } @else {
      @if (h.data.length === 0) {
        <p class="bs-notice" data-testid="history-empty" i18n="@@follow-up.history.empty">Der er endnu ingen lukkede runder i budget {{ year() }}. Prognosen vises her, når den første runde er lukket.</p>
      } @else {
        <app-dashboard-chart [config]="chart()" [label]="label()" />
        <div class="bs-table-wrap">
          <table class="bs-table" data-testid="history-table">
            <caption i18n="@@follow-up.history.caption">Prognose gennem de lukkede runder, {{ scope() }} (kr.)</caption>
            <thead>
              <tr>
                <th scope="col" i18n="@@follow-up.history.round">Runde</th>
                <th scope="col" i18n="@@follow-up.history.asOf">Pr.</th>
                <th scope="col" class="num" i18n="@@follow-up.history.cells">Celler</th>
                <th scope="col" class="num" i18n="@@follow-up.history.expected">Forventet</th>
                <th scope="col" class="num" i18n="@@follow-up.history.forecast">Prognose</th>
                <th scope="col" class="num" i18n="@@follow-up.history.realised">Realiseret</th>
              </tr>
            </thead>
            <tbody>
              @for (p of h.data; track p.roundId) {
                <tr [attr.data-round-id]="p.roundId">
                  <th scope="row">{{ p.title }}</th>
                  <td>{{ date(p.asOf) }}</td>
                  <td class="num">{{ p.cells | localNumber }}</td>
                  <td class="num">{{ kr(p.expected) }}</td>
                  <td class="num">{{ kr(p.forecast) }}</td>
                  <td class="num">{{ kr(p.realised) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p class="hint" i18n="@@follow-up.history.hint">Celler uden prognose tæller som 0 i summen.</p>
      }
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      margin-bottom: 1rem;
    }
    .filters .field {
      min-width: 14rem;
    }
    .hint {
      margin-top: 0.5rem;
      color: var(--bs-color-text-muted);
    }
  `,
})
export class ForecastHistoryView {
  private readonly service = inject(FollowUpService);

  readonly year = input.required<number>();
  readonly tracks = input<readonly NamedCode[]>([]);
  readonly committees = input<readonly NamedCode[]>([]);
  /** Bumped by the page when a round is closed, since that adds a point. */
  readonly refresh = input(0);

  protected readonly trackCode = signal('');
  protected readonly committeeCode = signal('');
  private readonly attempt = signal(0);
  protected readonly date = formatDate;

  protected readonly history = loadable(
    () => ({ year: this.year(), trackCode: this.trackCode(), committeeCode: this.committeeCode(), n: this.attempt() + this.refresh() }),
    ({ year, trackCode, committeeCode }) => this.service.history(year, { trackCode, committeeCode }),
    (error) => apiErrorMessage(error, $localize`:@@follow-up.history.loadError:Prognosen gennem runderne kunne ikke hentes.`),
  );

  /** The request is never skipped here, so "nothing to load" does not occur; it reads as loading. */
  protected readonly state = computed(() => this.history() ?? LOADING);
  protected readonly chart = computed(() => {
    const h = this.state();
    return buildHistoryChart(h.kind === 'loaded' ? h.data : []);
  });
  /** What the figures cover: "spor SELV, udvalg SAU", "spor SELV", "udvalg SAU" or "hele budget 2014". */
  protected readonly scope = computed(() => {
    const [track, committee, year] = [this.trackCode(), this.committeeCode(), this.year()];
    if (track && committee) return $localize`:@@follow-up.history.scopeBoth:spor ${track}:track:, udvalg ${committee}:committee:`;
    if (track) return $localize`:@@follow-up.history.scopeTrack:spor ${track}:track:`;
    if (committee) return $localize`:@@follow-up.history.scopeCommittee:udvalg ${committee}:committee:`;
    return $localize`:@@follow-up.history.scopeYear:hele budget ${year}:year:`;
  });
  protected readonly label = computed(
    () =>
      $localize`:@@follow-up.history.chartLabel:Kurvediagram: forventet og prognose gennem de lukkede runder, ${this.scope()}:scope:, i mio. kr. Tallene står i tabellen under diagrammet.`,
  );

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected kr(amount: string): string {
    return formatKroner(amount, { unit: false });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
