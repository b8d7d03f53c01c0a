export * from './lib/allocation.module';
export * from './lib/allocation.service';
export * from './lib/allocation-run';
export * from './lib/allocation-runner';
export { AllocationProcessor } from './lib/allocation.processor';
export { COALESCE_DELAY_MS } from './lib/outbox-relay';
export { RunEventsService } from './lib/run-events.service';
