import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, numberAttribute, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { StatusBadge } from '@budgetspor/web/shared/ui';
import { catchError, forkJoin, map, of } from 'rxjs';
import { BudgetYearsService } from '../budget-years/budget-years.service';
import { apiErrorMessage } from '../core/api-error';
import { TracksService } from '../tracks/tracks.service';
import { AccountGoalCard } from './account-goal';
import { INDICATOR_STATUS_INFO, IndicatorStatus } from './effect.models';
import { EffectService } from './effect.service';
import { inTreeOrder } from './goal-tree';
import { loadable } from './loadable';
import { parsePriceLevel, PriceIndicesService, priceLevelLabel, PriceLevelSelect } from '../core/price-level';
import { YearPicker } from './year-picker';

const STATUS_ORDER: readonly IndicatorStatus[] = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'];

/**
 * Effektregnskab: for one year, every goal with its indicators against baseline and target
 * and the savings of the tracks that serve it. The year is in the path, the price level in
 * `?prisniveau=`, so an account can be linked to and printed as it was seen.
 */
@Component({
  selector: 'app-effect-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, AccountGoalCard, YearPicker, PriceLevelSelect],
  templateUrl: './effect-account-page.html',
  styleUrl: './effect-account-page.scss',
})
export class EffectAccountPage {
  private readonly service = inject(EffectService);
  private readonly priceIndices = inject(PriceIndicesService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  /** The `:year` route parameter. */
  readonly year = input.required({ transform: numberAttribute });
  /** `?prisniveau=2016`: show the money at that year's price level. */
  readonly prisniveau = input<string>();

  protected readonly priceLevel = computed(() => parsePriceLevel(this.prisniveau()));
  private readonly attempt = signal(0);

  protected readonly account = loadable(
    () => ({ year: this.year(), priceLevel: this.priceLevel(), attempt: this.attempt() }),
    ({ year, priceLevel }) => (Number.isInteger(year) ? this.service.account(year, priceLevel) : null),
    (error) => accountError(error),
  );
  /** The price levels to choose from; without them the page still works at the rounds' own levels. */
  protected readonly indices = toSignal(this.priceIndices.list().pipe(catchError(() => of([]))), { initialValue: [] });
  /** Names of committees and the years the rounds cover (for the picker); neither is essential. */
  private readonly extras = toSignal(
    forkJoin([inject(TracksService).committees(), inject(BudgetYearsService).list()]).pipe(
      map(([committees, rounds]) => ({
        committees: new Map(committees.map((c) => [c.code, c.name])) as ReadonlyMap<string, string>,
        years: [...new Set(rounds.flatMap((r) => r.periodYears))],
      })),
      catchError(() => of({ committees: new Map<string, string>(), years: [] as number[] })),
    ),
  );
  protected readonly committeeNames = computed(() => this.extras()?.committees ?? new Map<string, string>());
  protected readonly years = computed(() => this.extras()?.years ?? []);

  protected readonly data = computed(() => {
    const a = this.account();
    return a?.kind === 'loaded' ? a.data : null;
  });
  protected readonly goals = computed(() => inTreeOrder(this.data()?.goals ?? []));
  /** How many goals have each status: the account's first line for a director. */
  protected readonly summary = computed(() =>
    STATUS_ORDER.map((status) => ({ status, ...INDICATOR_STATUS_INFO[status], count: this.goals().filter((g) => g.status === status).length })).filter(
      (s) => s.count > 0,
    ),
  );
  protected readonly moneyNote = computed(() => {
    const data = this.data();
    if (!data) return '';
    if (data.budgetYear === null) return $localize`:@@effect.accountPage.noRound:Ingen budgetrunde har besparelser for ${data.year}:year:, så målene står uden penge.`;
    const level = this.priceLevel() ?? this.goals().find((g) => g.savings.priceLevel !== null)?.savings.priceLevel ?? null;
    const from = $localize`:@@effect.accountPage.moneyFrom:Besparelserne for ${data.year}:year: er fra budget ${data.budgetYear}:budgetYear:, den nyeste budgetrunde, der dækker året.`;
    return level === null ? from : `${from} ${$localize`:@@effect.accountPage.moneyLevel:Beløbene er i ${priceLevelLabel(level)}:priceLevel:.`}`;
  });

  protected summaryLabel(year: number): string {
    return $localize`:@@effect.accountPage.summary:Målenes status i ${year}:year:`;
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected choosePriceLevel(level: number | null): void {
    void this.router.navigate([], { queryParams: { prisniveau: level }, queryParamsHandling: 'merge' });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}

function accountError(error: unknown): string {
  // A missing price index is the API's 400 on priceLevel; its message says which year and who can fix it.
  if (error instanceof HttpErrorResponse && error.status === 400) {
    return apiErrorMessage(error, $localize`:@@effect.accountPage.badRequest:Effektregnskabet kunne ikke vises for det valgte år eller prisniveau.`);
  }
  return apiErrorMessage(error, $localize`:@@effect.accountPage.loadError:Effektregnskabet kunne ikke hentes.`);
}
