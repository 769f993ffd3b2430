import { CompliancePersonalData } from './compliance-personal-data';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@small-places/identity';
import { ChecklistRepository } from './checklist/checklist.repository';
import { ImportedEvidenceService } from './checklist/imported-evidence.service';
import { ComplianceResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';
import { ChecksMade } from './public/checks-made';
import { ChecklistItem } from './entities/checklist-item.entity';
import { RequirementOverride } from './entities/requirement-override.entity';
import { Requirement } from './entities/requirement.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Requirement, RequirementOverride, ChecklistItem]), IdentityModule],
  providers: [
    ChecklistRepository,
    ComplianceService,
    ImportedEvidenceService,
    ComplianceResolver,
    CompliancePersonalData,
    ChecksMade,
  ],
  exports: [ComplianceService, ImportedEvidenceService, ChecksMade],
})
export class ComplianceModule {}
