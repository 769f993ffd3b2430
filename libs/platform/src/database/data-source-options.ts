import { DataSourceOptions, MigrationInterface } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseSettings {
  url: string;
  /** Connections per process; the API and the worker each hold their own pool. */
  poolSize?: number;
  applicationName?: string;
  /**
   * Every migration, in order. They live in libs/migrations (`MIGRATIONS`), above every context, because a
   * migration creates many contexts' tables; platform only runs what it is given.
   */
  migrations: MigrationList;
}

/**
 * Set on every pooled connection. It touches only named prepared statements (TypeORM sends unnamed ones,
 * which PostgreSQL always plans afresh): those are the search's query shapes (`Database.prepared`), and for
 * them the plan made without the values is the one wanted. Left to itself PostgreSQL kept re-planning the
 * searches by distance, whose page size is a parameter (docs/performance.md).
 */
export const CONNECTION_OPTIONS = '-c plan_cache_mode=force_generic_plan';

export type MigrationList = readonly (new () => MigrationInterface)[];

/** The one description of how we talk to PostgreSQL: migrations only, never synchronize. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    synchronize: false,
    migrationsRun: false,
    migrations: [...settings.migrations],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: settings.applicationName ?? 'small-places',
    extra: { max: settings.poolSize ?? 10, connectionTimeoutMillis: 5000, options: CONNECTION_OPTIONS },
  };
}
