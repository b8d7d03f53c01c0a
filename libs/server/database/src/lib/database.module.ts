import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@budgetspor/server/config';
import { dataSourceOptions } from './data-source';

/**
 * The app's TypeORM connection. Migrations are run before the app is created (see the
 * api and worker entrypoints), never by `synchronize`.
 */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.databaseUrl),
            migrations: [],
            autoLoadEntities: true,
            // The start script already checked the server; do not retry for half a minute.
            retryAttempts: 0,
          }),
        }),
      ],
    };
  }
}
