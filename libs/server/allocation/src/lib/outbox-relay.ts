import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RECOMPUTE_TOPIC } from '@budgetspor/server/budget-years';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { PgListener } from '@budgetspor/server/database';
import { createRedis, OUTBOX_CHANNEL, QUEUES } from '@budgetspor/server/queue';
import { RECOMPUTE_ATTEMPTS } from './allocation.processor';

const POLL_MS = 1000;
const BATCH = 200;
const RESEND_MS = 5000;
/**
 * A recompute job waits this long before a worker takes it, so a burst of changes (a
 * finance officer saving several tracks in a row, an import) joins one queued run instead
 * of starting one run per change.
 */
export const COALESCE_DELAY_MS = 50;

/**
 * Moves committed outbox rows to BullMQ. Woken at once by NOTIFY, and polling every second
 * as well, so nothing waits for a notification that was missed. While Redis is down the
 * rows simply stay, and go out when it is back. A row may reach BullMQ twice (a crash
 * between add and commit); the job id (the run id) and the runner's status check make the
 * second one harmless.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly queue: Queue;
  private readonly connection: ReturnType<typeof createRedis>;
  private readonly listener: PgListener;
  private timer: NodeJS.Timeout | undefined;
  private resendTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private failing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // Our own fast-failing connection: while Redis is down an add fails at once and the
    // rows wait in the outbox, instead of piling up in ioredis' offline queue.
    this.connection = createRedis(config.redisUrl, 'producer');
    this.connection.on('error', () => undefined);
    this.queue = new Queue(QUEUES.allocation, { connection: this.connection, prefix: config.queuePrefix });
    this.queue.on('error', () => undefined);
    this.listener = new PgListener(config.databaseUrl, OUTBOX_CHANNEL, () => this.kick(), () => this.kick());
  }

  onApplicationBootstrap(): void {
    this.listener.start();
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.resendTimer = setInterval(() => void this.resendStuckRuns(), RESEND_MS);
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.resendTimer);
    await this.listener.close();
    await this.running;
    await this.queue.close().catch(() => undefined);
    // BullMQ leaves a connection it was given open.
    this.connection.disconnect();
  }

  /** Dispatch now, or right after the dispatch in progress. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while ((await this.dispatchBatch()) === BATCH);
      if (this.failing) this.logger.log('Redis svarer igen; ventende genberegninger er sendt videre');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.logger.warn(`Kan ikke sende genberegninger til køen endnu: ${(error as Error).message}`);
      this.failing = true;
    }
  }

  /**
   * Runs still queued or running after a while may have lost their job (Redis restarted
   * empty, or was flushed). Sending them again is harmless: a job with the same id that
   * still exists makes BullMQ ignore the add, and the runner skips finished runs.
   */
  private async resendStuckRuns(): Promise<void> {
    try {
      const runs: { runId: string; budgetYear: number }[] = await this.dataSource.query(
        `SELECT id AS "runId", budget_year AS "budgetYear" FROM allocation_runs
          WHERE status IN ('queued', 'running') AND coalesce(started_at, queued_at) < now() - make_interval(secs => $1)`,
        [RESEND_MS / 1000],
      );
      if (runs.length) await this.queue.addBulk(runs.map((run) => this.job(run, 0)));
    } catch {
      // Redis or PostgreSQL down: the next round tries again.
    }
  }

  private job(payload: { runId: string; budgetYear: number }, delay: number) {
    return {
      name: 'recompute',
      data: payload,
      opts: {
        jobId: payload.runId,
        delay,
        attempts: RECOMPUTE_ATTEMPTS,
        backoff: { type: 'exponential' as const, delay: 500 },
        removeOnComplete: 1000,
        removeOnFail: 1000,
      },
    };
  }

  private dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: { id: string; topic: string; payload: { runId: string; budgetYear: number } }[] = await m.query(
        `SELECT id, topic, payload FROM outbox WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const jobs = rows.filter((r) => r.topic === RECOMPUTE_TOPIC);
      await this.queue.addBulk(jobs.map((r) => this.job(r.payload, COALESCE_DELAY_MS)));
      await m.query(`UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}
