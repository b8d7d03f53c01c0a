import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '@budgetspor/server/audit';
import { generatePassword, UsersService } from '@budgetspor/server/auth';
import { BudgetYearsService } from '@budgetspor/server/budget-years';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { BidsService, FrameworksService } from '@budgetspor/server/frameworks';
import { OrganisationService } from '@budgetspor/server/organisation';
import { TracksService } from '@budgetspor/server/tracks';
import odense from './odense-reference.json';
import { DEMO_FOLLOW_UP, DEMO_ROUNDS, DEMO_TRACKS, DEMO_USERS } from './odense-demo';
import { DEMO_GOALS } from './effect-demo';
import { EffectDemoLoader } from './effect-demo.loader';
import { CalendarDemoLoader } from './calendar-demo.loader';
import { allocate } from '@budgetspor/shared/allocation';

/**
 * The Odense demo data ("Ny virkelighed – Ny velfærd"). Loaded only into an empty database
 * and only when DEMO_DATA is on, through the same services the API uses, so every row is
 * validated and audited (actor "system").
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisation: OrganisationService,
    private readonly tracks: TracksService,
    private readonly budgetYears: BudgetYearsService,
    private readonly frameworks: FrameworksService,
    private readonly bids: BidsService,
    private readonly users: UsersService,
    private readonly effects: EffectDemoLoader,
    private readonly calendar: CalendarDemoLoader,
  ) {}

  /** The demo users' logins when it loaded the data, else null. */
  async loadIfEmpty(): Promise<{ email: string; password: string }[] | null> {
    if (!this.config.demoData || !(await this.isEmpty())) return null;
    for (const a of odense.administrations) await this.organisation.createAdministration(a, SYSTEM_ACTOR);
    for (const c of odense.committees) await this.organisation.createCommittee(c, SYSTEM_ACTOR);
    for (const t of DEMO_TRACKS) await this.tracks.create(t, SYSTEM_ACTOR);
    for (const round of DEMO_ROUNDS) {
      const created = await this.budgetYears.create({ year: round.year, title: round.title }, SYSTEM_ACTOR);
      for (const framework of round.frameworks) await this.frameworks.create(round.year, framework, SYSTEM_ACTOR);
      if (round.bids.length) await this.bids.replace(round.year, { entries: round.bids }, SYSTEM_ACTOR);
      await this.followUp(round.year, round.frameworks.at(-1)?.allocationMethod === 'bids' ? round.bids : this.expectedCells(round));
      const now = await this.budgetYears.get(created.year);
      if (now.status !== round.status) {
        await this.budgetYears.update(round.year, { status: round.status, version: now.version }, SYSTEM_ACTOR);
      }
    }
    await this.effects.load();
    await this.calendar.load();
    const logins = [];
    for (const user of DEMO_USERS) {
      const password = generatePassword();
      await this.users.create({ ...user, password }, SYSTEM_ACTOR);
      logins.push({ email: user.email, password });
    }
    this.logger.log(
      `Odense-demodata indlæst: ${odense.administrations.length} forvaltninger, ${odense.committees.length} udvalg, ` +
        `${DEMO_TRACKS.length} innovationsspor, budget ${DEMO_ROUNDS.map((r) => r.year).join(' og ')}, ` +
        `${DEMO_GOALS.length} illustrative Odensemål`,
    );
    if (this.config.nodeEnv !== 'test') {
      process.stdout.write(
        '\n  Demo-brugere (adgangskoderne vises kun denne ene gang):\n' +
          logins.map((l, i) => `    ${DEMO_USERS[i].role.padEnd(9)} ${l.email}  ${l.password}`).join('\n') +
          '\n',
      );
    }
    return logins;
  }

  /** The cells the worker will compute for a top-down round (the same pure rule). */
  private expectedCells(round: (typeof DEMO_ROUNDS)[number]): { trackCode: string; committeeCode: string; year: number; amount: string }[] {
    const framework = round.frameworks.at(-1);
    if (!framework) return [];
    const tracks = DEMO_TRACKS.map((t) => ({ code: t.code, status: t.status ?? 'active', startYear: t.startYear, shares: t.shares }));
    return allocate({ pool: framework.pool, trackWeights: framework.trackWeights, tracks }).cells;
  }

  /**
   * Illustrative forecasts, realised amounts and statuses on the savings rows the first
   * allocation run will create; that run only sets `expected`, which is the same, so these
   * stay. The first year of a round gets realised amounts, later years forecasts.
   */
  private async followUp(year: number, cells: { trackCode: string; committeeCode: string; year: number; amount: string }[]): Promise<void> {
    const figures = DEMO_FOLLOW_UP[year] ?? {};
    const rows = cells.filter((c) => figures[c.trackCode] && c.year <= year + 1);
    for (const c of rows) {
      const { percent, status } = figures[c.trackCode];
      const amount = ((BigInt(c.amount) * BigInt(percent)) / 100n).toString();
      const realised = c.year === year;
      await this.dataSource.query(
        `INSERT INTO savings (budget_year, track_code, committee_code, year, expected, forecast, realised, status, comment)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [year, c.trackCode, c.committeeCode, c.year, c.amount, amount, realised ? amount : null, realised ? status : status === 'realised' ? 'on_track' : status,
          'Illustrativ demoværdi: kilderne har ingen realiserede tal.'],
      );
    }
  }

  private async isEmpty(): Promise<boolean> {
    const [{ n }] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM administrations) + (SELECT count(*) FROM budget_years) + (SELECT count(*) FROM tracks) AS n`,
    );
    return Number(n) === 0;
  }
}
