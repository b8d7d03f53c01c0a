import { danishDate, daysBetween } from './dates';

export const MILESTONE_KINDS = ['framework_announcement', 'first_reading', 'second_reading', 'adoption', 'follow_up', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** The Danish name of each kind, for messages and the iCalendar feed. */
export const KIND_NAMES: Record<MilestoneKind, string> = {
  framework_announcement: 'Rammeudmelding',
  first_reading: '1. behandling',
  second_reading: '2. behandling',
  adoption: 'Vedtagelse',
  follow_up: 'Budgetopfølgning',
  other: 'Andet',
};

/**
 * The city council reads the budget twice with at least three weeks between the readings,
 * and adopts it by 15 October of the year before the budget year (styrelsesloven § 38).
 */
export const MIN_DAYS_BETWEEN_READINGS = 21;
export const ADOPTION_DEADLINE = { month: 10, day: 15 } as const;

export type WarningCode = 'readings_too_close' | 'second_reading_before_first' | 'adoption_too_late';

export interface MilestoneWarning {
  code: WarningCode;
  message: string;
}

export interface DatedMilestone {
  id: string;
  date: string;
  kind: MilestoneKind;
}

/** "2013-10-15" for budget 2014. */
export function adoptionDeadline(budgetYear: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${budgetYear - 1}-${pad(ADOPTION_DEADLINE.month)}-${pad(ADOPTION_DEADLINE.day)}`;
}

/**
 * The calendar's warnings, by the id of the milestone they concern: a second reading is
 * measured against the latest first reading on or before it, an adoption against the
 * deadline. Warnings, not errors: a calendar in progress may break them for a while.
 */
export function milestoneWarnings(budgetYear: number, milestones: readonly DatedMilestone[]): Map<string, MilestoneWarning[]> {
  const warnings = new Map<string, MilestoneWarning[]>();
  const add = (id: string, warning: MilestoneWarning) => warnings.set(id, [...(warnings.get(id) ?? []), warning]);
  const firstReadings = milestones.filter((m) => m.kind === 'first_reading').map((m) => m.date).sort();
  for (const m of milestones) {
    if (m.kind === 'second_reading') {
      const warning = readingWarning(firstReadings, m.date);
      if (warning) add(m.id, warning);
    }
    if (m.kind === 'adoption' && m.date > adoptionDeadline(budgetYear)) {
      add(m.id, {
        code: 'adoption_too_late',
        message: `Vedtagelsen den ${danishDate(m.date)} ligger efter fristen ${danishDate(adoptionDeadline(budgetYear))}`,
      });
    }
  }
  return warnings;
}

function readingWarning(firstReadings: readonly string[], second: string): MilestoneWarning | null {
  const first = firstReadings.filter((date) => date <= second).at(-1);
  if (first === undefined) {
    if (firstReadings.length === 0) return null;
    return {
      code: 'second_reading_before_first',
      message: `2. behandling den ${danishDate(second)} ligger før 1. behandling den ${danishDate(firstReadings[0])}`,
    };
  }
  const days = daysBetween(first, second);
  if (days >= MIN_DAYS_BETWEEN_READINGS) return null;
  return {
    code: 'readings_too_close',
    message:
      `Der er kun ${days} ${days === 1 ? 'dag' : 'dage'} mellem 1. behandling (${danishDate(first)}) og 2. behandling ` +
      `(${danishDate(second)}); der skal være mindst ${MIN_DAYS_BETWEEN_READINGS} dage (tre uger)`,
  };
}
