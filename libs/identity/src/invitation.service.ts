import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  AuditService,
  badInput,
  conflict,
  Database,
  isUniqueViolation,
  MailService,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager, IsNull } from 'typeorm';
import { AcceptInvitationInput } from './dto/identity.inputs';
import { AuthSession } from './dto/identity.types';
import { GrantKind } from './entities/grant.entity';
import { Invitation } from './entities/invitation.entity';
import { User } from './entities/user.entity';
import { AccessService } from './access.service';
import { IdentityService } from './identity.service';
import { PasswordHasher } from './password-hasher';
import { hashSecretToken, newSecretToken } from './secret-token';
import { SessionService } from './session.service';

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** What accepting an invitation of each role grants, over the invitation's scope ids. */
const GRANT_FOR_ROLE: Record<Role, GrantKind> = {
  [Role.ADMIN]: GrantKind.Admin,
  [Role.CATALYST]: GrantKind.CatalystOfArea,
  [Role.PROVIDER]: GrantKind.MemberOfEnterprise,
  [Role.BUDGET_HOLDER]: GrantKind.HolderOfBudget,
  [Role.DELEGATE]: GrantKind.DelegateOfBudget,
};

export interface NewInvitation {
  email: string;
  role: Role;
  scopeIds: string[];
  /** One line that tells the invited person what they are being asked to join. */
  purpose: string;
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly access: AccessService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates an invitation and emails its link (the token is never returned through the API).
   * An earlier open invitation to the same email and role is replaced.
   */
  async invite(tx: EntityManager, ctx: RequestContext, invitation: NewInvitation): Promise<Invitation> {
    if (await this.identity.findByEmail(tx, invitation.email)) {
      throw conflict(
        'That person already has an account. Ask an Admin to give their account access instead.',
      );
    }
    const invitations = tx.getRepository(Invitation);
    await invitations
      .createQueryBuilder()
      .update()
      .set({ revokedAt: ctx.now })
      .where('lower(email) = lower(:email) AND role = :role AND accepted_at IS NULL AND revoked_at IS NULL', {
        email: invitation.email,
        role: invitation.role,
      })
      .execute();
    const { token, hash } = newSecretToken();
    const saved = await invitations.save(
      invitations.create({
        email: invitation.email,
        role: invitation.role,
        scopeIds: invitation.scopeIds,
        tokenHash: hash,
        invitedById: ctx.user?.id ?? null,
        expiresAt: new Date(ctx.now.getTime() + INVITATION_TTL_MS),
        acceptedAt: null,
        acceptedById: null,
        revokedAt: null,
      }),
    );
    await this.audit.record(tx, ctx, {
      action: 'INVITATION_SENT',
      recordType: 'Invitation',
      recordId: saved.id,
      detail: { role: invitation.role, scopeIds: invitation.scopeIds },
    });
    this.mail.sendAfterCommit(tx, {
      to: invitation.email,
      subject: 'You are invited to Small Places',
      text: [
        'Hello,',
        '',
        invitation.purpose,
        'To accept, open this link and choose a password:',
        `${this.config.webUrl}/accept-invitation?token=${token}`,
        '',
        'The link works for 7 days. If you did not expect this, you can ignore this email.',
      ].join('\n'),
    });
    return saved;
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
        if (await this.identity.findByEmail(tx, invitation.email)) {
          throw conflict('An account with that email already exists. Please sign in instead.');
        }
        const users = tx.getRepository(User);
        const user = await users.save(
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
        const kind = GRANT_FOR_ROLE[invitation.role];
        const scopes = kind === GrantKind.Admin ? [null] : invitation.scopeIds;
        for (const scopeId of scopes) await this.access.grant(tx, user.id, kind, scopeId);
        await this.audit.record(tx, ctx, {
          action: 'ACCOUNT_CREATED',
          recordType: 'User',
          recordId: user.id,
          subjectUserId: user.id,
          detail: { role: invitation.role, via: 'INVITATION', invitationId: invitation.id },
        });
        await tx
          .getRepository(Invitation)
          .update(invitation.id, { acceptedAt: ctx.now, acceptedById: user.id });
        return this.sessions.start(tx, user, ctx.now);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw conflict('An account with that email already exists. Please sign in instead.');
      }
      throw error;
    }
  }
}
