/**
 * Child process: the real worker (createWorkerApp, as apps/worker's main.ts, without
 * preflight: the database is already migrated), for benchmarks that measure the worker
 * apart from the API (its memory during an allocation). Configured from the environment the
 * parent passes; sends { ready: true } once its processors run. SIGTERM closes it, as it
 * closes the worker of apps/worker.
 */
import { loadConfig } from '@budgetspor/server/config';
import { createWorkerApp, stopWorkerGracefullyOnSignals } from '@budgetspor/server/app';

async function main(): Promise<void> {
  stopWorkerGracefullyOnSignals(await createWorkerApp(loadConfig(process.env)));
  process.send?.({ ready: true });
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
