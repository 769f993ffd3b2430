/** The contract's visit and invoice operations, asking only for what the pages show (issue 16). */
import { graphql } from '../generated';
import type {
  BookingVisitQuery,
  DeliveredBookingsQuery,
  InvoiceQuery,
  InvoicesQuery,
  IssueInvoiceMutation,
} from '../generated/graphql';

export const DELIVERED_BOOKINGS = graphql(`
  query DeliveredBookings($side: BookingSide!, $first: Int) {
    myBookings(side: $side, status: COMPLETED, first: $first) {
      edges {
        node {
          id
          startsAt
          endsAt
          costPence
          holderName
          invoiceNumber
          listing {
            title
          }
          visit {
            state
            confirmedByDefaultOn
            disputeReason
          }
        }
      }
    }
  }
`);

export type DeliveredBookings = DeliveredBookingsQuery;
export type VisitBooking = DeliveredBookingsQuery['myBookings']['edges'][number]['node'];

export const CONFIRM_VISIT = graphql(`
  mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {
    confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {
      id
      visit {
        state
      }
    }
  }
`);

export const BOOKING_VISIT = graphql(`
  query BookingVisit($id: ID!) {
    booking(id: $id) {
      id
      startsAt
      endsAt
      costPence
      holderName
      invoiceNumber
      listing {
        title
      }
      visit {
        state
        confirmedByDefaultOn
        disputeReason
      }
    }
  }
`);
export type BookingVisit = BookingVisitQuery;

export const INVOICES = graphql(`
  query Invoices($side: InvoiceSide!, $first: Int) {
    invoices(side: $side, first: $first) {
      edges {
        node {
          id
          number
          totalPence
          issuedOn
          dueOn
          paidOn
          status
          overdue
          receipt
          holderName
          enterprise {
            name
          }
        }
      }
    }
    moneyOwed(side: $side) {
      totalPence
      invoices
      buckets {
        bucket
        label
        invoices
        amountPence
      }
    }
  }
`);

export type InvoicesPage = InvoicesQuery;
export type InvoiceSummary = InvoicesQuery['invoices']['edges'][number]['node'];

export const INVOICE = graphql(`
  query Invoice($id: ID!) {
    invoice(id: $id) {
      id
      number
      totalPence
      issuedOn
      dueOn
      paidOn
      status
      overdue
      receipt
      holderName
      enterprise {
        name
      }
    }
  }
`);
export type InvoicePage = InvoiceQuery;

export const RECORD_PAYMENT = graphql(`
  mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {
    recordInvoicePayment(input: $input) {
      id
      status
      paidOn
    }
  }
`);

export const CONFIRM_RECEIPT = graphql(`
  mutation ConfirmInvoiceReceipt($input: ConfirmInvoiceReceiptInput!) {
    confirmInvoiceReceipt(input: $input) {
      id
      receipt
    }
  }
`);

export const ISSUE_INVOICE = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      id
      number
      totalPence
    }
  }
`);
export type IssueInvoice = IssueInvoiceMutation;

export const INVOICE_SETTINGS = graphql(`
  query InvoiceSettings($enterpriseId: ID!) {
    invoiceSettings(enterpriseId: $enterpriseId) {
      enterpriseId
      monthlyIssuing
      dueDays
    }
  }
`);

export const SET_INVOICE_SETTINGS = graphql(`
  mutation SetInvoiceSettings($input: InvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      enterpriseId
      monthlyIssuing
      dueDays
    }
  }
`);
