import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '@budgetspor/server/config';
import { createTestDatabase, migrations, TestDatabase } from '@budgetspor/server/database';
import { QUEUES } from '@budgetspor/server/queue';
import { createWorkerApp } from './create-app';
import { preflight, StartupError } from './preflight';

describe('the worker entrypoint', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `bs_test_${randomBytes(4).toString('hex')}`,
    });
  });
  afterAll(async () => {
    await worker?.close();
    await db.drop();
  });

  it('migrates an empty database and then consumes jobs from Redis', async () => {
    expect(await preflight(config, { migrate: true })).toHaveLength(migrations.length);
    worker = await createWorkerApp(config);

    // A producer that knows nothing of Nest, as the API process would be.
    const connection = { url: config.redisUrl };
    const queue = new Queue(QUEUES.system, { connection, prefix: config.queuePrefix });
    const events = new QueueEvents(QUEUES.system, { connection, prefix: config.queuePrefix });
    try {
      await events.waitUntilReady();
      const job = await queue.add('ping', {});
      const result = await job.waitUntilFinished(events, 10_000);
      expect(result).toMatchObject({ pong: true, pid: process.pid });
      expect(worker.get(getQueueToken(QUEUES.system))).toBeDefined();
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      await events.close();
    }
  });
});

describe('preflight', () => {
  const base = { NODE_ENV: 'test' as const };

  it('stops with one line naming DATABASE_URL when PostgreSQL is down', async () => {
    const config = loadConfig({ ...base, DATABASE_URL: 'postgres://postgres:hemmelig@127.0.0.1:1/budgetspor' });
    const error = await preflight(config, { migrate: false }).catch((e) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toMatch(/^Kan ikke forbinde til PostgreSQL på postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/budgetspor \(DATABASE_URL\): .*ECONNREFUSED/);
    expect(error.message).not.toContain('hemmelig');
    expect(error.message).not.toContain('\n');
  });

  it('stops with one line naming REDIS_URL when Redis is down', async () => {
    const config = loadConfig({ ...base, DATABASE_URL: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres', REDIS_URL: 'redis://127.0.0.1:1' });
    const error = await preflight(config, { migrate: false }).catch((e) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toMatch(/^Kan ikke forbinde til Redis på redis:\/\/127\.0\.0\.1:1 \(REDIS_URL\): .*ECONNREFUSED/);
  });
});
