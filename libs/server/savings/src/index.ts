export * from './lib/savings.module';
