import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { SessionStore } from './session-store';
import { SiteMenu } from './site-menu';

/** Attaches the visitor's session and gives every view what the layout needs. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionStore,
    private readonly menu: SiteMenu,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const session = await this.sessions.attach(req);
      // Mounted for every route, the middleware sees `req.path` as "/": the page's path is in originalUrl.
      const currentPath = req.originalUrl.split('?')[0];
      Object.assign(res.locals, {
        csrfToken: session.csrfToken,
        user: session.user,
        navigation: this.menu.navigationFor(session, currentPath),
        currentPath,
        // A flash belongs to the page after a redirect, which is always a GET.
        flash: req.method === 'GET' ? session.takeFlash() : undefined,
      });
      next();
    } catch (error) {
      next(error);
    }
  }
}
