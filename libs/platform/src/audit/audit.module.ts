import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';
import { PersonalDataRegistry } from '../privacy/personal-data';

/** The audit trail and the registry of personal data, for every context. The Admin query lives in AuditApiModule (API only). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent]), DiscoveryModule],
  providers: [AuditService, PersonalDataRegistry],
  exports: [AuditService, PersonalDataRegistry],
})
export class AuditModule {}
