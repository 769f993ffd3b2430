import { acceptInvitation, Session, uniqueEmail, graphql } from '@small-places/testing';
import {
  createEnterprise,
  CrmWorld,
  crmWorld,
  MOVE,
  PIPELINE,
  RECORD_SESSION,
  rowCount,
  waiveMandatoryItems,
} from './crm-fixture';

const STAGE_OF = graphql(`
  query PipelineAndCoachingStageOf($id: ID!) {
    enterprise(id: $id) {
      stage
      stageHistory {
        fromStage
        toStage
        note
      }
      daysInStage
    }
  }
`);

/** The enterprise's whole timeline, a page at a time, and how many checklist items were waived. */
const TIMELINE = graphql(`
  query PipelineAndCoachingTimeline($id: ID!, $after: String) {
    enterprise(id: $id) {
      checklist {
        items {
          status
        }
      }
      timeline(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            kind
          }
        }
      }
    }
  }
`);

describe('the pipeline and coaching', () => {
  let w: CrmWorld;
  let founder: Session;
  let enterpriseId: string;

  beforeAll(async () => {
    w = await crmWorld();
    const email = uniqueEmail('founder');
    enterpriseId = (await createEnterprise(w, { name: 'Meals on Legs', founder: { name: 'Mo Legs', email } }))
      .id;
    founder = await acceptInvitation(w.t.client, w.t.mailbox, email, 'Mo Legs');
  });
  afterAll(() => w?.t.close());

  const move = (stage: string, as: Session, note?: string) =>
    w.t.client.request<{ moveEnterpriseStage: { stage: string } }>(
      MOVE,
      { input: { enterpriseId, stage, note } },
      { token: as.accessToken },
    );

  it('moves through the pipeline and records who, when, from, to and why', async () => {
    const result = await move('EXPLORING', w.tauntonCatalyst, 'First visit went well');
    expect(result.data?.moveEnterpriseStage.stage).toBe('EXPLORING');
    const data = await w.t.client.ok<{
      enterprise: { stage: string; stageHistory: unknown[]; daysInStage: number };
    }>(STAGE_OF, { id: enterpriseId }, { token: w.tauntonCatalyst.accessToken });
    expect(data.enterprise.stageHistory).toEqual([
      { fromStage: null, toStage: 'ENQUIRY', note: 'Joined the pipeline' },
      { fromStage: 'ENQUIRY', toStage: 'EXPLORING', note: 'First visit went well' },
    ]);
    expect(data.enterprise.daysInStage).toBe(0);
    const [row] = await w.t.dataSource.query(
      `SELECT moved_by_id FROM stage_moves WHERE enterprise_id = $1 AND to_stage = 'EXPLORING'`,
      [enterpriseId],
    );
    expect(row.moved_by_id).toBe(w.tauntonCatalyst.user.id);
  });

  it('refuses the provider moving their own stage, another Area’s Catalyst and a budget holder, changing nothing', async () => {
    const moves = await rowCount(w.t, 'stage_moves');
    expect((await move('SETTING_UP', founder)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await move('SETTING_UP', w.bristolCatalyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await move('SETTING_UP', w.holder)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await rowCount(w.t, 'stage_moves')).toBe(moves);
  });

  it('refuses invalid moves with CONFLICT and unknown stages or enterprises clearly', async () => {
    const token = w.tauntonCatalyst.accessToken;
    expect((await move('EXPLORING', w.tauntonCatalyst)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await move('ESTABLISHED', w.tauntonCatalyst)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await move('BANKRUPT', w.tauntonCatalyst)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = { input: { enterpriseId: '6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d', stage: 'READY' } };
    expect(await w.t.client.errorCode(MOVE, unknown, { token })).toBe('NOT_FOUND');
    const malformed = { input: { enterpriseId: 'x', stage: 'READY' } };
    expect(await w.t.client.errorCode(MOVE, malformed, { token })).toBe('BAD_USER_INPUT');
  });

  it('refuses READY while a mandatory item is outstanding, and allows it once all are done or waived', async () => {
    const refused = await move('READY', w.tauntonCatalyst);
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/CQC|DBS|insurance/i);
    const still = await w.t.client.ok<{ enterprise: { stage: string } }>(
      STAGE_OF,
      { id: enterpriseId },
      { token: founder.accessToken },
    );
    expect(still.enterprise.stage).toBe('EXPLORING');

    await waiveMandatoryItems(w, enterpriseId);
    expect((await move('READY', w.tauntonCatalyst)).data?.moveEnterpriseStage.stage).toBe('READY');
    expect((await move('TRADING', w.tauntonCatalyst)).data?.moveEnterpriseStage.stage).toBe('TRADING');
  });

  it('shows the board: each stage’s count, for the Area’s Catalysts only', async () => {
    const board = await w.t.client.ok<{ pipeline: { stage: string; count: number }[] }>(
      PIPELINE,
      { areaId: w.taunton.id },
      { token: w.tauntonCatalyst.accessToken },
    );
    expect(board.pipeline.map((column) => column.stage)).toEqual([
      'ENQUIRY',
      'EXPLORING',
      'SETTING_UP',
      'READY',
      'TRADING',
      'ESTABLISHED',
      'PAUSED',
      'CLOSED',
    ]);
    expect(board.pipeline.find((column) => column.stage === 'TRADING')?.count).toBe(1);
    expect(
      await w.t.client.errorCode(
        PIPELINE,
        { areaId: w.taunton.id },
        { token: w.bristolCatalyst.accessToken },
      ),
    ).toBe('FORBIDDEN');
    expect(
      await w.t.client.errorCode(PIPELINE, { areaId: w.taunton.id }, { token: founder.accessToken }),
    ).toBe('FORBIDDEN');
    expect(await w.t.client.errorCode(PIPELINE, { areaId: 'nope' }, { token: w.admin.accessToken })).toBe(
      'NOT_FOUND',
    );
  });

  it('records a coaching session with actions; the provider and other Catalysts cannot', async () => {
    const input = {
      enterpriseId,
      heldOn: '2026-01-15',
      minutes: 45,
      mode: 'PHONE',
      summary: 'Talked through insurance quotes.',
      topics: ['insurance'],
      actions: [
        { title: 'Get three insurance quotes', dueOn: '2026-02-01', owner: 'ENTREPRENEUR' },
        { title: 'Send DBS umbrella body list', dueOn: '2026-01-20', owner: 'CATALYST' },
      ],
    };
    const recorded = await w.t.client.ok<{
      recordCoachingSession: { minutes: number; actions: { title: string; done: boolean }[] };
    }>(RECORD_SESSION, { input }, { token: w.tauntonCatalyst.accessToken });
    expect(recorded.recordCoachingSession.minutes).toBe(45);
    expect(recorded.recordCoachingSession.actions.map((a) => [a.title, a.done])).toEqual([
      ['Send DBS umbrella body list', false],
      ['Get three insurance quotes', false],
    ]);
    const sessions = await rowCount(w.t, 'coaching_sessions');
    for (const session of [founder, w.bristolCatalyst, w.holder]) {
      expect(await w.t.client.errorCode(RECORD_SESSION, { input }, { token: session.accessToken })).toBe(
        'FORBIDDEN',
      );
    }
    const future = { ...input, heldOn: '2999-01-01' };
    expect(
      await w.t.client.errorCode(RECORD_SESSION, { input: future }, { token: w.tauntonCatalyst.accessToken }),
    ).toBe('BAD_USER_INPUT');
    const zero = { ...input, minutes: 0 };
    expect(
      await w.t.client.errorCode(RECORD_SESSION, { input: zero }, { token: w.tauntonCatalyst.accessToken }),
    ).toBe('BAD_USER_INPUT');
    expect(await rowCount(w.t, 'coaching_sessions')).toBe(sessions);
  });

  it('lists open actions by due date; the provider completes theirs but not the Catalyst’s', async () => {
    const MY_ACTIONS = graphql(`
      query PipelineAndCoachingMyActions($filter: ActionFilterInput) {
        myActions(filter: $filter) {
          totalCount
          edges {
            node {
              id
              enterpriseId
              title
              owner
              dueOn
              doneAt
            }
          }
        }
      }
    `);
    const COMPLETE = graphql(`
      mutation PipelineAndCoachingComplete($id: ID!) {
        completeAction(id: $id) {
          id
          doneAt
        }
      }
    `);
    const mine = await w.t.client.ok<{
      myActions: { edges: { node: { id: string; enterpriseId: string; owner: string; dueOn: string } }[] };
    }>(MY_ACTIONS, { filter: { dueOnOrBefore: '2026-01-31' } }, { token: w.tauntonCatalyst.accessToken });
    expect(mine.myActions.edges.map((edge) => edge.node.dueOn)).toEqual(['2026-01-20']);
    // Which enterprise each action was agreed with, so a caseload-wide list can name it.
    expect(mine.myActions.edges.map((edge) => edge.node.enterpriseId)).toEqual([enterpriseId]);
    const all = await w.t.client.ok<{ myActions: { edges: { node: { id: string; owner: string } }[] } }>(
      MY_ACTIONS,
      {},
      { token: founder.accessToken },
    );
    const theirs = all.myActions.edges.find((edge) => edge.node.owner === 'ENTREPRENEUR')!.node;
    const catalysts = all.myActions.edges.find((edge) => edge.node.owner === 'CATALYST')!.node;
    const done = await w.t.client.ok<{ completeAction: { doneAt: string } }>(
      COMPLETE,
      { id: theirs.id },
      { token: founder.accessToken },
    );
    expect(done.completeAction.doneAt).toBeTruthy();
    expect(await w.t.client.errorCode(COMPLETE, { id: catalysts.id }, { token: founder.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(
      await w.t.client.errorCode(COMPLETE, { id: catalysts.id }, { token: w.bristolCatalyst.accessToken }),
    ).toBe('FORBIDDEN');
    expect(await w.t.client.errorCode(COMPLETE, { id: 'nope' }, { token: founder.accessToken })).toBe(
      'NOT_FOUND',
    );
    const outsider = await w.t.client.ok<{ myActions: { totalCount: number } }>(
      MY_ACTIONS,
      {},
      { token: w.holder.accessToken },
    );
    expect(outsider.myActions.totalCount).toBe(0);
  });

  it('keeps one timeline, newest first, of moves, sessions, actions and checklist changes', async () => {
    // The whole timeline, a page at a time: it holds more entries than one page (21 here), and the oldest,
    // ENTERPRISE_CREATED, is on the last page.
    const kinds: string[] = [];
    let after: string | null | undefined;
    let waived = 0;
    do {
      const page = await w.t.client.ok(
        TIMELINE,
        { id: enterpriseId, after },
        { token: w.tauntonCatalyst.accessToken },
      );
      const { enterprise } = page;
      waived = enterprise.checklist.items.filter((item) => item.status === 'WAIVED').length;
      kinds.push(...enterprise.timeline.edges.map((edge) => edge.node.kind));
      after = enterprise.timeline.pageInfo.hasNextPage ? enterprise.timeline.pageInfo.endCursor : undefined;
    } while (after);
    expect(waived).toBeGreaterThan(0);
    // Entries written in one transaction share an instant; they keep the order they were written in.
    expect(kinds).toEqual([
      'ACTION_COMPLETED',
      'SESSION_RECORDED',
      'STAGE_MOVED',
      'STAGE_MOVED',
      ...Array<string>(waived).fill('CHECKLIST_CHANGED'),
      'STAGE_MOVED',
      'MEMBER_INVITATION_ACCEPTED',
      'MEMBER_ADDED',
      'ENTERPRISE_CREATED',
    ]);
  });
});
