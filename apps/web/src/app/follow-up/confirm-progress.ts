import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { progressPercent, progressText } from './follow-up.models';

/**
 * Cells confirmed of all, as a bar for the eye and "12 af 40 celler bekræftet" as text for
 * everyone; the bar is hidden from screen readers, which read the text.
 */
@Component({
  selector: 'app-confirm-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="progress">
      <span class="progress__track" aria-hidden="true">
        <span class="progress__bar" [class.progress__bar--done]="done()" [style.width.%]="percent()"></span>
      </span>
      <span class="progress__text" data-col="progress">{{ text() }}</span>
    </span>
  `,
  styles: `
    :host {
      display: block;
      min-width: 12rem;
    }
    .progress {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .progress__track {
      flex: 1 1 5rem;
      max-width: 10rem;
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
    .progress__bar--done {
      background: var(--bs-color-ok);
    }
    .progress__text {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
})
export class ConfirmProgress {
  readonly confirmed = input.required<number>();
  readonly total = input.required<number>();

  protected readonly percent = computed(() => progressPercent(this.confirmed(), this.total()));
  protected readonly done = computed(() => this.total() > 0 && this.confirmed() >= this.total());
  protected readonly text = computed(() => progressText(this.confirmed(), this.total()));
}
