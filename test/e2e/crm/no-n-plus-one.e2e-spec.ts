import { EnterpriseService } from '@small-places/crm';
import { Activity, LegalStructure } from '@small-places/compliance';
import { countStatements, RequestContext, Role } from '@small-places/platform';
import { uniqueEmail, graphql } from '@small-places/testing';
import { CrmWorld, crmWorld, RECORD_SESSION } from './crm-fixture';

const LIST = graphql(`
  query NoNPlusOneList($first: Int) {
    enterprises(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          stage
          catalyst {
            id
            displayName
          }
          members {
            id
            name
          }
          checklist {
            status
          }
          lastSession {
            heldOn
            minutes
          }
        }
      }
    }
  }
`);

/** List queries send a constant number of SQL statements whatever the page size (DataLoaders). */
describe('enterprises list: no N+1', () => {
  let w: CrmWorld;

  beforeAll(async () => {
    w = await crmWorld();
    const service = w.t.app.get(EnterpriseService);
    const ctx = new RequestContext(new Date(), '127.0.0.1', 'seed').withUser({
      id: w.tauntonCatalyst.user.id,
      roles: [Role.CATALYST],
    });
    for (let i = 0; i < 100; i += 1) {
      const enterprise = await service.create(ctx, {
        areaId: w.taunton.id,
        name: `Enterprise ${String(i).padStart(3, '0')}`,
        postcode: 'TA1 1AA',
        activities: i % 2 ? [Activity.PERSONAL_CARE] : [Activity.MEALS, Activity.TRANSPORT],
        legalStructure: LegalStructure.SOLE_TRADER,
        founder: { name: `Founder ${i}`, email: uniqueEmail('f') },
      });
      if (i % 3 === 0) {
        await w.t.client.ok(
          RECORD_SESSION,
          {
            input: {
              enterpriseId: enterprise.id,
              heldOn: '2026-01-05',
              minutes: 30,
              mode: 'PHONE',
              summary: 'Check-in',
            },
          },
          { token: w.tauntonCatalyst.accessToken },
        );
      }
    }
  }, 120_000);
  afterAll(() => w?.t.close());

  it('sends the same small number of statements for 10 and for 100 enterprises', async () => {
    const run = (first: number) =>
      countStatements(w.t.dataSource, async () => {
        const data = await w.t.client.ok<{ enterprises: { edges: unknown[] } }>(
          LIST,
          { first },
          { token: w.tauntonCatalyst.accessToken },
        );
        expect(data.enterprises.edges).toHaveLength(first);
      });
    const statements10 = await run(10);
    const statements100 = await run(100);
    expect(statements100).toBe(statements10);
    expect(statements10).toBeLessThanOrEqual(12);
  });
});
