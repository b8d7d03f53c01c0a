import { Module } from '@nestjs/common';
import { BudgetYearsController } from './budget-years.controller';
import { BudgetYearsService } from './budget-years.service';

@Module({
  controllers: [BudgetYearsController],
  providers: [BudgetYearsService],
  exports: [BudgetYearsService],
})
export class BudgetYearsModule {}
