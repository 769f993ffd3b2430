import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  AttemptLimit,
  AttemptLimiter,
  AuditService,
  badInput,
  conflict,
  Database,
  isUniqueViolation,
  MAIL_LINK_PLACEHOLDER,
  MailService,
  normalisePostcode,
  quoteInEmail,
  notFound,
  RequestContext,
  Role,
  unauthenticated,
} from '@small-places/platform';
import { EntityManager, In, IsNull, Raw } from 'typeorm';
import { SignInInput, SignUpInput } from './dto/identity.inputs';
import { AuthSession, UserType } from './dto/identity.types';
import { EmailVerification } from './entities/email-verification.entity';
import { GrantKind } from './entities/grant.entity';
import { User } from './entities/user.entity';
import { AccessService } from './access.service';
import { EnterpriseDirectories } from './enterprise-directory';
import { PasswordHasher } from './password-hasher';
import { EmailVerificationLink } from './identity-mail-links';
import { hashSecretToken } from './secret-token';
import { SessionService } from './session.service';
import { toUserType } from './user.mapper';

const HOUR = 3600;
/** PRODUCT.md §3.1: no more than 100 failed sign-ins an hour on an account. */
export const SIGN_IN_PER_ACCOUNT: AttemptLimit = {
  name: 'signin-account',
  points: 100,
  durationSeconds: HOUR,
};
/** Per IP the bar is higher, so one office or care home behind one address is not locked out by one typist. */
export const SIGN_IN_PER_IP: AttemptLimit = { name: 'signin-ip', points: 300, durationSeconds: HOUR };
export const SIGN_UP_PER_IP: AttemptLimit = { name: 'signup-ip', points: 50, durationSeconds: HOUR };
export const VERIFICATION_TTL_MS = 7 * 24 * 3600 * 1000;

const SELF_SIGN_UP_ROLES = [Role.PROVIDER, Role.BUDGET_HOLDER];

export const emailEquals = (email: string) => Raw((column) => `lower(${column}) = lower(:email)`, { email });

@Injectable()
export class IdentityService {
  private readonly logger = new Logger(IdentityService.name);

  constructor(
    private readonly db: Database,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly access: AccessService,
    private readonly limiter: AttemptLimiter,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly enterprises: EnterpriseDirectories,
  ) {}

  async signUp(ctx: RequestContext, input: SignUpInput): Promise<AuthSession> {
    if (!SELF_SIGN_UP_ROLES.includes(input.role)) {
      throw badInput(
        'You can sign up as a provider or as a budget holder. Other accounts are by invitation.',
        {
          role: ['must be PROVIDER or BUDGET_HOLDER'],
        },
      );
    }
    const postcode = input.postcode ? normalisePostcode(input.postcode) : undefined;
    if (postcode === null)
      throw badInput('That postcode is not a UK postcode.', { postcode: ['is not a UK postcode'] });
    if (input.role === Role.PROVIDER && input.enterpriseName && !postcode) {
      throw badInput('Enter the postcode your enterprise works from.', {
        postcode: ['is needed with enterpriseName'],
      });
    }
    await this.limiter.take(
      SIGN_UP_PER_IP,
      ctx.ip,
      'Too many sign-ups from your network. Please try again in an hour.',
    );
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.db.transaction(async (tx) => {
        if (await this.findByEmail(tx, input.email)) throw this.emailTaken();
        const user = await tx.getRepository(User).save(
          tx.getRepository(User).create({
            email: input.email,
            displayName: input.displayName,
            passwordHash,
            roles: [input.role],
            emailVerifiedAt: null,
            closedAt: null,
          }),
        );
        await this.audit.record(tx, ctx, {
          action: 'ACCOUNT_CREATED',
          recordType: 'User',
          recordId: user.id,
          subjectUserId: user.id,
          detail: { role: input.role, via: 'SIGN_UP' },
        });
        if (input.role === Role.PROVIDER && this.enterprises.loaded) {
          await this.enterprises.directory.providerSignedUp(tx, ctx, {
            user,
            postcode: postcode ?? undefined,
            enterpriseName: input.enterpriseName,
          });
        }
        await this.sendVerification(tx, user, ctx.now);
        return this.sessions.start(tx, user, ctx.now);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw this.emailTaken();
      throw error;
    }
  }

  async signIn(ctx: RequestContext, input: SignInInput): Promise<AuthSession> {
    const accountKey = input.email.trim().toLowerCase();
    // Take the point before checking, so parallel attempts (aliases, batches, replicas) cannot slip past.
    await this.limiter.take(
      SIGN_IN_PER_ACCOUNT,
      accountKey,
      'Too many sign-in attempts. Please wait an hour, or choose a new password: select "Forgotten your password?" on the sign-in page.',
    );
    await this.limiter.take(
      SIGN_IN_PER_IP,
      ctx.ip,
      'Too many sign-in attempts from your network. Please try again later.',
    );
    const user = await this.db.manager
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email: accountKey })
      .andWhere('user.closedAt IS NULL')
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash, input.password);
    if (!user || !ok) throw unauthenticated('That email and password do not match an account.');
    // Only failures count towards the limits.
    await this.limiter.giveBack(SIGN_IN_PER_ACCOUNT, accountKey);
    await this.limiter.giveBack(SIGN_IN_PER_IP, ctx.ip);
    return this.db.transaction((tx) => this.sessions.start(tx, user, ctx.now));
  }

  async me(ctx: RequestContext): Promise<UserType> {
    const user = await this.db.manager
      .getRepository(User)
      .findOne({ where: { id: ctx.signedIn.id, closedAt: IsNull() } });
    if (!user) throw unauthenticated('Your account is closed.');
    return toUserType(user);
  }

  async verifyEmail(ctx: RequestContext, token: string): Promise<UserType> {
    return this.db.transaction(async (tx) => {
      const verification = await tx
        .getRepository(EmailVerification)
        .findOne({ where: { tokenHash: hashSecretToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!verification || verification.usedAt || verification.expiresAt <= ctx.now) {
        throw badInput('This link has expired or was already used. Sign in and ask for a new one.', {
          token: ['is not valid'],
        });
      }
      await tx.getRepository(EmailVerification).update(verification.id, { usedAt: ctx.now });
      const users = tx.getRepository(User);
      await users.update(
        { id: verification.userId, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: ctx.now },
      );
      const user = await users.findOneOrFail({ where: { id: verification.userId } });
      await this.audit.record(tx, ctx, {
        action: 'EMAIL_VERIFIED',
        recordType: 'User',
        recordId: user.id,
        subjectUserId: user.id,
      });
      return toUserType(user);
    });
  }

  async resendVerification(ctx: RequestContext): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const user = await tx.getRepository(User).findOne({ where: { id: ctx.signedIn.id } });
      if (!user) throw notFound('Your account');
      if (user.emailVerifiedAt) return false;
      await this.sendVerification(tx, user, ctx.now);
      return true;
    });
  }

  /** Creates an Admin (CLI and bootstrap); an existing account with that email is made an Admin. */
  async createAdmin(email: string, password: string, displayName: string, now = new Date()): Promise<User> {
    const passwordHash = await this.passwords.hash(password);
    return this.db.transaction((tx) => this.makeAdmin(tx, email, passwordHash, displayName, now));
  }

  /**
   * An account made directly, without an invitation (demo data and operator tools): verified, with its
   * role and grants. Staff and members normally arrive through invitations.
   */
  async createAccount(
    tx: EntityManager,
    account: { email: string; password: string; displayName: string; role: Role },
    grants: { kind: GrantKind; scopeId: string | null }[] = [],
    now = new Date(),
  ): Promise<User> {
    const users = tx.getRepository(User);
    const user = await users.save(
      users.create({
        email: account.email,
        displayName: account.displayName,
        passwordHash: await this.passwords.hash(account.password),
        roles: [account.role],
        emailVerifiedAt: now,
        closedAt: null,
      }),
    );
    for (const grant of grants) await this.access.grant(tx, user.id, grant.kind, grant.scopeId);
    return user;
  }

  /** At API start: the first Admin comes from BOOTSTRAP_ADMIN_* when there is no Admin yet. */
  async bootstrapAdmin(): Promise<void> {
    const bootstrap = this.config.bootstrapAdmin;
    if (!bootstrap) return;
    if (await this.hasAdmin(this.db.manager)) return;
    const passwordHash = await this.passwords.hash(bootstrap.password);
    const created = await this.db.transaction(async (tx) => {
      // API replicas start together: one at a time here, so the second sees the first one's Admin.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['bootstrap-admin']);
      if (await this.hasAdmin(tx)) return false;
      await this.makeAdmin(tx, bootstrap.email, passwordHash, 'Administrator', new Date());
      return true;
    });
    // The address is personal data: logs name no one (docs/operations.md).
    if (created) this.logger.log('created the bootstrap Admin');
  }

  /** Display names by user id, for batched field resolvers (a Catalyst's name on an enterprise). */
  /** Pass `tx` inside a transaction, so the read does not wait for a second pooled connection. */
  async displayNames(
    ids: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<Map<string, { id: string; displayName: string }>> {
    if (ids.length === 0) return new Map();
    const users = await tx
      .getRepository(User)
      .find({ where: { id: In([...ids]) }, select: { id: true, displayName: true } });
    return new Map(users.map((user) => [user.id, { id: user.id, displayName: user.displayName }]));
  }

  /** Email addresses of open accounts by user id, for the contacts the two sides of a booking share. */
  async emailsOf(ids: readonly string[], tx: EntityManager = this.db.manager): Promise<string[]> {
    if (ids.length === 0) return [];
    const users = await tx.getRepository(User).find({
      where: { id: In([...ids]), closedAt: IsNull() },
      select: { id: true, email: true },
      order: { createdAt: 'ASC' },
    });
    return users.map((user) => user.email);
  }

  /** An open account by id (null when closed or unknown). */
  findOpenAccount(tx: EntityManager, id: string): Promise<User | null> {
    return tx.getRepository(User).findOne({ where: { id, closedAt: IsNull() } });
  }

  findByEmail(tx: EntityManager, email: string): Promise<User | null> {
    return tx.getRepository(User).findOne({ where: { email: emailEquals(email) } });
  }

  private async hasAdmin(tx: EntityManager): Promise<boolean> {
    const admins = await tx
      .getRepository(User)
      .count({ where: { roles: Raw((column) => `'${Role.ADMIN}' = ANY(${column})`), closedAt: IsNull() } });
    return admins > 0;
  }

  private async makeAdmin(
    tx: EntityManager,
    email: string,
    passwordHash: string,
    displayName: string,
    now: Date,
  ): Promise<User> {
    const users = tx.getRepository(User);
    let user = await this.findByEmail(tx, email);
    if (user) {
      user.roles = [...new Set([...user.roles, Role.ADMIN])];
      user.passwordHash = passwordHash;
      await users.save(user);
    } else {
      user = await users.save(
        users.create({
          email,
          displayName,
          passwordHash,
          roles: [Role.ADMIN],
          emailVerifiedAt: now,
          closedAt: null,
        }),
      );
    }
    await this.access.grant(tx, user.id, GrantKind.Admin);
    return user;
  }

  private async sendVerification(tx: EntityManager, user: User, now: Date): Promise<void> {
    const verification = await tx.getRepository(EmailVerification).save(
      tx.getRepository(EmailVerification).create({
        userId: user.id,
        tokenHash: null,
        expiresAt: new Date(now.getTime() + VERIFICATION_TTL_MS),
        usedAt: null,
      }),
    );
    this.mail.sendAfterCommit(tx, {
      to: user.email,
      subject: 'Please confirm your email address',
      text: [
        `Hello ${quoteInEmail(user.displayName)},`,
        '',
        'Thank you for joining Small Places. Please confirm this is your email address.',
        'Open this link:',
        MAIL_LINK_PLACEHOLDER,
        '',
        'The link works for 7 days. You can use Small Places while you wait.',
      ].join('\n'),
      link: { kind: EmailVerificationLink.KIND, id: verification.id },
    });
  }

  private emailTaken() {
    return conflict('An account with that email already exists. Please sign in instead.');
  }
}
