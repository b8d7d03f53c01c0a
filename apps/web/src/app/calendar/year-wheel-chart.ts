import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BaseChartDirective } from 'ng2-charts';
import { Milestone, MILESTONE_STATUS_INFO, MILESTONE_STATUSES } from './calendar.models';
import { buildYearWheel, MARK_COLOURS } from './year-wheel';

/**
 * The year wheel in a figure. The canvas is an image named by `label`; the milestones, with
 * the numbers the wheel shows, are in the list beside it, which is the wheel's table. The
 * legend is HTML (colour swatch and word), since the doughnut's own would list the months.
 */
@Component({
  selector: 'app-year-wheel-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective],
  template: `
    <figure class="wheel">
      <div class="wheel__canvas">
        <canvas
          baseChart
          role="img"
          [attr.aria-label]="label()"
          [type]="config().type"
          [data]="config().data"
          [options]="config().options"
          [plugins]="config().plugins ?? []"
        ></canvas>
      </div>
      <figcaption class="wheel__caption">
        <ul class="wheel__legend" aria-label="Farverne i hjulet" i18n-aria-label="@@calendar.wheel.legend">
          @for (s of statuses; track s) {
            <li><span class="wheel__swatch" [style.background]="colours[s]" aria-hidden="true"></span>{{ statusInfo[s].label }}</li>
          }
        </ul>
        {{ label() }}
      </figcaption>
    </figure>
  `,
  styles: `
    .wheel {
      margin: 0;
      padding: 1rem;
      border: 1px solid var(--bs-color-border);
      border-radius: var(--bs-radius);
      background: var(--bs-color-surface);
      break-inside: avoid;
    }
    .wheel__canvas {
      position: relative;
      height: min(24rem, 80vw);
    }
    .wheel__caption {
      margin-top: 0.5rem;
      color: var(--bs-color-text-muted);
      font-size: 0.9375rem;
    }
    .wheel__legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0 0 0.5rem;
      padding: 0;
      list-style: none;
      color: var(--bs-color-text);
    }
    .wheel__swatch {
      display: inline-block;
      width: 0.875rem;
      height: 0.875rem;
      margin-right: 0.375rem;
      border: 1px solid var(--bs-color-text);
      vertical-align: -0.125rem;
      print-color-adjust: exact;
    }
    @media print {
      .wheel {
        padding: 0;
        border: 0;
      }
    }
  `,
})
export class YearWheelChart {
  readonly milestones = input.required<readonly Milestone[]>();
  readonly label = input.required<string>();

  protected readonly config = computed(() => buildYearWheel(this.milestones()));
  protected readonly statuses = MILESTONE_STATUSES;
  protected readonly statusInfo = MILESTONE_STATUS_INFO;
  protected readonly colours = MARK_COLOURS;
}
