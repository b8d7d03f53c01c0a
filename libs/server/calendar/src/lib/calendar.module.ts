import { Module } from '@nestjs/common';
import { SavingsModule } from '@budgetspor/server/savings';
import { CalendarFeedController, CalendarTokenController } from './calendar-feed.controller';
import { CalendarTokensService } from './calendar-tokens.service';
import { FollowUpCellsService } from './follow-up-cells.service';
import { FollowUpRoundsController } from './follow-up-rounds.controller';
import { FollowUpRoundsService } from './follow-up-rounds.service';
import { MilestonesController } from './milestones.controller';
import { MilestonesService } from './milestones.service';
import { RoundComparisonService } from './round-comparison.service';

/**
 * The budget year's calendar (årshjul) with its iCalendar feed, and the follow-up rounds
 * (budgetopfølgning) with their frozen snapshots. Audit comes from the global AuditModule;
 * cells are written through SavingsService.
 */
@Module({
  imports: [SavingsModule],
  controllers: [MilestonesController, CalendarTokenController, CalendarFeedController, FollowUpRoundsController],
  providers: [MilestonesService, CalendarTokensService, FollowUpRoundsService, FollowUpCellsService, RoundComparisonService],
  exports: [MilestonesService, FollowUpRoundsService, FollowUpCellsService],
})
export class CalendarModule {}
