/** The GraphQL documents the Catalyst's pages send, asking only for what each page shows. */
import { graphql } from '../generated';
import type {
  AreasQuery,
  CompleteActionMutation,
  ComplianceDeadlinesQuery,
  EnterpriseNameQuery,
  EnterpriseNamesQuery,
  EnterpriseQuery,
  EnterprisesQuery,
  ImpactReportQuery,
  MyActionsQuery,
  PipelineQuery,
} from '../generated/graphql';

export interface AreaSummary {
  id: string;
  name: string;
  postcodeDistricts: string[];
}

export const AREAS = graphql(`
  query Areas {
    areas {
      id
      name
      postcodeDistricts
    }
  }
`);
export type Areas = AreasQuery;

export interface EnterpriseCard {
  id: string;
  name: string;
  stage: string;
  district: string;
  daysInStage: number;
  area: { id: string; name: string };
  catalyst: { id: string; displayName: string } | null;
  checklist: { status: string };
}

export const ENTERPRISES = graphql(`
  query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String, $sort: EnterpriseSort) {
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
          district
          daysInStage
          area {
            id
            name
          }
          catalyst {
            id
            displayName
          }
          nextDeadline
          checklist {
            status
          }
        }
      }
    }
  }
`);
export type Enterprises = EnterprisesQuery;

export const ENTERPRISE_NAMES = graphql(`
  query EnterpriseNames($first: Int) {
    enterprises(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
export type EnterpriseNames = EnterpriseNamesQuery;

export const PIPELINE = graphql(`
  query Pipeline($areaId: ID!) {
    pipeline(areaId: $areaId) {
      stage
      count
      enterprises {
        id
        name
        district
        daysInStage
        suggestedStage
        checklist {
          status
        }
      }
    }
  }
`);
export type Pipeline = PipelineQuery;

export const MOVE_STAGE = graphql(`
  mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {
    moveEnterpriseStage(input: $input) {
      id
      name
      stage
    }
  }
`);
export interface ChecklistEntry {
  id: string;
  status: string;
  dueOn: string | null;
  expiresOn: string | null;
  completedOn: string | null;
  overdue: boolean;
  waivedReason: string | null;
  reference: string | null;
  member: { name: string } | null;
  requirement: { code: string; title: string; mandatory: boolean; beforeTrading: boolean; guidance: string };
}

export const ENTERPRISE = graphql(`
  query Enterprise($id: ID!, $timelineAfter: String) {
    enterprise(id: $id) {
      id
      name
      stage
      suggestedStage
      daysInStage
      postcode
      legalStructure
      activities
      plannedTradingOn
      area {
        id
        name
      }
      catalyst {
        id
        displayName
      }
      members {
        id
        name
        role
        email
        hasAccount
      }
      checklist {
        status
        items {
          id
          status
          dueOn
          expiresOn
          completedOn
          overdue
          waivedReason
          reference
          note
          inProgressSince
          checkedAt
          returnedAt
          returnedReason
          awaitingCheckSince
          member {
            name
          }
          requirement {
            code
            title
            mandatory
            beforeTrading
            guidance
          }
          evidence {
            id
            fileName
            sizeBytes
          }
        }
      }
      timeline(first: 20, after: $timelineAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            occurredAt
            summary
            actorName
          }
        }
      }
    }
  }
`);
export interface EnterpriseDetail {
  id: string;
  name: string;
  stage: string;
  daysInStage: number;
  postcode: string;
  legalStructure: string;
  activities: string[];
  plannedTradingOn: string | null;
  area: { id: string; name: string };
  catalyst: { id: string; displayName: string } | null;
  members: { id: string; name: string; role: string; email: string | null; hasAccount: boolean }[];
  checklist: { status: string; items: ChecklistEntry[] };
  timeline: {
    totalCount: number;
    edges: { node: { id: string; kind: string; occurredAt: string; summary: string } }[];
  };
}
export type Enterprise = EnterpriseQuery;

export const ENTERPRISE_NAME = graphql(`
  query EnterpriseName($id: ID!) {
    enterprise(id: $id) {
      id
      name
    }
  }
`);
export type EnterpriseName = EnterpriseNameQuery;

export const UPDATE_CHECKLIST_ITEM = graphql(`
  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
    updateChecklistItem(input: $input) {
      id
      status
    }
  }
`);

export const RECORD_SESSION = graphql(`
  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {
    recordCoachingSession(input: $input) {
      id
      heldOn
      actions {
        id
      }
    }
  }
`);
export interface ActionItem {
  id: string;
  enterpriseId: string;
  title: string;
  dueOn: string;
  owner: string;
  done: boolean;
}

export const MY_ACTIONS = graphql(`
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
          enterpriseId
          enterpriseName
          title
          dueOn
          owner
          done
        }
      }
    }
  }
`);
export type MyActions = MyActionsQuery;

export const COMPLETE_ACTION = graphql(`
  mutation CompleteAction($id: ID!) {
    completeAction(id: $id) {
      id
      title
      done
    }
  }
`);
export type CompleteAction = CompleteActionMutation;

export interface DeadlineItem {
  id: string;
  enterpriseId: string;
  status: string;
  dueOn: string | null;
  expiresOn: string | null;
  member: { name: string } | null;
  requirement: { title: string };
}

export const DEADLINE_FIELDS = graphql(`
  fragment DeadlineFields on ChecklistItemConnection {
    totalCount
    edges {
      node {
        id
        enterpriseId
        status
        dueOn
        expiresOn
        member {
          name
        }
        requirement {
          title
        }
      }
    }
  }
`);

export const COMPLIANCE_DEADLINES = graphql(`
  query ComplianceDeadlines($days: Int!, $first: Int) {
    complianceOverdue(first: $first) {
      ...DeadlineFields
    }
    complianceDue(days: $days, first: $first) {
      ...DeadlineFields
    }
  }
`);
export type ComplianceDeadlines = ComplianceDeadlinesQuery;

export const IMPACT_REPORT = graphql(`
  query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {
    impactReport(areaId: $areaId, from: $from, to: $to) {
      figures {
        key
        label
        value
      }
    }
  }
`);
export type ImpactReport = ImpactReportQuery;
