import { WordedDomainEvent } from '@small-places/platform';

/** Items of an enterprise's checklist changed: listings recompute whether they are verified. */
export class ChecklistChanged extends WordedDomainEvent {
  readonly kind = 'CHECKLIST_CHANGED';
}

/** Something listings need lapsed (expired, reopened, newly required): listings no longer verified hide. */
export class VerificationLapsed extends WordedDomainEvent {
  readonly kind = 'VERIFICATION_LAPSED';
}

/**
 * A checklist item's evidence files changed (a file attached or removed) by someone of the enterprise: the
 * item's Catalyst check no longer stands (issue 15). Published in the transaction that changed the files;
 * `refId` is the checklist item's id.
 */
export class ChecklistEvidenceChanged extends WordedDomainEvent {
  readonly kind = 'CHECKLIST_EVIDENCE_CHANGED';
}

/** A Catalyst checked a DONE item's evidence and reference: listings recompute whether they are verified. */
export class ChecklistItemChecked extends WordedDomainEvent {
  readonly kind = 'CHECKLIST_ITEM_CHECKED';
}

/** A Catalyst returned an item to its provider with what to fix. */
export class ChecklistItemReturned extends WordedDomainEvent {
  readonly kind = 'CHECKLIST_ITEM_RETURNED';
}
