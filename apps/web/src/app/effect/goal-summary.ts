import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { trackLink } from '../tracks/tracks.models';
import { EffectGoal, LEVEL_LABELS } from './effect.models';
import { indicatorFacts } from './indicator-facts';

/**
 * One effect goal as everyone reads it: its committees, the tracks that serve it (links to
 * the tracks) and a table of its indicators with direction, baseline → target and the
 * latest value. `headingLevel` keeps the page's outline right where it is nested.
 */
@Component({
  selector: 'app-goal-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, ScrollRegion],
  templateUrl: './goal-summary.html',
  styleUrl: './goal-summary.scss',
})
export class GoalSummary {
  readonly goal = input.required<EffectGoal>();
  readonly committeeNames = input<ReadonlyMap<string, string>>(new Map());
  readonly trackNames = input<ReadonlyMap<string, string>>(new Map());
  readonly headingLevel = input<2 | 3>(2);
  /** A link to enter values is shown to those who may (finance, admin, the owning committees). */
  readonly canEnterValues = input(false);

  protected readonly levelLabel = computed(() => LEVEL_LABELS[this.goal().level]);
  protected readonly indicators = computed(() => this.goal().indicators.map(indicatorFacts));
  protected readonly tracks = computed(() =>
    this.goal().trackCodes.map((code) => ({ code, name: this.trackNames().get(code) ?? '', link: trackLink(code) })),
  );
  protected readonly committees = computed(() =>
    this.goal().committeeCodes.map((code) => ({ code, name: this.committeeNames().get(code) ?? '' })),
  );
  protected readonly headingId = computed(() => `goal-${this.goal().id}`);
}
