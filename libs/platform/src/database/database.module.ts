import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { dataSourceOptions, MigrationList } from './data-source-options';
import { Database } from './database';

/** The DataSource for the app's config, knowing the migrations the app gives it (to refuse to start behind). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(migrations: MigrationList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions({
              url: config.databaseUrl,
              poolSize: config.databasePoolSize,
              migrations,
            }),
            autoLoadEntities: true,
            retryAttempts: 2,
            retryDelay: 500,
          }),
        }),
      ],
      providers: [Database],
      exports: [Database],
    };
  }
}
