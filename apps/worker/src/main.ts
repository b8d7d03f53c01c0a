import { ConfigError, loadConfig } from '@budgetspor/server/config';
import { createWorkerApp, preflight, StartupError, stopWorkerGracefullyOnSignals, writeWorkerHeartbeat } from '@budgetspor/server/app';

/** The worker alone, for production setups that scale it apart from the API. */
async function main(): Promise<void> {
  const config = loadConfig();
  // The API migrates; a worker started first migrates too (under the same lock).
  await preflight(config, { migrate: true });
  const app = await createWorkerApp(config);
  stopWorkerGracefullyOnSignals(app);
  if (config.workerHeartbeatFile) writeWorkerHeartbeat(app, config.workerHeartbeatFile);
  console.log('Budgetspor-worker kører og behandler baggrundsjob');
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`Budgetspor-worker kan ikke starte: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
