import { Injectable, NestMiddleware } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import {
  AccessRevocations,
  AccessTokenService,
  AppError,
  forbidden,
  HTTP_STATUS_BY_CODE,
  QueueName,
  QueueService,
  Role,
  unauthenticated,
} from '@small-places/platform';
import { NextFunction, Request, Response } from 'express';
import { ServerResponse } from 'node:http';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board at /admin/queues, for Admins only: the same bearer access token as GraphQL, with the ADMIN role.
 * Failed jobs stay 30 days, so this is where they are inspected and retried. bull-board's own Express app
 * serves it, as middleware in front of the API's Fastify routes (Nest passes middleware Node's request and
 * response, which an Express app takes as they are).
 */
@Injectable()
export class QueueDashboard implements NestMiddleware {
  private router?: ReturnType<ExpressAdapter['getRouter']>;

  constructor(
    private readonly queues: QueueService,
    private readonly tokens: AccessTokenService,
    private readonly revocations: AccessRevocations,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    this.authorise(req).then(
      () => this.open(req, res, next),
      (error: unknown) => this.refuse(res, error),
    );
  }

  /** The same checks as the GraphQL guard: a valid token, not closed or ended (AccessRevocations), an Admin. */
  private async authorise(req: Request): Promise<void> {
    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw unauthenticated();
    const user = this.tokens.verify(match[1]);
    const revoked = await this.revocations.check(user);
    if (revoked === 'closed')
      throw unauthenticated('This account has been closed. Its sign-ins no longer work.');
    if (revoked === 'ended') throw unauthenticated('Your session has ended. Please sign in again.');
    if (!user.roles.includes(Role.ADMIN)) throw forbidden();
  }

  /** Answered on Node's own response: bull-board's Express app only gets the requests it may serve. */
  private refuse(res: ServerResponse, error: unknown): void {
    const appError = error instanceof AppError ? error : unauthenticated();
    res.statusCode = HTTP_STATUS_BY_CODE[appError.code];
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: { code: appError.code, message: appError.message } }));
  }

  private open(req: Request, res: Response, next: NextFunction): void {
    // Mounted by path, so make the URL relative to the dashboard whatever the middleware layer did.
    const original = req.originalUrl;
    req.url = original.slice(QUEUE_DASHBOARD_PATH.length) || '/';
    if (!req.url.startsWith('/')) req.url = `/${req.url}`;
    req.baseUrl = QUEUE_DASHBOARD_PATH;
    this.board()(req, res, next);
  }

  private board() {
    if (!this.router) {
      const adapter = new ExpressAdapter();
      adapter.setBasePath(QUEUE_DASHBOARD_PATH);
      createBullBoard({
        queues: Object.values(QueueName).map((name) => new BullMQAdapter(this.queues.queue(name))),
        // @bull-board/express pins its own copy of @bull-board/api; the interface is the same.
        serverAdapter: adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      });
      this.router = adapter.getRouter();
    }
    return this.router;
  }
}
