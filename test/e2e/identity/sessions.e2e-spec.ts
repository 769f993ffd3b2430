import {
  createTestApp,
  signIn,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
  graphql,
} from '@small-places/testing';

const REFRESH = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
    }
  }
`);
const SIGN_OUT = 'mutation SignOut($refreshToken: String!) { signOut(refreshToken: $refreshToken) }';
const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      user {
        id
        email
        roles
      }
    }
  }
`);

interface Pair {
  accessToken: string;
  refreshToken: string;
}

describe('SignIn, RefreshSession and SignOut', () => {
  let t: TestApp;
  const refresh = async (refreshToken: string) =>
    (await t.client.ok<{ refreshSession: Pair }>(REFRESH, { refreshToken })).refreshSession;

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
  });
  afterAll(() => t?.close());

  it('signs in with any case of the email, and refuses a wrong password or unknown email alike', async () => {
    const email = uniqueEmail('sign');
    await signUp(t.client, { email });
    const session = await signIn(t.client, email.toUpperCase());
    expect(session.user.email).toBe(email);

    const wrong = await t.client.request(SIGN_IN, { input: { email, password: 'not-the-password' } });
    const unknown = await t.client.request(SIGN_IN, {
      input: { email: uniqueEmail(), password: TEST_PASSWORD },
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('rotates the refresh token: the new pair works, and each refresh token works once', async () => {
    const session = await signUp(t.client);
    const next = await refresh(session.refreshToken);
    expect(next.refreshToken).not.toBe(session.refreshToken);
    const me = await t.client.ok<{ me: { id: string } }>('{ me { id } }', {}, { token: next.accessToken });
    expect(me.me.id).toBe(session.user.id);
    const third = await refresh(next.refreshToken);
    expect(third.refreshToken).not.toBe(next.refreshToken);
  });

  it('treats reuse of a spent refresh token as theft: refuses it and revokes every descendant', async () => {
    const session = await signUp(t.client);
    const child = await refresh(session.refreshToken);
    const grandchild = await refresh(child.refreshToken);

    expect(await t.client.errorCode(REFRESH, { refreshToken: session.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await t.client.errorCode(REFRESH, { refreshToken: grandchild.refreshToken })).toBe(
      'UNAUTHENTICATED',
    );
    const [{ live }] = await t.dataSource.query(
      'SELECT count(*)::int AS live FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
      [session.user.id],
    );
    expect(live).toBe(0);
  });

  it('refuses junk refresh tokens with UNAUTHENTICATED and an empty or too-long one with BAD_USER_INPUT', async () => {
    expect(await t.client.errorCode(REFRESH, { refreshToken: 'junk' })).toBe('UNAUTHENTICATED');
    expect(await t.client.errorCode(REFRESH, { refreshToken: '' })).toBe('BAD_USER_INPUT');
    expect(await t.client.errorCode(REFRESH, { refreshToken: 'x'.repeat(5000) })).toBe('BAD_USER_INPUT');
  });

  it('two refreshes of one token at once: one wins, and the family is revoked by the other', async () => {
    const session = await signUp(t.client);
    const results = await Promise.all(
      [1, 2].map(() =>
        t.client.request<{ refreshSession: Pair }>(REFRESH, { refreshToken: session.refreshToken }),
      ),
    );
    const winners = results.filter((result) => result.data?.refreshSession);
    expect(winners).toHaveLength(1);
    const loser = results.find((result) => result.errors);
    expect(loser?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out: the refresh token stops working; someone else cannot sign me out', async () => {
    const mine = await signUp(t.client);
    const theirs = await signUp(t.client);
    const other = await t.client.ok<{ signOut: boolean }>(
      SIGN_OUT,
      { refreshToken: mine.refreshToken },
      { token: theirs.accessToken },
    );
    expect(other.signOut).toBe(false);
    expect((await refresh(mine.refreshToken)).refreshToken).toBeDefined();

    const again = await signIn(t.client, mine.user.email);
    const out = await t.client.ok<{ signOut: boolean }>(
      SIGN_OUT,
      { refreshToken: again.refreshToken },
      { token: again.accessToken },
    );
    expect(out.signOut).toBe(true);
    expect(await t.client.errorCode(REFRESH, { refreshToken: again.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await t.client.errorCode(SIGN_OUT, { refreshToken: again.refreshToken })).toBe('UNAUTHENTICATED');
  });
});
