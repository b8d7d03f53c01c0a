import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { hostname } from 'node:os';
import { QUEUES } from '@budgetspor/server/queue';

export interface PingResult {
  pong: true;
  host: string;
  pid: number;
  at: string;
}

/**
 * The worker's own checks. `ping` proves end to end that a worker is consuming jobs
 * (used by operations and by the tests of the worker entrypoint); domain jobs such as
 * allocation recomputes get their own queues and processors.
 */
@Processor(QUEUES.system)
export class SystemProcessor extends WorkerHost {
  private readonly logger = new Logger('SystemProcessor');

  async process(job: Job): Promise<PingResult> {
    if (job.name !== 'ping') throw new Error(`Ukendt job: ${job.name}`);
    this.logger.debug(`ping ${job.id}`);
    return { pong: true, host: hostname(), pid: process.pid, at: new Date().toISOString() };
  }
}
