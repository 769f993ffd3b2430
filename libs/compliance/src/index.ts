export { Activity, LegalStructure } from './vocabulary';
export { EnterpriseFacts, MemberFacts } from './enterprise-facts';
export { ComplianceModule } from './compliance.module';
export { ComplianceService, REMINDER_BATCH_SIZE } from './compliance.service';
export { ImportedEvidence, ImportedEvidenceService } from './checklist/imported-evidence.service';
export { ChecksMade, type CheckMade, type ChecksOfEnterprise } from './public/checks-made';
export { ReminderHit } from './checklist/checklist.repository';
export { ChecklistItemStatus, ComplianceStatus, RequirementAppliesTo } from './dto/compliance.enums';
export {
  ChecklistType,
  ChecklistItemType,
  ChecklistMember,
  RequirementType,
  ChecklistItemConnection,
} from './dto/compliance.types';
