import Redis, { RedisOptions } from 'ioredis';

/**
 * Two kinds of connection, as BullMQ recommends:
 * - `producer`: used by the API to add jobs and by health checks. `enableOfflineQueue:false`
 *   makes a command fail at once while Redis is down instead of waiting in memory, so a
 *   request never hangs on a dead Redis.
 * - `worker`: used by BullMQ workers, which block on Redis and must retry forever
 *   (`maxRetriesPerRequest: null` is required by BullMQ).
 */
export function createRedis(url: string, kind: 'producer' | 'worker'): Redis {
  const options: RedisOptions =
    kind === 'producer'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 3000 }
      : { maxRetriesPerRequest: null, enableReadyCheck: false };
  return new Redis(url, { ...options, lazyConnect: kind === 'producer' ? false : true });
}

/** One PING with a deadline; used at start and by the health check. */
export async function pingRedis(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const reply = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return reply === 'PONG';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for a fresh connection to answer, for the start-up check. */
export async function checkRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  // The socket error (ECONNREFUSED, ENOTFOUND …) says more than ioredis' "Connection is closed".
  let cause: Error | undefined;
  redis.on('error', (error: Error) => (cause ??= error));
  try {
    await redis.connect().catch((error: Error) => {
      throw cause ?? error;
    });
    if (!(await pingRedis(redis, timeoutMs))) throw new Error('svarer ikke på PING');
  } finally {
    redis.disconnect();
  }
}
