/** The GraphQL documents the Catalyst's pages send, asking only for what each page shows. */

export interface AreaSummary {
  id: string;
  name: string;
  postcodeDistricts: string[];
}

export const AREAS = `query Areas { areas { id name postcodeDistricts } }`;
export interface Areas {
  areas: AreaSummary[];
}

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

export const ENTERPRISES = `query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String) {
  enterprises(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name stage district daysInStage area { id name } catalyst { id displayName } checklist { status } } }
  }
}`;
export interface Enterprises {
  enterprises: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: EnterpriseCard }[];
  };
}

export const ENTERPRISE_NAMES = `query EnterpriseNames($first: Int) {
  enterprises(first: $first) { edges { node { id name } } }
}`;
export interface EnterpriseNames {
  enterprises: { edges: { node: { id: string; name: string } }[] };
}

export const PIPELINE = `query Pipeline($areaId: ID!) {
  pipeline(areaId: $areaId) {
    stage count
    enterprises { id name district daysInStage checklist { status } }
  }
}`;
export interface Pipeline {
  pipeline: {
    stage: string;
    count: number;
    enterprises: {
      id: string;
      name: string;
      district: string;
      daysInStage: number;
      checklist: { status: string };
    }[];
  }[];
}

export const MOVE_STAGE = `mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {
  moveEnterpriseStage(input: $input) { id name stage }
}`;
export interface MoveStage {
  moveEnterpriseStage: { id: string; name: string; stage: string };
}

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

export const ENTERPRISE = `query Enterprise($id: ID!) {
  enterprise(id: $id) {
    id name stage daysInStage postcode legalStructure activities plannedTradingOn
    area { id name }
    catalyst { id displayName }
    members { id name role email hasAccount }
    checklist {
      status
      items {
        id status dueOn expiresOn completedOn overdue waivedReason reference
        member { name }
        requirement { code title mandatory beforeTrading guidance }
      }
    }
    timeline(first: 20) { totalCount edges { node { id kind occurredAt summary } } }
  }
}`;
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
export interface Enterprise {
  enterprise: EnterpriseDetail;
}

export const ENTERPRISE_NAME = `query EnterpriseName($id: ID!) { enterprise(id: $id) { id name } }`;
export interface EnterpriseName {
  enterprise: { id: string; name: string };
}

export const UPDATE_CHECKLIST_ITEM = `mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) { id status }
}`;

export const RECORD_SESSION = `mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {
  recordCoachingSession(input: $input) { id heldOn actions { id } }
}`;
export interface RecordSession {
  recordCoachingSession: { id: string; heldOn: string; actions: { id: string }[] };
}

export interface ActionItem {
  id: string;
  enterpriseId: string;
  title: string;
  dueOn: string;
  owner: string;
  done: boolean;
}

export const MY_ACTIONS = `query MyActions($filter: ActionFilterInput, $first: Int) {
  myActions(filter: $filter, first: $first) {
    totalCount
    edges { node { id enterpriseId title dueOn owner done } }
  }
}`;
export interface MyActions {
  myActions: { totalCount: number; edges: { node: ActionItem }[] };
}

export const COMPLETE_ACTION = `mutation CompleteAction($id: ID!) { completeAction(id: $id) { id title done } }`;
export interface CompleteAction {
  completeAction: { id: string; title: string; done: boolean };
}

export interface DeadlineItem {
  id: string;
  enterpriseId: string;
  status: string;
  dueOn: string | null;
  expiresOn: string | null;
  member: { name: string } | null;
  requirement: { title: string };
}

const DEADLINE_FIELDS = `totalCount edges { node { id enterpriseId status dueOn expiresOn member { name } requirement { title } } }`;

export const COMPLIANCE_DEADLINES = `query ComplianceDeadlines($days: Int!, $first: Int) {
  complianceOverdue(first: $first) { ${DEADLINE_FIELDS} }
  complianceDue(days: $days, first: $first) { ${DEADLINE_FIELDS} }
}`;
export interface ComplianceDeadlines {
  complianceOverdue: { totalCount: number; edges: { node: DeadlineItem }[] };
  complianceDue: { totalCount: number; edges: { node: DeadlineItem }[] };
}

export const IMPACT_REPORT = `query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {
  impactReport(areaId: $areaId, from: $from, to: $to) {
    enterprisesSupported newEnterprises reachedTrading medianDaysToTrading
    jobsFte peopleSupportedPerWeek hoursPerWeek coachingHours listedEnterprises verifiedEnterprises
  }
}`;
export interface ImpactFigures {
  enterprisesSupported: number;
  newEnterprises: number;
  reachedTrading: number;
  medianDaysToTrading: number | null;
  jobsFte: number;
  peopleSupportedPerWeek: number;
  hoursPerWeek: number;
  coachingHours: number;
  listedEnterprises: number;
  verifiedEnterprises: number;
}
export interface ImpactReport {
  impactReport: ImpactFigures;
}
