import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';

/**
 * Login attempts counted in Redis, so every API process of an installation shares one limit
 * (keys under the installation's QUEUE_PREFIX). While Redis is unreachable they are counted
 * in this process's memory instead: logging in must not fail because the job store is down.
 */
export class SharedThrottlerStorage implements ThrottlerStorage {
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();

  constructor(redis: Redis, private readonly prefix: string) {
    this.shared = new ThrottlerStorageRedisService(redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): ReturnType<ThrottlerStorage['increment']> {
    try {
      return await this.shared.increment(`${this.prefix}:login:${key}`, ttl, limit, blockDuration, throttlerName);
    } catch {
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  /** The in-memory fallback keeps timers; Nest calls this on the storage provider at shutdown. */
  onApplicationShutdown(): void {
    this.local.onApplicationShutdown();
  }
}
