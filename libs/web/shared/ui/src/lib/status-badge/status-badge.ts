import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * What a status means to the reader. Each tone has its own icon shape as well as its own
 * colour, so the status can be read without seeing colour (WCAG 1.4.1). `info` is a step in
 * progress (not a problem), `locked` something that can no longer be changed.
 */
export type StatusTone = 'ok' | 'warning' | 'error' | 'neutral' | 'info' | 'locked';

/**
 * A small pill with an icon and a text label, e.g. "✓ kører" or "✕ nede".
 * The label is always rendered as text; the icon is decorative and hidden from screen readers.
 */
@Component({
  selector: 'lib-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-badge.html',
  styleUrl: './status-badge.css',
  host: {
    class: 'status-badge',
    '[attr.data-tone]': 'tone()',
  },
})
export class StatusBadge {
  readonly tone = input.required<StatusTone>();
  readonly label = input.required<string>();
}
