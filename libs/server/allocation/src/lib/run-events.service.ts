import { Inject, Injectable, MessageEvent, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { filter, interval, map, merge, Observable, Subject, takeUntil } from 'rxjs';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { PgListener } from '@budgetspor/server/database';

interface RunEvent {
  id: string;
  budgetYear: number;
  status: string;
}

/**
 * Live run status for the web app (server-sent events). Every status change of a run is
 * NOTIFYed by a database trigger when it commits, whichever process made it, so this works
 * the same with the worker in-process or on another machine.
 */
@Injectable()
export class RunEventsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly events = new Subject<RunEvent>();
  /** Ends every open stream at shutdown, so the HTTP server can close. */
  private readonly closing = new Subject<void>();
  private listener: PgListener | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Listening from the start, so the first subscriber misses nothing. */
  onApplicationBootstrap(): void {
    this.listen();
  }

  forYear(year: number): Observable<MessageEvent> {
    const runs = this.events.pipe(
      filter((e) => e.budgetYear === year),
      map((e): MessageEvent => ({ type: 'run', data: e })),
    );
    // A comment-like ping keeps proxies from closing an idle stream.
    const pings = interval(25_000).pipe(map((): MessageEvent => ({ type: 'ping', data: {} })));
    return merge(runs, pings).pipe(takeUntil(this.closing));
  }

  /** Ends every open stream (the browsers reconnect to another server, or after a restart). */
  endStreams(): void {
    if (this.closing.closed) return;
    this.closing.next();
    this.closing.complete();
  }

  async onModuleDestroy(): Promise<void> {
    this.endStreams();
    await this.listener?.close();
    this.events.complete();
  }

  private listen(): void {
    if (this.listener) return;
    this.listener = new PgListener(this.config.databaseUrl, 'allocation_run', (payload) => {
      try {
        this.events.next(JSON.parse(payload));
      } catch {
        // A payload we did not write; ignore it.
      }
    });
    this.listener.start();
  }
}
