import { Clock, DomainEvent } from '@small-places/platform';
import {
  acceptInvitation,
  catalystOf,
  createArea,
  createTestApp,
  recordDomainEvents,
  Session,
  signInAsAdmin,
  signUp,
  TestApp,
  uniqueEmail,
  graphql,
} from '@small-places/testing';

/** Compliance tests run on a fixed day, so the dates in them keep their meaning whenever they run. */
export const TODAY = '2026-12-01';

export const CREATE_ENTERPRISE = graphql(`
  mutation CreateEnterprise($input: CreateEnterpriseInput!) {
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
export const ADD_MEMBER = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addEnterpriseMember(input: $input) {
      id
      name
    }
  }
`);
export const UPDATE_ENTERPRISE = graphql(`
  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {
    updateEnterprise(input: $input) {
      id
      activities
    }
  }
`);
export const CHECKLIST = graphql(`
  query Checklist($enterpriseId: ID!) {
    checklist(enterpriseId: $enterpriseId) {
      status
      items {
        id
        enterpriseId
        status
        overdue
        dueOn
        expiresOn
        completedOn
        inProgressSince
        reference
        note
        waivedReason
        member {
          id
          name
        }
        requirement {
          code
          title
          guidance
          legalBasis
          sourceUrl
          mandatory
          appliesTo
          beforeTrading
          validityMonths
        }
      }
    }
  }
`);
export const UPDATE_ITEM = graphql(`
  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
    updateChecklistItem(input: $input) {
      id
      status
      completedOn
      expiresOn
      reference
      note
      waivedReason
      inProgressSince
    }
  }
`);
export const DUE = graphql(`
  query Due($days: Int!, $first: Int, $after: String) {
    complianceDue(days: $days, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          enterpriseId
          status
          dueOn
          expiresOn
          requirement {
            code
          }
          member {
            name
          }
        }
      }
    }
  }
`);
export const OVERDUE = graphql(`
  query Overdue($first: Int, $after: String) {
    complianceOverdue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          enterpriseId
          status
          overdue
          dueOn
          expiresOn
          requirement {
            code
          }
        }
      }
    }
  }
`);
export const SET_OVERRIDE = graphql(`
  mutation SetOverride($input: SetRequirementOverrideInput!) {
    setRequirementOverride(input: $input) {
      areaId
      code
      validityMonths
      reminderOffsetsDays
    }
  }
`);

export interface Item {
  id: string;
  enterpriseId: string;
  status: string;
  overdue: boolean;
  dueOn: string | null;
  expiresOn: string | null;
  completedOn: string | null;
  inProgressSince: string | null;
  reference: string | null;
  note: string | null;
  waivedReason: string | null;
  member: { id: string; name: string } | null;
  requirement: {
    code: string;
    title: string;
    mandatory: boolean;
    beforeTrading: boolean;
    sourceUrl: string | null;
    legalBasis: string;
  };
}

export interface Checklist {
  status: string;
  items: Item[];
}

/** Two Areas with a Catalyst each, an Admin, a budget holder, and an enterprise per Area with its founder. */
export interface ComplianceWorld {
  t: TestApp;
  events: DomainEvent[];
  admin: Session;
  areaId: string;
  otherAreaId: string;
  catalyst: Session;
  otherCatalyst: Session;
  holder: Session;
  /** A provider of another enterprise (in the same Area). */
  stranger: Session;
  strangerEnterpriseId: string;
}

export async function complianceWorld(): Promise<ComplianceWorld> {
  const t = await createTestApp();
  t.app.get(Clock).travelTo(new Date(`${TODAY}T12:00:00Z`));
  const events = recordDomainEvents(t.app);
  const admin = await signInAsAdmin(t.app, t.client);
  const area = await createArea(t.client, admin, 'Taunton', ['TA1', 'TA2']);
  const other = await createArea(t.client, admin, 'Bristol', ['BS5']);
  const catalyst = await catalystOf(t.client, t.mailbox, admin, [area.id], 'Tess Taunton');
  const otherCatalyst = await catalystOf(t.client, t.mailbox, admin, [other.id], 'Bram Bristol');
  const holder = await signUp(t.client, { role: 'BUDGET_HOLDER' });
  const world = {
    t,
    events,
    admin,
    areaId: area.id,
    otherAreaId: other.id,
    catalyst,
    otherCatalyst,
    holder,
  };
  const stranger = await enterpriseWithFounder({ ...world, stranger: undefined }, { name: 'Other Care' });
  return { ...world, stranger: stranger.founder, strangerEnterpriseId: stranger.id };
}

/** A Catalyst creates an enterprise through the contract's CreateEnterprise; the founder accepts the invitation. */
export async function enterpriseWithFounder(
  world: Pick<ComplianceWorld, 't' | 'catalyst' | 'areaId'> & { stranger?: Session },
  overrides: Record<string, unknown> = {},
) {
  const founderEmail = uniqueEmail('founder');
  const data = await world.t.client.ok<{
    createEnterprise: {
      id: string;
      checklist: { status: string; items: { requirement: { code: string } }[] };
    };
  }>(
    CREATE_ENTERPRISE,
    {
      input: {
        areaId: world.areaId,
        name: 'Village Care',
        postcode: 'TA1 1AA',
        activities: ['PERSONAL_CARE', 'MEALS'],
        legalStructure: 'SOLE_TRADER',
        tradingStartsOn: '2027-03-01',
        founder: { name: 'Fran Founder', email: founderEmail },
        ...overrides,
      },
    },
    { token: world.catalyst.accessToken },
  );
  const founder = await acceptInvitation(world.t.client, world.t.mailbox, founderEmail, 'Fran Founder');
  return { id: data.createEnterprise.id, created: data.createEnterprise, founder };
}

export async function checklistOf(t: TestApp, enterpriseId: string, as: Session): Promise<Checklist> {
  return (await t.client.ok<{ checklist: Checklist }>(CHECKLIST, { enterpriseId }, { token: as.accessToken }))
    .checklist;
}

export function itemFor(checklist: Checklist, code: string, memberName?: string): Item {
  const found = checklist.items.find(
    (item) =>
      item.requirement.code === code && (memberName === undefined || item.member?.name === memberName),
  );
  if (!found) throw new Error(`No ${code} ${memberName ?? ''} item in ${JSON.stringify(checklist.items)}`);
  return found;
}

/** Every checklist row, to show that a refused operation changed nothing. */
export async function checklistRows(t: TestApp): Promise<unknown[]> {
  return t.dataSource.query(`SELECT * FROM checklist_items ORDER BY id`);
}
