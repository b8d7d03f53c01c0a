import ical from 'ical-generator';
import { addDays, utcMidnight } from './dates';
import { KIND_NAMES } from './milestone-warnings';
import { MilestoneDto, MilestoneStatus } from './milestones.dto';

const ROLE_NAMES: Record<string, string> = {
  admin: 'Administrator',
  finance: 'Økonomi',
  committee: 'Udvalgene',
  director: 'Direktionen',
};

const STATUS_NAMES: Record<MilestoneStatus, string> = { planned: 'Planlagt', done: 'Gennemført', late: 'Forsinket' };

/** How often a subscribed calendar program should fetch the feed again. */
const REFRESH_SECONDS = 3600;

/**
 * The budget year's calendar as iCalendar text: one all-day event per milestone, titled
 * and described in Danish. Dates are floating (no time zone), so 9 October is 9 October in
 * every calendar program. Each event's UID is the milestone's id, so a moved milestone moves
 * in the subscriber's calendar instead of appearing twice.
 */
export function buildCalendarFeed(budgetYear: number, milestones: readonly MilestoneDto[], committeeNames: ReadonlyMap<string, string>): string {
  const calendar = ical({
    name: `Budgetspor – årshjul for budget ${budgetYear}`,
    description: `Milepæle i budgetprocessen for budget ${budgetYear}`,
    prodId: { company: 'Budgetspor', product: 'Budgetspor', language: 'DA' },
    ttl: REFRESH_SECONDS,
  });
  for (const milestone of milestones) {
    calendar.createEvent({
      id: `${milestone.id}@budgetspor`,
      allDay: true,
      start: utcMidnight(milestone.date),
      end: utcMidnight(addDays(milestone.date, 1)),
      summary: milestone.title,
      description: describe(budgetYear, milestone, committeeNames),
      lastModified: new Date(milestone.updatedAt),
    });
  }
  return calendar.toString();
}

function describe(budgetYear: number, milestone: MilestoneDto, committeeNames: ReadonlyMap<string, string>): string {
  const code = milestone.responsibleCommitteeCode;
  const responsible = code ? `${committeeNames.get(code) ?? code} (${code})` : ROLE_NAMES[milestone.responsibleRole ?? ''];
  return [
    `${KIND_NAMES[milestone.kind]} – budget ${budgetYear}`,
    `Ansvarlig: ${responsible}`,
    `Status: ${STATUS_NAMES[milestone.status]}`,
    ...(milestone.description ? ['', milestone.description] : []),
    ...milestone.warnings.map((w) => `Advarsel: ${w.message}`),
  ].join('\n');
}
