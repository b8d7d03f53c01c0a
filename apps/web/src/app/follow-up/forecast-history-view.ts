import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { formatKroner } from '@budgetspor/shared/money';
import { danishDate } from '../calendar/danish-date';
import { apiErrorMessage } from '../core/api-error';
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
  imports: [DashboardChart, ScrollRegion],
  template: `
    <div class="filters no-print">
      <div class="field">
        <label class="field__label" for="history-track">Spor</label>
        <select id="history-track" class="field__input" (change)="trackCode.set(value($event))">
          <option value="">Alle spor</option>
          @for (t of tracks(); track t.code) {
            <option [value]="t.code">{{ t.code }} – {{ t.name }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label class="field__label" for="history-committee">Udvalg</label>
        <select id="history-committee" class="field__input" (change)="committeeCode.set(value($event))">
          <option value="">Alle udvalg</option>
          @for (c of committees(); track c.code) {
            <option [value]="c.code">{{ c.code }} – {{ c.name }}</option>
          }
        </select>
      </div>
    </div>
    @let h = state();
    @if (h.kind === 'loading') {
      <p role="status">Henter prognosen gennem runderne …</p>
    } @else if (h.kind === 'error') {
      <p class="bs-notice bs-notice--error" role="alert">{{ h.message }}</p>
      <button type="button" class="bs-button" (click)="retry()">Prøv igen</button>
    } @else {
      @if (h.data.length === 0) {
        <p class="bs-notice" data-testid="history-empty">Der er endnu ingen lukkede runder i budget {{ year() }}. Prognosen vises her, når den første runde er lukket.</p>
      } @else {
        <app-dashboard-chart [config]="chart()" [label]="label()" />
        <div class="bs-table-wrap">
          <table class="bs-table" data-testid="history-table">
            <caption>
              Prognose gennem de lukkede runder, {{ scope() }} (kr.)
            </caption>
            <thead>
              <tr>
                <th scope="col">Runde</th>
                <th scope="col">Pr.</th>
                <th scope="col" class="num">Celler</th>
                <th scope="col" class="num">Forventet</th>
                <th scope="col" class="num">Prognose</th>
                <th scope="col" class="num">Realiseret</th>
              </tr>
            </thead>
            <tbody>
              @for (p of h.data; track p.roundId) {
                <tr [attr.data-round-id]="p.roundId">
                  <th scope="row">{{ p.title }}</th>
                  <td>{{ date(p.asOf) }}</td>
                  <td class="num">{{ p.cells }}</td>
                  <td class="num">{{ kr(p.expected) }}</td>
                  <td class="num">{{ kr(p.forecast) }}</td>
                  <td class="num">{{ kr(p.realised) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p class="hint">Celler uden prognose tæller som 0 i summen.</p>
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
  protected readonly date = danishDate;

  protected readonly history = loadable(
    () => ({ year: this.year(), trackCode: this.trackCode(), committeeCode: this.committeeCode(), n: this.attempt() + this.refresh() }),
    ({ year, trackCode, committeeCode }) => this.service.history(year, { trackCode, committeeCode }),
    (error) => apiErrorMessage(error, 'Prognosen gennem runderne kunne ikke hentes.'),
  );

  /** The request is never skipped here, so "nothing to load" does not occur; it reads as loading. */
  protected readonly state = computed(() => this.history() ?? LOADING);
  protected readonly chart = computed(() => {
    const h = this.state();
    return buildHistoryChart(h.kind === 'loaded' ? h.data : []);
  });
  protected readonly scope = computed(() => {
    const parts = [this.trackCode() ? `spor ${this.trackCode()}` : '', this.committeeCode() ? `udvalg ${this.committeeCode()}` : ''].filter(Boolean);
    return parts.length ? parts.join(', ') : `hele budget ${this.year()}`;
  });
  protected readonly label = computed(
    () => `Kurvediagram: forventet og prognose gennem de lukkede runder, ${this.scope()}, i mio. kr. Tallene står i tabellen under diagrammet.`,
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
