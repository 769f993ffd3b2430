import { Module } from '@nestjs/common';
import { CompliancePersonalData } from './compliance-personal-data';
import { ComplianceCoreModule } from './compliance-core.module';
import { ComplianceResolver } from './compliance.resolver';

/** Compliance with its GraphQL operations (the API). */
@Module({
  imports: [ComplianceCoreModule],
  providers: [ComplianceResolver, CompliancePersonalData],
  exports: [ComplianceCoreModule],
})
export class ComplianceModule {}
