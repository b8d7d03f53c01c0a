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
import { DEMO_ROUNDS, DEMO_TRACKS, DEMO_USERS } from './odense-demo';

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
      const now = await this.budgetYears.get(created.year);
      if (now.status !== round.status) {
        await this.budgetYears.update(round.year, { status: round.status, version: now.version }, SYSTEM_ACTOR);
      }
    }
    const logins = [];
    for (const user of DEMO_USERS) {
      const password = generatePassword();
      await this.users.create({ ...user, password }, SYSTEM_ACTOR);
      logins.push({ email: user.email, password });
    }
    this.logger.log(
      `Odense-demodata indlæst: ${odense.administrations.length} forvaltninger, ${odense.committees.length} udvalg, ` +
        `${DEMO_TRACKS.length} innovationsspor, budget ${DEMO_ROUNDS.map((r) => r.year).join(' og ')}`,
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

  private async isEmpty(): Promise<boolean> {
    const [{ n }] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM administrations) + (SELECT count(*) FROM budget_years) + (SELECT count(*) FROM tracks) AS n`,
    );
    return Number(n) === 0;
  }
}
