import { registerEnumType } from '@nestjs/graphql';

/** The state a checklist item is in (PRODUCT.md §3.3); DONE past its expiry reads as EXPIRED. */
export enum ChecklistItemStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  WAIVED = 'WAIVED',
  EXPIRED = 'EXPIRED',
}

/** What a Catalyst decides on a DONE item after seeing its evidence (reviewChecklistItem). */
export enum ReviewDecision {
  CHECKED = 'CHECKED',
  RETURNED = 'RETURNED',
}

/** An enterprise's standing today; docs/compliance.md defines each precisely. */
export enum ComplianceStatus {
  COMPLIANT = 'COMPLIANT',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  INCOMPLETE = 'INCOMPLETE',
}

/** Whether a requirement is met once by the enterprise or by each of its members. */
export enum RequirementAppliesTo {
  ENTERPRISE = 'ENTERPRISE',
  EACH_MEMBER = 'EACH_MEMBER',
}

registerEnumType(ChecklistItemStatus, {
  name: 'ChecklistItemStatus',
  description: 'TODO, IN_PROGRESS (e.g. an application sent), DONE, WAIVED (by a Catalyst) or EXPIRED.',
});
registerEnumType(ComplianceStatus, {
  name: 'ComplianceStatus',
  description:
    'OVERDUE: something mandatory is past its date or expired. INCOMPLETE: something mandatory is still to do ' +
    'before trading. DUE_SOON: something expires or falls due within 30 days. COMPLIANT: none of these.',
});
registerEnumType(RequirementAppliesTo, { name: 'RequirementAppliesTo' });
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'CHECKED: the evidence shows it is done. RETURNED: the provider must fix something (reason).',
});
