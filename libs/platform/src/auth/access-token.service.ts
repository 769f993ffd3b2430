import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { unauthenticated } from '../errors/app-error';
import { AuthUser } from './request-context';
import { Role } from './role';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

interface AccessClaims {
  sub: string;
  roles: Role[];
  iat?: number;
}

/** Short-lived JWT access tokens; refresh tokens live in the database (identity). */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({
      secret: config.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS, issuer: 'small-places' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'small-places' },
    });
  }

  /** `issuedAt` (seconds) only after a revocation cut-off (AccessRevocations.endSessionsBefore). */
  sign(user: AuthUser): string {
    const claims: AccessClaims = { sub: user.id, roles: user.roles };
    if (user.issuedAt !== undefined) claims.iat = Math.max(user.issuedAt, Math.floor(Date.now() / 1000));
    return this.jwt.sign(claims);
  }

  verify(token: string): AuthUser {
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      if (typeof claims.sub !== 'string' || !Array.isArray(claims.roles)) throw new Error('malformed claims');
      return { id: claims.sub, roles: claims.roles, issuedAt: claims.iat };
    } catch {
      throw unauthenticated('Your sign-in has expired or is not valid. Please sign in again.');
    }
  }
}
