import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from '@small-places/identity';
import { RedisService } from '@small-places/platform';
import {
  createTestApp,
  SIGN_IN,
  signIn,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
} from '@small-places/testing';

/** One operation that tries `count` passwords for one email through aliases. */
function aliasedSignIns(count: number, email: string): string {
  const fields = Array.from(
    { length: count },
    (_, i) => `a${i}: signIn(input: { email: "${email}", password: "guess-number-${i}" }) { accessToken }`,
  );
  return `mutation { ${fields.join('\n')} }`;
}

describe('password guessing is limited, per account and per IP, in Redis', () => {
  let t: TestApp;
  const counter = async (limitName: string, key: string) =>
    Number((await t.app.get(RedisService).client.get(`${t.queuePrefix}-limit-${limitName}:${key}`)) ?? 0);

  /** Sends the attempts in parallel waves and returns the error code of each. */
  async function guess(attempts: number, email: () => string, headers: Record<string, string> = {}) {
    const codes: (string | undefined)[] = [];
    for (let sent = 0; sent < attempts; sent += 20) {
      const wave = Array.from({ length: Math.min(20, attempts - sent) }, () =>
        t.client.request(SIGN_IN, { input: { email: email(), password: 'a-wrong-password' } }, { headers }),
      );
      for (const result of await Promise.all(wave))
        codes.push(result.errors?.[0].extensions?.code as string | undefined);
    }
    return codes;
  }

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
  });
  afterAll(() => t?.close());

  it(`allows exactly ${SIGN_IN_PER_ACCOUNT.points} failures an hour on an account, however parallel, then refuses even the right password`, async () => {
    const email = uniqueEmail('victim');
    await signUp(t.client, { email });
    const codes = await guess(SIGN_IN_PER_ACCOUNT.points + 10, () => email);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_PER_ACCOUNT.points);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(10);

    const blocked = await t.client.request(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.data).toBeNull();
    // Another account from the same IP is not locked out by it.
    const other = uniqueEmail('bystander');
    await signUp(t.client, { email: other });
    expect((await signIn(t.client, other)).user.email).toBe(other);
  }, 60_000);

  it('counts every aliased attempt that runs; the first failure stops the rest of the operation', async () => {
    const email = uniqueEmail('aliased');
    await signUp(t.client, { email });
    const result = await t.client.request(aliasedSignIns(10, email));
    const attemptsRun = result.errors?.length ?? 0;
    expect(attemptsRun).toBeGreaterThanOrEqual(1);
    expect(result.errors?.every((error) => error.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect(await counter(SIGN_IN_PER_ACCOUNT.name, email)).toBe(attemptsRun);
  });

  it('does not count successful sign-ins', async () => {
    const email = uniqueEmail('regular');
    await signUp(t.client, { email });
    for (let i = 0; i < 5; i += 1) await signIn(t.client, email);
    expect(await counter(SIGN_IN_PER_ACCOUNT.name, email)).toBe(0);
  });

  it('refuses a batched (array) request outright, so batching cannot multiply attempts', async () => {
    const email = uniqueEmail('batch');
    await signUp(t.client, { email });
    const batch = Array.from({ length: 5 }, () => ({
      query: SIGN_IN,
      variables: { input: { email, password: 'nope-nope-nope' } },
    }));
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBe(400);
    expect(await counter(SIGN_IN_PER_ACCOUNT.name, email)).toBe(0);
  });

  it(`limits one IP to ${SIGN_IN_PER_IP.points} failures an hour across many accounts`, async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    const codes = await guess(SIGN_IN_PER_IP.points, () => uniqueEmail('sprayed'), headers);
    expect(codes.every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    const email = uniqueEmail('fresh');
    await signUp(t.client, { email });
    const blocked = await t.client.request(
      SIGN_IN,
      { input: { email, password: TEST_PASSWORD } },
      { headers },
    );
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // The same person from another network is fine.
    expect((await signIn(t.client, email)).user.email).toBe(email);
    // 300 Argon2 checks: give a busy two-core machine time for them.
  }, 90_000);
});
