import {
  catalystOf,
  createArea,
  createTestApp,
  Session,
  signInAsAdmin,
  signUp,
  TestApp,
  uniqueEmail,
  graphql,
} from '@small-places/testing';

export const CREATE_ENTERPRISE = graphql(`
  mutation CrmFixtureCreateEnterprise($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) {
      id
      name
      stage
      legalStructure
      activities
      postcode
      area {
        id
      }
      catalyst {
        id
      }
      checklist {
        status
        items {
          id
          status
          dueOn
          expiresOn
          requirement {
            code
            mandatory
          }
        }
      }
    }
  }
`);

export const ENTERPRISE = graphql(`
  query Enterprise($id: ID!) {
    enterprise(id: $id) {
      id
      name
      stage
      activities
      members {
        id
        name
      }
      checklist {
        status
        items {
          id
          status
          dueOn
          expiresOn
          member {
            id
          }
          requirement {
            code
            title
            mandatory
          }
        }
      }
      timeline(first: 20) {
        edges {
          node {
            kind
            occurredAt
            summary
          }
        }
      }
    }
  }
`);

export const ENTERPRISES = graphql(`
  query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String) {
    enterprises(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          stage
          catalyst {
            id
          }
          checklist {
            status
          }
        }
      }
    }
  }
`);

export const MOVE = graphql(`
  mutation CrmFixtureMove($input: MoveEnterpriseStageInput!) {
    moveEnterpriseStage(input: $input) {
      id
      stage
    }
  }
`);

export const RECORD_SESSION = graphql(`
  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {
    recordCoachingSession(input: $input) {
      id
      heldOn
      minutes
      actions {
        id
        title
        dueOn
        owner
        done
      }
    }
  }
`);

export const PIPELINE = graphql(`
  query Pipeline($areaId: ID!) {
    pipeline(areaId: $areaId) {
      stage
      count
    }
  }
`);

export const IMPACT = graphql(`
  query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {
    impactReport(areaId: $areaId, from: $from, to: $to) {
      enterprisesSupported
      newEnterprises
      reachedTrading
      medianDaysToTrading
      jobsFte
      peopleSupportedPerWeek
      hoursPerWeek
      coachingHours
    }
  }
`);

export interface EnterpriseNode {
  id: string;
  name: string;
  stage: string;
  area: { id: string };
  catalyst: { id: string } | null;
  checklist: {
    status: string;
    items: { id: string; status: string; requirement: { code: string; mandatory: boolean } }[];
  };
}

/** Two Areas, a Catalyst in each, an Admin, a budget holder and an outsider provider. */
export interface CrmWorld {
  t: TestApp;
  admin: Session;
  taunton: { id: string };
  bristol: { id: string };
  tauntonCatalyst: Session;
  bristolCatalyst: Session;
  holder: Session;
  strangerProvider: Session;
}

export async function crmWorld(): Promise<CrmWorld> {
  const t = await createTestApp();
  const admin = await signInAsAdmin(t.app, t.client);
  const taunton = await createArea(t.client, admin, 'Taunton', ['TA1', 'TA2']);
  const bristol = await createArea(t.client, admin, 'Bristol', ['BS5', 'BS6']);
  const tauntonCatalyst = await catalystOf(t.client, t.mailbox, admin, [taunton.id], 'Tess Taunton');
  const bristolCatalyst = await catalystOf(t.client, t.mailbox, admin, [bristol.id], 'Bram Bristol');
  const holder = await signUp(t.client, { role: 'BUDGET_HOLDER' });
  const strangerProvider = await signUp(t.client, { role: 'PROVIDER' });
  return { t, admin, taunton, bristol, tauntonCatalyst, bristolCatalyst, holder, strangerProvider };
}

export function enterpriseInput(areaId: string, overrides: Record<string, unknown> = {}) {
  return {
    areaId,
    name: 'Village Care',
    postcode: 'TA1 1AA',
    activities: ['PERSONAL_CARE', 'MEALS'],
    legalStructure: 'SOLE_TRADER',
    tradingStartsOn: '2027-03-01',
    founder: { name: 'Fran Founder', email: uniqueEmail('founder') },
    ...overrides,
  };
}

export async function createEnterprise(
  world: CrmWorld,
  overrides: Record<string, unknown> = {},
  as = world.tauntonCatalyst,
) {
  const data = await world.t.client.ok<{ createEnterprise: EnterpriseNode }>(
    CREATE_ENTERPRISE,
    { input: enterpriseInput(world.taunton.id, overrides) },
    { token: as.accessToken },
  );
  return data.createEnterprise;
}

export async function rowCount(t: TestApp, table: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

export const UPDATE_ITEM = graphql(`
  mutation CrmFixtureUpdateItem($input: UpdateChecklistItemInput!) {
    updateChecklistItem(input: $input) {
      id
      status
      completedOn
      expiresOn
    }
  }
`);

/** A Catalyst waives every mandatory item still outstanding, so the enterprise may trade. */
export async function waiveMandatoryItems(world: CrmWorld, enterpriseId: string, as = world.tauntonCatalyst) {
  const data = await world.t.client.ok<{ enterprise: { checklist: EnterpriseNode['checklist'] } }>(
    ENTERPRISE,
    { id: enterpriseId },
    { token: as.accessToken },
  );
  for (const item of data.enterprise.checklist.items) {
    if (!item.requirement.mandatory || item.status === 'DONE' || item.status === 'WAIVED') continue;
    await world.t.client.ok(
      UPDATE_ITEM,
      {
        input: {
          itemId: item.id,
          status: 'WAIVED',
          waivedReason: 'Confirmed with the council for this test',
        },
      },
      { token: as.accessToken },
    );
  }
}
