/**
 * `npm start`: API, background worker and web app in one process on one port (default 3000),
 * with the PostgreSQL and Redis found or started by lib/services.mjs.
 *
 * Reads DATABASE_URL, REDIS_URL, PORT and passes on everything else the user set (HOST,
 * DEMO_DATA, ADMIN_EMAIL, ADMIN_PASSWORD, LOG_LEVEL, PUBLIC_URL, …). Exits with the server's
 * exit code (1 and one line when it cannot start), after stopping the servers it started.
 */
import path from 'node:path';
import { bin, ensureDependencies, ensurePostgres, ensureRedis, fail, log, main, root, run } from './lib/services.mjs';

main(async () => {
  await ensureDependencies();
  const postgres = await ensurePostgres({ database: 'budgetspor' });
  const redis = await ensureRedis();

  // Nx's cache makes this instant when nothing changed; production is the default configuration.
  log('building api, worker and web (cached when unchanged)');
  const build = await run(bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'worker', 'web']);
  if (build.code !== 0) fail('the build failed (see above)');

  log('starting the server (API, worker and web app in one process; Ctrl-C stops everything)');
  const server = await run(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      PORT: process.env.PORT || '3000',
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      NODE_ENV: process.env.NODE_ENV || 'production',
      RUN_WORKER: process.env.RUN_WORKER || 'true',
      WEB_DIST: process.env.WEB_DIST || path.join(root, 'dist/apps/web/browser'),
    },
    // Only we signal the server, once, so its graceful shutdown is not cut short by a second
    // SIGINT from the terminal.
    detached: true,
  });
  return server.code;
});
