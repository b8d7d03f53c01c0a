import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AdminBootstrap } from './admin-bootstrap';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [AuthController, UsersController],
  providers: [SessionsService, UsersService, AdminBootstrap, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionsService, UsersService, AdminBootstrap],
})
export class AuthModule {}
