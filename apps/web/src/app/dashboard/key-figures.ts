import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { StatusBadge } from '@budgetspor/web/shared/ui';
import { formatRate, kr, mio, Sums } from './figures';
import { trafficLight } from './traffic-light';
import { priceLevelLabel } from '../core/price-level';

/**
 * The year's four key figures: expected, forecast and realised in mio. kr., and the rate. At a
 * chosen price level (`priceLevel`) each amount says it: "2016-priser".
 */
@Component({
  selector: 'app-key-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadge],
  template: `
    @let s = sums();
    @let level = levelLabel();
    <dl class="figures" data-testid="key-figures">
      <div class="figure" data-figure="expected">
        <dt class="figure__label" i18n="@@dashboard.figures.expected">Forventet</dt>
        <dd class="figure__value">{{ mio(s.expected) }}</dd>
        <dd class="figure__exact">{{ kr(s.expected) }}</dd>
        @if (level) {
          <dd class="figure__level" data-testid="price-level">{{ level }}</dd>
        }
      </div>
      <div class="figure" data-figure="forecast">
        <dt class="figure__label" i18n="@@dashboard.figures.forecast">Prognose</dt>
        <dd class="figure__value">{{ mio(s.forecast) }}</dd>
        <dd class="figure__exact">{{ kr(s.forecast) }}</dd>
        @if (level) {
          <dd class="figure__level" data-testid="price-level">{{ level }}</dd>
        }
      </div>
      <div class="figure" data-figure="realised">
        <dt class="figure__label" i18n="@@dashboard.figures.realised">Realiseret</dt>
        <dd class="figure__value">{{ mio(s.realised) }}</dd>
        <dd class="figure__exact">{{ kr(s.realised) }}</dd>
        @if (level) {
          <dd class="figure__level" data-testid="price-level">{{ level }}</dd>
        }
      </div>
      <div class="figure" data-figure="rate">
        <!-- The soft hyphen lets the long word break on a phone's two-column grid. -->
        <dt class="figure__label" i18n="@@dashboard.figures.rate">Realiserings&shy;grad</dt>
        <dd class="figure__value">{{ rate() }}</dd>
        <dd class="figure__exact">
          @if (light().level === 'none') {
            <ng-container i18n="@@dashboard.figures.nothingExpected">Intet forventet</ng-container>
          } @else {
            <lib-status-badge [tone]="light().tone" [label]="light().label" />
          }
        </dd>
      </div>
    </dl>
  `,
  styles: `
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0.75rem;
      margin: 0 0 1.5rem;
    }
    .figure {
      padding: 0.75rem 1rem;
      border: 1px solid var(--bs-color-border);
      border-left: 4px solid var(--bs-color-primary);
      border-radius: var(--bs-radius);
      background: var(--bs-color-surface);
    }
    .figure__label {
      color: var(--bs-color-text-muted);
      font-weight: 600;
    }
    .figure__value {
      margin: 0.125rem 0 0;
      font-size: 1.625rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      line-height: 1.25;
      white-space: nowrap;
    }
    .figure__exact,
    .figure__level {
      margin: 0.25rem 0 0;
      color: var(--bs-color-text-muted);
      font-size: 0.9375rem;
      font-variant-numeric: tabular-nums;
    }
    @media (max-width: 30rem) {
      .figures {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 0.5rem;
      }
      .figure {
        padding: 0.5rem 0.75rem;
      }
      .figure__value {
        font-size: 1.125rem;
        white-space: normal;
      }
    }
    @media print {
      .figures {
        grid-template-columns: repeat(4, 1fr);
      }
      .figure {
        break-inside: avoid;
      }
    }
  `,
})
export class KeyFigures {
  readonly sums = input.required<Sums>();
  /** The price level the amounts were converted to; null at the round's own level. */
  readonly priceLevel = input<number | null>(null);
  protected readonly levelLabel = computed(() => priceLevelLabel(this.priceLevel()));
  protected readonly rate = computed(() => formatRate(this.sums().rate));
  protected readonly light = computed(() => trafficLight(this.sums().rate));
  protected readonly mio = mio;
  protected readonly kr = kr;
}
