import { ChangeDetectionStrategy, Component, ElementRef, inject, OnInit, signal, viewChild } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { LOGIN_PATH } from './auth/auth.models';
import { AuthService } from './auth/auth.service';

/**
 * The application shell: skip link, header with product name, main navigation and who is
 * logged in, and the <main> landmark the routed pages render into.
 */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App implements OnInit {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  protected readonly loggingOut = signal(false);
  protected readonly loginPath = LOGIN_PATH;

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
