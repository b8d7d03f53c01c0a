import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { StatusBadge, StatusTone } from '@budgetspor/web/shared/ui';
import { catchError, map, Observable, of, startWith, Subject, switchMap } from 'rxjs';
import { ComponentState, SystemHealth, SystemHealthService } from './system-health.service';

interface ComponentRow {
  readonly name: string;
  readonly tone: StatusTone;
  readonly label: string;
}

type PanelState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error' }
  | { readonly kind: 'loaded'; readonly allUp: boolean; readonly rows: readonly ComponentRow[] };

const LOADING: PanelState = { kind: 'loading' };
const ERROR: PanelState = { kind: 'error' };

/** Shows whether the database and the job queue behind Budgetspor are running. */
@Component({
  selector: 'app-system-status-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadge],
  templateUrl: './system-status-panel.html',
  styleUrl: './system-status-panel.scss',
})
export class SystemStatusPanel {
  private readonly health = inject(SystemHealthService);
  private readonly reload$ = new Subject<void>();

  /** One request per (re)load; a newer reload cancels an older request still in flight. */
  protected readonly state = toSignal(
    this.reload$.pipe(
      startWith(undefined),
      switchMap(() => this.load()),
    ),
    { initialValue: LOADING },
  );

  protected reload(): void {
    this.reload$.next();
  }

  private load(): Observable<PanelState> {
    return this.health.getHealth().pipe(
      map(toPanelState),
      catchError(() => of(ERROR)),
      startWith(LOADING),
    );
  }
}

function toPanelState(health: SystemHealth): PanelState {
  return {
    kind: 'loaded',
    allUp: health.db === 'up' && health.redis === 'up',
    rows: [
      row($localize`:@@system.database:Database`, health.db),
      row($localize`:@@system.queue:Kø (Redis)`, health.redis),
    ],
  };
}

function row(name: string, state: ComponentState): ComponentRow {
  return state === 'up'
    ? { name, tone: 'ok', label: $localize`:@@system.up:kører` }
    : { name, tone: 'error', label: $localize`:@@system.down:nede` };
}
