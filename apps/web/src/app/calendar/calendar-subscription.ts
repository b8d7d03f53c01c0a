import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { CalendarService, feedUrl } from './calendar.service';

interface Notice {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * "Abonnér i din kalender": the user's own feed address. The API shows a token only when it
 * is made (it keeps just the hash), so the address is shown right after "Lav et link" and
 * cannot be fetched later; a new link replaces the old one, and "Stop abonnementet" ends it.
 */
@Component({
  selector: 'app-calendar-subscription',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sub" aria-labelledby="sub-heading">
      <h2 id="sub-heading" i18n="@@calendar.sub.heading">Abonnér i din kalender</h2>
      <p i18n="@@calendar.sub.lead">
        Få budgetårets milepæle ind i Outlook, Google Kalender eller iPhone som heldagsbegivenheder, der opdateres af sig
        selv. Linket er personligt: den, der har det, kan se årshjulet uden at logge ind. Del det ikke med andre.
      </p>
      @if (url(); as address) {
        <div class="field">
          <label class="field__label" for="feed-url" i18n="@@calendar.sub.address">Adresse til din kalender (budget {{ year() }})</label>
          <div class="sub__copy">
            <input id="feed-url" class="field__input sub__url" type="text" readonly [value]="address" aria-describedby="feed-url-hint" (focus)="select($event)" />
            <button type="button" class="bs-button" (click)="copy(address)" i18n="@@calendar.sub.copy">Kopiér</button>
          </div>
          <p class="field__hint" id="feed-url-hint" i18n="@@calendar.sub.onlyNow">
            Linket vises kun nu. Har du mistet det, så lav et nyt; det gamle holder så op med at virke.
          </p>
        </div>
      }
      <div aria-live="polite">
        @if (notice(); as n) {
          <p class="bs-notice" [class.bs-notice--ok]="n.ok" [class.bs-notice--error]="!n.ok" data-testid="subscription-notice">{{ n.text }}</p>
        }
      </div>
      <div class="sub__actions">
        <button type="button" class="bs-button" [class.bs-button--secondary]="url() !== null" [disabled]="busy()" (click)="create()">
          @if (url()) {
            <ng-container i18n="@@calendar.sub.newLink">Lav et nyt link</ng-container>
          } @else {
            <ng-container i18n="@@calendar.sub.create">Lav et abonnementslink</ng-container>
          }
        </button>
        <button type="button" class="bs-button bs-button--secondary" [disabled]="busy()" (click)="revoke()" i18n="@@calendar.sub.revoke">Stop abonnementet</button>
      </div>
      @if (!url()) {
        <p class="field__hint" i18n="@@calendar.sub.replaces">Har du allerede et link, holder det op med at virke, når du laver et nyt.</p>
      }
    </section>
  `,
  styles: `
    .sub {
      padding: 1rem 1.25rem;
      border: 1px solid var(--bs-color-border);
      border-radius: var(--bs-radius);
      background: var(--bs-color-surface);
    }
    .sub h2 {
      font-size: 1.125rem;
    }
    .sub__copy {
      display: flex;
      gap: 0.5rem;
    }
    .sub__url {
      flex: 1;
      min-width: 0;
      font-family: var(--bs-font-family-mono);
      font-size: 0.875rem;
    }
    .sub__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 1rem 0 0.5rem;
    }
    @media print {
      .sub {
        display: none;
      }
    }
  `,
})
export class CalendarSubscription {
  private readonly service = inject(CalendarService);
  private readonly document = inject(DOCUMENT);

  readonly year = input.required<number>();

  private readonly token = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly url = computed(() => {
    const token = this.token();
    return token ? feedUrl(this.document.location.origin, this.year(), token) : null;
  });

  protected async create(): Promise<void> {
    const replacing = this.token() !== null;
    await this.run(async () => {
      const { token } = await firstValueFrom(this.service.createToken());
      this.token.set(token);
      return replacing
        ? $localize`:@@calendar.sub.replaced:Et nyt link er lavet. Det gamle link virker ikke længere; skift det ud i din kalender.`
        : $localize`:@@calendar.sub.created:Dit abonnementslink er lavet. Kopiér det, og tilføj det i din kalender som "kalender fra internettet".`;
    }, $localize`:@@calendar.sub.createFailed:Linket kunne ikke laves.`);
  }

  protected async revoke(): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.service.revokeToken());
      this.token.set(null);
      return $localize`:@@calendar.sub.revoked:Abonnementet er stoppet. Dit link virker ikke længere.`;
    }, $localize`:@@calendar.sub.revokeFailed:Abonnementet kunne ikke stoppes.`);
  }

  /** The clipboard needs a secure context; where it is missing, the selected text can be copied by hand. */
  protected async copy(address: string): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(address);
      this.notice.set({ ok: true, text: $localize`:@@calendar.sub.copied:Adressen er kopieret.` });
    } catch {
      this.document.getElementById('feed-url')?.focus();
      this.notice.set({ ok: false, text: $localize`:@@calendar.sub.copyFailed:Kunne ikke kopiere automatisk. Adressen er markeret; kopiér den med Ctrl+C.` });
    }
  }

  protected select(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  private async run(action: () => Promise<string>, fallback: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    try {
      this.notice.set({ ok: true, text: await action() });
    } catch (error: unknown) {
      this.notice.set({ ok: false, text: apiErrorMessage(error, fallback) });
    } finally {
      this.busy.set(false);
    }
  }
}
