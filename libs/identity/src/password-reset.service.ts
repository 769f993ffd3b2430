import { Injectable } from '@nestjs/common';
import {
  AccessRevocations,
  AttemptLimit,
  AttemptLimiter,
  AuditService,
  badInput,
  Database,
  MAIL_LINK_PLACEHOLDER,
  MailService,
  quoteInEmail,
  RequestContext,
} from '@small-places/platform';
import { IsNull } from 'typeorm';
import { ResetPasswordInput } from './dto/identity.inputs';
import { AuthSession } from './dto/identity.types';
import { PasswordReset } from './entities/password-reset.entity';
import { User } from './entities/user.entity';
import { emailEquals, SIGN_IN_PER_ACCOUNT } from './identity.service';
import { PasswordResetLink } from './identity-mail-links';
import { PasswordHasher } from './password-hasher';
import { hashSecretToken } from './secret-token';
import { SessionService } from './session.service';

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
const HOUR = 3600;
/** A person who lost their password asks a few times; more than this in an hour is someone else. */
export const RESET_PER_EMAIL: AttemptLimit = { name: 'reset-email', points: 5, durationSeconds: HOUR };
export const RESET_PER_IP: AttemptLimit = { name: 'reset-ip', points: 50, durationSeconds: HOUR };
/** Guesses at reset tokens from one network. */
export const RESET_TRIES_PER_IP: AttemptLimit = { name: 'reset-try-ip', points: 100, durationSeconds: HOUR };

const NOT_VALID = 'This link has expired or was already used. Ask for a new one from the sign-in page.';

/**
 * Forgotten passwords (PRODUCT.md §3.1): a link by email, valid 60 minutes, single use, only its hash stored (and
 * that written when the email is sent). Asking answers the same whether or not the account exists.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: Database,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: AttemptLimiter,
    private readonly revocations: AccessRevocations,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Always true. For an open account: supersedes earlier requests and queues the email. The same statements run
   * whether or not the account exists, and the email leaves through the queue, so timing says little.
   */
  async request(ctx: RequestContext, email: string): Promise<boolean> {
    const key = email.trim().toLowerCase();
    await this.limiter.take(
      RESET_PER_IP,
      ctx.ip,
      'Too many requests from your network. Please try again later.',
    );
    await this.limiter.take(
      RESET_PER_EMAIL,
      key,
      'Too many reset emails asked for. Please try again in an hour.',
    );
    await this.db.transaction(async (tx) => {
      const user = await tx
        .getRepository(User)
        .findOne({ where: { email: emailEquals(key), closedAt: IsNull() } });
      const resets = tx.getRepository(PasswordReset);
      await resets.update(
        { userId: user?.id ?? '00000000-0000-0000-0000-000000000000', usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: ctx.now },
      );
      if (!user) return;
      const reset = await resets.save(
        resets.create({
          userId: user.id,
          tokenHash: null,
          expiresAt: new Date(ctx.now.getTime() + PASSWORD_RESET_TTL_MS),
          usedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(tx, ctx, {
        action: 'PASSWORD_RESET_REQUESTED',
        recordType: 'User',
        recordId: user.id,
        subjectUserId: user.id,
      });
      this.mail.sendAfterCommit(tx, {
        to: user.email,
        subject: 'Choose a new password for Small Places',
        text: [
          `Hello ${quoteInEmail(user.displayName)},`,
          '',
          'Someone asked to reset the password of your Small Places account. To choose a new password, open this link:',
          MAIL_LINK_PLACEHOLDER,
          '',
          'The link works once, for 60 minutes. If you did not ask, you can ignore this email: your password has not changed.',
        ].join('\n'),
        link: { kind: PasswordResetLink.KIND, id: reset.id },
      });
    });
    return true;
  }

  /**
   * Sets the new password, ends every session (refresh tokens in the database, access tokens through Redis),
   * clears the failed sign-in count, and signs the person in. BAD_USER_INPUT for a used, expired, superseded or
   * unknown token, changing nothing.
   */
  async reset(ctx: RequestContext, input: ResetPasswordInput): Promise<AuthSession> {
    await this.limiter.take(
      RESET_TRIES_PER_IP,
      ctx.ip,
      'Too many attempts from your network. Please try again later.',
    );
    const passwordHash = await this.passwords.hash(input.password);
    const tokenHash = hashSecretToken(input.token);
    const { user, cutoffFor } = await this.db.transaction(async (tx) => {
      const reset = await tx
        .getRepository(PasswordReset)
        .findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!reset || reset.usedAt || reset.revokedAt || reset.expiresAt <= ctx.now) {
        throw badInput(NOT_VALID, { token: ['is not valid or has expired'] });
      }
      const users = tx.getRepository(User);
      const account = await users.findOne({
        where: { id: reset.userId, closedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) throw badInput(NOT_VALID, { token: ['is not valid or has expired'] });
      await tx.getRepository(PasswordReset).update(reset.id, { usedAt: ctx.now });
      await tx
        .getRepository(PasswordReset)
        .update({ userId: account.id, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: ctx.now });
      // Following the emailed link proves the address, as accepting an invitation does.
      await users.update(account.id, { passwordHash, emailVerifiedAt: account.emailVerifiedAt ?? ctx.now });
      await this.sessions.endAll(tx, account.id, ctx.now);
      await this.audit.record(tx, ctx, {
        action: 'PASSWORD_RESET',
        recordType: 'User',
        recordId: account.id,
        subjectUserId: account.id,
      });
      return { user: account, cutoffFor: account.id };
    });
    // Committed: end the access tokens on every replica, then start the one session that survives.
    const cutoff = await this.revocations.endSessionsBefore(cutoffFor);
    await this.limiter.clear(SIGN_IN_PER_ACCOUNT, user.email.trim().toLowerCase());
    return this.db.transaction((tx) => this.sessions.start(tx, user, ctx.now, cutoff));
  }
}
