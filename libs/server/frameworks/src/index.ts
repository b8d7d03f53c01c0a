export * from './lib/frameworks.module';
