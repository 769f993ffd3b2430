import { londonDate } from '@small-places/platform';
import { uniqueEmail } from '@small-places/testing';
import { slot } from '../e2e/bookings/bookings-fixture';
import { enterpriseInput } from '../e2e/crm/crm-fixture';
import { evidenceUpload, OwnerRole, SecurityWorld } from './security-world';

/**
 * One case for every Query and Mutation that takes an id (see docs/security.md). The matrix calls the
 * operation with `args` as each outsider role and expects a refusal and no changed row; then calls it as
 * `allowed`, which must succeed, so a broken world cannot pass by NOT_FOUND.
 */
export interface AuthorisationCase {
  /** Who may: the positive control. */
  allowed: OwnerRole;
  /** Arguments aimed at an object of side A (`w.a`). */
  args(w: SecurityWorld): Record<string, unknown>;
  /** What to select when a check below needs data; `__typename` otherwise. */
  selection?: string;
  /**
   * Only for operations that narrow the caller's own view (a filter) or touch only the caller's own rows:
   * a signed-in outsider gets an answer instead of an error, and this must say it reveals nothing.
   */
  outsiderAnswerRevealsNothing?(data: Record<string, unknown>): boolean;
  /** Checks the allowed answer when success alone would not prove it (a filter that returns rows). */
  allowedAnswerIsRight?(data: Record<string, unknown>): boolean;
  /** The allowed call only makes sense at another moment (after a booking started, say). */
  allowedAt?(w: SecurityWorld): Date;
}

const today = () => londonDate(new Date());

export const AUTHORISATION_CASES: Record<string, AuthorisationCase> = {
  // Queries
  'Query.auditTrail': {
    allowed: 'admin',
    args: (w) => ({ recordType: 'PersonalBudget', recordId: w.a.budgetId }),
    selection: 'totalCount',
  },
  'Query.booking': { allowed: 'holderA', args: (w) => ({ id: w.a.bookingToCancel }) },
  'Query.budgetStatement': {
    allowed: 'delegateA',
    args: (w) => ({ budgetId: w.a.budgetId, from: '2026-01-01', to: '2026-12-31' }),
  },
  'Query.checklist': { allowed: 'memberA', args: (w) => ({ enterpriseId: w.a.enterpriseId }) },
  'Query.enterprise': { allowed: 'catalystA', args: (w) => ({ id: w.a.enterpriseId }) },
  'Query.enterpriseImport': { allowed: 'catalystA', args: (w) => ({ id: w.a.importId }) },
  'Query.enterpriseListings': { allowed: 'memberA', args: (w) => ({ enterpriseId: w.a.enterpriseId }) },
  'Query.enterprises': {
    allowed: 'catalystA',
    args: (w) => ({ filter: { areaId: w.a.areaId } }),
    selection: 'totalCount',
    outsiderAnswerRevealsNothing: (data) => (data.enterprises as { totalCount: number }).totalCount === 0,
    allowedAnswerIsRight: (data) => (data.enterprises as { totalCount: number }).totalCount > 0,
  },
  'Query.impactReport': {
    allowed: 'catalystA',
    args: (w) => ({ areaId: w.a.areaId, from: '2026-01-01', to: '2026-12-31' }),
  },
  // Filtering one's own bookings by a budget: an outsider naming budget A sees none of its bookings.
  'Query.myBookings': {
    allowed: 'delegateA',
    args: (w) => ({ side: 'HOLDER', budgetId: w.a.budgetId }),
    selection: 'totalCount',
    outsiderAnswerRevealsNothing: (data) => (data.myBookings as { totalCount: number }).totalCount === 0,
    allowedAnswerIsRight: (data) => (data.myBookings as { totalCount: number }).totalCount > 0,
  },
  'Query.listing': { allowed: 'memberA', args: (w) => ({ id: w.a.draftListingId }) },
  'Query.myActions': {
    allowed: 'catalystA',
    args: (w) => ({ filter: { enterpriseId: w.a.enterpriseId, mine: false } }),
    selection: 'totalCount',
  },
  // A published listing's free times are any holder's to book from; a draft's only its own members'.
  'Query.listingFreeTimes': { allowed: 'memberA', args: (w) => ({ listingId: w.a.draftListingId }) },
  'Query.publicEnterprise': { allowed: 'catalystA', args: (w) => ({ id: w.a.quietEnterpriseId }) },
  'Query.personalBudget': { allowed: 'delegateA', args: (w) => ({ id: w.a.budgetId }) },
  'Query.budgetDelegates': { allowed: 'holderA', args: (w) => ({ budgetId: w.a.budgetId }) },
  'Query.pipeline': { allowed: 'catalystA', args: (w) => ({ areaId: w.a.areaId }) },
  'Query.invoice': { allowed: 'delegateA', args: (w) => ({ id: w.a.invoicePaid }) },
  'Query.requirementOverrides': { allowed: 'admin', args: (w) => ({ areaId: w.a.areaId }) },
  'Query.invoiceSettings': { allowed: 'memberA', args: (w) => ({ enterpriseId: w.a.enterpriseId }) },

  // Mutations
  'Mutation.acceptBooking': { allowed: 'memberA', args: (w) => ({ id: w.a.bookingToAccept }) },
  'Mutation.acceptBookingSeries': { allowed: 'memberA', args: (w) => ({ seriesId: w.a.seriesToAccept }) },
  'Mutation.addEnterpriseMember': {
    allowed: 'catalystA',
    args: (w) => ({ input: { enterpriseId: w.a.quietEnterpriseId, name: 'Nat Newhelper' } }),
  },
  'Mutation.cancelBooking': {
    allowed: 'holderA',
    args: (w) => ({ id: w.a.bookingToCancel, reason: 'Plans changed' }),
  },
  'Mutation.confirmInvoiceReceipt': {
    allowed: 'memberA',
    args: (w) => ({ input: { invoiceId: w.a.invoicePaid, received: true } }),
  },
  'Mutation.confirmVisit': {
    allowed: 'holderA',
    args: (w) => ({ bookingId: w.a.visitToConfirm, happened: true }),
  },
  'Mutation.correctVisitTime': {
    allowed: 'memberA',
    args: (w) => {
      // Yesterday, at the minute: in the past, whole minutes, 30 minutes long.
      const start = new Date(Math.floor((Date.now() - 86_400_000) / 60_000) * 60_000);
      return {
        input: {
          bookingId: w.a.visitToCorrect,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 30 * 60_000).toISOString(),
        },
      };
    },
  },
  'Mutation.issueCreditNote': {
    allowed: 'memberA',
    args: (w) => ({ input: { invoiceId: w.a.invoiceToCredit, amountPence: 100, reason: 'Arrived late' } }),
  },
  'Mutation.issueInvoice': {
    allowed: 'memberA',
    args: (w) => ({ input: { bookingIds: [w.a.visitToInvoice] } }),
  },
  'Mutation.recordInvoicePayment': {
    allowed: 'delegateA',
    args: (w) => ({ input: { invoiceId: w.a.invoiceToPay, paidOn: today(), reference: 'DP-1' } }),
  },
  'Mutation.setInvoiceSettings': {
    allowed: 'memberA',
    args: (w) => ({ input: { enterpriseId: w.a.enterpriseId, monthlyIssuing: true, dueDays: 21 } }),
  },
  'Mutation.withdrawVisit': { allowed: 'memberA', args: (w) => ({ bookingId: w.a.visitToWithdraw }) },
  'Mutation.completeAction': { allowed: 'memberA', args: (w) => ({ id: w.a.actionToComplete }) },
  'Mutation.completeBooking': {
    allowed: 'memberA',
    args: (w) => ({ id: w.a.bookingToComplete }),
    allowedAt: (w) => new Date(new Date(w.a.bookingToCompleteStartsAt).getTime() + 2 * 3_600_000),
  },
  'Mutation.createEnterprise': {
    allowed: 'catalystA',
    args: (w) => ({
      input: enterpriseInput(w.a.areaId, { founder: { name: 'Nell New', email: uniqueEmail('founder') } }),
    }),
  },
  'Mutation.createListing': {
    allowed: 'memberA',
    args: (w) => ({
      input: {
        enterpriseId: w.a.enterpriseId,
        title: 'Gardening help',
        description: 'Weeding, mowing and a chat, around Taunton.',
        category: 'COMPANIONSHIP',
        pricePence: 1600,
        priceUnit: 'HOUR',
        postcode: 'TA1 1AA',
        travelMiles: 3,
        availability: [{ dayOfWeek: 'TUESDAY', startTime: '09:00', endTime: '12:00' }],
      },
    }),
  },
  'Mutation.declineBooking': {
    allowed: 'memberA',
    args: (w) => ({ id: w.a.bookingToDecline, reason: 'Fully booked that week' }),
  },
  'Mutation.declineBookingSeries': {
    allowed: 'memberA',
    args: (w) => ({ seriesId: w.a.seriesToDecline, reason: 'Fully booked those weeks' }),
  },
  'Mutation.removeDelegate': {
    allowed: 'holderA',
    args: (w) => ({ budgetId: w.a.budgetId, delegateId: w.a.delegateInvitationId }),
  },
  'Mutation.inviteDelegate': {
    allowed: 'holderA',
    args: (w) => ({ budgetId: w.a.budgetId, email: uniqueEmail('delegate') }),
  },
  'Mutation.inviteUser': {
    allowed: 'admin',
    args: (w) => ({ input: { email: uniqueEmail('catalyst'), role: 'CATALYST', areaIds: [w.a.areaId] } }),
  },
  'Mutation.markNotificationsRead': {
    allowed: 'holderA',
    args: (w) => ({ ids: [w.a.notificationId] }),
    outsiderAnswerRevealsNothing: (data) => data.markNotificationsRead === 0,
    allowedAnswerIsRight: (data) => data.markNotificationsRead === 1,
  },
  'Mutation.moveEnterpriseStage': {
    allowed: 'catalystA',
    args: (w) => ({
      input: { enterpriseId: w.a.quietEnterpriseId, stage: 'PAUSED', note: 'Owner on leave' },
    }),
  },
  'Mutation.placeEnterpriseOnBoard': {
    allowed: 'catalystA',
    args: (w) => ({ input: { enterpriseId: w.a.enterpriseId } }),
  },
  'Mutation.publishListing': { allowed: 'memberA', args: (w) => ({ id: w.a.draftToPublishId }) },
  'Mutation.reassignAction': {
    allowed: 'catalystA',
    args: (w) => ({ id: w.a.actionToReassign, owner: 'ENTREPRENEUR', dueOn: '2027-03-01' }),
  },
  'Mutation.recordCoachingSession': {
    allowed: 'catalystA',
    args: (w) => ({
      input: {
        enterpriseId: w.a.enterpriseId,
        heldOn: '2026-02-01',
        minutes: 20,
        mode: 'VIDEO',
        summary: 'Looked at pricing.',
      },
    }),
  },
  'Mutation.recordExpense': {
    allowed: 'holderA',
    args: (w) => ({
      input: {
        budgetId: w.a.budgetId,
        amountPence: 1_200,
        spentOn: today(),
        payee: 'Taxi',
        description: 'Trip to the day centre',
        receiptReference: 'R-1',
      },
    }),
  },
  'Mutation.requestBooking': {
    allowed: 'holderA',
    args: (w) => ({ input: { listingId: w.a.listingId, budgetId: w.a.budgetId, ...slot(40, 12) } }),
  },
  'Mutation.requestBookingSeries': {
    allowed: 'delegateA',
    args: (w) => ({ input: { listingId: w.a.listingId, budgetId: w.a.budgetId, weeks: 2, ...slot(41, 15) } }),
  },
  'Mutation.sendBookingMessage': {
    allowed: 'holderA',
    args: (w) => ({ input: { bookingId: w.a.bookingToAccept, body: 'Is the side door open?' } }),
  },
  'Mutation.resendStaffInvitation': { allowed: 'admin', args: (w) => ({ id: w.a.staffInvitationToResend }) },
  'Mutation.revokeStaffInvitation': { allowed: 'admin', args: (w) => ({ id: w.a.staffInvitationToRevoke }) },
  'Mutation.setRequirementOverride': {
    allowed: 'admin',
    args: (w) => ({ input: { areaId: w.a.areaId, code: 'PUBLIC_LIABILITY_INSURANCE', validityMonths: 12 } }),
  },
  'Mutation.unpublishListing': { allowed: 'memberA', args: (w) => ({ id: w.a.listingToUnpublishId }) },
  'Mutation.matchEnterpriseImportColumns': {
    allowed: 'catalystA',
    args: (w) => ({
      input: { importId: w.a.importId, columns: [{ header: 'Founder name', field: 'FOUNDER_NAME' }] },
    }),
  },
  'Mutation.runEnterpriseImport': {
    allowed: 'catalystA',
    args: (w) => ({ input: { importId: w.a.importToRunId, sendInvitations: false } }),
  },
  'Mutation.reviewChecklistItem': {
    allowed: 'catalystA',
    args: (w) => ({ input: { itemId: w.a.checklistItemToCheck, decision: 'CHECKED' } }),
  },
  'Mutation.updateChecklistItem': {
    allowed: 'memberA',
    args: (w) => ({ input: { itemId: w.a.checklistItemId, status: 'IN_PROGRESS' } }),
  },
  'Mutation.updateEnterprise': {
    allowed: 'memberA',
    args: (w) => ({ input: { enterpriseId: w.a.enterpriseId, name: 'Kind Hands Co-operative' } }),
  },
  'Mutation.updateListing': {
    allowed: 'memberA',
    args: (w) => ({ input: { id: w.a.listingId, title: 'Companionship visits and walks' } }),
  },
};

/**
 * The REST routes that take an id in their path (CSV downloads), keyed as in the permission snapshot. The
 * matrix asks for them as each outsider (403 or 404; 401 anonymous) and as `allowed` (200).
 */
export interface RouteCase {
  allowed: OwnerRole;
  /** The path and query string, aimed at side A's object. */
  url(w: SecurityWorld): string;
  /** For a route that is not a GET: its method, a fresh body per call, and the allowed call's status. */
  send?: { method: 'POST' | 'DELETE'; body?(): FormData; allowedStatus: number };
}

/** A one-row caseload CSV as a multipart upload. */
function caseloadUpload(): FormData {
  const form = new FormData();
  form.append(
    'file',
    new Blob(['Name,Postcode,Founder name\r\nRoute Care,TA1 1RC,Rita\r\n']),
    'caseload.csv',
  );
  form.append('dryRun', 'true');
  return form;
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /areas/:id/impact.csv': {
    allowed: 'catalystA',
    url: (w) => `/areas/${w.a.areaId}/impact.csv?from=2026-01-01&to=2026-12-31`,
  },
  'GET /budgets/:id/audit-pack.zip': {
    allowed: 'delegateA',
    url: (w) => `/budgets/${w.a.budgetId}/audit-pack.zip?from=2026-01-01&to=2027-12-31`,
  },
  'GET /invoices/:file': { allowed: 'holderA', url: (w) => `/invoices/${w.a.invoicePaid}.pdf` },
  'GET /areas/:areaId/enterprises.csv': {
    allowed: 'catalystA',
    url: (w) => `/areas/${w.a.areaId}/enterprises.csv`,
  },
  'GET /areas/:areaId/enterprises.xlsx': {
    allowed: 'catalystA',
    url: (w) => `/areas/${w.a.areaId}/enterprises.xlsx?stage=ENQUIRY`,
  },
  'GET /enterprise-imports/:id/rejected-rows.csv': {
    allowed: 'catalystA',
    url: (w) => `/enterprise-imports/${w.a.importId}/rejected-rows.csv`,
  },
  'POST /areas/:areaId/enterprise-imports': {
    allowed: 'catalystA',
    url: (w) => `/areas/${w.a.areaId}/enterprise-imports`,
    send: { method: 'POST', body: caseloadUpload, allowedStatus: 202 },
  },
  'POST /checklist-items/:itemId/evidence': {
    allowed: 'memberA',
    url: (w) => `/checklist-items/${w.a.checklistItemId}/evidence`,
    send: { method: 'POST', body: evidenceUpload, allowedStatus: 201 },
  },
  'GET /evidence/:id': { allowed: 'memberA', url: (w) => `/evidence/${w.a.evidenceFileId}` },
  'DELETE /evidence/:id': {
    allowed: 'memberA',
    url: (w) => `/evidence/${w.a.evidenceFileToRemoveId}`,
    send: { method: 'DELETE', allowedStatus: 200 },
  },
  'GET /budgets/:id/statement.csv': {
    allowed: 'delegateA',
    url: (w) => `/budgets/${w.a.budgetId}/statement.csv?from=2026-01-01&to=2026-12-31`,
  },
};
