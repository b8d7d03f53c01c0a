import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { PRODUCER_REDIS } from '@budgetspor/server/queue';
import { AdminBootstrap } from './admin-bootstrap';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { SessionsService } from './sessions.service';
import { SharedThrottlerStorage } from './shared-throttler-storage';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    // Login attempts per minute, counted per IP and per account (the email tried), shared by
    // every API process through Redis.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, PRODUCER_REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        storage: new SharedThrottlerStorage(redis, config.queuePrefix),
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
