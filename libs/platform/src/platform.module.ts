import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConfigModule } from './config/config.module';
import { MigrationList } from './database/data-source-options';
import { DatabaseModule } from './database/database.module';
import { AllExceptionsFilter } from './errors/http-exception.filter';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { PlugInsModule } from './plug-ins/plug-ins.module';
import { QueueModule } from './queue/queue.module';
import { StorageModule } from './storage/storage.module';
import { ThrottleModule } from './throttle/throttle.module';
import { createValidationPipe } from './validation/validation.pipe';

export interface PlatformOptions {
  /** The app's migrations (`MIGRATIONS` from libs/migrations): platform imports no other lib. */
  migrations: MigrationList;
}

/** What every process stands on: config, database, auth, queues, mail, limits, logs, the audit trail. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const database = DatabaseModule.forRoot(options.migrations);
    return {
      module: PlatformModule,
      imports: [
        ConfigModule,
        LoggingModule,
        database,
        AuthModule,
        QueueModule,
        MailModule,
        ThrottleModule,
        PlugInsModule,
        AuditModule,
        StorageModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
      exports: [
        ConfigModule,
        database,
        AuthModule,
        QueueModule,
        MailModule,
        ThrottleModule,
        PlugInsModule,
        AuditModule,
        StorageModule,
      ],
    };
  }
}
