import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ActiveElement, ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { BarFill, SOLID } from './chart-style';

/**
 * A chart in a figure with its accessible name: the canvas is an image named by `label`, and
 * the caption says the numbers are in the table under it (the chart has no text of its own
 * for a screen reader). `picked` gives the index of the group a click landed on.
 */
@Component({
  selector: 'app-dashboard-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective],
  template: `
    <figure class="chart">
      <div class="chart__canvas" [class.chart__canvas--clickable]="clickable()">
        <canvas
          baseChart
          role="img"
          [attr.aria-label]="label()"
          [type]="config().type"
          [data]="config().data"
          [options]="config().options"
          (chartClick)="onClick($event.active)"
        ></canvas>
      </div>
      <figcaption class="chart__caption">{{ label() }}</figcaption>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0 0 1rem;
      padding: 1rem;
      border: 1px solid var(--bs-color-border);
      border-radius: var(--bs-radius);
      background: var(--bs-color-surface);
      break-inside: avoid;
    }
    .chart__canvas {
      position: relative;
      height: 20rem;
    }
    .chart__canvas--clickable {
      cursor: pointer;
    }
    .chart__caption {
      margin-top: 0.5rem;
      color: var(--bs-color-text-muted);
      font-size: 0.9375rem;
    }
    @media print {
      .chart {
        padding: 0;
        border: 0;
      }
      .chart__canvas {
        height: 14rem;
      }
    }
  `,
})
export class DashboardChart {
  readonly config = input.required<ChartConfiguration<'bar' | 'line', number[], string>>();
  readonly label = input.required<string>();
  /** Whether a click on a group means something (drill-down); only changes the cursor. */
  readonly clickable = input(false);
  readonly picked = output<number>();

  protected onClick(active: object[] | undefined): void {
    const index = (active?.[0] as ActiveElement | undefined)?.index;
    if (this.clickable() && index !== undefined) {
      this.picked.emit(index);
    }
  }
}

let hatchCache: Map<string, CanvasPattern | string> | undefined;

/**
 * The forecast's bars are hatched (diagonal stripes of its colour on white), so they differ
 * from the two solid series by pattern, not only by colour. Needs a real canvas; where there
 * is none the bars stay solid.
 */
export const HATCH_FORECAST: BarFill = (series, colour) => {
  // No CanvasPattern means no drawing canvas at all (jsdom); asking for a context there fails.
  if (series !== 'forecast' || typeof CanvasPattern === 'undefined') return SOLID(series, colour);
  hatchCache ??= new Map();
  const cached = hatchCache.get(colour);
  if (cached) return cached;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  const pattern = ctx ? stripes(ctx, tile, colour) : colour;
  hatchCache.set(colour, pattern);
  return pattern;
};

function stripes(ctx: CanvasRenderingContext2D, tile: HTMLCanvasElement, colour: string): CanvasPattern | string {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 3;
  ctx.beginPath();
  // The corner pieces continue the middle stripe across the tile edges, so the stripes join.
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}
