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

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<T>> {
    return this.post<T>({ query, variables }, options);
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

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, unknown>>(
    query: string,
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
  async errorCode(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}) {
    const result = await this.request(query, variables, options);
    if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0].extensions?.code;
  }
}
