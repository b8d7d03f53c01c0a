import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { generatePassword } from './passwords';
import { UsersService } from './users.service';

/**
 * When the database has no user, creates the admin from ADMIN_EMAIL/ADMIN_PASSWORD, or
 * with a generated password that is printed once, with the login address.
 */
@Injectable()
export class AdminBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ensureAdmin(): Promise<{ email: string; password: string | null } | null> {
    if ((await this.users.count()) > 0) return null;
    const email = this.config.adminEmail ?? 'admin@budgetspor.local';
    const password = this.config.adminPassword ?? generatePassword();
    await this.users.createInitialAdmin(email, password);
    const shown = this.config.adminPassword ? '(fra ADMIN_PASSWORD)' : password;
    this.logger.log(`Administrator oprettet: ${email}`);
    if (this.config.nodeEnv === 'test') return { email, password: this.config.adminPassword ? null : password };
    // Printed on stdout on purpose, outside the JSON log, so a person starting the app sees it.
    process.stdout.write(
      `\n  Budgetspor: log ind på ${this.config.publicUrl}/ som ${email} med adgangskoden ${shown}\n` +
        (this.config.adminPassword ? '' : '  Adgangskoden vises kun denne ene gang. Skift den efter første login.\n') +
        '\n',
    );
    return { email, password: this.config.adminPassword ? null : password };
  }
}
