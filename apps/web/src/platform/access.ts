import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { AccessForbidden, FormExpired, SignInRequired } from './api-errors';
import { Role } from './web-session';

const SIGNED_IN = 'web:signed-in';

/**
 * The page needs a signed-in person (with one of `roles`, when given). This only decides what to show:
 * the API checks every read and write again, whoever asks.
 */
export const SignedIn = (...roles: Role[]) => SetMetadata(SIGNED_IN, roles);

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(SIGNED_IN, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const session = context.switchToHttp().getRequest<Request>().webSession;
    if (!session?.user) throw new SignInRequired();
    if (roles.length > 0 && !session.hasRole(...roles)) throw new AccessForbidden();
    return true;
  }
}

export const CSRF_FIELD = '_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Synchronizer token: every form carries the session's random token in a hidden field, and every POST
 * must bring it back. A page on another site can make a browser post, but cannot read the token.
 */
const SAME_ORIGIN_SCRIPT = 'web:csrf-same-origin';

/**
 * For a page whose own scripts send JSON (the queue dashboard, which is not ours and cannot carry the form
 * token): an unsafe request is accepted only when the browser says it comes from this very site.
 */
export const SameOriginScript = () => SetMetadata(SAME_ORIGIN_SCRIPT, true);

@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (!UNSAFE_METHODS.has(req.method)) return true;
    if (this.reflector.get<boolean | undefined>(SAME_ORIGIN_SCRIPT, context.getHandler())) {
      if (!fromThisSite(req)) throw new FormExpired();
      return true;
    }
    const sent = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
    const expected = req.webSession?.csrfToken;
    if (typeof sent !== 'string' || !expected || !sameText(sent, expected)) throw new FormExpired();
    return true;
  }
}

/** Fetch metadata first (every current browser sends it), else the Origin header against our own address. */
function fromThisSite(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = req.headers.origin;
  return typeof origin === 'string' && origin === `${req.protocol}://${req.get('host')}`;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
