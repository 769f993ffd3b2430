import { Module } from '@nestjs/common';
import { ComplianceModule } from '@small-places/compliance';
import { IdentityModule } from '@small-places/identity';
import { AreaResolver } from './areas/area.resolver';
import { StaffResolver } from './areas/staff.resolver';
import { ActionResolver, CoachingResolver } from './coaching/coaching.resolver';
import { CrmCoreModule } from './crm-core.module';
import { CrmPersonalData } from './crm-personal-data';
import { EnterpriseResolver, MemberResolver } from './enterprises/enterprise.resolver';
import { ImpactController } from './impact/impact.controller';
import { ImpactResolver } from './impact/impact.resolver';
import { CaseloadExportController } from './imports/caseload-export.controller';
import { EnterpriseImportController } from './imports/enterprise-import.controller';
import { EnterpriseImportResolver } from './imports/enterprise-import.resolver';
import { ImportPersonalData } from './imports/import-personal-data';
import { PipelineResolver } from './pipeline/pipeline.resolver';

/** The CRM with its GraphQL operations and the impact CSV download (the API). */
@Module({
  imports: [CrmCoreModule, IdentityModule, ComplianceModule],
  controllers: [ImpactController, EnterpriseImportController, CaseloadExportController],
  providers: [
    AreaResolver,
    StaffResolver,
    EnterpriseResolver,
    MemberResolver,
    PipelineResolver,
    CoachingResolver,
    ActionResolver,
    ImpactResolver,
    EnterpriseImportResolver,
    CrmPersonalData,
    ImportPersonalData,
  ],
  exports: [CrmCoreModule],
})
export class CrmModule {}
