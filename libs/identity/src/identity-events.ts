import { WordedDomainEvent } from '@small-places/platform';

/** Published when an invitation to an enterprise is accepted (refId: the invitation; actorId: the new member). */
export class MemberInvitationAccepted extends WordedDomainEvent {
  readonly kind = 'MEMBER_INVITATION_ACCEPTED';
}
