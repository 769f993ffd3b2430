import { WordedDomainEvent } from '@small-places/platform';

/** The CRM's domain events: each a line on the enterprise's timeline. */
export class EnterpriseCreated extends WordedDomainEvent {
  readonly kind = 'ENTERPRISE_CREATED';
}

/** An enterprise created or changed by a caseload import (docs/imports.md). */
export class EnterpriseImported extends WordedDomainEvent {
  readonly kind = 'ENTERPRISE_IMPORTED';
}

export class MemberAdded extends WordedDomainEvent {
  readonly kind = 'MEMBER_ADDED';
}

export class StageMoved extends WordedDomainEvent {
  readonly kind = 'STAGE_MOVED';
}

export class SessionRecorded extends WordedDomainEvent {
  readonly kind = 'SESSION_RECORDED';
}

export class ActionCompleted extends WordedDomainEvent {
  readonly kind = 'ACTION_COMPLETED';
}

export class ActionReopened extends WordedDomainEvent {
  readonly kind = 'ACTION_REOPENED';
}
