import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AllocationModule } from '@budgetspor/server/allocation';
import { AuditModule } from '@budgetspor/server/audit';
import { AuthModule } from '@budgetspor/server/auth';
import { BudgetYearsModule } from '@budgetspor/server/budget-years';
import { CalendarModule } from '@budgetspor/server/calendar';
import { HttpExceptionFilter } from '@budgetspor/server/common';
import { AppConfig, ConfigModule } from '@budgetspor/server/config';
import { DatabaseModule } from '@budgetspor/server/database';
import { DemoModule } from '@budgetspor/server/demo';
import { EffectModule } from '@budgetspor/server/effect';
import { FrameworksModule } from '@budgetspor/server/frameworks';
import { HealthModule } from '@budgetspor/server/health';
import { JobsModule } from '@budgetspor/server/jobs';
import { OrganisationModule } from '@budgetspor/server/organisation';
import { QueueModule } from '@budgetspor/server/queue';
import { SavingsModule } from '@budgetspor/server/savings';
import { SpreadsheetsModule } from '@budgetspor/server/spreadsheets';
import { ReportsModule } from '@budgetspor/server/reports';
import { TracksModule } from '@budgetspor/server/tracks';

/** The HTTP app: every domain module, plus the worker's processors when it runs in-process. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        QueueModule,
        AuditModule,
        AuthModule,
        HealthModule,
        OrganisationModule,
        BudgetYearsModule,
        TracksModule,
        FrameworksModule,
        AllocationModule,
        SavingsModule,
        CalendarModule,
        EffectModule,
        SpreadsheetsModule,
        ReportsModule,
        DemoModule,
        ...(config.runWorker ? [JobsModule] : []),
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }],
    };
  }
}

/** The worker process: database, queues and processors, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule, AuditModule, JobsModule],
    };
  }
}
