import { StatusTone } from '@budgetspor/web/shared/ui';
import { UserRole } from '../auth/auth.models';

export type MilestoneKind = 'framework_announcement' | 'first_reading' | 'second_reading' | 'adoption' | 'follow_up' | 'other';
export type MilestoneStatus = 'planned' | 'done' | 'late';

export interface MilestoneWarning {
  readonly code: 'readings_too_close' | 'second_reading_before_first' | 'adoption_too_late';
  /** The API's Danish sentence, shown as it is. */
  readonly message: string;
}

/** One milestone of a budget year's årshjul, as `GET /api/budget-years/:year/milestones` returns it. */
export interface Milestone {
  readonly id: string;
  readonly budgetYear: number;
  /** YYYY-MM-DD; milestones are all-day. */
  readonly date: string;
  readonly title: string;
  readonly description: string;
  readonly kind: MilestoneKind;
  /** Exactly one of role and committee is set. */
  readonly responsibleRole: UserRole | null;
  readonly responsibleCommitteeCode: string | null;
  readonly status: MilestoneStatus;
  readonly frameworkRevision: number | null;
  readonly followUpRoundId: string | null;
  readonly warnings: readonly MilestoneWarning[];
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** `GET /api/milestones/upcoming`: overdue = the date has passed and it is not done. */
export interface UpcomingMilestone extends Milestone {
  readonly overdue: boolean;
}

/** The body of POST (and, with a version, PATCH). */
export interface MilestoneInput {
  readonly date: string;
  readonly title: string;
  readonly description: string;
  readonly kind: MilestoneKind;
  readonly responsibleRole: UserRole | null;
  readonly responsibleCommitteeCode: string | null;
  readonly status: MilestoneStatus;
  readonly frameworkRevision: number | null;
  readonly followUpRoundId: string | null;
}

export type { NamedCode } from '../core/named-code';

/** In the order a budget round meets them, which is also the order of the select. */
export const MILESTONE_KINDS: readonly MilestoneKind[] = [
  'framework_announcement',
  'first_reading',
  'second_reading',
  'adoption',
  'follow_up',
  'other',
];

/** In Danish the API's own names (KIND_NAMES in libs/server/calendar), so page and feed agree. */
export const KIND_LABELS: Readonly<Record<MilestoneKind, string>> = {
  framework_announcement: $localize`:@@calendar.kind.frameworkAnnouncement:Rammeudmelding`,
  first_reading: $localize`:@@calendar.kind.firstReading:1. behandling`,
  second_reading: $localize`:@@calendar.kind.secondReading:2. behandling`,
  adoption: $localize`:@@calendar.kind.adoption:Vedtagelse`,
  follow_up: $localize`:@@calendar.kind.followUp:Budgetopfølgning`,
  other: $localize`:@@calendar.kind.other:Andet`,
};

export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['planned', 'done', 'late'];

export const MILESTONE_STATUS_INFO: Readonly<Record<MilestoneStatus, { readonly label: string; readonly tone: StatusTone }>> = {
  planned: { label: $localize`:@@calendar.status.planned:Planlagt`, tone: 'info' },
  done: { label: $localize`:@@calendar.status.done:Gennemført`, tone: 'ok' },
  late: { label: $localize`:@@calendar.status.late:Forsinket`, tone: 'error' },
};

export const RESPONSIBLE_ROLES: readonly UserRole[] = ['finance', 'committee', 'director', 'admin'];

/** A role as the one responsible, named as the iCalendar feed names it ("Udvalgene", not "Udvalg"). */
export const RESPONSIBLE_ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  finance: $localize`:@@calendar.responsible.finance:Økonomi`,
  committee: $localize`:@@calendar.responsible.committee:Udvalgene`,
  director: $localize`:@@calendar.responsible.director:Direktionen`,
  admin: $localize`:@@calendar.responsible.admin:Administrator`,
};

/** "Økonomi" for a role, "SAU – Social- og Arbejdsmarkedsudvalget" for a committee. */
export function responsibleText(m: Pick<Milestone, 'responsibleRole' | 'responsibleCommitteeCode'>, committees: ReadonlyMap<string, string>): string {
  if (m.responsibleRole) return RESPONSIBLE_ROLE_LABELS[m.responsibleRole];
  const code = m.responsibleCommitteeCode ?? '';
  const name = committees.get(code);
  return name && name !== code ? `${code} – ${name}` : code;
}
