import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/**
 * The application shell: skip link, header with product name and main navigation, and the
 * <main> landmark the routed pages render into.
 */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /**
   * With `<base href="/">` a plain `href="#indhold"` resolves to `/#indhold`, so on any
   * page other than the start page the browser would load the start page instead of
   * jumping. The href stays for semantics and no-JS; the jump itself is done here.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView?.();
  }
}
