/**
 * The Odense årshjul for budget 2014 and three follow-up rounds of budget 2013, as the demo
 * shows them. The sources give the shape of the process (ØU's framework announcement early
 * in the year, the city council's adoption in October, "Budgetforlig → Temaer → Analyse →
 * Budgetforlig"), not the days: every date here is illustrative and says so. The sources have
 * no follow-up figures either; the rounds' forecasts are illustrative and marked "Illustrativ".
 */
import type { CreateMilestoneDto } from '@budgetspor/server/calendar';

const ILLUSTRATIVE_DATE = 'Illustrativ dato: kilderne angiver kun måneden.';

/** Budget 2014's calendar: the framework of February (revision 1 in the demo) to the adoption in October. */
export const DEMO_MILESTONES_2014: CreateMilestoneDto[] = [
  {
    date: '2013-02-06', kind: 'framework_announcement', status: 'done', responsibleCommitteeCode: 'ØU', frameworkRevision: 1,
    title: 'Økonomiudvalgets rammeudmelding for budget 2014',
    description: `ØU fordeler innovationspuljen på spor og udvalg (top-down, første gang). ${ILLUSTRATIVE_DATE}`,
  },
  {
    date: '2013-04-30', kind: 'other', status: 'done', responsibleRole: 'committee',
    title: 'Udvalgene afleverer bidrag til innovationssporene',
    description: `Temaer og analyse: udvalgene beskriver, hvordan sporene skal levere deres andel af puljen. ${ILLUSTRATIVE_DATE}`,
  },
  {
    date: '2013-08-21', kind: 'other', responsibleCommitteeCode: 'ØU',
    title: 'Økonomiudvalget behandler budgetforslaget for budget 2014',
    description: `Forslaget til 1. behandling i byrådet. ${ILLUSTRATIVE_DATE}`,
  },
  {
    date: '2013-09-11', kind: 'first_reading', responsibleRole: 'finance',
    title: '1. behandling af budget 2014 i byrådet',
    description: ILLUSTRATIVE_DATE,
  },
  {
    date: '2013-10-09', kind: 'second_reading', responsibleRole: 'finance',
    title: '2. behandling af budget 2014 i byrådet',
    description: `Mindst tre uger efter 1. behandling. ${ILLUSTRATIVE_DATE}`,
  },
  {
    date: '2013-10-09', kind: 'adoption', responsibleRole: 'finance',
    title: 'Byrådet vedtager budget 2014 (budgetforlig)',
    description: `Senest 15. oktober året før budgetåret. ${ILLUSTRATIVE_DATE}`,
  },
];

export interface DemoRound {
  asOf: string;
  deadline: string;
  title: string;
  /**
   * How far each cell's forecast has moved from its expected amount towards the final
   * illustrative figure (DEMO_FOLLOW_UP): 0 = forecast as expected, 1 = the final figure.
   */
  progress: number;
}

/** Budget 2013's quarterly follow-up rounds (budgetopfølgning) during 2013. */
export const DEMO_ROUNDS_2013: DemoRound[] = [
  { asOf: '2013-03-31', deadline: '2013-04-15', title: 'Budgetopfølgning pr. 31. marts 2013 (illustrativ)', progress: 0 },
  { asOf: '2013-06-30', deadline: '2013-07-15', title: 'Budgetopfølgning pr. 30. juni 2013 (illustrativ)', progress: 0.5 },
  { asOf: '2013-09-30', deadline: '2013-10-15', title: 'Budgetopfølgning pr. 30. september 2013 (illustrativ)', progress: 1 },
];

export const DEMO_ROUND_COMMENT = 'Illustrativ prognose (demodata): kilderne har ingen tal fra budgetopfølgningen.';
