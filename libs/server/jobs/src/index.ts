export * from './lib/server-jobs';
