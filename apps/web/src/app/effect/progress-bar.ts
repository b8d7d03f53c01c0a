import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatPercent } from './decimal-text';

/**
 * The width of a progress bar for the API's percent ("30.0"): 0–100, since progress may be
 * below the baseline (negative) or beyond the target (over 100); the text keeps the true figure.
 */
export function barWidth(percent: string | null): number {
  if (percent === null) return 0;
  const value = Number(percent);
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

/**
 * How far an indicator has come from baseline to target: a bar for the eye, the percentage as
 * text for everyone (the bar itself is hidden from screen readers), and a mark where a
 * straight line from baseline to target would be this year.
 */
@Component({
  selector: 'app-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (percent() === null) {
      <span class="none">–<span class="visually-hidden" i18n="@@effect.progress.none"> ingen fremdrift at beregne</span></span>
    } @else {
      <span class="progress">
        <span class="progress__track" aria-hidden="true">
          <span class="progress__bar" [style.width.%]="width()"></span>
          @if (expected() !== null) {
            <span class="progress__due" [style.left.%]="dueAt()"></span>
          }
        </span>
        <span class="progress__text" data-col="progress">{{ text() }}</span>
      </span>
      @if (expected() !== null) {
        &ngsp;<span class="expected" i18n="@@effect.progress.expected">forventet {{ expectedText() }}</span>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 9rem;
    }
    .progress {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .progress__track {
      position: relative;
      flex: 1 1 5rem;
      height: 0.75rem;
      border: 1px solid var(--bs-color-text-muted);
      border-radius: 0.375rem;
      background: var(--bs-color-neutral-bg);
      overflow: hidden;
      print-color-adjust: exact;
    }
    .progress__bar {
      display: block;
      height: 100%;
      background: var(--bs-color-primary);
      print-color-adjust: exact;
    }
    .progress__due {
      position: absolute;
      top: -1px;
      bottom: -1px;
      width: 2px;
      margin-left: -1px;
      background: var(--bs-color-text);
    }
    .progress__text {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
      white-space: nowrap;
    }
    .expected {
      display: block;
    }
    .expected,
    .none {
      color: var(--bs-color-text-muted);
      font-size: 0.875rem;
    }
  `,
})
export class ProgressBar {
  /** The API's `progressPercent`, "30.0"; null for none. */
  readonly percent = input.required<string | null>();
  /** The API's `expectedPercent`: where the straight line from baseline to target is this year. */
  readonly expected = input<string | null>(null);

  protected readonly width = computed(() => barWidth(this.percent()));
  protected readonly dueAt = computed(() => barWidth(this.expected()));
  protected readonly text = computed(() => formatPercent(this.percent()));
  protected readonly expectedText = computed(() => formatPercent(this.expected()));
}
