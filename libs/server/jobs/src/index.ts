export * from './lib/jobs.module';
export * from './lib/system.processor';
