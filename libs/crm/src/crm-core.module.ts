import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ComplianceCoreModule } from '@small-places/compliance';
import { IdentityCoreModule } from '@small-places/identity';
import { NotificationsCoreModule } from '@small-places/notifications';
import { Area } from './entities/area.entity';
import { AreaService } from './areas/area.service';
import { StaffService } from './areas/staff.service';
import { Action, CoachingSession } from './entities/coaching.entity';
import { CoachingCalendar } from './coaching/coaching-calendar';
import { CoachingReminders } from './coaching/coaching-reminders';
import { ImportRowRetention } from './imports/import-row-retention';
import { CoachingService } from './coaching/coaching.service';
import { Enterprise } from './entities/enterprise.entity';
import { EnterpriseReads } from './enterprises/enterprise-reads';
import { EnterpriseChecklist } from './enterprises/enterprise-checklist';
import { EnterpriseMembers } from './enterprises/enterprise-members';
import { EnterpriseService } from './enterprises/enterprise.service';
import { Member } from './entities/enterprise-member.entity';
import { MemberLinker } from './enterprises/member-linker';
import { ImpactService } from './impact/impact.service';
import { CaseloadExportService } from './imports/caseload-export.service';
import {
  EnterpriseImport,
  EnterpriseImportMatching,
  EnterpriseImportRow,
} from './entities/enterprise-import.entity';
import { EnterpriseImportRunner } from './imports/enterprise-import.runner';
import { EnterpriseImportService } from './imports/enterprise-import.service';
import { EnterpriseRowImporter } from './imports/enterprise-row-importer';
import { PipelineBoard } from './pipeline/pipeline-board';
import { PipelineService } from './pipeline/pipeline.service';
import { StageMove } from './entities/stage-move.entity';
import { TimelineEvent } from './entities/timeline-event.entity';
import { TimelineService } from './timeline/timeline.service';
import { TimelineSubscriber } from './timeline/timeline-subscriber';
import { CrmEnterpriseDirectory } from './enterprises/crm-enterprise-directory';

const SERVICES = [
  AreaService,
  StaffService,
  EnterpriseService,
  EnterpriseReads,
  PipelineService,
  CoachingService,
  TimelineService,
  ImpactService,
  EnterpriseImportService,
  EnterpriseRowImporter,
  EnterpriseImportRunner,
  CaseloadExportService,
  MemberLinker,
];

/**
 * The CRM without GraphQL or HTTP, for the worker and the CLI. The timeline's domain event subscriber lives
 * here, so every process that publishes events keeps the timeline.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Area,
      Enterprise,
      Member,
      StageMove,
      CoachingSession,
      Action,
      TimelineEvent,
      EnterpriseImport,
      EnterpriseImportRow,
      EnterpriseImportMatching,
    ]),
    IdentityCoreModule,
    ComplianceCoreModule,
    NotificationsCoreModule,
  ],
  providers: [
    ...SERVICES,
    TimelineSubscriber,
    CrmEnterpriseDirectory,
    EnterpriseChecklist,
    EnterpriseMembers,
    PipelineBoard,
    CoachingReminders,
    ImportRowRetention,
    CoachingCalendar,
  ],
  exports: SERVICES,
})
export class CrmCoreModule {}
