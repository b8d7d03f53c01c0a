import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QUEUES } from '@budgetspor/server/queue';
import { AllocationRunner, RunOutcome } from './allocation-runner';

export const RECOMPUTE_ATTEMPTS = 5;

/**
 * Recompute jobs. One at a time per worker process; several workers may run side by side
 * (the budget year's row lock serialises them per year). A worker that dies mid-run loses
 * its lock after `lockDuration`, and BullMQ hands the job to another worker.
 */
@Processor(QUEUES.allocation, { concurrency: 1, lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 3 })
export class AllocationProcessor extends WorkerHost {
  private readonly logger = new Logger('AllocationProcessor');

  constructor(private readonly runner: AllocationRunner) {
    super();
  }

  /** BullMQ reports lost jobs (e.g. Redis restarted empty) here; the relay re-sends their runs. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Køfejl: ${error.message}`);
  }

  async process(job: Job<{ runId: string; budgetYear: number }>): Promise<RunOutcome> {
    try {
      const outcome = await this.runner.run(job.data.runId);
      this.logger.debug(`kørsel ${job.data.runId} (budget ${job.data.budgetYear}): ${outcome}`);
      return outcome;
    } catch (error) {
      await this.runner.fail(job.data.runId, error, job.attemptsMade + 1 >= (job.opts.attempts ?? 1)).catch(() => undefined);
      throw error;
    }
  }
}
