export { Activity, LegalStructure } from './vocabulary';
export { EnterpriseFacts, MemberFacts } from './enterprise-facts';
export { ComplianceModule } from './compliance.module';
export { ComplianceCoreModule } from './compliance-core.module';
export { ChecklistRegeneration } from './checklist/checklist-regeneration';
export { ChecklistReads } from './checklist/checklist-reads';
export { ChecklistUpdates } from './checklist/checklist-updates';
export { ChecklistReviews } from './checklist/checklist-reviews';
export { ComplianceService, REMINDER_BATCH_SIZE } from './compliance.service';
export { ImportedEvidence, ImportedEvidenceService } from './checklist/imported-evidence.service';
export { ChecksMade, type CheckMade, type ChecksOfEnterprise } from './public/checks-made';
export { ReminderHit } from './checklist/checklist.repository';
export { reminderOffsetOn } from './rules/due-dates';
export {
  ChecklistItemStatus,
  ComplianceStatus,
  RequirementAppliesTo,
  ReviewDecision,
} from './dto/compliance.enums';
export {
  ChecklistType,
  ChecklistItemType,
  ChecklistMember,
  RequirementType,
  ChecklistItemConnection,
  EvidenceFileType,
} from './dto/compliance.types';
export { EvidenceFiles, type EvidenceFileView } from './evidence/evidence-files';
export {
  ChecklistChanged,
  ChecklistEvidenceChanged,
  ChecklistItemChecked,
  ChecklistItemReturned,
  VerificationLapsed,
} from './compliance-events';
export { CATALOGUE_V1, CATALOGUE_V1_VERSION } from './catalogue/catalogue-v1';
