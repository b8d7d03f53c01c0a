export * from './lib/budget-years.module';
export * from './lib/budget-years.service';
export * from './lib/budget-years.dto';
export * from './lib/budget-year';
export * from './lib/recompute-request';
