import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';

/**
 * A password shown once, with a copy button. The Clipboard API exists only on secure pages
 * (https or localhost); elsewhere the text is selected so Ctrl+C copies it.
 */
@Component({
  selector: 'app-copy-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="once">
      <span class="once__label" i18n="@@users.copy.label">Adgangskode (vises kun nu):</span>
      <code class="once__value" data-testid="shown-password" #value>{{ password() }}</code>
      <button type="button" class="bs-button bs-button--secondary bs-button--small" (click)="copy()" i18n="@@users.copy.button">Kopiér adgangskoden</button>
    </p>
    <p class="field__hint" aria-live="polite">{{ status() }}</p>
  `,
  styles: `
    .once {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0 0.25rem;
    }
    .once__label {
      font-weight: 600;
    }
    .once__value {
      padding: 0.25rem 0.5rem;
      font-size: 1.0625rem;
      user-select: all;
      word-break: break-all;
    }
  `,
})
export class CopyPassword {
  private readonly document = inject(DOCUMENT);
  readonly password = input.required<string>();
  protected readonly status = signal('');
  private readonly value = viewChild.required<ElementRef<HTMLElement>>('value');

  protected async copy(): Promise<void> {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    try {
      if (clipboard) {
        await clipboard.writeText(this.password());
        this.status.set($localize`:@@users.copy.copied:Adgangskoden er kopieret.`);
        return;
      }
    } catch {
      // Refused (no permission, page not focused): the text is selected instead, below.
    }
    this.selectValue();
    this.status.set($localize`:@@users.copy.selected:Adgangskoden er markeret. Kopiér den med Ctrl+C (Cmd+C på Mac).`);
  }

  private selectValue(): void {
    const selection = this.document.getSelection();
    const range = this.document.createRange();
    range.selectNodeContents(this.value().nativeElement);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}
