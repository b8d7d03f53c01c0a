import { INestApplication, INestApplicationContext, Logger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { DataSource } from 'typeorm';
import { rename, writeFile } from 'node:fs/promises';
import { Server } from 'node:http';
import helmet from 'helmet';
import { AllocationProcessor, RunEventsService } from '@budgetspor/server/allocation';
import { AdminBootstrap } from '@budgetspor/server/auth';
import { bodyParserErrors, createValidationPipe, RequestTimeoutInterceptor } from '@budgetspor/server/common';
import { AppConfig } from '@budgetspor/server/config';
import { DemoDataService } from '@budgetspor/server/demo';
import { ApiModule, WorkerModule } from './api.module';
import { createLogger } from './logger';
import { serveWebApp } from './static-web';

export const BODY_LIMIT = '1mb';

/** The configured HTTP app (not yet listening). Tests use exactly this. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    logger: createLogger(config),
    bodyParser: false,
    // Long-lived responses (server-sent events) must not hold a shutdown up.
    forceCloseConnections: true,
  });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(bodyParserErrors);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular's production build needs no eval; inline styles come from component styles.
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(cookieParser());
  app.setGlobalPrefix('api', { exclude: [{ path: '/', method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new RequestTimeoutInterceptor(config.requestTimeoutMs));
  // A client that is slow to send its request is cut off too (slowloris); signals are
  // handled by stopGracefully, so requests in flight can finish.
  const server: Server = app.getHttpServer();
  server.requestTimeout = config.requestTimeoutMs;
  server.headersTimeout = Math.min(config.requestTimeoutMs, 20_000);
  setUpSwagger(app);
  serveWebApp(app, config.webDist);
  return app;
}

function setUpSwagger(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Budgetspor API')
      .setDescription(
        'Budgetår, rammeudmeldinger, innovationspulje og innovationsspor, fordeling på udvalg og opfølgning på besparelser. ' +
          'Beløb er decimaltekster i kroner ("26000000", "1250.50"); fejl har formen {"statusCode","error","message"}.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('budgetspor_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * On SIGTERM or SIGINT: stop taking connections, end the live event streams, let the requests
 * in flight finish (at most `graceMs`), then close the app: the in-process worker finishes its
 * current job and the database pool closes. Exits 0 when all of that went well.
 */
export function stopGracefullyOnSignals(app: NestExpressApplication, graceMs = 8_000): void {
  const server: Server = app.getHttpServer();
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });
  onStopSignal(app, async (signal, logger) => {
    logger.log(`${signal}: tager ikke imod nye forespørgsler; afslutter ${inFlight} igangværende`);
    server.close();
    app.get(RunEventsService, { strict: false }).endStreams();
    const deadline = Date.now() + graceMs;
    while (inFlight > 0 && Date.now() < deadline) {
      server.closeIdleConnections(); // keep-alive sockets would otherwise hold the server open
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
}

/**
 * The worker process on SIGTERM or SIGINT: closing the app closes the BullMQ workers, which
 * take no new job and wait for the current one, then the outbox relay and the connections.
 * Exits 0 when all of that went well. (Nest's own shutdown hooks would end the process by
 * raising the signal again, which a supervisor reads as a crash.)
 */
export function stopWorkerGracefullyOnSignals(app: INestApplicationContext): void {
  onStopSignal(app, async (signal, logger) => logger.log(`${signal}: tager ikke nye job; afslutter det igangværende`));
}

export const HEARTBEAT_MS = 10_000;

/**
 * For the health check of a worker running alone, which has no HTTP port to ask: every
 * 10 s, while its allocation worker runs and its Redis connection is up, the time goes into `file`.
 * docker-compose.yml's check wants the file changed within the last 30 s.
 */
export function writeWorkerHeartbeat(app: INestApplicationContext, file: string): void {
  const worker = app.get(AllocationProcessor).worker;
  const beat = async (): Promise<void> => {
    try {
      if (!worker.isRunning() || (await worker.client).status !== 'ready') return;
      // Written aside and renamed, so a reader never sees a half-written file.
      await writeFile(`${file}.tmp`, `${new Date().toISOString()}\n`);
      await rename(`${file}.tmp`, file);
    } catch {
      // No beat: the health check fails once the file is old.
    }
  };
  void beat();
  setInterval(() => void beat(), HEARTBEAT_MS).unref();
}

/** On the first SIGTERM or SIGINT: `before`, then close the app and exit 0 (1 when closing failed). */
function onStopSignal(app: INestApplicationContext, before: (signal: string, logger: Logger) => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const logger = new Logger('Shutdown');
    try {
      await before(signal, logger);
      await app.close();
      logger.log('stoppet');
      process.exit(0);
    } catch (error) {
      logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

/** Any constant unlike the migrations' lock: held while one process seeds. */
const SEED_LOCK = 7_346_221_002;

/**
 * After migrations: the first admin (while there is no user at all), then the demo data.
 * Under an advisory lock, so API processes starting together on an empty database (as
 * docker compose scaled out starts them) seed it once: the others wait, then find it seeded.
 */
export async function seed(app: INestApplicationContext): Promise<void> {
  const runner = app.get(DataSource).createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
    await app.get(AdminBootstrap).ensureAdmin();
    await app.get(DemoDataService).loadIfEmpty();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: createLogger(config) });
}
