import { ChangeDetectionStrategy, Component } from '@angular/core';
import { SystemStatusPanel } from '../system/system-status-panel';

/** Start page (route ''): what Budgetspor is for, and whether the system is running. */
@Component({
  selector: 'app-forside-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SystemStatusPanel],
  templateUrl: './forside-page.html',
  styleUrl: './forside-page.scss',
})
export class ForsidePage {}
