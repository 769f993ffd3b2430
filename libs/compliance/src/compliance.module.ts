import { Module } from '@nestjs/common';
import { CompliancePersonalData } from './compliance-personal-data';
import { ComplianceCoreModule } from './compliance-core.module';
import { ComplianceResolver } from './compliance.resolver';
import { EvidenceController } from './evidence/evidence.controller';
import { EvidenceResolver } from './evidence/evidence.resolver';

/** Compliance with its GraphQL operations (the API). */
@Module({
  imports: [ComplianceCoreModule],
  controllers: [EvidenceController],
  providers: [ComplianceResolver, EvidenceResolver, CompliancePersonalData],
  exports: [ComplianceCoreModule],
})
export class ComplianceModule {}
