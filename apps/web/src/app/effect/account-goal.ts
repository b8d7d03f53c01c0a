import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { formatKroner } from '../core/format';
import { formatRate } from '../dashboard/figures';
import { withUnit } from './decimal-text';
import { AccountGoal, AccountIndicator, INDICATOR_STATUS_INFO, LEVEL_LABELS } from './effect.models';
import { priceLevelLabel } from '../core/price-level';
import { ProgressBar } from './progress-bar';

/**
 * One goal in the effect account: its indicators' values for the year against baseline and
 * target (progress and status), and under them the savings of the tracks that serve it, so
 * effect and money are read together.
 */
@Component({
  selector: 'app-account-goal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, ProgressBar, ScrollRegion],
  templateUrl: './account-goal.html',
  styleUrl: './account-goal.scss',
})
export class AccountGoalCard {
  readonly goal = input.required<AccountGoal>();
  readonly year = input.required<number>();
  /** The round the money comes from; null when no round has savings for the year. */
  readonly budgetYear = input<number | null>(null);
  readonly committeeNames = input<ReadonlyMap<string, string>>(new Map());

  protected readonly statusInfo = INDICATOR_STATUS_INFO;
  protected readonly level = computed(() => LEVEL_LABELS[this.goal().level]);
  protected readonly status = computed(() => INDICATOR_STATUS_INFO[this.goal().status]);
  protected readonly headingId = computed(() => `account-goal-${this.goal().id}`);
  protected readonly committees = computed(() =>
    this.goal().committeeCodes.map((code) => ({ code, name: this.committeeNames().get(code) ?? '' })),
  );
  protected readonly trackCodes = computed(() => this.goal().tracks.map((t) => t.code).join(', '));
  protected readonly priceLevel = computed(() => priceLevelLabel(this.goal().savings.priceLevel));
  protected readonly kr = (amount: string) => formatKroner(amount);
  protected readonly rate = formatRate;

  protected point(year: number | null, value: string | null, unit: string | null): string {
    return year === null ? '–' : `${year}: ${withUnit(value, unit)}`;
  }

  protected shownValue(i: AccountIndicator): string {
    return i.kind === 'quantitative' ? withUnit(i.value, i.unit) : (i.assessment ?? '–');
  }
}
