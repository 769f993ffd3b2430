import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { RENDER_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { ApiClient } from '../platform/api-client';
import { withUnreadCount } from './notification-links';
import { UNREAD_COUNT } from './notifications.operations';

/**
 * Puts the signed-in person's unread count beside "Notifications" in the header of every page the site renders.
 * A count that cannot be read leaves the header as it was: it never stops the page itself.
 */
@Injectable()
export class UnreadCountInterceptor implements NestInterceptor {
  constructor(
    private readonly api: ApiClient,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const rendersPage = this.reflector.get<string | undefined>(RENDER_METADATA, context.getHandler());
    if (rendersPage && req.method === 'GET' && req.webSession?.user) {
      try {
        const { notifications } = await this.api.query(req, UNREAD_COUNT);
        res.locals.navigation = withUnreadCount(res.locals.navigation, notifications.unreadCount);
        res.locals.unreadCount = notifications.unreadCount;
      } catch {
        // The page's own query says what is wrong (signed out, API down) in the usual way.
      }
    }
    return next.handle();
  }
}
