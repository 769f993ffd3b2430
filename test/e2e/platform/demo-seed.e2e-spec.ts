import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, signIn, TestApp, graphql } from '@small-places/testing';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../apps/cli/src/seed/demo-accounts';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');
const CLI = resolve(ROOT, 'dist/apps/cli/src/main.js');

describe('demo data', () => {
  let t: TestApp;
  const seed = () =>
    run('node', [CLI, 'seed', '--if-empty'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.database.url, LOG_LEVEL: 'silent' },
    });

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
  });
  afterAll(() => t?.close());

  it('loads two Areas, three Catalysts and sixty enterprises over every stage, once', async () => {
    const { stdout } = await seed();
    expect(stdout).toContain('Imported 2,848 districts');
    expect(stdout).toContain('Demo data loaded.');
    const stages = await t.dataSource.query(
      `SELECT stage, count(*)::int AS n FROM enterprises GROUP BY stage`,
    );
    expect(stages.reduce((sum: number, row: { n: number }) => sum + row.n, 0)).toBe(60);
    expect(stages).toHaveLength(8);
    const [{ sessions }] = await t.dataSource.query(
      `SELECT count(*)::int AS sessions FROM coaching_sessions`,
    );
    expect(sessions).toBeGreaterThan(60);

    const again = await seed();
    expect(again.stdout).toContain('already has data');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM enterprises`);
    expect(n).toBe(60);
  }, 60_000);

  it('gives the founders’ emailed invitations, sent in the demo’s past, 7 days from today', async () => {
    const open: { expires_at: Date }[] = await t.dataSource.query(
      `SELECT expires_at FROM invitations WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    expect(open.length).toBeGreaterThan(50);
    // Sent as the enterprises were made, up to 240 days ago; yet every link still works for most of a week.
    expect(Math.min(...open.map((row) => row.expires_at.getTime()))).toBeGreaterThan(
      Date.now() + 6 * 86_400_000,
    );
  });

  it('every printed demo sign-in works and sees what its role should', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const session = await signIn(t.client, account.email, DEMO_PASSWORD);
      expect(session.user.email).toBe(account.email);
    }
    const cara = await signIn(t.client, 'cara@demo.smallplaces.test', DEMO_PASSWORD);
    const caseload = await t.client.ok<{ enterprises: { totalCount: number } }>(
      '{ enterprises { totalCount } }',
      {},
      { token: cara.accessToken },
    );
    expect(caseload.enterprises.totalCount).toBe(30);
    const fran = await signIn(t.client, 'fran@demo.smallplaces.test', DEMO_PASSWORD);
    const own = await t.client.ok<{ enterprises: { edges: { node: { name: string } }[] } }>(
      '{ enterprises { edges { node { name } } } }',
      {},
      { token: fran.accessToken },
    );
    expect(own.enterprises.edges.map((edge) => edge.node.name)).toEqual(['Village Care']);
  });

  it('has verified services to find near Taunton, and a budget for the demo budget holder', async () => {
    const found = await t.client.ok<{
      searchListings: { totalCount: number; edges: { node: { verified: boolean } }[] };
    }>(
      graphql(`
        query DemoSeedSearchListings {
          searchListings(input: { postcode: "TA1 1AA", radiusMiles: 25 }, first: 50) {
            totalCount
            edges {
              node {
                verified
              }
            }
          }
        }
      `),
    );
    expect(found.searchListings.totalCount).toBeGreaterThan(5);
    expect(found.searchListings.edges.every((edge) => edge.node.verified)).toBe(true);
    const bill = await signIn(t.client, 'bill@demo.smallplaces.test', DEMO_PASSWORD);
    const budgets = await t.client.ok<{ myBudgets: { label: string }[] }>(
      '{ myBudgets { label } }',
      {},
      { token: bill.accessToken },
    );
    expect(budgets.myBudgets.map((budget) => budget.label)).toEqual(['Direct payment from Somerset Council']);
    const booked = await t.client.ok<{
      myBookings: { edges: { node: { status: string; budgetId: string | null } }[] };
    }>('{ myBookings { edges { node { status budgetId } } } }', {}, { token: bill.accessToken });
    const requests = booked.myBookings.edges.map((edge) => edge.node);
    expect(requests).toHaveLength(2);
    expect(requests.every((booking) => booking.status === 'REQUESTED')).toBe(true);
    expect(requests.filter((booking) => booking.budgetId !== null)).toHaveLength(1);
  });
});
