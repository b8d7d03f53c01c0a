export * from './lib/types';
export { AllocationError, allocate } from './lib/allocate';
export { type CellKey, explainCell } from './lib/explain';
export { summariseByCommittee, summariseByTrack } from './lib/summary';
export { validateAllocationInput } from './lib/validate';
