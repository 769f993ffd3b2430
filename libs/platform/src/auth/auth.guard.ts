import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { Clock } from '../clock/clock';
import { forbidden, unauthenticated } from '../errors/app-error';
import { AccessRevocations } from './access-revocations';
import { AccessTokenService } from './access-token.service';
import { ALLOW_KEY, requestOf, RequestWithContext } from './allow.decorator';
import { Permission, ROLES_FOR_PERMISSION } from './permission';
import { RequestContext } from './request-context';

/**
 * The one guard: builds the RequestContext from the bearer token and checks the operation's @Allow.
 * Field resolvers of an already-allowed parent are not re-checked; their services do object checks.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly clock: Clock,
    private readonly revocations: AccessRevocations,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    const ctx = req.ctx ?? (req.ctx = await (req.ctxPending ??= this.buildContext(req)));
    const permissions = this.reflector.getAllAndOverride<Permission[] | undefined>(ALLOW_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!permissions) {
      if (this.isFieldResolver(context)) return true;
      throw forbidden('This operation is not open to anyone.');
    }
    if (permissions.some((permission) => ROLES_FOR_PERMISSION[permission] === 'anyone')) return true;
    const user = ctx.signedIn;
    const allowed = permissions.some((permission) => {
      const roles = ROLES_FOR_PERMISSION[permission];
      return (
        roles === 'signed-in' || (Array.isArray(roles) && roles.some((role) => user.roles.includes(role)))
      );
    });
    if (!allowed) throw forbidden();
    return true;
  }

  private async buildContext(req: RequestWithContext): Promise<RequestContext> {
    const header = req.headers?.authorization;
    const requestId = req.id ?? randomUUID();
    const ctx = new RequestContext(this.clock.now(), req.ip ?? 'unknown', String(requestId));
    if (!header) return ctx;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const user = this.tokens.verify(match[1]);
    const revoked = await this.revocations.check(user);
    if (revoked === 'closed')
      throw unauthenticated('This account has been closed. Its sign-ins no longer work.');
    if (revoked === 'ended') throw unauthenticated('Your session has ended. Please sign in again.');
    return ctx.withUser(user);
  }

  private isFieldResolver(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return false;
    const info = GqlInfo(context);
    return info !== undefined && !['Query', 'Mutation', 'Subscription'].includes(info.parentType.name);
  }
}

function GqlInfo(context: ExecutionContext): { parentType: { name: string } } | undefined {
  return context.getArgByIndex(3) as { parentType: { name: string } } | undefined;
}
