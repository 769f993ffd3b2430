import { Injectable, OnModuleInit } from '@nestjs/common';
import { IdentityService, MEMBER_INVITATION_ACCEPTED } from '@small-places/identity';
import { DomainEvents } from '@small-places/platform';
import { Member } from './member.entity';

/**
 * A member invited by email is linked to an account only when that person accepts the invitation (identity
 * publishes MEMBER_INVITATION_ACCEPTED in the accepting transaction), so adding a member never reveals whether
 * the address already had an account.
 */
@Injectable()
export class MemberLinker implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly identity: IdentityService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(async (tx, event) => {
      if (event.kind !== MEMBER_INVITATION_ACCEPTED || !event.enterpriseId || !event.actorId) return;
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
    });
  }
}
