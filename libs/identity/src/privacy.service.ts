import { Injectable, Logger } from '@nestjs/common';
import {
  AccessRevocations,
  AttemptLimiter,
  AuditService,
  badInput,
  conflict,
  Database,
  MailService,
  PersonalDataRegistry,
  RequestContext,
  Role,
  unauthenticated,
} from '@small-places/platform';
import { EntityManager, IsNull, Raw } from 'typeorm';
import { EmailVerification } from './entities/email-verification.entity';
import { Grant } from './entities/grant.entity';
import { PasswordReset } from './entities/password-reset.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { SIGN_IN_PER_ACCOUNT } from './identity.service';
import { PasswordHasher } from './password-hasher';

export const CLOSED_DISPLAY_NAME = 'Closed account';
export const closedEmail = (userId: string) => `closed-${userId}@closed.invalid`;

/**
 * A person's own data (PRODUCT.md §3.9, docs/privacy.md): `exportMyData` gathers every context's section, and
 * `closeMyAccount` erases or anonymises it in one transaction, then ends every session and forgets what Redis
 * holds about the person. Each context marks its section `@PersonalData()` and the PersonalDataRegistry finds it, so identity
 * never reads another context's tables.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    private readonly db: Database,
    private readonly registry: PersonalDataRegistry,
    private readonly passwords: PasswordHasher,
    private readonly limiter: AttemptLimiter,
    private readonly revocations: AccessRevocations,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async exportMyData(ctx: RequestContext): Promise<Record<string, unknown>> {
    const userId = ctx.signedIn.id;
    return this.db.transaction(async (tx) => {
      const user = await this.openAccount(tx, userId);
      const grants = await tx
        .getRepository(Grant)
        .find({ where: { userId }, order: { createdAt: 'ASC' }, select: ['kind', 'scopeId', 'createdAt'] });
      const invitations = await tx.query(
        `SELECT id, role, scope_ids, expires_at, accepted_at, revoked_at, created_at FROM invitations
          WHERE lower(email) = lower($1) ORDER BY created_at`,
        [user.email],
      );
      const sections: Record<string, unknown> = {};
      for (const section of this.registry.sections) sections[section.name] = await section.export(tx, userId);
      const auditEvents = (await this.audit.aboutSubject(tx, userId)).map((event) => ({
        occurredAt: event.occurredAt,
        actorId: event.actorId,
        action: event.action,
        recordType: event.recordType,
        recordId: event.recordId,
        detail: event.detail,
      }));
      await this.audit.record(tx, ctx, {
        action: 'DATA_EXPORTED',
        recordType: 'User',
        recordId: userId,
        subjectUserId: userId,
      });
      return {
        exportedAt: ctx.now,
        account: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          roles: user.roles,
          emailVerifiedAt: user.emailVerifiedAt,
          createdAt: user.createdAt,
        },
        grants,
        invitationsReceived: invitations,
        ...sections,
        auditEvents,
      };
    });
  }

  /**
   * Asks for the password again (counted like a sign-in attempt), then erases or anonymises everything. CONFLICT
   * while a booking is still open or for the last Admin; BAD_USER_INPUT for a wrong password, changing nothing.
   */
  async closeMyAccount(ctx: RequestContext, password: string): Promise<boolean> {
    const userId = ctx.signedIn.id;
    const account = await this.db.manager
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :userId AND user.closedAt IS NULL', { userId })
      .getOne();
    if (!account) throw unauthenticated('Your account is closed.');
    const accountKey = account.email.trim().toLowerCase();
    await this.limiter.take(SIGN_IN_PER_ACCOUNT, accountKey, 'Too many attempts. Please wait an hour.');
    if (!(await this.passwords.verify(account.passwordHash, password))) {
      throw badInput('That password is not right, so your account is still open.', {
        password: ['does not match'],
      });
    }
    await this.limiter.giveBack(SIGN_IN_PER_ACCOUNT, accountKey);

    const personalStrings = await this.db.transaction(async (tx) => {
      const user = await tx
        .getRepository(User)
        .findOne({ where: { id: userId, closedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw unauthenticated('Your account is closed.');
      await this.assertNotLastAdmin(tx, user);
      for (const section of this.registry.sections) await section.assertClosable?.(tx, userId);
      const strings = new Set([user.email, user.displayName]);
      for (const section of this.registry.sections) {
        for (const text of (await section.personalStrings?.(tx, userId)) ?? []) strings.add(text);
      }
      const closing = {
        userId,
        email: user.email,
        displayName: user.displayName,
        now: ctx.now,
        personalStrings: [...strings],
      };
      for (const section of this.registry.sections) await section.erase(tx, closing);
      await this.eraseAccount(tx, user, ctx.now);
      await this.audit.record(tx, ctx, {
        action: 'ACCOUNT_CLOSED',
        recordType: 'User',
        recordId: userId,
        subjectUserId: userId,
        detail: { sections: this.registry.sections.map((section) => section.name) },
      });
      return closing.personalStrings;
    });

    // After the commit: end the access tokens on every replica and forget what Redis holds about the person.
    try {
      await this.revocations.revokeAllOf(userId);
      await this.limiter.clear(SIGN_IN_PER_ACCOUNT, accountKey);
      await this.mail.forgetMailMentioning(personalStrings);
    } catch (error) {
      this.logger.error({ err: error, userId }, 'account closed, but Redis could not be cleaned');
    }
    return true;
  }

  private async openAccount(tx: EntityManager, userId: string): Promise<User> {
    const user = await tx.getRepository(User).findOne({ where: { id: userId, closedAt: IsNull() } });
    if (!user) throw unauthenticated('Your account is closed.');
    return user;
  }

  private async assertNotLastAdmin(tx: EntityManager, user: User): Promise<void> {
    if (!user.roles.includes(Role.ADMIN)) return;
    const others = await tx.getRepository(User).count({
      where: { roles: Raw((column) => `'${Role.ADMIN}' = ANY(${column})`), closedAt: IsNull() },
    });
    if (others <= 1) throw conflict('You are the last Admin. Make someone else an Admin first.');
  }

  private async eraseAccount(tx: EntityManager, user: User, now: Date): Promise<void> {
    await tx.getRepository(RefreshToken).delete({ userId: user.id });
    await tx.getRepository(EmailVerification).delete({ userId: user.id });
    await tx.getRepository(Grant).delete({ userId: user.id });
    // Invitations the person sent, or that were waiting for them, can no longer be accepted.
    await tx.query(
      `UPDATE invitations SET revoked_at = $3
        WHERE (invited_by_id = $1 OR lower(email) = lower($2)) AND accepted_at IS NULL AND revoked_at IS NULL`,
      [user.id, user.email, now],
    );
    await tx.query(`UPDATE invitations SET email = $2 WHERE lower(email) = lower($1)`, [
      user.email,
      closedEmail(user.id),
    ]);
    await tx.getRepository(PasswordReset).delete({ userId: user.id });
    await tx.getRepository(User).update(user.id, {
      email: closedEmail(user.id),
      displayName: CLOSED_DISPLAY_NAME,
      passwordHash: null,
      emailVerifiedAt: null,
      closedAt: now,
    });
  }
}
