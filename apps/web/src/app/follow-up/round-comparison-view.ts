import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { apiErrorMessage } from '../core/api-error';
import { Loadable, loadable } from '../effect/loadable';
import { ComparisonTables } from './comparison-tables';
import { FollowUpRound } from './follow-up.models';
import { comparisonExportUrl, FollowUpService } from './follow-up.service';

const LOADING: Loadable<never> = { kind: 'loading' };

/** The rounds to compare when the URL names none: the latest round against the one before it. */
export function defaultPair(rounds: readonly FollowUpRound[]): { from: string; to: string } | null {
  if (rounds.length < 2) return null;
  return { from: rounds[rounds.length - 2].id, to: rounds[rounds.length - 1].id };
}

/**
 * "Hvad har ændret sig siden 30. juni": two rounds picked by the director (`?fra=&til=`, so a
 * comparison can be linked to), the API's comparison under them, and the same as a file.
 */
@Component({
  selector: 'app-round-comparison-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComparisonTables],
  template: `
    @if (rounds().length < 2) {
      <p class="bs-notice" data-testid="comparison-unavailable" i18n="@@follow-up.compare.unavailable">Der skal være mindst to runder i budgetåret, før de kan sammenlignes.</p>
    } @else {
      <div class="pick no-print">
        <div class="field">
          <label class="field__label" for="compare-from" i18n="@@follow-up.compare.from">Fra runde</label>
          <select id="compare-from" class="field__input" (change)="pick('fra', $event)">
            @for (r of rounds(); track r.id) {
              <option [value]="r.id" [selected]="r.id === pair()?.from">{{ r.title }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="compare-to" i18n="@@follow-up.compare.to">Til runde</label>
          <select id="compare-to" class="field__input" (change)="pick('til', $event)">
            @for (r of rounds(); track r.id) {
              <option [value]="r.id" [selected]="r.id === pair()?.to">{{ r.title }}</option>
            }
          </select>
        </div>
        @if (pair(); as p) {
          <div class="pick__export">
            <a class="bs-button" [href]="exportUrl(p.from, p.to, 'xlsx')" download data-testid="export-xlsx" i18n="@@follow-up.compare.exportXlsx"
              >Eksportér til Excel</a
            >
            <a class="bs-button bs-button--secondary" [href]="exportUrl(p.from, p.to, 'csv')" download i18n="@@follow-up.compare.exportCsv">Hent som CSV</a>
          </div>
        }
      </div>
      @if (pair()?.from === pair()?.to) {
        <p class="hint" i18n="@@follow-up.compare.same">Du sammenligner en runde med sig selv; vælg to forskellige runder for at se ændringer.</p>
      }
      @let c = state();
      @if (c.kind === 'loading') {
        <p role="status" i18n="@@follow-up.compare.loading">Henter sammenligningen …</p>
      } @else if (c.kind === 'error') {
        <p class="bs-notice bs-notice--error" role="alert">{{ c.message }}</p>
        <button type="button" class="bs-button" (click)="retry()" i18n="@@follow-up.compare.retry">Prøv igen</button>
      } @else {
        <app-comparison-tables [comparison]="c.data" [trackNames]="trackNames()" [committeeNames]="committeeNames()" />
      }
    }
  `,
  styles: `
    .pick {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 1rem;
      margin-bottom: 1rem;
    }
    .pick .field {
      min-width: 16rem;
    }
    .pick__export {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .hint {
      color: var(--bs-color-text-muted);
    }
  `,
})
export class RoundComparisonView {
  private readonly service = inject(FollowUpService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly year = input.required<number>();
  readonly rounds = input.required<readonly FollowUpRound[]>();
  /** `?fra=` and `?til=`: round ids; absent, the latest two rounds. */
  readonly from = input<string>();
  readonly to = input<string>();
  readonly trackNames = input<ReadonlyMap<string, string>>(new Map());
  readonly committeeNames = input<ReadonlyMap<string, string>>(new Map());

  private readonly attempt = signal(0);

  protected readonly pair = computed(() => {
    const fallback = defaultPair(this.rounds());
    if (!fallback) return null;
    const known = (id: string | undefined) => (id && this.rounds().some((r) => r.id === id) ? id : undefined);
    return { from: known(this.from()) ?? fallback.from, to: known(this.to()) ?? fallback.to };
  });

  protected readonly comparison = loadable(
    () => ({ year: this.year(), pair: this.pair(), attempt: this.attempt() }),
    ({ year, pair }) => (pair ? this.service.compare(year, pair.from, pair.to) : null),
    (error) => apiErrorMessage(error, $localize`:@@follow-up.compare.loadError:Sammenligningen kunne ikke hentes.`),
  );

  /** Null only without two rounds, which the template shows before it asks. */
  protected readonly state = computed(() => this.comparison() ?? LOADING);

  protected exportUrl(from: string, to: string, format: 'xlsx' | 'csv'): string {
    return comparisonExportUrl(this.year(), from, to, format);
  }

  protected pick(param: 'fra' | 'til', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const pair = this.pair();
    // Both ends go into the URL, so the link names the comparison even when one was the default.
    const queryParams = { fra: pair?.from, til: pair?.to, [param]: value };
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
