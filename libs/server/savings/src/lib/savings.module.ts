import { Module } from '@nestjs/common';
import { RealisationController } from './realisation.controller';
import { RealisationService } from './realisation.service';
import { SavingsController } from './savings.controller';
import { SavingsService } from './savings.service';

/**
 * Savings follow-up: the rows the allocation keeps current, what committees enter on them,
 * and the realisation roll-up. Audit comes from the global AuditModule; budget-year checks
 * are plain functions of server-budget-years.
 */
@Module({
  controllers: [SavingsController, RealisationController],
  providers: [SavingsService, RealisationService],
  exports: [SavingsService, RealisationService],
})
export class SavingsModule {}
