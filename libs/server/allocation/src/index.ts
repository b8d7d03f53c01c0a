export * from './lib/allocation.module';
