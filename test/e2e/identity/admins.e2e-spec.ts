import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { IdentityService } from '@small-places/identity';
import { createTestApp, signIn, TestApp, uniqueEmail } from '@small-places/testing';

const run = promisify(execFile);
const CLI = require.resolve('../../../dist/apps/cli/src/main.js');

describe('the first Admin', () => {
  let t: TestApp;
  const bootstrapEmail = uniqueEmail('bootstrap');
  const bootstrapPassword = 'bootstrap-password-123';

  beforeAll(async () => {
    t = await createTestApp({
      worker: false,
      env: { BOOTSTRAP_ADMIN_EMAIL: bootstrapEmail, BOOTSTRAP_ADMIN_PASSWORD: bootstrapPassword },
    });
  });
  afterAll(async () => {
    delete process.env.BOOTSTRAP_ADMIN_EMAIL;
    delete process.env.BOOTSTRAP_ADMIN_PASSWORD;
    await t?.close();
  });

  it('comes from BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD when there is no Admin', async () => {
    const session = await signIn(t.client, bootstrapEmail, bootstrapPassword);
    expect(session.user.roles).toEqual(['ADMIN']);
    const [{ grants }] = await t.dataSource.query(
      `SELECT count(*)::int AS grants FROM grants WHERE user_id = $1 AND kind = 'ADMIN'`,
      [session.user.id],
    );
    expect(grants).toBe(1);
  });

  it('is not created again at the next start once an Admin exists', async () => {
    await t.app.get(IdentityService).bootstrapAdmin();
    const [{ admins }] = await t.dataSource.query(
      `SELECT count(*)::int AS admins FROM users WHERE 'ADMIN' = ANY(roles)`,
    );
    expect(admins).toBe(1);
  });

  it('can be made with `npm run cli -- create-admin`, which refuses a weak password', async () => {
    const email = uniqueEmail('cli');
    const env = { ...process.env, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent' };
    const weak = await run('node', [CLI, 'create-admin', '--email', email, '--password', 'short'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(weak).toMatchObject({ code: 1 });
    expect((weak as { stderr: string }).stderr).toMatch(/at least 10 characters/);

    const { stdout } = await run(
      'node',
      [CLI, 'create-admin', '--email', email, '--password', 'cli-password-123'],
      { env },
    );
    expect(stdout).toContain(`Admin ready: ${email}`);
    const session = await signIn(t.client, email, 'cli-password-123');
    expect(session.user.roles).toEqual(['ADMIN']);
  });

  it('is made once when several API replicas start together on a database with no Admin', async () => {
    // Retire every Admin (the bootstrap one and the CLI's), so each replica's start-up finds none.
    await t.dataSource.query(
      `UPDATE users SET email = 'retired-' || email, closed_at = now() WHERE 'ADMIN' = ANY(roles)`,
    );
    const identity = t.app.get(IdentityService);
    await Promise.all(Array.from({ length: 8 }, () => identity.bootstrapAdmin()));
    const admins = await t.dataSource.query(
      `SELECT email FROM users WHERE 'ADMIN' = ANY(roles) AND closed_at IS NULL`,
    );
    expect(admins).toEqual([{ email: bootstrapEmail }]);
    expect((await signIn(t.client, bootstrapEmail, bootstrapPassword)).user.roles).toEqual(['ADMIN']);
  });
});
