import { Module } from '@nestjs/common';
import { AuthModule } from '@budgetspor/server/auth';
import { BudgetYearsModule } from '@budgetspor/server/budget-years';
import { CalendarModule } from '@budgetspor/server/calendar';
import { EffectModule } from '@budgetspor/server/effect';
import { FrameworksModule } from '@budgetspor/server/frameworks';
import { OrganisationModule } from '@budgetspor/server/organisation';
import { TracksModule } from '@budgetspor/server/tracks';
import { DemoDataService } from './demo-data.service';
import { EffectDemoLoader } from './effect-demo.loader';
import { CalendarDemoLoader } from './calendar-demo.loader';

@Module({
  imports: [OrganisationModule, TracksModule, BudgetYearsModule, FrameworksModule, AuthModule, EffectModule, CalendarModule],
  providers: [DemoDataService, EffectDemoLoader, CalendarDemoLoader],
  exports: [DemoDataService],
})
export class DemoModule {}
