import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '@budgetspor/server/audit';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { OrganisationService } from '@budgetspor/server/organisation';
import odense from './odense-reference.json';

/**
 * The Odense demo data ("Ny virkelighed – Ny velfærd"), copied from the source documents'
 * facts into this repo. Loaded only into an empty database, and only when DEMO_DATA is on.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisation: OrganisationService,
  ) {}

  /** True when it loaded the data. */
  async loadIfEmpty(): Promise<boolean> {
    if (!this.config.demoData) return false;
    const [{ n }] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM administrations) + (SELECT count(*) FROM committees) AS n`,
    );
    if (Number(n) > 0) return false;
    for (const a of odense.administrations) {
      await this.organisation.createAdministration(a, SYSTEM_ACTOR);
    }
    for (const c of odense.committees) {
      await this.organisation.createCommittee(c, SYSTEM_ACTOR);
    }
    this.logger.log(
      `Odense-demodata indlæst: ${odense.administrations.length} forvaltninger, ${odense.committees.length} udvalg`,
    );
    return true;
  }
}
