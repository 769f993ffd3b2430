import { Injectable } from '@nestjs/common';
import { InvitationService } from '@small-places/identity';
import {
  AuditService,
  causedBy,
  conflict,
  DomainEvents,
  quoteInEmail,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Enterprise } from '../entities/enterprise.entity';
import { Member, MemberRole } from '../entities/enterprise-member.entity';
import { MemberAdded } from '../crm-events';

export interface NewMember {
  name: string;
  email: string | null;
  role: MemberRole;
  worksWithClients: boolean;
}

/** Adding a person to an enterprise: the member row, its audit, the emailed invitation and the timeline entry. */
@Injectable()
export class EnterpriseMembers {
  constructor(
    private readonly invitations: InvitationService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  /** In the caller's transaction; `invite: false` records the member without inviting them. */
  async addIn(
    tx: EntityManager,
    ctx: RequestContext,
    enterprise: Enterprise,
    person: NewMember,
    invite = true,
  ): Promise<Member> {
    const members = tx.getRepository(Member);
    if (person.email) {
      const clash = await members
        .createQueryBuilder('member')
        .where('member.enterpriseId = :id AND lower(member.email) = lower(:email)', {
          id: enterprise.id,
          email: person.email,
        })
        .getExists();
      if (clash) throw conflict('Someone with that email is already a member of this enterprise.');
    }
    // Nobody is linked or granted anything until they accept the emailed invitation (MemberLinker), and the
    // answer is the same whether or not the address has an account. An import without "send invitations"
    // records the member without inviting them.
    const member = await members.save(
      members.create({ enterpriseId: enterprise.id, userId: null, ...person }),
    );
    await this.audit.record(tx, ctx, {
      action: 'MEMBER_ADDED',
      recordType: 'Member',
      recordId: member.id,
      subjectUserId: null,
      detail: { enterpriseId: enterprise.id, role: person.role, invited: invite && !!person.email },
    });
    if (person.email && invite) {
      await this.invitations.invite(tx, ctx, {
        email: person.email,
        role: Role.PROVIDER,
        scopeIds: [enterprise.id],
        purpose: `You are invited to join ${quoteInEmail(enterprise.name)} on Small Places, where you can keep its checklist up to date and manage its listings and bookings.`,
      });
    }
    await this.events.publish(
      tx,
      new MemberAdded(
        causedBy(ctx, enterprise.id, member.id),
        `${member.name} joined as ${person.role === MemberRole.FOUNDER ? 'founder' : 'a member'}`,
      ),
    );
    return member;
  }
}
