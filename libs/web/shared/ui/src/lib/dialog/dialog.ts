import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  OnDestroy,
  output,
  viewChild,
} from '@angular/core';

let nextId = 0;

/**
 * A modal dialog: render it with `@if` when it should be open. On open it remembers what
 * had focus and moves focus into the dialog; Tab stays inside; Escape or the cancel button
 * closes; on close focus goes back to where it was (WCAG 2.4.3).
 *
 * Without `confirmLabel` it is an information dialog with one close button (`closeLabel`,
 * "Luk"); `closeSecondary` styles it as the lesser choice when the body holds the real ones.
 */
@Component({
  selector: 'lib-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dialog.html',
  styleUrl: './dialog.css',
  host: { '(keydown)': 'onKeydown($event)' },
})
export class Dialog implements OnDestroy {
  readonly heading = input.required<string>();
  readonly confirmLabel = input<string>();
  readonly cancelLabel = input<string>($localize`:@@ui.dialog.cancel:Annuller`);
  readonly closeLabel = input<string>($localize`:@@ui.dialog.close:Luk`);
  readonly closeSecondary = input(false);
  /** While the confirmed action runs: both buttons are disabled. */
  readonly busy = input(false);

  readonly confirmed = output<void>();
  readonly closed = output<void>();

  protected readonly headingId = `lib-dialog-heading-${++nextId}`;
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');
  private readonly returnFocusTo: HTMLElement | null;

  constructor() {
    const active = inject(DOCUMENT).activeElement;
    this.returnFocusTo = active instanceof HTMLElement ? active : null;
    afterNextRender(() => this.panel().nativeElement.focus());
    // While busy the buttons are disabled, and a disabled button drops focus to the page,
    // where Escape and Tab no longer reach the dialog: the panel keeps it instead.
    afterRenderEffect(() => {
      if (!this.busy()) return;
      const panel = this.panel().nativeElement;
      const active = panel.ownerDocument.activeElement;
      if (!panel.contains(active) || (active as HTMLButtonElement).disabled) panel.focus();
    });
  }

  ngOnDestroy(): void {
    if (this.returnFocusTo?.isConnected) {
      this.returnFocusTo.focus();
    }
  }

  protected close(): void {
    if (!this.busy()) {
      this.closed.emit();
    }
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    } else if (event.key === 'Tab') {
      this.keepFocusInside(event);
    }
  }

  private keepFocusInside(event: KeyboardEvent): void {
    const panel = this.panel().nativeElement;
    const focusable = Array.from(
      panel.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input:not([disabled]), [tabindex="0"]'),
    );
    if (focusable.length === 0) {
      event.preventDefault();
      return;
    }
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = panel.ownerDocument.activeElement;
    if (event.shiftKey && (active === first || active === panel)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }
}
