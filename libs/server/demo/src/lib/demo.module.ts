import { Module } from '@nestjs/common';
import { AuthModule } from '@budgetspor/server/auth';
import { BudgetYearsModule } from '@budgetspor/server/budget-years';
import { FrameworksModule } from '@budgetspor/server/frameworks';
import { OrganisationModule } from '@budgetspor/server/organisation';
import { TracksModule } from '@budgetspor/server/tracks';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [OrganisationModule, TracksModule, BudgetYearsModule, FrameworksModule, AuthModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoModule {}
