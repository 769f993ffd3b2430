/** The contract's operations for budget holders and delegates, asking only for what the pages show. */
import { Availability } from './holder-forms';

export const LISTING = `query Listing($id: ID!) {
  listing(id: $id) {
    id title description category pricePence priceUnit capacity verified postcodeDistrict status
    enterprise { id name }
    availability { dayOfWeek startTime endTime }
  }
}`;

export interface ListingPage {
  listing: {
    id: string;
    title: string;
    description: string;
    category: string;
    pricePence: number;
    priceUnit: string;
    capacity: string;
    verified: boolean;
    postcodeDistrict: string;
    status: string;
    enterprise: { id: string; name: string };
    availability: Availability[];
  };
}

const PERIOD_FIELDS =
  'id startsOn endsOn allocationPence carriedPence committedPence spentPence remainingPence';

export const MY_BUDGETS = `query MyBudgets {
  myBudgets { id label myRole holderName currentPeriod { ${PERIOD_FIELDS} } }
}`;

export interface BudgetPeriod {
  id: string;
  startsOn: string;
  endsOn: string;
  allocationPence: number;
  carriedPence: number;
  committedPence: number;
  spentPence: number;
  remainingPence: number;
}

export interface BudgetSummary {
  id: string;
  label: string;
  /** Whose budget it is: a delegate's pages say so. */
  holderName?: string;
  myRole: 'HOLDER' | 'DELEGATE';
  currentPeriod: BudgetPeriod | null;
}

export interface MyBudgets {
  myBudgets: BudgetSummary[];
}

export const BUDGET = `query Budget($id: ID!) {
  personalBudget(id: $id) {
    id label myRole holderName paymentPence contributionPence periodDays startsOn carriedPence
    surplusFlag surplusPence surplusExplanation
    currentPeriod { ${PERIOD_FIELDS} }
  }
}`;

export interface BudgetPage {
  personalBudget: BudgetSummary & {
    holderName: string;
    paymentPence: number;
    contributionPence: number;
    periodDays: number;
    startsOn: string;
    carriedPence: number;
    surplusFlag: boolean;
    surplusPence: number;
    surplusExplanation: string;
  };
}

export const SET_UP_BUDGET = `mutation SetUpBudget($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) { id }
}`;

export interface SetUpBudget {
  setUpBudget: { id: string };
}

export const REQUEST_BOOKING = `mutation RequestBooking($input: RequestBookingInput!) {
  requestBooking(input: $input) { id }
}`;

export interface RequestBooking {
  requestBooking: { id: string };
}

export const REQUEST_BOOKING_SERIES = `mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {
  requestBookingSeries(input: $input) { id weeks bookings { id } }
}`;

export interface RequestBookingSeries {
  requestBookingSeries: { id: string; weeks: number; bookings: { id: string }[] };
}

export const MY_BOOKINGS = `query MyBookings($first: Int, $after: String) {
  myBookings(side: HOLDER, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status startsAt endsAt costPence listing { id title } } }
  }
}`;

export interface BookingSummary {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  costPence: number;
  listing: { id: string; title: string };
}

export interface MyBookings {
  myBookings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: BookingSummary }[];
  };
}

export const BOOKING = `query Booking($id: ID!) {
  booking(id: $id) {
    id status startsAt endsAt costPence expiresAt note answerReason budgetId seriesId
    listing { id title }
    messages { id body createdAt mine }
  }
}`;

export interface BookingPage {
  booking: BookingSummary & {
    expiresAt: string;
    note: string | null;
    answerReason: string | null;
    budgetId: string | null;
    seriesId: string | null;
    messages: { id: string; body: string; createdAt: string; mine: boolean }[];
  };
}

export const CANCEL_BOOKING = `mutation CancelBooking($id: ID!, $reason: String!) {
  cancelBooking(id: $id, reason: $reason) { id status }
}`;

export const SEND_MESSAGE = `mutation SendBookingMessage($input: SendBookingMessageInput!) {
  sendBookingMessage(input: $input) { id }
}`;

export const BUDGET_STATEMENT = `query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {
  budgetStatement(budgetId: $budgetId, from: $from, to: $to) {
    label openingBalancePence closingBalancePence
    entries { id occurredOn kind payee description amountPence receiptReference balancePence }
  }
}`;

export interface BudgetStatement {
  budgetStatement: {
    label: string;
    openingBalancePence: number;
    closingBalancePence: number;
    entries: {
      id: string;
      occurredOn: string;
      kind: string;
      payee: string;
      description: string;
      amountPence: number;
      receiptReference: string | null;
      balancePence: number;
    }[];
  };
}

export const RECORD_EXPENSE = `mutation RecordExpense($input: RecordExpenseInput!) {
  recordExpense(input: $input) { id }
}`;

export const INVITE_DELEGATE = `mutation InviteDelegate($budgetId: ID!, $email: String!) {
  inviteDelegate(budgetId: $budgetId, email: $email) { email }
}`;

export interface InviteDelegate {
  inviteDelegate: { email: string };
}
