export * from './lib/api.module';
export * from './lib/create-app';
export * from './lib/preflight';
export * from './lib/logger';
