import { Injectable } from '@nestjs/common';
import { AccessTokenService, Database, unauthenticated } from '@small-places/platform';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { AuthSession } from './dto/identity.types';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { hashSecretToken, newSecretToken } from './secret-token';
import { toUserType } from './user.mapper';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;
const INVALID_REFRESH = 'Your session has ended. Please sign in again.';

/** Access tokens plus rotating refresh tokens; a spent refresh token used again revokes its whole family. */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: Database,
    private readonly accessTokens: AccessTokenService,
  ) {}

  /** `issuedAt`: the revocation cut-off this session must pass (after a password reset). */
  async start(tx: EntityManager, user: User, now: Date, issuedAt?: number): Promise<AuthSession> {
    return this.issue(tx, user, now, randomUUID(), null, issuedAt);
  }

  async refresh(refreshToken: string, now: Date): Promise<AuthSession> {
    const outcome = await this.db.transaction(async (tx) => {
      const tokens = tx.getRepository(RefreshToken);
      const current = await tokens.findOne({
        where: { tokenHash: hashSecretToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || current.revokedAt || current.expiresAt <= now) return { session: null };
      if (current.usedAt) {
        await this.revokeFamily(tx, current.familyId, now);
        return { session: null };
      }
      const user = await tx
        .getRepository(User)
        .findOne({ where: { id: current.userId, closedAt: IsNull() } });
      if (!user) return { session: null };
      await tokens.update(current.id, { usedAt: now });
      return { session: await this.issue(tx, user, now, current.familyId, current.id) };
    });
    // Revocation on reuse must be committed even though the caller gets an error, so throw outside the transaction.
    if (!outcome.session) throw unauthenticated(INVALID_REFRESH);
    return outcome.session;
  }

  /** Ends the session the refresh token belongs to, if it is the caller's. */
  async end(userId: string, refreshToken: string, now: Date): Promise<boolean> {
    const token = await this.db.manager
      .getRepository(RefreshToken)
      .findOne({ where: { tokenHash: hashSecretToken(refreshToken), userId } });
    if (!token) return false;
    await this.revokeFamily(this.db.manager, token.familyId, now);
    return true;
  }

  async endAll(tx: EntityManager, userId: string, now: Date): Promise<void> {
    await tx.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: now });
  }

  private async revokeFamily(tx: EntityManager, familyId: string, now: Date): Promise<void> {
    await tx.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: now });
  }

  private async issue(
    tx: EntityManager,
    user: User,
    now: Date,
    familyId: string,
    parentId: string | null,
    issuedAt?: number,
  ): Promise<AuthSession> {
    const { token, hash } = newSecretToken();
    await tx.getRepository(RefreshToken).insert({
      userId: user.id,
      familyId,
      parentId,
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
    });
    return {
      accessToken: this.accessTokens.sign({ id: user.id, roles: user.roles, issuedAt }),
      refreshToken: token,
      user: toUserType(user),
    };
  }
}
