import { Indicator, IndicatorValue } from './effect.models';

interface TreeGoal {
  readonly id: string;
  readonly level: 'municipal' | 'committee';
  readonly parentId: string | null;
}

export interface GoalBranch<G> {
  readonly goal: G;
  /** The committee goals that contribute to this Odensemål, in the API's (creation) order. */
  readonly children: readonly G[];
}

export interface GoalTree<G> {
  readonly branches: readonly GoalBranch<G>[];
  /** Committee goals under no Odensemål (or under one that is not in the list). */
  readonly loose: readonly G[];
}

/**
 * The Effektblomst as a list: each Odensemål with the committee goals under it. The API has
 * two levels only, so one pass does; the order within each level is the API's.
 */
export function goalTree<G extends TreeGoal>(goals: readonly G[]): GoalTree<G> {
  const municipal = goals.filter((g) => g.level === 'municipal');
  const ids = new Set(municipal.map((g) => g.id));
  return {
    branches: municipal.map((goal) => ({ goal, children: goals.filter((g) => g.level === 'committee' && g.parentId === goal.id) })),
    loose: goals.filter((g) => g.level === 'committee' && (g.parentId === null || !ids.has(g.parentId))),
  };
}

/** The goals in tree order: each Odensemål followed by its committee goals, then the loose ones. */
export function inTreeOrder<G extends TreeGoal>(goals: readonly G[]): G[] {
  const tree = goalTree(goals);
  return [...tree.branches.flatMap((b) => [b.goal, ...b.children]), ...tree.loose];
}

/** The newest year's value of an indicator (values come years ascending); null when it has none. */
export function latestValue(indicator: Pick<Indicator, 'values'>): IndicatorValue | null {
  return indicator.values.length ? indicator.values[indicator.values.length - 1] : null;
}

/** The indicator with one year's value put in or replaced, the years kept ascending. */
export function withValue<I extends Pick<Indicator, 'values'>>(indicator: I, value: IndicatorValue): I {
  const values = [...indicator.values.filter((v) => v.year !== value.year), value].sort((a, b) => a.year - b.year);
  return { ...indicator, values };
}

/** The goal with an indicator put in (new, at the end: the API's creation order) or replaced. */
export function withIndicator<G extends { readonly indicators: readonly Indicator[] }>(goal: G, indicator: Indicator): G {
  const known = goal.indicators.some((i) => i.id === indicator.id);
  return { ...goal, indicators: known ? goal.indicators.map((i) => (i.id === indicator.id ? indicator : i)) : [...goal.indicators, indicator] };
}
