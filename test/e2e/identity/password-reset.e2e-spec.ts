import { SIGN_IN_PER_ACCOUNT } from '@small-places/identity';
import { Clock } from '@small-places/platform';
import {
  createTestApp,
  Mailbox,
  Session,
  SIGN_IN,
  signIn,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
  graphql,
} from '@small-places/testing';

const REQUEST = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const RESET = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      accessToken
      refreshToken
    }
  }
`);
const ME = '{ me { id email } }';
const REFRESH = graphql(`
  mutation Refresh($t: String!) {
    refreshSession(refreshToken: $t) {
      accessToken
    }
  }
`);
const NEW_PASSWORD = 'a-brand-new-password';

describe('RequestPasswordReset and ResetPassword', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const passwordHash = async (userId: string) =>
    (await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [userId]))[0].password_hash;
  const resets = async (userId: string) =>
    t.dataSource.query(`SELECT token_hash, used_at, revoked_at FROM password_resets WHERE user_id = $1`, [
      userId,
    ]);
  const resetMail = (email: string) => t.mailbox.waitFor(email, /new password/);

  it('answers true for an account and for no account alike, and emails only the owner', async () => {
    const person = await signUp(t.client);
    const nobody = uniqueEmail('nobody');
    const known = await t.client.request(REQUEST, { email: person.user.email.toUpperCase() });
    const unknown = await t.client.request(REQUEST, { email: nobody });
    expect(known).toEqual({ status: 200, data: { requestPasswordReset: true } });
    expect(unknown).toEqual(known);
    const mail = await resetMail(person.user.email);
    expect(mail.text).toMatch(/reset-password\?token=[A-Za-z0-9_-]{40,}/);
    expect(mail.text).toContain('60 minutes');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await t.mailbox.all()).filter((m) => m.to === nobody)).toHaveLength(0);
    // Only a hash is stored, and only once the email was sent.
    const [row] = await resets(person.user.id);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(mail.text).not.toContain(row.token_hash);
  });

  it('sets the password, ends every other session, clears the failed sign-ins and signs in; the link works once', async () => {
    const person = await signUp(t.client);
    const other: Session = await signIn(t.client, person.user.email);
    await t.client.request(
      `mutation { signIn(input: { email: "${person.user.email}", password: "wrong-wrong-wrong" }) { accessToken } }`,
    );
    await t.client.ok(REQUEST, { email: person.user.email });
    const token = Mailbox.tokenIn(await resetMail(person.user.email));

    const data = await t.client.ok<{ resetPassword: { accessToken: string; refreshToken: string } }>(RESET, {
      input: { token, password: NEW_PASSWORD },
    });
    const me = await t.client.ok<{ me: { id: string } }>(ME, {}, { token: data.resetPassword.accessToken });
    expect(me.me.id).toBe(person.user.id);
    // The sessions from before: access tokens refused at once, refresh tokens revoked.
    for (const session of [person, other]) {
      expect(await t.client.errorCode(ME, {}, { token: session.accessToken })).toBe('UNAUTHENTICATED');
      expect(await t.client.errorCode(REFRESH, { t: session.refreshToken })).toBe('UNAUTHENTICATED');
    }
    expect(
      await t.client.errorCode(
        `mutation { signIn(input: { email: "${person.user.email}", password: "${TEST_PASSWORD}" }) { accessToken } }`,
      ),
    ).toBe('UNAUTHENTICATED');
    await signIn(t.client, person.user.email, NEW_PASSWORD);

    const hash = await passwordHash(person.user.id);
    expect(await t.client.errorCode(RESET, { input: { token, password: 'yet-another-password' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await passwordHash(person.user.id)).toBe(hash);
  });

  it('a locked-out account is pointed to a reset, and resetting clears the failed sign-ins', async () => {
    const person = await signUp(t.client);
    const wrong = { input: { email: person.user.email, password: 'wrong-wrong-wrong' } };
    for (let batch = 0; batch < SIGN_IN_PER_ACCOUNT.points / 20; batch += 1) {
      await Promise.all(Array.from({ length: 20 }, () => t.client.request(SIGN_IN, wrong)));
    }
    const locked = await t.client.request(SIGN_IN, {
      input: { email: person.user.email, password: TEST_PASSWORD },
    });
    expect(locked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0].message).toContain('Forgotten your password?');
    await t.client.ok(REQUEST, { email: person.user.email });
    const token = Mailbox.tokenIn(await resetMail(person.user.email));
    await t.client.ok(RESET, { input: { token, password: NEW_PASSWORD } });
    expect((await signIn(t.client, person.user.email, NEW_PASSWORD)).user.id).toBe(person.user.id);
  });

  it('a newer request supersedes the older link', async () => {
    const person = await signUp(t.client);
    await t.client.ok(REQUEST, { email: person.user.email });
    const first = Mailbox.tokenIn(await resetMail(person.user.email));
    await t.client.ok(REQUEST, { email: person.user.email });
    let second = first;
    const deadline = Date.now() + 10_000;
    while (second === first && Date.now() < deadline) {
      second = Mailbox.tokenIn(await resetMail(person.user.email));
      if (second === first) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(second).not.toBe(first);
    const hash = await passwordHash(person.user.id);
    expect(await t.client.errorCode(RESET, { input: { token: first, password: NEW_PASSWORD } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await passwordHash(person.user.id)).toBe(hash);
    await t.client.ok(RESET, { input: { token: second, password: NEW_PASSWORD } });
    expect(await passwordHash(person.user.id)).not.toBe(hash);
  });

  it('refuses a link older than 60 minutes, a weak password and a junk token, changing nothing', async () => {
    const person = await signUp(t.client);
    await t.client.ok(REQUEST, { email: person.user.email });
    const token = Mailbox.tokenIn(await resetMail(person.user.email));
    const hash = await passwordHash(person.user.id);
    expect(await t.client.errorCode(RESET, { input: { token, password: 'short' } })).toBe('BAD_USER_INPUT');
    expect(
      await t.client.errorCode(RESET, { input: { token: 'x'.repeat(43), password: NEW_PASSWORD } }),
    ).toBe('BAD_USER_INPUT');
    const clock = t.app.get(Clock);
    clock.advance(61 * 60_000);
    try {
      expect(await t.client.errorCode(RESET, { input: { token, password: NEW_PASSWORD } })).toBe(
        'BAD_USER_INPUT',
      );
    } finally {
      clock.advance(-61 * 60_000);
    }
    expect(await passwordHash(person.user.id)).toBe(hash);
    await t.client.ok(ME, {}, { token: person.accessToken });
  });

  it('refuses a malformed email with BAD_USER_INPUT, and throttles asking for one address', async () => {
    expect(await t.client.errorCode(REQUEST, { email: 'not-an-email' })).toBe('BAD_USER_INPUT');
    const email = uniqueEmail('many');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i += 1) {
      const result = await t.client.request(REQUEST, { email });
      codes.push(result.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(codes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
  });

  it('a closed account gets no email and its old link does nothing', async () => {
    const person = await signUp(t.client);
    await t.client.ok(REQUEST, { email: person.user.email });
    const token = Mailbox.tokenIn(await resetMail(person.user.email));
    await t.client.ok(
      graphql(`
        mutation PasswordResetCloseMyAccount($p: String!) {
          closeMyAccount(password: $p)
        }
      `),
      { p: TEST_PASSWORD },
      { token: person.accessToken },
    );
    expect(await t.client.errorCode(RESET, { input: { token, password: NEW_PASSWORD } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      await t.dataSource.query(`SELECT 1 FROM password_resets WHERE user_id = $1`, [person.user.id]),
    ).toEqual([]);
  });
});
