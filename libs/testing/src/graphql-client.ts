import type { TypedDocumentString } from './generated/graphql';

/**
 * A test's GraphQL document: typed, written with graphql(`...`) from this library (generated from schema.gql
 * by `npm run codegen`, so a renamed field fails the build), or a plain string for the few built at run time
 * (the fuzzer's, loops over fields).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocument = TypedDocumentString<any, any>;
export type Document = string | AnyDocument;
/** The result type a typed document declares. */
export type ResultOf<D> = D extends TypedDocumentString<infer Result, infer _Variables> ? Result : never;

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: Record<string, string[]>; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** Real GraphQL over HTTP against the running test app. */
export class GraphQLClient {
  constructor(readonly baseUrl: string) {}

  request<D extends AnyDocument>(
    query: D,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<ResultOf<D>>>;
  request<T = Record<string, unknown>>(
    query: Document,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  async request<T>(
    query: Document,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<T>> {
    return this.post<T>({ query: String(query), variables }, options);
  }

  async post<T>(body: unknown, options: RequestOptions = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: { data?: T | null; errors?: GraphQLErrorShape[] };
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      throw new Error(`Not JSON (HTTP ${response.status}): ${text.slice(0, 300)}`);
    }
    return { status: response.status, ...json };
  }

  /** Runs an operation that must succeed and returns its data (typed by a typed document). */
  ok<D extends AnyDocument>(
    query: D,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<ResultOf<D>>;
  ok<T = Record<string, unknown>>(
    query: Document,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<T>;
  async ok<T>(
    query: Document,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables, options);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** Runs an operation that must fail and returns the code of its first error. */
  async errorCode(query: Document, variables: Record<string, unknown> = {}, options: RequestOptions = {}) {
    const result = await this.request(query, variables, options);
    if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0].extensions?.code;
  }
}
