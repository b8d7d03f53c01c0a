import { INestApplication, INestApplicationContext, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AdminBootstrap } from '@budgetspor/server/auth';
import { bodyParserErrors, createValidationPipe } from '@budgetspor/server/common';
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
  app.enableShutdownHooks();
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

/** After migrations: the first admin (while there is no user at all), then the demo data. */
export async function seed(app: INestApplicationContext): Promise<void> {
  await app.get(AdminBootstrap).ensureAdmin();
  await app.get(DemoDataService).loadIfEmpty();
}

export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: createLogger(config) });
  app.enableShutdownHooks();
  return app;
}
