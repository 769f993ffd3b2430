import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AllExceptionsFilter } from './errors/http-exception.filter';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { PlugInsModule } from './plug-ins/plug-ins.module';
import { QueueModule } from './queue/queue.module';
import { ThrottleModule } from './throttle/throttle.module';
import { createValidationPipe } from './validation/validation.pipe';

/** What every process stands on: config, database, auth, queues, mail, limits, logs, the audit trail. */
@Global()
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    AuthModule,
    QueueModule,
    MailModule,
    ThrottleModule,
    PlugInsModule,
    AuditModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
  exports: [
    ConfigModule,
    DatabaseModule,
    AuthModule,
    QueueModule,
    MailModule,
    ThrottleModule,
    PlugInsModule,
    AuditModule,
  ],
})
export class PlatformModule {}
