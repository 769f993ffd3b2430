import { Injectable } from '@nestjs/common';
import {
  AttemptLimiter,
  AuditService,
  badInput,
  conflict,
  Database,
  DomainEvents,
  isUniqueViolation,
  RequestContext,
  Role,
  unauthenticated,
} from '@small-places/platform';
import { EntityManager, IsNull } from 'typeorm';
import { AcceptInvitationInput } from './dto/identity.inputs';
import { AuthSession } from './dto/identity.types';
import { GrantKind } from './entities/grant.entity';
import { Invitation } from './entities/invitation.entity';
import { User } from './entities/user.entity';
import { AccessService } from './access.service';
import { IdentityService, SIGN_IN_PER_ACCOUNT } from './identity.service';
import { PasswordHasher } from './password-hasher';
import { hashSecretToken } from './secret-token';
import { SessionService } from './session.service';
import { MemberInvitationAccepted } from './identity-events';

/** What accepting an invitation of each role grants, over the invitation's scope ids. */
const GRANT_FOR_ROLE: Record<Role, GrantKind> = {
  [Role.ADMIN]: GrantKind.Admin,
  [Role.CATALYST]: GrantKind.CatalystOfArea,
  [Role.PROVIDER]: GrantKind.MemberOfEnterprise,
  [Role.BUDGET_HOLDER]: GrantKind.HolderOfBudget,
  [Role.DELEGATE]: GrantKind.DelegateOfBudget,
};

/**
 * Accepting an invitation (PRODUCT.md §3.1): with the emailed token, into a new account or, with that account's
 * password, an existing one; the grants, role, audit and domain events are the same either way.
 */
@Injectable()
export class InvitationAcceptance {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly access: AccessService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly limiter: AttemptLimiter,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Operator tools and demo data only (never the API): accepts the open invitation of `role` to `scopeId` for the
   * account that has its address, as that person would, without the emailed token. False when there is none.
   */
  async acceptForExistingAccount(
    ctx: RequestContext,
    email: string,
    role: Role,
    scopeId: string,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [invitation] = (await tx.query(
        `SELECT id FROM invitations WHERE lower(email) = lower($1) AND role = $2 AND $3 = ANY(scope_ids)
           AND accepted_at IS NULL AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [email, role, scopeId],
      )) as { id: string }[];
      const account = await this.identity.findByEmail(tx, email);
      if (!invitation || !account) return false;
      const found = await tx.getRepository(Invitation).findOneByOrFail({ id: invitation.id });
      await this.grantAccepted(tx, ctx, found, account, true);
      return true;
    });
  }

  async accept(ctx: RequestContext, input: AcceptInvitationInput): Promise<AuthSession> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.db.transaction(async (tx) => {
        const invitation = await tx.getRepository(Invitation).findOne({
          where: { tokenHash: hashSecretToken(input.token), acceptedAt: IsNull(), revokedAt: IsNull() },
          lock: { mode: 'pessimistic_write' },
        });
        if (!invitation || invitation.expiresAt <= ctx.now) {
          throw badInput('This invitation link is not valid or has expired. Ask for a new invitation.', {
            token: ['is not valid or has expired'],
          });
        }
        const existing = await this.identity.findByEmail(tx, invitation.email);
        const user = existing
          ? await this.joinExisting(tx, existing, invitation, input.password)
          : await this.createAccount(tx, ctx, invitation, input, passwordHash);
        await this.grantAccepted(tx, ctx, invitation, user, !!existing);
        return this.sessions.start(tx, user, ctx.now);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw conflict('An account with that email already exists. Please sign in instead.');
      }
      throw error;
    }
  }

  /** What accepting does, however it is accepted: the grants, the role, the audit event, the domain event. */
  private async grantAccepted(
    tx: EntityManager,
    ctx: RequestContext,
    invitation: Invitation,
    user: User,
    existingAccount: boolean,
  ): Promise<void> {
    if (existingAccount && !user.roles.includes(invitation.role)) {
      user.roles = [...user.roles, invitation.role];
      await tx.getRepository(User).update(user.id, { roles: user.roles });
    }
    const kind = GRANT_FOR_ROLE[invitation.role];
    const scopes = kind === GrantKind.Admin ? [null] : invitation.scopeIds;
    for (const scopeId of scopes) await this.access.grant(tx, user.id, kind, scopeId);
    await this.audit.record(tx, ctx, {
      action: existingAccount ? 'INVITATION_ACCEPTED' : 'ACCOUNT_CREATED',
      recordType: 'User',
      recordId: user.id,
      subjectUserId: user.id,
      detail: { role: invitation.role, via: 'INVITATION', invitationId: invitation.id },
    });
    await tx.getRepository(Invitation).update(invitation.id, { acceptedAt: ctx.now, acceptedById: user.id });
    if (invitation.role === Role.PROVIDER) {
      for (const enterpriseId of invitation.scopeIds) {
        await this.events.publish(
          tx,
          new MemberInvitationAccepted(
            { enterpriseId, occurredAt: ctx.now, actorId: user.id, refId: invitation.id },
            `${user.displayName} accepted their invitation`,
          ),
        );
      }
    }
  }

  /** The address has an account: its password proves it is the same person. Counted like a sign-in. */
  private async joinExisting(
    tx: EntityManager,
    existing: User,
    invitation: Invitation,
    password: string,
  ): Promise<User> {
    const key = existing.email.trim().toLowerCase();
    await this.limiter.take(
      SIGN_IN_PER_ACCOUNT,
      key,
      'Too many attempts. Please wait an hour or reset your password.',
    );
    const account = await tx
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id AND user.closedAt IS NULL', { id: existing.id })
      .setLock('pessimistic_write')
      .getOne();
    if (!account || !(await this.passwords.verify(account.passwordHash, password))) {
      throw unauthenticated(
        'That email already has a Small Places account: enter its password to accept. Forgotten it? Reset it from the sign-in page.',
      );
    }
    await this.limiter.giveBack(SIGN_IN_PER_ACCOUNT, key);
    return account;
  }

  private async createAccount(
    tx: EntityManager,
    ctx: RequestContext,
    invitation: Invitation,
    input: AcceptInvitationInput,
    passwordHash: string,
  ): Promise<User> {
    const users = tx.getRepository(User);
    return users.save(
      users.create({
        email: invitation.email,
        displayName: input.displayName,
        passwordHash,
        roles: [invitation.role],
        // Following the emailed link proves the address.
        emailVerifiedAt: ctx.now,
        closedAt: null,
      }),
    );
  }
}
