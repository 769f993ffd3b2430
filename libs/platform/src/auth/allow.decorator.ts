import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { Permission } from './permission';
import { RequestContext } from './request-context';

export const ALLOW_KEY = 'small-places:allow';

/** Declares who may call an operation. An operation without it is refused to everyone. */
export const Allow = (...permissions: Permission[]) => SetMetadata(ALLOW_KEY, permissions);

/** `ctxPending` lets parallel root fields of one operation share the one context (and its DataLoaders). */
export type RequestWithContext = FastifyRequest & {
  ctx?: RequestContext;
  ctxPending?: Promise<RequestContext>;
};

export function requestOf(context: ExecutionContext): RequestWithContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithContext }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithContext>();
}

/** The RequestContext the AuthGuard built for this request. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const ctx = requestOf(context).ctx;
  if (!ctx) throw new Error('RequestContext missing: is AuthGuard installed?');
  return ctx;
});
