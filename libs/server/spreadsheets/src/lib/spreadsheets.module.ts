import { Module } from '@nestjs/common';
import { AllocationModule } from '@budgetspor/server/allocation';
import { FrameworksModule } from '@budgetspor/server/frameworks';
import { SavingsModule } from '@budgetspor/server/savings';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { FrameworkImportService } from './framework-import.service';
import { ImportsController } from './imports.controller';
import { SavingsImportService } from './savings-import.service';

/**
 * Excel and CSV in and out: exports of savings, allocation, realisation, framework revisions
 * and the audit log; imports of savings entries and of a framework revision. Reads and writes
 * go through the domain modules' services, so a file behaves as the JSON endpoints do.
 */
@Module({
  imports: [SavingsModule, FrameworksModule, AllocationModule],
  controllers: [ExportsController, ImportsController],
  providers: [ExportsService, SavingsImportService, FrameworkImportService],
})
export class SpreadsheetsModule {}
