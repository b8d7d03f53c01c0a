import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { QUEUES } from '@budgetspor/server/queue';
import { AllocationController, AllocationRunsController } from './allocation.controller';
import { AllocationProcessor } from './allocation.processor';
import { AllocationRunner } from './allocation-runner';
import { AllocationService } from './allocation.service';
import { OutboxRelay } from './outbox-relay';
import { RunEventsService } from './run-events.service';

/** The HTTP side: read allocations and runs, ask for a recompute, follow runs live. */
@Module({
  controllers: [AllocationController, AllocationRunsController],
  providers: [AllocationService, RunEventsService],
  exports: [AllocationService],
})
export class AllocationModule {}

/** The worker side: the outbox relay and the recompute processor. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.allocation })],
  providers: [AllocationRunner, AllocationProcessor, OutboxRelay],
})
export class AllocationJobsModule {}
