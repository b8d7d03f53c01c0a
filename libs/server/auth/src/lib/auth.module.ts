import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { AdminBootstrap } from './admin-bootstrap';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    // Login attempts per minute, counted per IP and per account (the email tried). Kept in
    // memory: one API process per installation today; several would need Redis storage.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'ip', ttl: 60_000, limit: config.loginLimitPerIp },
          {
            name: 'account',
            ttl: 60_000,
            limit: config.loginLimitPerAccount,
            getTracker: (req: Record<string, unknown>) =>
              String((req['body'] as { email?: unknown } | undefined)?.email ?? '').toLowerCase().slice(0, 254),
          },
        ],
        errorMessage: 'For mange loginforsøg. Vent et minut, og prøv igen.',
      }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [SessionsService, UsersService, AdminBootstrap, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionsService, UsersService, AdminBootstrap],
})
export class AuthModule {}
