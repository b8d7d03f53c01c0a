import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthService } from '../auth/auth.service';
import { SystemStatusPanel } from '../system/system-status-panel';
import { UpcomingMilestones } from './upcoming-milestones';

/**
 * Start page (route ''): what Budgetspor is for, and whether the system is running; for a
 * logged-in user also their upcoming and overdue milestones. Visitors see no more than before.
 */
@Component({
  selector: 'app-forside-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SystemStatusPanel, UpcomingMilestones],
  templateUrl: './forside-page.html',
  styleUrl: './forside-page.scss',
})
export class ForsidePage {
  protected readonly auth = inject(AuthService);
}
