/** The contract's operations for budget holders and delegates, asking only for what the pages show. */
import { graphql } from '../generated';
import type {
  BudgetStatementQuery,
  InviteDelegateMutation,
  MyBookingsQuery,
  MyBudgetsQuery,
  RequestBookingMutation,
  RequestBookingSeriesMutation,
  SetUpBudgetMutation,
} from '../generated/graphql';
import { Availability } from './holder-forms';

export const LISTING = graphql(`
  query Listing($id: ID!) {
    listing(id: $id) {
      id
      title
      description
      category
      pricePence
      priceUnit
      capacity
      verified
      postcodeDistrict
      status
      enterprise {
        id
        name
      }
      availability {
        dayOfWeek
        startTime
        endTime
      }
    }
  }
`);

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

export const LISTING_FREE_TIMES = graphql(`
  query ListingFreeTimes($listingId: ID!, $weeks: Int) {
    listingFreeTimes(listingId: $listingId, weeks: $weeks) {
      startsAt
      endsAt
    }
  }
`);

export const PERIOD_FIELDS = graphql(`
  fragment PeriodFields on BudgetPeriod {
    id
    startsOn
    endsOn
    allocationPence
    carriedPence
    committedPence
    spentPence
    remainingPence
  }
`);

export const MY_BUDGETS = graphql(`
  query MyBudgets {
    myBudgets {
      id
      label
      myRole
      holderName
      currentPeriod {
        ...PeriodFields
      }
    }
  }
`);

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

export type MyBudgets = MyBudgetsQuery;

export const BUDGET = graphql(`
  query Budget($id: ID!) {
    personalBudget(id: $id) {
      id
      label
      myRole
      holderName
      paymentPence
      contributionPence
      periodDays
      startsOn
      carriedPence
      surplusFlag
      surplusPence
      surplusExplanation
      currentPeriod {
        ...PeriodFields
      }
    }
  }
`);

export const SET_UP_BUDGET = graphql(`
  mutation SetUpBudget($input: SetUpBudgetInput!) {
    setUpBudget(input: $input) {
      id
    }
  }
`);

export type SetUpBudget = SetUpBudgetMutation;

export const REQUEST_BOOKING = graphql(`
  mutation RequestBooking($input: RequestBookingInput!) {
    requestBooking(input: $input) {
      id
    }
  }
`);

export type RequestBooking = RequestBookingMutation;

export const REQUEST_BOOKING_SERIES = graphql(`
  mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {
    requestBookingSeries(input: $input) {
      id
      weeks
      bookings {
        id
      }
    }
  }
`);

export type RequestBookingSeries = RequestBookingSeriesMutation;

export const MY_BOOKINGS = graphql(`
  query MyBookings($first: Int, $after: String, $budgetId: ID, $status: BookingStatus) {
    myBookings(side: HOLDER, first: $first, after: $after, budgetId: $budgetId, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          startsAt
          endsAt
          costPence
          providerName
          listing {
            id
            title
          }
        }
      }
    }
  }
`);

export interface BookingSummary {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  costPence: number;
  providerName: string;
  listing: { id: string; title: string };
}

export type MyBookings = MyBookingsQuery;

export const BOOKING = graphql(`
  query Booking($id: ID!) {
    booking(id: $id) {
      id
      status
      startsAt
      endsAt
      costPence
      expiresAt
      note
      answerReason
      budgetId
      seriesId
      providerName
      whereAndWho {
        placeKind
        placeAddress
        contactPhone
        contactEmail
        providerEmails
      }
      listing {
        id
        title
      }
      messages {
        id
        body
        createdAt
        mine
      }
    }
  }
`);

export const CANCEL_BOOKING = graphql(`
  mutation CancelBooking($id: ID!, $reason: String!) {
    cancelBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const SEND_MESSAGE = graphql(`
  mutation SendBookingMessage($input: SendBookingMessageInput!) {
    sendBookingMessage(input: $input) {
      id
    }
  }
`);

export const BUDGET_STATEMENT = graphql(`
  query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {
    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {
      label
      openingBalancePence
      closingBalancePence
      entries {
        id
        occurredOn
        kind
        payee
        description
        amountPence
        receiptReference
        balancePence
      }
    }
  }
`);

export type BudgetStatement = BudgetStatementQuery;

export const RECORD_EXPENSE = graphql(`
  mutation RecordExpense($input: RecordExpenseInput!) {
    recordExpense(input: $input) {
      id
    }
  }
`);

export const INVITE_DELEGATE = graphql(`
  mutation InviteDelegate($budgetId: ID!, $email: String!) {
    inviteDelegate(budgetId: $budgetId, email: $email) {
      email
    }
  }
`);

export type InviteDelegate = InviteDelegateMutation;
