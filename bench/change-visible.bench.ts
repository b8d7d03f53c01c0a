/**
 * Benchmark 2, change → visible: on a fresh database with one budget year of scale data
 * (1,000 tracks × 10 committees × 4 years = 40,000 cells), post framework revisions with
 * slightly different pools, one at a time, and time each from sending the POST until
 * GET /api/budget-years/:year/allocation returns a run of the new revision.
 *
 * We follow GET …/events (server-sent events, what the web app does) and read the
 * allocation after each "succeeded" event, instead of polling every 10 ms: one read is
 * 40,000 cells (several MB of JSON), and a read loop that tight would load the very process
 * that computes the run and slow down what we measure. A read also happens every 500 ms
 * without an event, so a missed event cannot hang the bench.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { allocate } from '@budgetspor/shared/allocation';
import { startApi } from './support/api';
import { type BenchReport, type Figure, runBench, SMOKE } from './support/output';
import { allocationInput, generateScale } from './support/scale';
import { frameworkBody, insertScale } from './support/scale-db';
import { median, percentile } from './support/stats';

const SIZE = SMOKE ? { tracks: 20, committees: 3, changes: 3, warmUp: 1 } : { tracks: 1000, committees: 10, changes: 50, warmUp: 3 };
const YEAR = 2014;

/** Counts "succeeded" run events of the year's SSE stream. */
class RunEvents {
  succeeded = 0;
  /** Date.now() when the last "succeeded" arrived: the run's transaction had committed by then. */
  lastSucceededAt = 0;
  private wake: (() => void) | undefined;
  private request: http.ClientRequest | undefined;

  open(url: string, token: string): Promise<void> {
    return new Promise((resolve, reject) => {
      // node:http rather than fetch: destroy() closes the socket at once, and an SSE stream
      // the server still sees as open holds up its graceful shutdown.
      this.request = http.get(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`events: ${res.statusCode}`));
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (/^event: run$/m.test(frame) && frame.includes('"status":"succeeded"')) {
              this.succeeded++;
              this.lastSucceededAt = Date.now();
              this.wake?.();
            }
          }
        });
        resolve();
      });
      this.request.on('error', (error) => (this.request?.destroyed ? undefined : reject(error)));
    });
  }

  /** Resolves once more than `seen` runs have succeeded, or after `ms`. */
  wait(seen: number, ms: number): Promise<void> {
    if (this.succeeded > seen) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  close(): void {
    this.request?.destroy();
  }
}

interface Change {
  total: number;
  post: number;
  queued: number;
  compute: number;
  commit: number;
  read: number;
}

async function main(): Promise<BenchReport> {
  const scale = generateScale({ tracks: SIZE.tracks, committees: SIZE.committees });
  const cells = SIZE.tracks * SIZE.committees * 4;
  const api = await startApi((db) => insertScale(db.url, scale, YEAR));
  const events = new RunEvents();
  try {
    const token = await api.financeToken();
    await events.open(`${api.url}/api/budget-years/${YEAR}/events`, token);

    const change = async (i: number): Promise<Change> => {
      const seen = events.succeeded;
      const start = performance.now();
      const startedAt = Date.now();
      const posted = await api.request('POST', `/api/budget-years/${YEAR}/frameworks`, { token, body: frameworkBody(scale, (i % 2 ? 1 : -1) * 1000 * (i + 1)) });
      if (posted.status !== 201) throw new Error(`framework POST: ${posted.status} ${JSON.stringify(posted.body).slice(0, 500)}`);
      const post = performance.now() - start;
      for (let seenNow = seen; ; ) {
        await events.wait(seenNow, 500);
        seenNow = events.succeeded;
        const readStart = performance.now();
        const res = await api.request('GET', `/api/budget-years/${YEAR}/allocation`, { token });
        const end = performance.now();
        const run = res.body.run;
        if (run?.frameworkRevision === posted.body.revision) {
          if (res.body.cells.length < cells * 0.9) throw new Error(`only ${res.body.cells.length} cells of ${cells}`);
          const at = (iso: string) => Date.parse(iso);
          // Without an event (the 500 ms fallback read found it) the commit part is unknown.
          const eventAt = events.lastSucceededAt > startedAt ? events.lastSucceededAt : NaN;
          return {
            total: end - start,
            post,
            queued: at(run.startedAt) - at(run.queuedAt),
            compute: at(run.finishedAt) - at(run.startedAt),
            commit: eventAt - at(run.finishedAt),
            read: end - readStart,
          };
        }
        if (end - start > 60_000) throw new Error(`revision ${posted.body.revision} not visible after 60 s`);
      }
    };

    const first = await change(0); // creates the 40,000 savings rows; later runs update them
    for (let i = 1; i < SIZE.warmUp; i++) await change(i);
    const measured: Change[] = [];
    for (let i = 0; i < SIZE.changes; i++) measured.push(await change(SIZE.warmUp + i));

    const totals = measured.map((c) => c.total);
    const input = allocationInput(scale);
    allocate(input);
    const computeOnly = median(Array.from({ length: 5 }, () => {
      const start = performance.now();
      allocate(input);
      return performance.now() - start;
    }));
    const p50 = (key: keyof Change) => {
      const values = measured.map((c) => c[key]).filter(Number.isFinite);
      return values.length ? median(values) : NaN;
    };
    const figures: Figure[] = [
      { name: `p50 over ${SIZE.changes} changes`, value: percentile(totals, 50), unit: 'ms' },
      { name: `p95 over ${SIZE.changes} changes`, value: percentile(totals, 95), unit: 'ms', target: { op: '<=', value: 1000 } },
      { name: `max over ${SIZE.changes} changes`, value: Math.max(...totals), unit: 'ms' },
      { name: 'p50 part: POST answered (201)', value: p50('post'), unit: 'ms' },
      { name: 'p50 part: queued → started (outbox relay + BullMQ)', value: p50('queued'), unit: 'ms' },
      { name: 'p50 part: started → finished (read inputs, compute, write cells)', value: p50('compute'), unit: 'ms' },
      { name: 'p50 part: finished → event (savings upsert, audit, commit)', value: p50('commit'), unit: 'ms' },
      { name: `p50 part: the final GET …/allocation (${cells.toLocaleString('en')} cells)`, value: p50('read'), unit: 'ms' },
      { name: 'first framework (creates the savings rows)', value: first.total, unit: 'ms' },
      { name: 'for scale: allocate() alone on the same input, median of 5', value: computeOnly, unit: 'ms' },
    ];
    return {
      // A part no change could time (e.g. every event missed) is left out rather than guessed.
      figures: figures.filter((f) => Number.isFinite(f.value)),
      title: `Change → visible: framework POST until GET …/allocation shows the new revision (${SIZE.tracks.toLocaleString('en')} tracks × ${SIZE.committees} committees × 4 years = ${cells.toLocaleString('en')} cells)`,
      baseline: 'none named in issue 9; the parts and allocate() alone show where the time goes',
      notes: [
        `One change at a time, after ${SIZE.warmUp} unmeasured changes; each revision moves every pool year by ±1,000 kr. × its number, so most cells and savings rows change.`,
        'The API runs in its own process with the worker in-process (RUN_WORKER=true, as `npm start`); the client follows GET …/events and reads the allocation after each "succeeded" event (every 500 ms at the latest).',
        'Parts: "queued → started" and "started → finished" come from the run\'s own timestamps (finished_at is stamped before the savings rows are updated, in the same transaction); "finished → event" is from finished_at to the client receiving the "succeeded" event, sent at commit (database and client clocks, same machine); the POST and the final read are timed by the client. The parts overlap a little and need not add up to the total.',
      ],
    };
  } finally {
    events.close();
    await api.stop();
  }
}

runBench(main);
