import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '@budgetspor/server/audit';
import { assertYearOpen } from '@budgetspor/server/budget-years';
import { FollowUpRoundsService, MilestonesService, MUNICIPALITY_TIME_ZONE } from '@budgetspor/server/calendar';
import { AuthUser } from '@budgetspor/server/common';
import { DEMO_MILESTONES_2014, DEMO_ROUND_COMMENT, DEMO_ROUNDS_2013, DemoRound } from './calendar-demo';

/** Start-up writes as finance would make them, audited as the system. */
const SYSTEM_USER: AuthUser = { id: SYSTEM_ACTOR, email: SYSTEM_ACTOR, name: 'System', role: 'finance', committeeCodes: [] };

/** A local time on a date ($n::date + days) in the municipality's time zone. */
const at = (param: string, days: number, time: string) => `(($${param}::date + ${days}) + time '${time}') AT TIME ZONE '${MUNICIPALITY_TIME_ZONE}'`;

/**
 * Loads budget 2014's årshjul through MilestonesService, and three closed follow-up rounds of
 * budget 2013 whose forecasts are illustrative. Their snapshots are written directly, like the
 * demo's savings figures: closing a round through the service would freeze the savings rows as
 * they stand now, and the illustrative history has to differ round by round without changing
 * those rows. The last round shows the forecasts the rows have.
 */
@Injectable()
export class CalendarDemoLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly milestones: MilestonesService,
    private readonly rounds: FollowUpRoundsService,
  ) {}

  async load(): Promise<void> {
    for (const milestone of DEMO_MILESTONES_2014) await this.milestones.create(2014, milestone, SYSTEM_USER);
    for (const round of DEMO_ROUNDS_2013) {
      const id = await this.insertClosedRound(2013, round);
      await this.milestones.create(2013, {
        date: round.deadline, kind: 'follow_up', status: 'done', responsibleRole: 'committee', followUpRoundId: id,
        title: `Frist for ${round.title.replace('Budgetopfølgning', 'budgetopfølgningen')}`,
        description: 'Udvalgene bekræfter prognose, status og kommentar for deres celler.',
      }, SYSTEM_USER);
    }
  }

  private insertClosedRound(budgetYear: number, round: DemoRound): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      await assertYearOpen(m, budgetYear);
      const [{ id }] = await m.query(
        `INSERT INTO follow_up_rounds (budget_year, as_of, deadline, title, opened_by, opened_at)
         VALUES ($1, $2, $3, $4, '${SYSTEM_ACTOR}', ${at('2', 1, '08:00')}) RETURNING id`,
        [budgetYear, round.asOf, round.deadline, round.title],
      );
      // Forecast moved `progress` of the way from expected to the row's illustrative forecast;
      // nothing realised yet during the year; every cell confirmed by the deadline.
      await m.query(
        `INSERT INTO follow_up_snapshots (round_id, saving_id, track_code, committee_code, year, expected, forecast, realised,
                                          status, comment, saving_version, updated_at, updated_by, confirmed_by, confirmed_at)
         SELECT $1, s.id, s.track_code, s.committee_code, s.year, s.expected,
                round(s.expected + (s.forecast - s.expected) * $2::numeric), NULL,
                CASE WHEN $2::numeric = 0 THEN 'on_track'
                     WHEN $2::numeric < 1 THEN CASE WHEN s.status = 'off_track' THEN 'at_risk' ELSE 'on_track' END
                     WHEN s.status = 'realised' THEN 'on_track' ELSE s.status END,
                $3, s.version, ${at('4', 0, '12:00')}, '${SYSTEM_ACTOR}', '${SYSTEM_ACTOR}', ${at('4', 0, '12:00')}
           FROM savings s WHERE s.budget_year = $5 AND s.forecast IS NOT NULL`,
        [id, round.progress, DEMO_ROUND_COMMENT, round.deadline, budgetYear],
      );
      await m.query(
        `UPDATE follow_up_rounds SET status = 'closed', closed_by = '${SYSTEM_ACTOR}', closed_at = ${at('2', 2, '09:00')}, version = version + 1
          WHERE id = $1`,
        [id, round.deadline],
      );
      await this.audit.record(m, { actor: SYSTEM_ACTOR, action: 'create', entityType: 'follow_up_round', entityId: id, before: null, after: await this.rounds.get(id, m) });
      return id;
    });
  }
}
