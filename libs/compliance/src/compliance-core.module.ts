import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityCoreModule } from '@small-places/identity';
import { NotificationsCoreModule } from '@small-places/notifications';
import { RequirementOverrides } from './catalogue/requirement-overrides';
import { ChecklistReads } from './checklist/checklist-reads';
import { ChecklistCalendar } from './checklist/checklist-calendar';
import { ChecklistReminders } from './checklist/checklist-reminders';
import { ChecklistRegeneration } from './checklist/checklist-regeneration';
import { CheckWaitingReminders } from './checklist/check-waiting-reminders';
import { EvidenceCheckClearing } from './checklist/evidence-check-clearing';
import { ChecklistItemLocks } from './checklist/checklist-item-locks';
import { ChecklistReviews } from './checklist/checklist-reviews';
import { ChecklistUpdates } from './checklist/checklist-updates';
import { ImportedEvidenceService } from './checklist/imported-evidence.service';
import { ChecklistRepository } from './checklist/checklist.repository';
import { ComplianceService } from './compliance.service';
import { ChecksMade } from './public/checks-made';
import { ChecklistItem } from './entities/checklist-item.entity';
import { RequirementOverride } from './entities/requirement-override.entity';
import { Requirement } from './entities/requirement.entity';
import { EvidenceFile } from './entities/evidence-file.entity';
import { EvidenceAccess } from './evidence/evidence-access';
import { EvidenceFiles } from './evidence/evidence-files';
import { EvidenceReads } from './evidence/evidence-reads';

const SERVICES = [
  ChecksMade,
  ComplianceService,
  ChecklistRegeneration,
  ImportedEvidenceService,
  ChecklistReads,
  ChecklistUpdates,
  ChecklistReviews,
  RequirementOverrides,
  EvidenceFiles,
  EvidenceReads,
];

/**
 * Compliance without GraphQL: for the worker (lapses, and the checklist's ReminderSource), the CLI and the
 * other contexts.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Requirement, RequirementOverride, ChecklistItem, EvidenceFile]),
    IdentityCoreModule,
    NotificationsCoreModule,
  ],
  providers: [
    ChecklistRepository,
    ChecklistItemLocks,
    EvidenceAccess,
    ...SERVICES,
    ChecklistReminders,
    CheckWaitingReminders,
    EvidenceCheckClearing,
    ChecklistCalendar,
  ],
  exports: SERVICES,
})
export class ComplianceCoreModule {}
