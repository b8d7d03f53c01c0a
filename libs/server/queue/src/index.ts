export * from './lib/redis';
export * from './lib/queue.module';
