/**
 * Child process: the real API (createApiApp + seed, as apps/api's main.ts, without
 * preflight: the database is already migrated) on a free port. Its own process, so the
 * load generator and the measuring code never share its event loop or its CPU.
 * Configured entirely from the environment the parent passes; sends { url } when listening.
 * SIGTERM closes it gracefully (enableShutdownHooks in createApiApp).
 */
import { loadConfig } from '@budgetspor/server/config';
import { createApiApp, seed } from '@budgetspor/server/app';

async function main(): Promise<void> {
  const app = await createApiApp(loadConfig(process.env));
  await seed(app);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  process.send?.({ url });
  // The bench died without stopping us: stop too, rather than run on unattended.
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
