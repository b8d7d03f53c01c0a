export * from './lib/redis';
export * from './lib/queue.module';
export * from './lib/outbox';
