import { Injectable } from '@nestjs/common';
import {
  AttemptLimit,
  AttemptLimiter,
  AuditService,
  Database,
  MAIL_LINK_PLACEHOLDER,
  MailService,
  quoteInEmail,
  RequestContext,
  Role,
  unauthenticated,
} from '@small-places/platform';
import { EntityManager, IsNull } from 'typeorm';
import { Invitation } from './entities/invitation.entity';
import { User } from './entities/user.entity';
import { InvitationLink } from './identity-mail-links';

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Per inviter (holders inviting delegates, providers inviting members): too few to spam or probe addresses. */
export const INVITES_PER_INVITER: AttemptLimit = {
  name: 'invite-inviter',
  points: 60,
  durationSeconds: 3600,
};
/**
 * Per Catalyst or Admin: enough to add or import a whole caseload's founders (up to 200 enterprises, several
 * times over) in an hour, still a ceiling on a stolen staff session.
 */
export const INVITES_PER_STAFF_INVITER: AttemptLimit = {
  name: 'invite-staff',
  points: 1000,
  durationSeconds: 3600,
};

export interface NewInvitation {
  email: string;
  role: Role;
  scopeIds: string[];
  /** One line that tells the invited person what they are being asked to join (user text already quoted). */
  purpose: string;
}

/** An invitation not yet accepted, revoked or expired. */
export interface OpenInvitation {
  id: string;
  email: string;
  expiresAt: Date;
}

/** The kind of MemberInvitationAccepted, as the timeline stores it. */
export const MEMBER_INVITATION_ACCEPTED = 'MEMBER_INVITATION_ACCEPTED';

/**
 * Invitations (PRODUCT.md §3.1) grant nothing until accepted (InvitationAcceptance): an address with an account
 * gets the same email as any other, and accepts by entering that account's password, so the inviter never learns
 * whether an account exists. A new invitation revokes only earlier open ones to the same email, role and object.
 */
@Injectable()
export class InvitationService {
  constructor(
    private readonly db: Database,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly limiter: AttemptLimiter,
  ) {}

  /** Creates an invitation and emails its link, made at send time (the token is never returned or queued). */
  async invite(tx: EntityManager, ctx: RequestContext, invitation: NewInvitation): Promise<Invitation> {
    const inviter = ctx.user
      ? await tx.getRepository(User).findOne({ where: { id: ctx.user.id, closedAt: IsNull() } })
      : null;
    if (ctx.user) {
      if (!inviter) throw unauthenticated('Your account is closed.');
      const staff = ctx.user.roles.some((role) => role === Role.CATALYST || role === Role.ADMIN);
      await this.limiter.take(
        staff ? INVITES_PER_STAFF_INVITER : INVITES_PER_INVITER,
        inviter.id,
        'You have sent a lot of invitations this hour. Please try again later.',
      );
    }
    const scopeIds = [...new Set(invitation.scopeIds)].sort();
    await this.revokeWhere(
      tx,
      ctx.now,
      'lower(email) = lower($2) AND role = $3 AND scope_ids @> $4 AND scope_ids <@ $4',
      [invitation.email, invitation.role, scopeIds],
    );
    const invitations = tx.getRepository(Invitation);
    const saved = await invitations.save(
      invitations.create({
        email: invitation.email,
        role: invitation.role,
        scopeIds,
        tokenHash: null,
        invitedById: inviter?.id ?? null,
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
      detail: { role: invitation.role, scopeIds },
    });
    const from = inviter ? `${quoteInEmail(inviter.displayName)} sent you this invitation.` : null;
    this.mail.sendAfterCommit(tx, {
      to: invitation.email,
      subject: 'You are invited to Small Places',
      text: [
        'Hello,',
        '',
        invitation.purpose,
        ...(from ? [from] : []),
        'To accept, open this link. If you already have a Small Places account, sign in with its password there;',
        'if not, choose a password:',
        MAIL_LINK_PLACEHOLDER,
        '',
        'The link works for 7 days. If you did not expect this, you can ignore this email.',
      ].join('\n'),
      link: { kind: InvitationLink.KIND, id: saved.id },
    });
    return saved;
  }

  /** Open invitations of one role to one object (a budget's delegates not yet accepted), oldest first. */
  async openFor(tx: EntityManager, role: Role, scopeId: string, now: Date): Promise<OpenInvitation[]> {
    return tx.query(
      `SELECT id, email, expires_at AS "expiresAt" FROM invitations
        WHERE role = $1 AND $2 = ANY(scope_ids) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $3
        ORDER BY created_at, id`,
      [role, scopeId, now],
    );
  }

  /** Revokes open invitations of one role to one object; only those to `email` when given. Returns how many. */
  revokeOpenFor(
    tx: EntityManager,
    now: Date,
    role: Role,
    scopeIds: string[],
    email?: string,
  ): Promise<number> {
    if (scopeIds.length === 0) return Promise.resolve(0);
    return email === undefined
      ? this.revokeWhere(tx, now, 'role = $2 AND scope_ids && $3', [role, scopeIds])
      : this.revokeWhere(tx, now, 'role = $2 AND scope_ids && $3 AND lower(email) = lower($4)', [
          role,
          scopeIds,
          email,
        ]);
  }

  /** Revokes one open invitation of one role to one object, by id; false when there is no such open invitation. */
  async revokeOne(tx: EntityManager, now: Date, id: string, role: Role, scopeId: string): Promise<boolean> {
    return (
      (await this.revokeWhere(tx, now, 'id = $2 AND role = $3 AND $4 = ANY(scope_ids)', [
        id,
        role,
        scopeId,
      ])) > 0
    );
  }

  /** Revokes one invitation, by id, that is neither accepted nor revoked yet; false when there is none. */
  async revokeById(tx: EntityManager, now: Date, id: string): Promise<boolean> {
    return (await this.revokeWhere(tx, now, 'id = $2', [id])) > 0;
  }

  /** Revokes every open invitation a person sent (their account is closing). */
  revokeSentBy(tx: EntityManager, now: Date, inviterId: string): Promise<number> {
    return this.revokeWhere(tx, now, 'invited_by_id = $2', [inviterId]);
  }

  /**
   * Demo data only (never the API): the demo's history is made in the past, so its open invitations would have
   * run out before anyone saw them. Gives each a full 7 days from `now`. Returns how many.
   */
  async renewOpen(now: Date): Promise<number> {
    const [, count] = (await this.db.manager.query(
      `UPDATE invitations SET expires_at = $1 WHERE accepted_at IS NULL AND revoked_at IS NULL`,
      [new Date(now.getTime() + INVITATION_TTL_MS)],
    )) as [unknown, number];
    return count;
  }

  private async revokeWhere(
    tx: EntityManager,
    now: Date,
    condition: string,
    params: unknown[],
  ): Promise<number> {
    const [, count] = (await tx.query(
      `UPDATE invitations SET revoked_at = $1 WHERE accepted_at IS NULL AND revoked_at IS NULL AND ${condition}`,
      [now, ...params],
    )) as [unknown, number];
    return count;
  }
}
