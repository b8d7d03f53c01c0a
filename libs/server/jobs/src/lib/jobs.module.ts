import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AllocationJobsModule } from '@budgetspor/server/allocation';
import { QUEUES } from '@budgetspor/server/queue';
import { SystemProcessor } from './system.processor';

/**
 * Every BullMQ processor. Imported by the worker entrypoint, and by the API only when it
 * runs the worker in-process (`RUN_WORKER=true`, as `npm start` does).
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.system }), AllocationJobsModule],
  providers: [SystemProcessor],
})
export class JobsModule {}
