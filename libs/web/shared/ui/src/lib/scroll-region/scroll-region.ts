import { afterNextRender, DestroyRef, Directive, ElementRef, inject, signal } from '@angular/core';

/**
 * A table frame that scrolls sideways (`.bs-table-wrap`) must be reachable by keyboard when it
 * actually scrolls (WCAG 2.1.1; axe "scrollable-region-focusable"): it then becomes a named,
 * focusable region, so arrow keys scroll it. When everything fits, it stays a plain box and
 * adds no tab stop. The name is the table's caption.
 */
@Directive({
  // A class selector on purpose: every table frame the app styles gets this behaviour by
  // importing the directive, with no attribute to forget.
  // eslint-disable-next-line @angular-eslint/directive-selector
  selector: '.bs-table-wrap',
  host: {
    '[attr.tabindex]': 'scrollable() ? 0 : null',
    '[attr.role]': 'scrollable() ? "region" : null',
    '[attr.aria-label]': 'scrollable() ? label() : null',
  },
})
export class ScrollRegion {
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly scrollable = signal(false);
  protected readonly label = signal('');

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const measure = () => {
        this.scrollable.set(this.element.scrollWidth > this.element.clientWidth + 1);
        const caption = this.element.querySelector('caption')?.textContent?.trim();
        this.label.set(
          caption
            ? $localize`:@@ui.scrollRegion.named:${caption}:caption: (kan rulles vandret)`
            : $localize`:@@ui.scrollRegion.unnamed:Tabel (kan rulles vandret)`,
        );
      };
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(this.element);
      const table = this.element.firstElementChild;
      if (table) observer.observe(table);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
