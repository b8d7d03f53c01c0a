import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Language, LANGUAGE } from './language';

/**
 * The header's language button: it names the other language in that language ("English" on
 * a Danish page, "Dansk" on an English one, marked with `lang` so screen readers pronounce it
 * right) and loads the same page again with `?lang=`, which src/locale-init.ts remembers (the
 * texts are loaded once per page load). Through the address, the switch works even where the
 * browser's storage is blocked.
 */
@Component({
  selector: 'app-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="bs-button bs-button--secondary bs-button--small" data-testid="language-switch" (click)="switchLanguage()">
      @if (other === 'en') {
        <span lang="en">English</span>
      } @else {
        <span lang="da">Dansk</span>
      }
    </button>
  `,
})
export class LanguageSwitch {
  private readonly document = inject(DOCUMENT);
  protected readonly other: Language = LANGUAGE === 'da' ? 'en' : 'da';

  protected switchLanguage(): void {
    const location = this.document.defaultView?.location;
    if (!location) return;
    const url = new URL(location.href);
    url.searchParams.set('lang', this.other);
    location.replace(url.toString());
  }
}
