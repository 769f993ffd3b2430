import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { AccessForbidden, ApiError, FormExpired, PageNotFound, SignInRequired } from './api-errors';
import { SessionStore } from './session-store';

/**
 * Every failure becomes a page a person can act on: sign in (then back), not found, no access, "the form
 * expired, try again", or a plain "something went wrong". No stack trace or API message for a 500 leaves.
 */
@Catch()
export class WebExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Web');

  constructor(private readonly sessions: SessionStore) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    try {
      await this.respond(exception, req, res);
    } catch (error) {
      this.logger.error(`Could not show the error page: ${describe(error)}`);
      if (!res.headersSent) res.status(500).type('text/plain').send('Sorry, something went wrong.');
    }
  }

  private async respond(exception: unknown, req: Request, res: Response): Promise<void> {
    const session = req.webSession;
    if (exception instanceof SignInRequired) {
      if (session?.user) session.signOut();
      session?.setFlash({ title: 'Please sign in', text: exception.message });
      await this.commit(req, res);
      const returnTo = req.method === 'GET' ? req.originalUrl : '/';
      return res.redirect(303, `/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    }
    if (exception instanceof FormExpired) {
      session?.setFlash({
        title: 'Please try again',
        text: 'The page had been open too long, or you had signed in or out since. Nothing was changed.',
      });
      await this.commit(req, res);
      return res.redirect(303, safeLocalPath(req.originalUrl));
    }
    await this.commit(req, res);
    const status = statusOf(exception);
    if (status === 404) return res.status(404).render('platform/views/not-found.njk');
    if (status === 403) return res.status(403).render('platform/views/forbidden.njk');
    if (status === 429) return res.status(429).render('platform/views/too-many-requests.njk');
    if (status >= 500)
      this.logger.error(describe(exception), exception instanceof Error ? exception.stack : undefined);
    return res.status(status >= 400 && status < 500 ? status : 500).render('platform/views/server-error.njk');
  }

  private async commit(req: Request, res: Response): Promise<void> {
    await this.sessions.commit(req, res).catch((error: unknown) => {
      this.logger.error(`Could not save the session: ${describe(error)}`);
    });
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof PageNotFound) return 404;
  if (exception instanceof AccessForbidden) return 403;
  if (exception instanceof ApiError) return exception.code === 'TOO_MANY_REQUESTS' ? 429 : 500;
  if (exception instanceof HttpException) return exception.getStatus();
  return 500;
}

/** Only a path on this site: never follow a redirect target that could leave it. */
export function safeLocalPath(candidate: unknown, fallback = '/'): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//'))
    return fallback;
  if (candidate.includes('\\')) return fallback;
  return candidate;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
