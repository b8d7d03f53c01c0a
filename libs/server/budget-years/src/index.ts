export * from './lib/budget-years.module';
