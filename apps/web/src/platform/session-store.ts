import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Request, Response } from 'express';
import Redis from 'ioredis';
import { WEB_CONFIG, WebConfig } from './web-config';
import { SessionData, WebSession } from './web-session';

export const SESSION_COOKIE = 'sp_session';

/** Sessions in Redis: one key per session, its idle lifetime restarted by every request. */
@Injectable()
export class SessionStore implements OnModuleDestroy {
  private readonly redis: Redis;
  /** The id each request arrived with, to know whether the cookie must change. */
  private readonly arrivedWith = new WeakMap<Request, string | undefined>();

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {
    this.redis = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  /** The request's session, or a new one (saved only when the response is committed). */
  async attach(req: Request): Promise<WebSession> {
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    const stored = id ? await this.redis.getex(this.key(id), 'EX', this.config.sessionTtlSeconds) : null;
    const session = stored && id ? new WebSession(id, parse(stored), false) : WebSession.create();
    this.arrivedWith.set(req, stored ? id : undefined);
    req.webSession = session;
    return session;
  }

  /**
   * Saves what the request changed and sets the cookie if the id is new. Called before every response
   * is written (by SessionInterceptor and the exception filter), so a redirect's next page sees it.
   */
  async commit(req: Request, res: Response): Promise<void> {
    const session = req.webSession;
    if (!session || !session.isDirty) return;
    const previousId = this.arrivedWith.get(req);
    const write = this.redis
      .multi()
      .set(this.key(session.id), session.serialise(), 'EX', this.config.sessionTtlSeconds);
    if (previousId && previousId !== session.id) write.del(this.key(previousId));
    await write.exec();
    session.markSaved();
    this.arrivedWith.set(req, session.id);
    if (previousId !== session.id && !res.headersSent) {
      res.cookie(SESSION_COOKIE, session.id, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.isProduction,
        path: '/',
      });
    }
  }

  private key(id: string): string {
    return `${this.config.sessionPrefix}${id}`;
  }
}

function parse(stored: string): SessionData {
  return JSON.parse(stored) as SessionData;
}

/** One cookie's value; the web app sets only its own, so a full cookie parser is not needed. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      const value = part.slice(separator + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

declare module 'express-serve-static-core' {
  interface Request {
    webSession?: WebSession;
  }
}
