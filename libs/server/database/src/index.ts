export * from './lib/data-source';
export * from './lib/database.module';
export * from './lib/testing';
export { migrations } from './lib/migrations';
export * from './lib/pg-listener';
