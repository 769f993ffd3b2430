import { Inject, Injectable } from '@nestjs/common';
import { Request, Response as ExpressResponse } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import {
  AccessForbidden,
  ApiError,
  ApiErrorCode,
  ApiResult,
  FieldProblems,
  isFixableCode,
  PageNotFound,
  SignInRequired,
} from './api-errors';
import { graphql } from '../generated';
import type { TypedDocumentString } from '../generated/graphql';
import { WEB_CONFIG, WebConfig } from './web-config';
import { ApiTokens, WebSession } from './web-session';

interface GraphQLError {
  message: string;
  extensions?: { code?: string; fields?: FieldProblems };
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/**
 * A GraphQL document generated from schema.gql (`npm run codegen`): it carries its result and variable
 * types, so a page cannot ask for a field the API does not have.
 */
export type Operation<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/** A file the API served, to pass on as it is. */
export interface ApiDownload {
  status: number;
  contentType: string;
  contentDisposition?: string;
  body: Buffer;
}

/**
 * Passes a file the API gave on to the browser: its status, type and body, and its content-disposition, or
 * `fallbackDisposition` when the API named none. `noStore` for a person's own documents (statements, invoices).
 */
export function sendDownload(
  res: ExpressResponse,
  download: ApiDownload,
  fallbackDisposition: string,
  options: { noStore?: boolean } = {},
): void {
  res
    .status(download.status)
    .type(download.contentType)
    .set('content-disposition', download.contentDisposition ?? fallbackDisposition);
  if (options.noStore) res.set('cache-control', 'no-store');
  res.send(download.body);
}

/** A request passed on to the API as the browser sent it. */
export interface RelayedRequest {
  method?: string;
  body?: Buffer;
  contentType?: string;
}

/** Refresh a little before the access token ends, so a slow request does not arrive with a dead one. */
const REFRESH_MARGIN_MS = 30_000;
const API_TIMEOUT_MS = 15_000;

const REFRESH_SESSION = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
    }
  }
`);

/**
 * The web app's only way to the API: GraphQL over HTTP with the session's bearer token, refreshed when it
 * ends. `query` is for loading a page (every error becomes a page); `mutate` is for forms (a problem the
 * person can fix comes back as a value to show on the form).
 */
@Injectable()
export class ApiClient {
  /** One refresh at a time per session: refresh tokens rotate and each works once. */
  private readonly refreshing = new Map<string, Promise<void>>();

  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  /** Loads data for a page. Throws SignInRequired, PageNotFound, AccessForbidden or ApiError. */
  async query<T, V>(req: Request, document: Operation<T, V>, variables?: V): Promise<T> {
    const result = await this.mutate(req, document, variables);
    if (!result.ok) throw new ApiError(result.problem.code, result.problem.message);
    return result.data;
  }

  /** Sends a form's operation. Fixable refusals (BAD_USER_INPUT, CONFLICT, TOO_MANY_REQUESTS) are returned. */
  async mutate<T, V>(req: Request, document: Operation<T, V>, variables?: V): Promise<ApiResult<T>> {
    const session = req.webSession;
    if (session?.tokens) await this.refreshIfEnding(req, session);
    let body = await this.send(req, document, variables, session?.tokens?.accessToken);
    if (firstCode(body) === 'UNAUTHENTICATED' && session?.tokens) {
      // The access token may have been revoked or expired on the way; one refresh, one retry.
      await this.refresh(req, session);
      body = await this.send(req, document, variables, session.tokens?.accessToken);
    }
    return toResult(body);
  }

  /**
   * For signing in and up: no session token is sent, whatever the session holds, and a refusal of the
   * credentials (UNAUTHENTICATED) is a problem to show on the form, not a reason to go to sign in.
   */
  async anonymous<T, V>(req: Request, document: Operation<T, V>, variables: V): Promise<ApiResult<T>> {
    const body = await this.send(req, document, variables, undefined);
    const error = body.errors?.[0];
    if (error?.extensions?.code === 'UNAUTHENTICATED') {
      return { ok: false, problem: { code: 'BAD_USER_INPUT', message: error.message } };
    }
    return toResult(body);
  }

  /**
   * A file from the API (a CSV report) with the session's token, for a page to pass on to the browser.
   * The API's refusals become the same pages as a query's.
   */
  async download(req: Request, apiPath: string): Promise<ApiDownload> {
    const response = await this.rest(req, apiPath);
    if (!response.ok)
      throw new ApiError('INTERNAL_SERVER_ERROR', `The API answered HTTP ${response.status}.`);
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      contentDisposition: response.headers.get('content-disposition') ?? undefined,
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  /**
   * A file from the API streamed on to the browser as it arrives (an evidence document, up to 10 MB): never
   * held whole in memory. The API's refusals become the same pages as a query's.
   */
  async streamTo(req: Request, apiPath: string, res: ExpressResponse): Promise<void> {
    const response = await this.rest(req, apiPath);
    if (!response.ok || !response.body)
      throw new ApiError('INTERNAL_SERVER_ERROR', `The API answered HTTP ${response.status}.`);
    res.status(200);
    for (const header of ['content-type', 'content-length', 'content-disposition', 'cache-control']) {
      const value = response.headers.get(header);
      if (value) res.setHeader(header, value);
    }
    res.setHeader('x-content-type-options', 'nosniff');
    await pipeline(Readable.fromWeb(response.body as NodeWebStream), res).catch(() => res.destroy());
  }

  /**
   * Posts a multipart form (a spreadsheet upload) with the session's token. A refusal the person can fix
   * (400, 413) comes back with the API's message; the others become the same pages as a query's.
   */
  async upload(
    req: Request,
    apiPath: string,
    form: () => FormData,
  ): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
    const response = await this.rest(req, apiPath, () => ({ method: 'POST', body: form() }));
    const body = (await response.json().catch(() => ({}))) as { id?: string; message?: string };
    if (response.ok && body.id) return { ok: true, id: body.id };
    if (response.status === 400 || response.status === 413)
      return { ok: false, message: body.message ?? 'That file could not be read.' };
    throw new ApiError('INTERNAL_SERVER_ERROR', `The API answered HTTP ${response.status}.`);
  }

  /**
   * Passes one request on to the API with the session's token and answers with the API's response as it
   * is (the queue dashboard, which lives on the API). Signed out and forbidden become the usual pages.
   */
  relay(req: Request, apiPath: string, init: RelayedRequest): Promise<Response> {
    return this.withToken(req, (token) => this.fetchFile(req, apiPath, token, init));
  }

  /** A REST DELETE (an evidence file); a refusal the person can fix (409) comes back with the API's message. */
  async remove(req: Request, apiPath: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const response = await this.rest(req, apiPath, () => ({ method: 'DELETE' }));
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    if (response.status === 400 || response.status === 409)
      return { ok: false, message: body.message ?? 'That could not be done.' };
    throw new ApiError('INTERNAL_SERVER_ERROR', `The API answered HTTP ${response.status}.`);
  }

  /**
   * A REST call of the website's own (a download, an upload, a removal) with the session's token: not found
   * becomes the not-found page, as for a query. `init` is called for each attempt, so a form body is fresh
   * when the request is sent again after a refresh.
   */
  private async rest(
    req: Request,
    apiPath: string,
    init: () => RelayedRequest | { method: 'POST'; body: FormData } = () => ({}),
  ): Promise<Response> {
    const response = await this.withToken(req, (token) => this.fetchFile(req, apiPath, token, init()));
    if (response.status === 404) throw new PageNotFound();
    return response;
  }

  /** Sends with the session's token, refreshed when ending and once more if the API says it is not valid. */
  private async withToken(
    req: Request,
    send: (accessToken: string | undefined) => Promise<Response>,
  ): Promise<Response> {
    const session = req.webSession;
    if (session?.tokens) await this.refreshIfEnding(req, session);
    let response = await send(session?.tokens?.accessToken);
    if (response.status === 401 && session?.tokens) {
      await this.refresh(req, session);
      response = await send(session.tokens?.accessToken);
    }
    if (response.status === 401) throw new SignInRequired();
    if (response.status === 403) throw new AccessForbidden();
    return response;
  }

  private async fetchFile(
    req: Request,
    apiPath: string,
    accessToken: string | undefined,
    init: RelayedRequest | { method: 'POST'; body: FormData } = {},
  ): Promise<Response> {
    const { contentType, ...rest } = 'contentType' in init ? init : { ...init, contentType: undefined };
    try {
      return await fetch(`${this.config.apiUrl}${apiPath}`, {
        ...rest,
        headers: {
          ...(req.ip ? { 'x-forwarded-for': req.ip } : {}),
          ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
          ...(contentType ? { 'content-type': contentType } : {}),
        },
        signal: AbortSignal.timeout(API_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiError('INTERNAL_SERVER_ERROR', `The API could not be reached: ${describe(error)}`);
    }
  }

  private async refreshIfEnding(req: Request, session: WebSession): Promise<void> {
    if (session.tokens && session.tokens.accessExpiresAt - REFRESH_MARGIN_MS <= Date.now()) {
      await this.refresh(req, session);
    }
  }

  private async refresh(req: Request, session: WebSession): Promise<void> {
    const running = this.refreshing.get(session.id);
    if (running) return running;
    const work = this.exchange(req, session).finally(() => this.refreshing.delete(session.id));
    this.refreshing.set(session.id, work);
    return work;
  }

  private async exchange(req: Request, session: WebSession): Promise<void> {
    const refreshToken = session.tokens?.refreshToken;
    if (!refreshToken) throw new SignInRequired();
    const body = await this.send(req, REFRESH_SESSION, { refreshToken }, undefined);
    if (!body.data?.refreshSession) {
      session.signOut();
      throw new SignInRequired('Your session has ended. Please sign in again.');
    }
    session.replaceTokens(tokensFrom(body.data.refreshSession));
  }

  private async send<T, V>(
    req: Request,
    document: Operation<T, V>,
    variables: V | undefined,
    accessToken: string | undefined,
  ): Promise<GraphQLBody<T>> {
    let response: Response;
    try {
      response = await fetch(`${this.config.apiUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          // The API's Apollo csrfPrevention wants a preflight-forcing header on every request.
          'apollo-require-preflight': 'true',
          // The API limits attempts per address; it trusts this header from a proxy on a private network.
          ...(req.ip ? { 'x-forwarded-for': req.ip } : {}),
          ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        signal: AbortSignal.timeout(API_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiError('INTERNAL_SERVER_ERROR', `The API could not be reached: ${describe(error)}`);
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLBody<T>;
    } catch {
      throw new ApiError('INTERNAL_SERVER_ERROR', `The API answered HTTP ${response.status} without JSON.`);
    }
  }
}

/** Reads the access token's own expiry; the web app does not verify it (the API does, on every call). */
export function tokensFrom(pair: { accessToken: string; refreshToken: string }): ApiTokens {
  return { ...pair, accessExpiresAt: expiryOf(pair.accessToken) };
}

function expiryOf(jwt: string): number {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as {
      exp?: number;
    };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

function firstCode<T>(body: GraphQLBody<T>): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}

function toResult<T>(body: GraphQLBody<T>): ApiResult<T> {
  const error = body.errors?.[0];
  if (!error && body.data) return { ok: true, data: body.data };
  const code = (error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR') as ApiErrorCode;
  const message = error?.message ?? 'The API gave no answer.';
  if (isFixableCode(code))
    return { ok: false, problem: { code, message, fields: error?.extensions?.fields } };
  if (code === 'UNAUTHENTICATED') throw new SignInRequired(message);
  if (code === 'NOT_FOUND') throw new PageNotFound(message);
  if (code === 'FORBIDDEN') throw new AccessForbidden(message);
  throw new ApiError(code, message);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
