import { User } from '@small-places/identity';
import {
  createTestApp,
  Mailbox,
  SIGN_UP,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
} from '@small-places/testing';

const ME = '{ me { id email displayName roles emailVerified } }';
const VERIFY = 'mutation Verify($token: String!) { verifyEmail(token: $token) { id emailVerified } }';

describe('SignUp', () => {
  let t: TestApp;
  const users = () => t.dataSource.getRepository(User).count();

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('signs up a budget holder, who can use the account at once and confirm the email later', async () => {
    const email = uniqueEmail('holder');
    const session = await signUp(t.client, { email, displayName: 'Ravi Holder', role: 'BUDGET_HOLDER' });
    expect(session.user).toMatchObject({ email, roles: ['BUDGET_HOLDER'] });
    expect(session.accessToken.split('.')).toHaveLength(3);
    expect(session.refreshToken.length).toBeGreaterThan(30);

    const before = await t.client.ok<{ me: { emailVerified: boolean } }>(
      ME,
      {},
      { token: session.accessToken },
    );
    expect(before.me.emailVerified).toBe(false);

    const mail = await t.mailbox.waitFor(email, /confirm your email/);
    expect(mail.text).toContain('http://localhost:3002/verify-email?token=');
    const verified = await t.client.ok<{ verifyEmail: { emailVerified: boolean } }>(VERIFY, {
      token: Mailbox.tokenIn(mail),
    });
    expect(verified.verifyEmail.emailVerified).toBe(true);

    const reused = await t.client.request(VERIFY, { token: Mailbox.tokenIn(mail) });
    expect(reused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('signs up a provider with a postcode and enterprise name', async () => {
    const session = await signUp(t.client, {
      role: 'PROVIDER',
      postcode: 'ta1 1aa',
      enterpriseName: 'Village Care',
    });
    expect(session.user.roles).toEqual(['PROVIDER']);
  });

  it.each(['ADMIN', 'CATALYST', 'DELEGATE'])(
    'refuses self sign-up as %s and creates nothing',
    async (role) => {
      const before = await users();
      const result = await t.client.request(SIGN_UP, {
        input: { email: uniqueEmail(), password: TEST_PASSWORD, displayName: 'Mallory', role },
      });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.data).toBeNull();
      expect(await users()).toBe(before);
    },
  );

  it('refuses an unknown role value', async () => {
    const result = await t.client.request(SIGN_UP, {
      input: { email: uniqueEmail(), password: TEST_PASSWORD, displayName: 'Mallory', role: 'SUPERUSER' },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a password under 10 characters', { password: 'short-pw1' }, 'password'],
    ['an email that is not one', { email: 'not-an-email' }, 'email'],
    ['an empty name', { displayName: '   ' }, 'displayName'],
    [
      'a postcode that is not one',
      { role: 'PROVIDER', postcode: 'XX99 9XXX', enterpriseName: 'Care' },
      'postcode',
    ],
    ['a name of 10,000 characters', { displayName: 'x'.repeat(10_000) }, 'displayName'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and creates nothing', async (_, change, field) => {
    const before = await users();
    const result = await t.client.request(SIGN_UP, {
      input: {
        email: uniqueEmail(),
        password: TEST_PASSWORD,
        displayName: 'Pat',
        role: 'BUDGET_HOLDER',
        ...change,
      },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(result.errors?.[0].extensions?.fields ?? {})).toContain(field);
    expect(await users()).toBe(before);
  });

  it('refuses a duplicate email whatever its case, with CONFLICT, and creates nothing', async () => {
    const email = uniqueEmail('dup');
    await signUp(t.client, { email });
    const before = await users();
    const result = await t.client.request(SIGN_UP, {
      input: { email: email.toUpperCase(), password: TEST_PASSWORD, displayName: 'Twin', role: 'PROVIDER' },
    });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await users()).toBe(before);
  });

  it('stores the password as an Argon2id hash, never as given', async () => {
    const session = await signUp(t.client);
    const [row] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [
      session.user.id,
    ]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('answers me with UNAUTHENTICATED without a token and for a junk token', async () => {
    expect(await t.client.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await t.client.errorCode(ME, {}, { token: 'junk' })).toBe('UNAUTHENTICATED');
    expect(await t.client.errorCode(ME, {}, { headers: { authorization: 'Basic abc' } })).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('resendVerificationEmail', () => {
  let t: TestApp;
  const RESEND = 'mutation { resendVerificationEmail }';

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('sends a fresh link while unconfirmed, nothing once confirmed, and needs a sign-in', async () => {
    const email = uniqueEmail('resend');
    const session = await signUp(t.client, { email });
    await t.mailbox.waitFor(email, /confirm/);
    const resent = await t.client.ok<{ resendVerificationEmail: boolean }>(
      RESEND,
      {},
      { token: session.accessToken },
    );
    expect(resent.resendVerificationEmail).toBe(true);
    const mails = async () => (await t.mailbox.all()).filter((mail) => mail.to === email);
    for (let i = 0; i < 100 && (await mails()).length < 2; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    const [first, second] = await mails();
    expect(Mailbox.tokenIn(second)).not.toBe(Mailbox.tokenIn(first));

    await t.client.ok(VERIFY, { token: Mailbox.tokenIn(second) });
    const again = await t.client.ok<{ resendVerificationEmail: boolean }>(
      RESEND,
      {},
      { token: session.accessToken },
    );
    expect(again.resendVerificationEmail).toBe(false);
    expect(await t.client.errorCode(RESEND)).toBe('UNAUTHENTICATED');
  });
});
