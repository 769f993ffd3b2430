import { IdentityService } from '@small-places/identity';
import { QueueName, QueueService } from '@small-places/platform';
import {
  createTestApp,
  Mailbox,
  signIn,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
  graphql,
} from '@small-places/testing';

const REQUEST = graphql(`
  mutation MailSecretsRequest($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const RESET = graphql(`
  mutation MailSecretsReset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      accessToken
    }
  }
`);
const INVITE = graphql(`
  mutation MailSecretsInvite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
    }
  }
`);

const mailJobs = async (t: TestApp) => {
  const queue = t.app.get(QueueService).queue(QueueName.Mail);
  return (await queue.getJobs(['completed', 'failed', 'waiting', 'delayed', 'active', 'prioritized'])).filter(
    (job) => job !== undefined,
  );
};

describe('no secrets at rest in Redis: links are made when the email is sent', () => {
  describe('queued, not yet sent', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ worker: false });
    });
    afterAll(() => t?.close());

    it('a queued reset, verification or invitation email holds a reference, no token, and nothing usable is stored', async () => {
      const person = await signUp(t.client);
      await t.client.ok(REQUEST, { email: person.user.email });
      const jobs = await mailJobs(t);
      const data = JSON.stringify(jobs.map((job) => job.data));
      expect(jobs.length).toBeGreaterThanOrEqual(2);
      expect(data).not.toMatch(/token=/);
      expect(data).toContain('{{link}}');
      expect(jobs.map((job) => job.data.link?.kind).sort()).toEqual(['email-verification', 'password-reset']);
      const hashes = await t.dataSource.query(
        `SELECT token_hash FROM password_resets UNION ALL SELECT token_hash FROM email_verifications`,
      );
      expect(hashes.every((row: { token_hash: string | null }) => row.token_hash === null)).toBe(true);
    });
  });

  describe('sent', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t?.close());

    it('completed mail jobs keep neither the link nor the address nor the text', async () => {
      const admin = await (async () => {
        const email = uniqueEmail('admin');
        await t.app.get(IdentityService).createAdmin(email, TEST_PASSWORD, 'Ada Admin');
        return signIn(t.client, email);
      })();
      const person = await signUp(t.client, { displayName: 'Sally Secret' });
      await t.client.ok(REQUEST, { email: person.user.email });
      const invited = uniqueEmail('invited');
      await t.client.ok(INVITE, { input: { email: invited, role: 'ADMIN' } }, { token: admin.accessToken });
      const tokens = [
        Mailbox.tokenIn(await t.mailbox.waitFor(person.user.email, /confirm/)),
        Mailbox.tokenIn(await t.mailbox.waitFor(person.user.email, /new password/)),
        Mailbox.tokenIn(await t.mailbox.waitFor(invited, /invited/)),
      ];
      const deadline = Date.now() + 10_000;
      let jobs = await mailJobs(t);
      while (jobs.some((job) => !('spent' in job.data)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        jobs = await mailJobs(t);
      }
      const everything = JSON.stringify(jobs.map((job) => [job.data, job.returnvalue, job.failedReason]));
      for (const token of tokens) expect(everything).not.toContain(token);
      for (const personal of [person.user.email, invited, 'Sally Secret', 'http']) {
        expect(everything).not.toContain(personal);
      }
      expect(jobs.map((job) => job.data).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
        { spent: true, kind: 'email-verification' },
        { spent: true, kind: 'invitation' },
        { spent: true, kind: 'password-reset' },
      ]);
    });

    it('the queue dashboard refuses a token ended by a password reset and a closed account’s token', async () => {
      const email = uniqueEmail('admin');
      await t.app.get(IdentityService).createAdmin(email, TEST_PASSWORD, 'Reset Admin');
      const before = await signIn(t.client, email);
      const dashboard = (token: string) =>
        fetch(`${t.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${token}` } });
      expect((await dashboard(before.accessToken)).status).toBe(200);
      await t.client.ok(REQUEST, { email });
      const token = Mailbox.tokenIn(await t.mailbox.waitFor(email, /new password/));
      const after = await t.client.ok<{ resetPassword: { accessToken: string } }>(RESET, {
        input: { token, password: 'another-long-password' },
      });
      expect((await dashboard(before.accessToken)).status).toBe(401);
      expect((await dashboard(after.resetPassword.accessToken)).status).toBe(200);

      await t.client.ok(
        graphql(`
          mutation MailSecretsCloseMyAccount($p: String!) {
            closeMyAccount(password: $p)
          }
        `),
        { p: 'another-long-password' },
        { token: after.resetPassword.accessToken },
      );
      expect((await dashboard(after.resetPassword.accessToken)).status).toBe(401);
    });
  });
});
