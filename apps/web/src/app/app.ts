import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, OnInit, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, NavigationStart, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { LOGIN_PATH } from './auth/auth.models';
import { AuthService } from './auth/auth.service';
import { LanguageSwitch } from './core/language-switch';

/**
 * The application shell: skip link, header with product name, main navigation, who is
 * logged in and the language button, and the <main> landmark the routed pages render into.
 */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LanguageSwitch],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App implements OnInit {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  protected readonly loggingOut = signal(false);
  protected readonly loginPath = LOGIN_PATH;

  constructor() {
    // A page change can remove the control that had focus (the login form's field), leaving
    // focus nowhere: the next Tab would start past the end of the page. Then focus goes to the
    // new page's content, as after the skip link. A first page load has no focus to lose.
    let hadFocus = false;
    this.router.events.pipe(takeUntilDestroyed()).subscribe((event) => {
      if (event instanceof NavigationStart) hadFocus = !this.focusLost();
      if (event instanceof NavigationEnd && hadFocus) {
        const focusMain = () => {
          if (this.focusLost()) this.main().nativeElement.focus({ preventScroll: true });
        };
        afterNextRender(focusMain, { injector: this.injector });
      }
    });
  }

  ngOnInit(): void {
    this.auth.init();
  }

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

  private focusLost(): boolean {
    const active = this.document.activeElement;
    return !active || active === this.document.body;
  }

  protected async logout(): Promise<void> {
    this.loggingOut.set(true);
    try {
      await this.auth.logout();
    } catch {
      // The session is forgotten here either way; the server's expires on its own.
    } finally {
      this.loggingOut.set(false);
    }
    await this.router.navigateByUrl(LOGIN_PATH);
  }
}
