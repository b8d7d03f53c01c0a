import { ConfigError, loadConfig } from '@budgetspor/server/config';
import { createApiApp, preflight, seed, StartupError, stopGracefullyOnSignals } from '@budgetspor/server/app';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config, { migrate: true });
  const app = await createApiApp(config);
  await seed(app);
  stopGracefullyOnSignals(app);
  await app.listen(config.port, config.host);
  console.log(`Budgetspor kører på ${config.publicUrl}/ (API: ${config.publicUrl}/api/docs)`);
}

main().catch((error) => {
  // Expected failures get one line; anything else is a bug and keeps its stack.
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`Budgetspor kan ikke starte: ${error.message}`);
  } else if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error(`Budgetspor kan ikke starte: porten er optaget (PORT=${process.env['PORT'] ?? 3000})`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
