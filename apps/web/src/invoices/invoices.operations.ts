/** The contract's visit and invoice operations, asking only for what the pages show (issue 16). */

const VISIT_BOOKING = `id startsAt endsAt costPence holderName invoiceNumber listing { title }
  visit { state confirmedByDefaultOn disputeReason }`;

export const DELIVERED_BOOKINGS = `query DeliveredBookings($side: BookingSide!, $first: Int) {
  myBookings(side: $side, status: COMPLETED, first: $first) { edges { node { ${VISIT_BOOKING} } } }
}`;

export interface VisitBooking {
  id: string;
  startsAt: string;
  endsAt: string;
  costPence: number;
  holderName: string | null;
  invoiceNumber: number | null;
  listing: { title: string };
  visit: { state: string; confirmedByDefaultOn: string; disputeReason: string | null } | null;
}

export interface DeliveredBookings {
  myBookings: { edges: Array<{ node: VisitBooking }> };
}

export const CONFIRM_VISIT = `mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {
  confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) { id visit { state } }
}`;

export const BOOKING_VISIT = `query BookingVisit($id: ID!) { booking(id: $id) { ${VISIT_BOOKING} } }`;
export interface BookingVisit {
  booking: VisitBooking;
}

const INVOICE_FIELDS = `id number totalPence issuedOn dueOn paidOn status overdue receipt holderName
  enterprise { name }`;

export const INVOICES = `query Invoices($side: InvoiceSide!, $first: Int) {
  invoices(side: $side, first: $first) { edges { node { ${INVOICE_FIELDS} } } }
  moneyOwed(side: $side) { totalPence invoices buckets { bucket label invoices amountPence } }
}`;

export interface InvoiceSummary {
  id: string;
  number: number;
  totalPence: number;
  issuedOn: string;
  dueOn: string;
  paidOn: string | null;
  status: string;
  overdue: boolean;
  receipt: string | null;
  holderName: string;
  enterprise: { name: string };
}

export interface InvoicesPage {
  invoices: { edges: Array<{ node: InvoiceSummary }> };
  moneyOwed: {
    totalPence: number;
    invoices: number;
    buckets: Array<{ bucket: string; label: string; invoices: number; amountPence: number }>;
  };
}

export const INVOICE = `query Invoice($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;
export interface InvoicePage {
  invoice: InvoiceSummary;
}

export const RECORD_PAYMENT = `mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {
  recordInvoicePayment(input: $input) { id status paidOn }
}`;

export const CONFIRM_RECEIPT = `mutation ConfirmInvoiceReceipt($input: ConfirmInvoiceReceiptInput!) {
  confirmInvoiceReceipt(input: $input) { id receipt }
}`;

export const ISSUE_INVOICE = `mutation IssueInvoice($input: IssueInvoiceInput!) {
  issueInvoice(input: $input) { id number totalPence }
}`;
export interface IssueInvoice {
  issueInvoice: { id: string; number: number; totalPence: number };
}
