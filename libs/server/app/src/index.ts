export * from './lib/api.module';
export * from './lib/create-app';
export * from './lib/preflight';
export * from './lib/logger';
// Temporary: lets specs written beside domain libs during this session find the HTTP test
// helpers; those specs move to apps/api-e2e and this line goes.
export * from '../../../../apps/api-e2e/src/support/test-app';
