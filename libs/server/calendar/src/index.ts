export * from './lib/calendar.module';
export * from './lib/milestones.service';
export * from './lib/milestones.dto';
export * from './lib/follow-up-rounds.service';
export * from './lib/follow-up-cells.service';
export * from './lib/follow-up-rounds.dto';
export { MILESTONE_KINDS, type MilestoneKind } from './lib/milestone-warnings';
