export * from './lib/reports.module';
