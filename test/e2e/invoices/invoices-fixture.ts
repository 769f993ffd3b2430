import { Clock } from '@small-places/platform';
import { acceptInvitation, Session, uniqueEmail, graphql } from '@small-places/testing';
import {
  ACCEPT,
  BookingWorld,
  bookingWorld,
  COMPLETE,
  REQUEST,
  setUpBudget,
  slot,
} from '../bookings/bookings-fixture';
import { INVITE_DELEGATE } from '../budgets/budget-fixture';

export const CONFIRM_VISIT = graphql(`
  mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {
    confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {
      id
      status
      visit {
        state
      }
    }
  }
`);
export const CORRECT_VISIT = graphql(`
  mutation CorrectVisitTime($input: CorrectVisitTimeInput!) {
    correctVisitTime(input: $input) {
      id
      startsAt
      endsAt
      visit {
        state
        providerAnswer
        awaitingSince
      }
    }
  }
`);
export const WITHDRAW_VISIT = graphql(`
  mutation WithdrawVisit($bookingId: ID!) {
    withdrawVisit(bookingId: $bookingId) {
      id
      visit {
        state
        providerAnswer
      }
    }
  }
`);
export const ISSUE_INVOICE = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      id
      number
      totalPence
      issuedOn
      dueOn
      status
      lines {
        bookingId
        amountPence
      }
    }
  }
`);
export const INVOICES = graphql(`
  query Invoices($side: InvoiceSide!, $first: Int, $after: String) {
    invoices(side: $side, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          totalPence
          issuedOn
          dueOn
          status
          enterprise {
            name
          }
        }
      }
    }
  }
`);
export const RECORD_PAYMENT = graphql(`
  mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {
    recordInvoicePayment(input: $input) {
      id
      status
      paidOn
    }
  }
`);
export const RUN_SCAN = graphql(`
  mutation RunReminderScan($asOf: Date) {
    runReminderScan(asOf: $asOf)
  }
`);

export interface InvoiceWorld extends BookingWorld {
  budgetId: string;
  delegate: Session;
  otherBudgetId: string;
}

/** The bookings world, plus a £1,000 budget for the holder with a delegate, and one for the other holder. */
export async function invoiceWorld(): Promise<InvoiceWorld> {
  const w = await bookingWorld();
  const budgetId = await setUpBudget(w, w.holder, 100_000);
  const otherBudgetId = await setUpBudget(w, w.otherHolder, 100_000);
  const delegateEmail = uniqueEmail('delegate');
  await w.t.client.ok(INVITE_DELEGATE, { budgetId, email: delegateEmail }, { token: w.holder.accessToken });
  const delegate = await acceptInvitation(w.t.client, w.t.mailbox, delegateEmail, 'Dee Delegate');
  return { ...w, budgetId, delegate, otherBudgetId };
}

/** Moves the API's and the worker's clocks together. */
export function travel(w: BookingWorld, ms: number): void {
  w.t.app.get(Clock).advance(ms);
  w.t.worker?.get(Clock).advance(ms);
}

export const DAY_MS = 86_400_000;

/**
 * Bookings requested and accepted `daysAhead` days ahead at these London hours (one hour each, on the £18
 * hourly listing), then delivered: the clocks move past them, the provider completes them, the clocks come back.
 */
export async function deliveredBookings(
  w: InvoiceWorld,
  holder: Session,
  budgetId: string | null,
  times: Array<[daysAhead: number, hour: number]>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [daysAhead, hour] of times) {
    const created = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(daysAhead, hour), ...(budgetId ? { budgetId } : {}) } },
      { token: holder.accessToken },
    );
    await w.t.client.ok(ACCEPT, { id: created.requestBooking.id }, { token: w.provider.accessToken });
    ids.push(created.requestBooking.id);
  }
  const furthest = Math.max(...times.map(([days]) => days)) + 1;
  travel(w, furthest * DAY_MS);
  try {
    for (const id of ids) await w.t.client.ok(COMPLETE, { id }, { token: w.provider.accessToken });
  } finally {
    travel(w, -furthest * DAY_MS);
  }
  return ids;
}

export async function confirmAll(w: InvoiceWorld, who: Session, ids: string[]): Promise<void> {
  for (const bookingId of ids) {
    await w.t.client.ok(CONFIRM_VISIT, { bookingId, happened: true }, { token: who.accessToken });
  }
}
