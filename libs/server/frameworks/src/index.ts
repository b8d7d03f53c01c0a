export * from './lib/frameworks.module';
export * from './lib/frameworks.service';
export * from './lib/frameworks.dto';
export * from './lib/bids.service';
export * from './lib/bids.dto';
export { currentFramework, findFramework, listFrameworks } from './lib/framework-store';
export { diffFrameworks } from './lib/framework-diff';
export { poolErrors } from './lib/kroner';
export { IsCalendarDate, isCalendarDate } from './lib/validators';
