import { Clock } from '@small-places/platform';
import { catalystOf, Session, graphql } from '@small-places/testing';
import { TODAY } from '../compliance/compliance-fixture';
import { enterpriseIn } from './crm-fixture';
import { MarketplaceWorld, marketplaceWorld, publishedListing } from '../marketplace/marketplace-fixture';

/** What the Catalyst's website pages ask of the API beyond the contract (issue 20): args and fields, and who may. */

const ACTIONS = graphql(`
  query MyActions($filter: ActionFilterInput, $first: Int, $after: String) {
    myActions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          owner
          enterpriseId
          enterpriseName
        }
      }
    }
  }
`);

const RECORD = graphql(`
  mutation CatalystPagesRecord($input: RecordCoachingSessionInput!) {
    recordCoachingSession(input: $input) {
      id
      actions {
        id
      }
    }
  }
`);

const MOVE = graphql(`
  mutation CatalystPagesMove($input: MoveEnterpriseStageInput!) {
    moveEnterpriseStage(input: $input) {
      id
    }
  }
`);

const ENTERPRISES = graphql(`
  query CatalystPagesEnterprises(
    $filter: EnterpriseFilter
    $first: Int
    $after: String
    $sort: EnterpriseSort
  ) {
    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          stage
          nextDeadline
          suggestedStage
          checklist {
            items {
              status
              dueOn
              expiresOn
            }
          }
        }
      }
    }
  }
`);

const ENTERPRISE = graphql(`
  query CatalystPagesEnterprise($id: ID!, $after: String) {
    enterprise(id: $id) {
      id
      suggestedStage
      timeline(first: 2, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            kind
            summary
            actorName
          }
        }
      }
    }
  }
`);

const PIPELINE = graphql(`
  query CatalystPagesPipeline($areaId: ID!) {
    pipeline(areaId: $areaId) {
      stage
      enterprises {
        id
        suggestedStage
      }
    }
  }
`);

const IMPACT = graphql(`
  query CatalystPagesImpact($areaId: ID!, $from: Date!, $to: Date!) {
    impactReport(areaId: $areaId, from: $from, to: $to) {
      newEnterprises
      figures {
        key
        label
        value
      }
    }
  }
`);

interface ActionsAnswer {
  myActions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: { id: string; title: string; owner: string; enterpriseId: string; enterpriseName: string };
    }[];
  };
}

interface EnterprisesAnswer {
  enterprises: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        name: string;
        stage: string;
        nextDeadline: string | null;
        suggestedStage: string | null;
        checklist: { items: { status: string; dueOn: string | null; expiresOn: string | null }[] };
      };
    }[];
  };
}

describe('The API behind the Catalyst pages', () => {
  let world: MarketplaceWorld;
  let as: (session: { accessToken: string }) => { token: string };
  /** A second Catalyst of the same Area, who coaches an enterprise of her own. */
  let colleague: Awaited<ReturnType<typeof catalystOf>>;
  let mineId: string;
  let colleaguesId: string;

  beforeAll(async () => {
    world = await marketplaceWorld();
    as = (session) => ({ token: session.accessToken });
    colleague = await catalystOf(
      world.t.client,
      world.t.mailbox,
      world.admin,
      [world.areaId],
      'Cat Colleague',
    );
    const create = (name: string, by: Session) =>
      enterpriseIn(world.t, world.areaId, by, { name, activities: ['MEALS'] });
    mineId = await create('Acorn Meals', world.catalyst);
    colleaguesId = await create('Birch Meals', colleague);
    const session = (enterpriseId: string, by: { accessToken: string }, prefix: string) =>
      world.t.client.ok(
        RECORD,
        {
          input: {
            enterpriseId,
            heldOn: TODAY,
            minutes: 60,
            mode: 'PHONE',
            summary: 'First call.',
            actions: [
              { title: `${prefix}: catalyst's`, dueOn: TODAY, owner: 'CATALYST' },
              { title: `${prefix}: founder's`, dueOn: TODAY, owner: 'ENTREPRENEUR' },
              { title: `${prefix}: catalyst's later`, dueOn: '2027-06-01', owner: 'CATALYST' },
            ],
          },
        },
        as(by),
      );
    await session(mineId, world.catalyst, 'Acorn');
    await session(colleaguesId, colleague, 'Birch');
  });

  afterAll(async () => {
    await world?.t.close();
  });

  describe('myActions', () => {
    it('narrows to one enterprise, names it, and pages without dropping any', async () => {
      const first = await world.t.client.ok<ActionsAnswer>(
        ACTIONS,
        { filter: { enterpriseId: mineId }, first: 2 },
        as(world.catalyst),
      );
      expect(first.myActions.totalCount).toBe(3);
      expect(first.myActions.pageInfo.hasNextPage).toBe(true);
      expect(first.myActions.edges.every(({ node }) => node.enterpriseName === 'Acorn Meals')).toBe(true);
      const rest = await world.t.client.ok<ActionsAnswer>(
        ACTIONS,
        { filter: { enterpriseId: mineId }, first: 2, after: first.myActions.pageInfo.endCursor },
        as(world.catalyst),
      );
      expect(rest.myActions.edges).toHaveLength(1);
      expect(rest.myActions.pageInfo.hasNextPage).toBe(false);
      const titles = [...first.myActions.edges, ...rest.myActions.edges].map(({ node }) => node.title);
      expect(new Set(titles).size).toBe(3);
    });

    it('"mine" is the CATALYST actions of the enterprises the caller coaches, not a colleague’s', async () => {
      const mine = await world.t.client.ok<ActionsAnswer>(
        ACTIONS,
        { filter: { mine: true } },
        as(world.catalyst),
      );
      expect(mine.myActions.edges.map(({ node }) => node.title).sort()).toEqual([
        "Acorn: catalyst's",
        "Acorn: catalyst's later",
      ]);
      const hers = await world.t.client.ok<ActionsAnswer>(
        ACTIONS,
        { filter: { mine: true, dueOnOrBefore: TODAY } },
        as(colleague),
      );
      expect(hers.myActions.edges.map(({ node }) => node.title)).toEqual(["Birch: catalyst's"]);
      // Without "mine", the Area's Catalysts both see every action of the Area.
      const all = await world.t.client.ok<ActionsAnswer>(ACTIONS, { first: 50 }, as(colleague));
      expect(all.myActions.edges.map(({ node }) => node.enterpriseId)).toEqual(
        expect.arrayContaining([mineId, colleaguesId]),
      );
    });

    it('refuses another Area’s enterprise (FORBIDDEN) and an unknown one (NOT_FOUND)', async () => {
      expect(
        await world.t.client.errorCode(
          ACTIONS,
          { filter: { enterpriseId: mineId } },
          as(world.otherCatalyst),
        ),
      ).toBe('FORBIDDEN');
      expect(
        await world.t.client.errorCode(ACTIONS, { filter: { enterpriseId: mineId } }, as(world.holder)),
      ).toBe('FORBIDDEN');
      expect(
        await world.t.client.errorCode(
          ACTIONS,
          { filter: { enterpriseId: '00000000-0000-4000-8000-000000000000' } },
          as(world.catalyst),
        ),
      ).toBe('NOT_FOUND');
      // The other Area's Catalyst sees none of these actions in her own list either.
      const hers = await world.t.client.ok<ActionsAnswer>(ACTIONS, { first: 50 }, as(world.otherCatalyst));
      expect(hers.myActions.edges.map(({ node }) => node.enterpriseId)).not.toContain(mineId);
    });
  });

  describe('enterprises(sort)', () => {
    it('orders by board stage or by time waiting, and pages through every one of them', async () => {
      await world.t.client.ok(
        MOVE,
        { input: { enterpriseId: colleaguesId, stage: 'SETTING_UP' } },
        as(colleague),
      );
      const byStage: EnterprisesAnswer['enterprises']['edges'] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: EnterprisesAnswer = await world.t.client.ok<EnterprisesAnswer>(
          ENTERPRISES,
          { sort: 'STAGE', first: 2, after },
          as(world.catalyst),
        );
        byStage.push(...page.enterprises.edges);
        total = page.enterprises.totalCount;
        after = page.enterprises.pageInfo.hasNextPage ? page.enterprises.pageInfo.endCursor : null;
      } while (after);
      expect(byStage).toHaveLength(total);
      const order = [
        'ENQUIRY',
        'EXPLORING',
        'SETTING_UP',
        'READY',
        'TRADING',
        'ESTABLISHED',
        'PAUSED',
        'CLOSED',
      ];
      const positions = byStage.map(({ node }) => order.indexOf(node.stage));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(byStage.at(-1)?.node.id).toBe(colleaguesId);

      // Birch moved last, so it has waited least in its stage.
      const waiting = await world.t.client.ok<EnterprisesAnswer>(
        ENTERPRISES,
        { sort: 'LONGEST_IN_STAGE', first: 50 },
        as(world.catalyst),
      );
      expect(waiting.enterprises.edges.at(-1)?.node.id).toBe(colleaguesId);
    });

    it('sorting never widens what a Catalyst of another Area sees', async () => {
      const theirs = await world.t.client.ok<EnterprisesAnswer>(
        ENTERPRISES,
        { sort: 'STAGE', first: 50 },
        as(world.otherCatalyst),
      );
      expect(theirs.enterprises.edges.map(({ node }) => node.id)).not.toContain(mineId);
      expect(await world.t.client.errorCode(ENTERPRISES, { sort: 'LOUDEST' }, as(world.catalyst))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('gives each enterprise its next deadline from its checklist', async () => {
      const list = await world.t.client.ok<EnterprisesAnswer>(ENTERPRISES, { first: 50 }, as(world.catalyst));
      const acorn = list.enterprises.edges.find(({ node }) => node.id === mineId)?.node;
      const dueDates = acorn!.checklist.items.flatMap((item) => (item.dueOn ? [item.dueOn] : [])).sort();
      expect(dueDates.length).toBeGreaterThan(0);
      expect(acorn?.nextDeadline).toBe(dueDates[0]);
      // The ready enterprise has everything done: its next deadline is the first expiry, if any runs out.
      const ready = list.enterprises.edges.find(({ node }) => node.id === world.enterpriseId)?.node;
      const expiries = ready!.checklist.items
        .flatMap((item) => (item.expiresOn ? [item.expiresOn] : []))
        .sort();
      expect(ready?.nextDeadline).toBe(expiries[0] ?? null);
    });
  });

  describe('suggestedStage', () => {
    it('suggests TRADING for an enterprise with a published listing left at Enquiry, on the board too', async () => {
      const before = await world.t.client.ok<{ enterprise: { suggestedStage: string | null } }>(
        ENTERPRISE,
        { id: world.enterpriseId },
        as(world.catalyst),
      );
      expect(before.enterprise.suggestedStage).toBeNull();
      await publishedListing(world);
      const after = await world.t.client.ok<{ enterprise: { suggestedStage: string | null } }>(
        ENTERPRISE,
        { id: world.enterpriseId },
        as(world.catalyst),
      );
      expect(after.enterprise.suggestedStage).toBe('TRADING');
      const board = await world.t.client.ok<{
        pipeline: { stage: string; enterprises: { id: string; suggestedStage: string | null }[] }[];
      }>(PIPELINE, { areaId: world.areaId }, as(world.catalyst));
      const card = board.pipeline
        .flatMap((column) => column.enterprises)
        .find((each) => each.id === world.enterpriseId);
      expect(card?.suggestedStage).toBe('TRADING');

      // Accepting it is the ordinary move; then there is nothing left to suggest.
      await world.t.client.ok(
        MOVE,
        { input: { enterpriseId: world.enterpriseId, stage: 'TRADING' } },
        as(world.catalyst),
      );
      const moved = await world.t.client.ok<{ enterprise: { suggestedStage: string | null } }>(
        ENTERPRISE,
        { id: world.enterpriseId },
        as(world.catalyst),
      );
      expect(moved.enterprise.suggestedStage).toBeNull();
    });
  });

  describe('the timeline', () => {
    it('says who did each entry and pages on', async () => {
      const first = await world.t.client.ok<{
        enterprise: {
          timeline: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { kind: string; actorName: string | null } }[];
          };
        };
      }>(ENTERPRISE, { id: colleaguesId }, as(world.catalyst));
      const { timeline } = first.enterprise;
      expect(timeline.totalCount).toBeGreaterThan(2);
      expect(timeline.edges[0].node).toMatchObject({ kind: 'STAGE_MOVED', actorName: 'Cat Colleague' });
      const next = await world.t.client.ok<typeof first>(
        ENTERPRISE,
        { id: colleaguesId, after: timeline.pageInfo.endCursor },
        as(world.catalyst),
      );
      expect(next.enterprise.timeline.edges.length).toBeGreaterThan(0);
      expect(await world.t.client.errorCode(ENTERPRISE, { id: colleaguesId }, as(world.otherCatalyst))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('impactReport.figures', () => {
    it('names every figure as the CSV does, with the same values', async () => {
      world.t.app.get(Clock).travelTo(new Date(`${TODAY}T12:00:00Z`));
      const { impactReport } = await world.t.client.ok<{
        impactReport: {
          newEnterprises: number;
          figures: { key: string; label: string; value: number | null }[];
        };
      }>(IMPACT, { areaId: world.areaId, from: '2020-01-01', to: TODAY }, as(world.catalyst));
      const response = await fetch(
        `${world.t.url}/areas/${world.areaId}/impact.csv?from=2020-01-01&to=${TODAY}`,
        { headers: { authorization: `Bearer ${world.catalyst.accessToken}` } },
      );
      const csvLines = (await response.text()).trim().split(/\r?\n/).slice(4);
      expect(csvLines).toEqual(impactReport.figures.map((figure) => `${figure.label},${figure.value ?? ''}`));
      expect(impactReport.figures.find((figure) => figure.key === 'newEnterprises')?.value).toBe(
        impactReport.newEnterprises,
      );
      expect(
        await world.t.client.errorCode(
          IMPACT,
          { areaId: world.areaId, from: '2020-01-01', to: TODAY },
          as(world.otherCatalyst),
        ),
      ).toBe('FORBIDDEN');
    });
  });
});
