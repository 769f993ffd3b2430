import { Injectable } from '@nestjs/common';
import { IdentityService, MemberInvitationAccepted } from '@small-places/identity';
import { DomainEvent, DomainEventSubscriber, SubscribesTo } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Member } from '../entities/enterprise-member.entity';

/**
 * A member invited by email is linked to an account only when that person accepts the invitation (identity
 * publishes MemberInvitationAccepted in the accepting transaction), so adding a member never reveals whether
 * the address already had an account.
 */
@Injectable()
@SubscribesTo([MemberInvitationAccepted])
export class MemberLinker implements DomainEventSubscriber {
  constructor(private readonly identity: IdentityService) {}

  async on(tx: EntityManager, event: DomainEvent): Promise<void> {
    if (!event.enterpriseId || !event.actorId) return;
    const account = await this.identity.findOpenAccount(tx, event.actorId);
    if (!account) return;
    await tx
      .getRepository(Member)
      .createQueryBuilder()
      .update()
      .set({ userId: account.id })
      .where('enterprise_id = :enterpriseId AND lower(email) = lower(:email) AND user_id IS NULL', {
        enterpriseId: event.enterpriseId,
        email: account.email,
      })
      .execute();
  }
}
