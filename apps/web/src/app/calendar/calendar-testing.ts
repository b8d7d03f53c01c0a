import { Milestone } from './calendar.models';

/** A milestone as the API returns it; override what a test is about. */
export function milestone(overrides: Partial<Milestone> & Pick<Milestone, 'id' | 'date'>): Milestone {
  return {
    budgetYear: 2014,
    title: `Milepæl ${overrides.id}`,
    description: '',
    kind: 'other',
    responsibleRole: 'finance',
    responsibleCommitteeCode: null,
    status: 'planned',
    frameworkRevision: null,
    followUpRoundId: null,
    warnings: [],
    version: 1,
    updatedAt: '2013-01-10T09:00:00.000Z',
    updatedBy: 'oekonomi@odense.dk',
    ...overrides,
  };
}
