import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Request, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { SessionStore } from './session-store';

/** Saves the session after the handler and before Nest writes the page or the redirect. */
@Injectable()
export class SessionInterceptor implements NestInterceptor {
  constructor(private readonly sessions: SessionStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    return next.handle().pipe(switchMap((value) => from(this.sessions.commit(req, res).then(() => value))));
  }
}
