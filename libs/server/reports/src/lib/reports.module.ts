import { Module } from '@nestjs/common';
import { AllocationModule } from '@budgetspor/server/allocation';
import { BudgetYearsModule } from '@budgetspor/server/budget-years';
import { FrameworksModule } from '@budgetspor/server/frameworks';
import { OrganisationModule } from '@budgetspor/server/organisation';
import { SavingsModule } from '@budgetspor/server/savings';
import { TracksModule } from '@budgetspor/server/tracks';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/**
 * Printable reports (PDF with pdfmake): the committee report and the director report. They
 * read through the domain modules' services, so a paper shows what the JSON endpoints show.
 */
@Module({
  imports: [BudgetYearsModule, SavingsModule, AllocationModule, FrameworksModule, OrganisationModule, TracksModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
