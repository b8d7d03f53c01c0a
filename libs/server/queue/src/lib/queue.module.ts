import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { createRedis } from './redis';

export const PRODUCER_REDIS = Symbol('PRODUCER_REDIS');

/** Queue names, one per kind of background work. */
export const QUEUES = {
  system: 'system',
  allocation: 'allocation',
} as const;

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(PRODUCER_REDIS) private readonly redis: Redis) {}
  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/**
 * The BullMQ connection for the whole app plus a producer connection for fast-failing
 * commands. Queues are registered where they are used with `BullModule.registerQueue`.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: config.queuePrefix,
      }),
    }),
  ],
  providers: [
    {
      provide: PRODUCER_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const redis = createRedis(config.redisUrl, 'producer');
        // Errors surface on each command; without a listener ioredis would log every retry.
        redis.on('error', () => undefined);
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [PRODUCER_REDIS, BullModule],
})
export class QueueModule {}
