import { Module } from '@nestjs/common';
import { BudgetYearsModule } from '@budgetspor/server/budget-years';
import { BidsController } from './bids.controller';
import { BidsService } from './bids.service';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

@Module({
  imports: [BudgetYearsModule],
  controllers: [FrameworksController, BidsController],
  providers: [FrameworksService, BidsService],
  exports: [FrameworksService, BidsService],
})
export class FrameworksModule {}
