import { SIGN_IN_PER_ACCOUNT } from '@small-places/identity';
import { QUERY_LIMITS, RedisService } from '@small-places/platform';
import { createTestApp, signIn, signUp, TestApp, uniqueEmail, graphql } from '@small-places/testing';

const INTROSPECTION = graphql(`
  query IntrospectionQuery {
    __schema {
      queryType {
        name
      }
      types {
        name
        fields {
          name
        }
      }
    }
  }
`);

describe('GraphQL in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      worker: false,
      env: { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' },
    });
  });
  afterAll(() => t?.close());

  it('refuses introspection before execution', async () => {
    const result = await t.client.request(INTROSPECTION);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('refuses 300 aliases before any resolver runs: no sign-in attempt is even counted', async () => {
    const email = uniqueEmail('aliases');
    await signUp(t.client, { email });
    const fields = Array.from(
      { length: 300 },
      (_, i) => `a${i}: signIn(input: { email: "${email}", password: "guess-${i}" }) { accessToken }`,
    );
    const result = await t.client.request(`mutation { ${fields.join(' ')} }`);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/aliases/i);
    const key = `${t.queuePrefix}-limit-${SIGN_IN_PER_ACCOUNT.name}:${email}`;
    expect(await t.app.get(RedisService).client.get(key)).toBeNull();
    expect((await signIn(t.client, email)).user.email).toBe(email);
  });

  it(`refuses queries deeper than ${QUERY_LIMITS.maxDepth}`, async () => {
    const deep = `{ me { ${'a { '.repeat(QUERY_LIMITS.maxDepth + 2)}b${' }'.repeat(QUERY_LIMITS.maxDepth + 2)} } }`;
    const result = await t.client.request(deep);
    expect(result.data).toBeUndefined();
    expect(result.errors?.some((error) => /depth limit/i.test(error.message))).toBe(true);
    expect(result.errors?.every((error) => error.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const result = await t.client.request('{ mee { id } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(400);
  });

  it('caps the request body and answers with a clear client error, not a stack trace', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(text).not.toMatch(/at \w+ \(|node_modules/);
    expect(JSON.parse(text)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('sends security headers and answers CORS only for allowed origins', async () => {
    const allowed = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const denied = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const response = await fetch(`${t.url}/health/live`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // helmet's whole set, on GraphQL answers and on errors too: a content security policy in production.
    const graphqlAnswer = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphqlAnswer.status).toBe(200);
    for (const answer of [graphqlAnswer, await fetch(`${t.url}/no-such-route`)]) {
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(answer.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});
