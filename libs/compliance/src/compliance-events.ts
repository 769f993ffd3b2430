import { WordedDomainEvent } from '@small-places/platform';

/** Items of an enterprise's checklist changed: listings recompute whether they are verified. */
export class ChecklistChanged extends WordedDomainEvent {
  readonly kind = 'CHECKLIST_CHANGED';
}

/** Something listings need lapsed (expired, reopened, newly required): listings no longer verified hide. */
export class VerificationLapsed extends WordedDomainEvent {
  readonly kind = 'VERIFICATION_LAPSED';
}
