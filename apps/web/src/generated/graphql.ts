/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  displayName: string;
  password: string;
  token: string;
};

export type ActionFilterInput = {
  /** e.g. the end of this week. */
  dueOnOrBefore?: string | null | undefined;
  /** One enterprise’s actions (FORBIDDEN if not yours). */
  enterpriseId?: string | number | null | undefined;
  includeDone?: boolean | null | undefined;
  /** Only CATALYST actions of the enterprises you coach (or, with no Catalyst, whose session you recorded). */
  mine?: boolean | null | undefined;
  owner?: ActionOwner | null | undefined;
};

export type ActionOwner =
  | 'CATALYST'
  | 'ENTREPRENEUR';

export type Activity =
  | 'COMPANIONSHIP'
  | 'DAY_ACTIVITIES'
  | 'HOME_HELP'
  | 'MEALS'
  | 'OTHER'
  | 'PERSONAL_CARE'
  | 'SHARED_LIVES'
  | 'TRANSPORT';

export type AgeingBucket =
  /** Not due yet (or due today). */
  | 'NOT_DUE'
  /** 1 to 30 days past its due date. */
  | 'OVERDUE_1_30'
  /** 31 to 60 days past its due date. */
  | 'OVERDUE_31_60'
  /** More than 60 days past its due date. */
  | 'OVERDUE_OVER_60';

export type AvailabilityInput = {
  dayOfWeek: DayOfWeek;
  /** Local time in Europe/London, HH:MM (24:00 for midnight); after startTime. */
  endTime: string;
  /** Local time in Europe/London, HH:MM. */
  startTime: string;
};

/** Where the support happens: at the home of the person it is for, or somewhere else. */
export type BookingPlaceKind =
  | 'ELSEWHERE'
  | 'HOLDER_HOME';

/** Bookings I asked for, or bookings of my enterprises. */
export type BookingSide =
  | 'HOLDER'
  | 'PROVIDER';

export type BookingStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'REQUESTED';

/** How the caller is allowed to use a budget. */
export type BudgetRole =
  | 'DELEGATE'
  | 'HOLDER';

/** TODO, IN_PROGRESS (e.g. an application sent), DONE, WAIVED (by a Catalyst) or EXPIRED. */
export type ChecklistItemStatus =
  | 'DONE'
  | 'EXPIRED'
  | 'IN_PROGRESS'
  | 'TODO'
  | 'WAIVED';

/** OVERDUE: something mandatory is past its date or expired. INCOMPLETE: something mandatory is still to do before trading. DUE_SOON: something expires or falls due within 30 days. COMPLIANT: none of these. */
export type ComplianceStatus =
  | 'COMPLIANT'
  | 'DUE_SOON'
  | 'INCOMPLETE'
  | 'OVERDUE';

export type ConfirmInvoiceReceiptInput = {
  invoiceId: string | number;
  /** true: the money arrived; false: it has not arrived (the holder is told). */
  received: boolean;
};

export type CreateAreaInput = {
  name: string;
  /** Outward codes, e.g. ["TA1", "TA2"]. */
  postcodeDistricts: Array<string>;
};

export type CreateListingInput = {
  /** Weekly slots, at most 21. */
  availability: Array<AvailabilityInput>;
  /** TAKING_NEW_PEOPLE unless given. */
  capacity?: ListingCapacity | null | undefined;
  category: Activity;
  description: string;
  enterpriseId: string | number;
  /** Where the service is based. Never shown: search shows the district. */
  postcode: string;
  /** Price in pence: 0 for free, and always 0 with PAY_WHAT_YOU_CAN. */
  pricePence: number;
  priceUnit: PriceUnit;
  title: string;
  /** How far the provider travels, 0 to 100 miles. */
  travelMiles: number;
};

export type DayOfWeek =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type DelegateStatus =
  | 'ACTIVE'
  | 'INVITED';

export type EnterpriseFilter = {
  areaId?: string | number | null | undefined;
  catalystId?: string | number | null | undefined;
  complianceStatus?: ComplianceStatus | null | undefined;
  /** Words in the name or the founder’s name. */
  search?: string | null | undefined;
  stage?: PipelineStage | null | undefined;
};

export type EnterpriseImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** NAME (A to Z), STAGE (board order, then name), LONGEST_IN_STAGE (waiting longest first). */
export type EnterpriseSort =
  | 'LONGEST_IN_STAGE'
  | 'NAME'
  | 'STAGE';

export type ImportColumnMatchInput = {
  /** Null to ignore the column. */
  field?: ImportField | null | undefined;
  /** The header as written in the file. */
  header: string;
};

/** A fact the caseload import reads. */
export type ImportField =
  | 'ACTIVITIES'
  | 'EMPLOYERS_LIABILITY_EXPIRES'
  | 'EMPLOYS_STAFF'
  | 'FOUNDER_DBS_ISSUED'
  | 'FOUNDER_EMAIL'
  | 'FOUNDER_NAME'
  | 'ICO_FEE_PAID'
  | 'LEGAL_STRUCTURE'
  | 'NAME'
  | 'POSTCODE'
  | 'PUBLIC_LIABILITY_EXPIRES'
  | 'STAGE'
  | 'TRADING_START';

export type InviteUserInput = {
  /** The Areas a Catalyst will work in. */
  areaIds?: Array<string | number> | null | undefined;
  email: string;
  /** CATALYST (with areaIds) or ADMIN. */
  role: Role;
};

export type InvoiceSettingsInput = {
  /** Days to pay, 1 to 90 (default 14). */
  dueDays?: number | null | undefined;
  enterpriseId: string | number;
  /** The worker issues each holder one invoice on the 1st of each month. */
  monthlyIssuing: boolean;
};

/** PROVIDER: invoices of my enterprises; HOLDER: invoices to me or budgets I act for. */
export type InvoiceSide =
  | 'HOLDER'
  | 'PROVIDER';

/** Overdue is ISSUED past dueOn. */
export type InvoiceStatus =
  | 'CREDITED'
  | 'ISSUED'
  | 'PAID';

export type IssueInvoiceInput = {
  /** Delivered, confirmed bookings of one holder, not invoiced yet. */
  bookingIds: Array<string | number>;
};

export type LedgerEntryKind =
  /** Money set aside when a booking is accepted (not yet paid). */
  | 'COMMITMENT'
  /** The holder's assessed contribution for a period (in). */
  | 'CONTRIBUTION'
  /** The council's payment for a period (in). */
  | 'COUNCIL_PAYMENT'
  /** Money spent outside the marketplace, with a receipt (out). */
  | 'EXPENSE'
  /** A completed booking, paid (out). */
  | 'PAYMENT'
  /** Money no longer set aside: the booking was cancelled or declined. */
  | 'RELEASE'
  /** A completed booking’s payment taken back: the provider withdrew the visit the holder disputed (in). */
  | 'REVERSAL';

export type LegalStructure =
  | 'CIC'
  | 'COOPERATIVE'
  | 'LIMITED_COMPANY'
  | 'PARTNERSHIP'
  | 'SOLE_TRADER'
  | 'UNINCORPORATED';

/** TAKING_NEW_PEOPLE, WAITING_LIST (new people wait for a place) or FULL. */
export type ListingCapacity =
  | 'FULL'
  | 'TAKING_NEW_PEOPLE'
  | 'WAITING_LIST';

export type ListingSearchInput = {
  category?: Activity | null | undefined;
  dayOfWeek?: DayOfWeek | null | undefined;
  maxPricePence?: number | null | undefined;
  /** A full postcode in any spelling (TA1 1AA, ta11aa) or a district (TA1). */
  postcode: string;
  /** More than 0, at most 100. */
  radiusMiles: number;
  /** Only listings whose provider is taking new people now. */
  takingNewPeople?: boolean | null | undefined;
  /** Words in the title or description; names may have typos. */
  text?: string | null | undefined;
  /** Only verified listings (the default). */
  verifiedOnly?: boolean | null | undefined;
};

/** DRAFT, PUBLISHED (shown in search) or HIDDEN (unpublished, or its verification lapsed). */
export type ListingStatus =
  | 'DRAFT'
  | 'HIDDEN'
  | 'PUBLISHED';

export type MatchEnterpriseImportColumnsInput = {
  columns: Array<ImportColumnMatchInput>;
  importId: string | number;
};

export type MemberRole =
  | 'FOUNDER'
  | 'MEMBER';

export type MoveEnterpriseStageInput = {
  enterpriseId: string | number;
  note?: string | null | undefined;
  stage: PipelineStage;
};

export type NewActionInput = {
  dueOn: string;
  owner: ActionOwner;
  title: string;
};

export type NotificationKind =
  | 'APPLICATION_CHASE'
  | 'BOOKING_REMINDER'
  | 'BOOKING_UPDATE'
  | 'BUDGET_PERIOD_STARTED'
  | 'CHECK_RETURNED'
  | 'CHECK_WAITING'
  | 'COACHING_ACTION_OVERDUE'
  | 'COMPLIANCE_DEADLINE'
  | 'DRAFT_LISTING'
  | 'EMAIL_NOT_VERIFIED'
  | 'INVITATION_UNANSWERED'
  | 'INVOICE_UPDATE'
  | 'LISTING_HIDDEN'
  | 'OVERDUE_ALERT'
  | 'RECOMMENDATION_DUE'
  | 'SAFEGUARDING';

/** ENQUIRY → … → ESTABLISHED, plus PAUSED and CLOSED. */
export type PipelineStage =
  | 'CLOSED'
  | 'ENQUIRY'
  | 'ESTABLISHED'
  | 'EXPLORING'
  | 'PAUSED'
  | 'READY'
  | 'SETTING_UP'
  | 'TRADING';

/** HOUR, SESSION or DAY (a price of 0 is free), or PAY_WHAT_YOU_CAN (always 0 pence). */
export type PriceUnit =
  | 'DAY'
  | 'HOUR'
  | 'PAY_WHAT_YOU_CAN'
  | 'SESSION';

export type RecordCoachingSessionInput = {
  actions?: Array<NewActionInput> | null | undefined;
  enterpriseId: string | number;
  heldOn: string;
  minutes: number;
  mode: SessionMode;
  summary: string;
  topics?: Array<string> | null | undefined;
};

export type RecordExpenseInput = {
  /** What was paid, in pence. */
  amountPence: number;
  budgetId: string | number;
  /** The council's written approval reference; required when paidToCloseRelative is true. */
  councilApprovalReference?: string | null | undefined;
  /** What it was for. */
  description: string;
  /** Paid to a close relative who lives in the same household (needs the council’s approval). */
  paidToCloseRelative?: boolean | null | undefined;
  /** Who was paid. */
  payee: string;
  /** The receipt or invoice number, so an auditor can find it. */
  receiptReference: string;
  /** The day it was paid; not in the future. */
  spentOn: string;
};

export type RecordInvoicePaymentInput = {
  invoiceId: string | number;
  /** How: bank transfer, prepaid card, cheque… */
  method?: string | null | undefined;
  /** The day it left the holder's account: issue date to today. */
  paidOn: string;
  /** The holder's own reference for the payment. */
  reference?: string | null | undefined;
};

export type RequestBookingInput = {
  /** Charge it to this personal budget when accepted. */
  budgetId?: string | number | null | undefined;
  /** An email address the provider can write to; seen once they accept. */
  contactEmail?: string | null | undefined;
  /** A phone number the provider can call; they see it once they accept. */
  contactPhone?: string | null | undefined;
  /** When it ends; at most 12 hours after it starts, the same day. */
  endsAt: string;
  listingId: string | number;
  /** What the provider should know; they see it with your name. */
  note?: string | null | undefined;
  /** The address of the place; given with placeKind. */
  placeAddress?: string | null | undefined;
  /** Where the support happens; given with placeAddress. The provider sees it once they accept. */
  placeKind?: BookingPlaceKind | null | undefined;
  /** When the support starts (ISO 8601 with offset). */
  startsAt: string;
};

export type RequestBookingSeriesInput = {
  /** Charge it to this personal budget when accepted. */
  budgetId?: string | number | null | undefined;
  /** An email address the provider can write to; seen once they accept. */
  contactEmail?: string | null | undefined;
  /** A phone number the provider can call; they see it once they accept. */
  contactPhone?: string | null | undefined;
  /** When it ends; at most 12 hours after it starts, the same day. */
  endsAt: string;
  listingId: string | number;
  /** What the provider should know; they see it with your name. */
  note?: string | null | undefined;
  /** The address of the place; given with placeKind. */
  placeAddress?: string | null | undefined;
  /** Where the support happens; given with placeAddress. The provider sees it once they accept. */
  placeKind?: BookingPlaceKind | null | undefined;
  /** When the support starts (ISO 8601 with offset). */
  startsAt: string;
  /** How many weeks running, the same time each week (2 to 52). */
  weeks: number;
};

export type ResetPasswordInput = {
  password: string;
  /** The token= value of the link in the reset email. */
  token: string;
};

export type ReviewChecklistItemInput = {
  decision: ReviewDecision;
  itemId: string | number;
  /** RETURNED: what the provider must fix; needed to return, sent to them. */
  reason?: string | null | undefined;
};

/** CHECKED: the evidence shows it is done. RETURNED: the provider must fix something (reason). */
export type ReviewDecision =
  | 'CHECKED'
  | 'RETURNED';

export type Role =
  | 'ADMIN'
  | 'BUDGET_HOLDER'
  | 'CATALYST'
  | 'DELEGATE'
  | 'PROVIDER';

export type RunEnterpriseImportInput = {
  /** Create rows that may be duplicates anyway. Default false. */
  createPossibleDuplicates?: boolean | null | undefined;
  /** A finished dry run (preview) to carry out for real. */
  importId: string | number;
  /** Invite each new founder by email. Default false. */
  sendInvitations?: boolean | null | undefined;
};

export type SendBookingMessageInput = {
  body: string;
  bookingId: string | number;
};

export type SessionMode =
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

export type SetRequirementOverrideInput = {
  areaId: string | number;
  /** The requirement code, e.g. DBS_ENHANCED. */
  code: string;
  /** Days before a date to remind; null: the catalogue’s. */
  reminderOffsetsDays?: Array<number> | null | undefined;
  /** Null: use the catalogue’s validity. */
  validityMonths?: number | null | undefined;
};

export type SetUpBudgetInput = {
  /** The assessed contribution each period, in pence (default 0). */
  contributionPence?: number | null | undefined;
  /** What the holder calls it, e.g. "Direct payment from Somerset Council". */
  label: string;
  /** The council's payment each period, in pence. */
  paymentPence: number;
  /** Days in a period: 7 to 92, default 28. */
  periodDays?: number | null | undefined;
  /** The first day of the first period. */
  startsOn: string;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  displayName: string;
  email: string;
  /** A provider's enterprise name. */
  enterpriseName?: string | null | undefined;
  password: string;
  /** A provider's postcode, used to find the Area that covers them. */
  postcode?: string | null | undefined;
  /** PROVIDER or BUDGET_HOLDER; other roles are invited. */
  role: Role;
};

export type UpdateChecklistItemInput = {
  /** DONE: the day it was done (a certificate’s issue date); default today. Not in the future. */
  completedOn?: string | null | undefined;
  /** DONE: when the evidence runs out; default worked out from the requirement’s validity. */
  expiresOn?: string | null | undefined;
  itemId: string | number;
  /** Evidence note: where the document is, who checked it. */
  note?: string | null | undefined;
  /** A certificate, policy or registration number. */
  reference?: string | null | undefined;
  /** IN_PROGRESS: the day the application was sent; default today. Not in the future. */
  startedOn?: string | null | undefined;
  status: ChecklistItemStatus;
  /** WAIVED: why it does not apply (e.g. a CQC exemption). Needed to waive; Catalysts only. */
  waivedReason?: string | null | undefined;
};

export type UpdateListingInput = {
  /** Replaces every slot. */
  availability?: Array<AvailabilityInput> | null | undefined;
  capacity?: ListingCapacity | null | undefined;
  category?: Activity | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  postcode?: string | null | undefined;
  pricePence?: number | null | undefined;
  priceUnit?: PriceUnit | null | undefined;
  title?: string | null | undefined;
  travelMiles?: number | null | undefined;
};

export type VisitState =
  /** Delivered; the person supported has not confirmed it yet. */
  | 'AWAITING'
  /** The holder or a delegate confirmed it happened. */
  | 'CONFIRMED'
  /** Nobody answered within 7 days, so it counts as confirmed. */
  | 'CONFIRMED_BY_DEFAULT'
  /** The holder says it did not happen as recorded; held out of invoicing. */
  | 'DISPUTED'
  /** The provider withdrew it after a dispute; it is never invoiced. */
  | 'WITHDRAWN';

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string, roles: Array<Role> } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string, roles: Array<Role> } } };

export type SignOutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type SignOutMutation = { signOut: boolean };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string, emailVerified: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string, roles: Array<Role> } } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string, essential: boolean, readAt: string | null, createdAt: string, aboutId: string | null } }> }, notificationPreferences: Array<{ kind: NotificationKind, description: string, essential: boolean, muted: boolean }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MuteNotificationKindMutationVariables = Exact<{
  kind: NotificationKind;
  muted: boolean;
}>;


export type MuteNotificationKindMutation = { muteNotificationKind: Array<{ kind: NotificationKind, muted: boolean }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { notifications: { unreadCount: number } };

export type AreasQueryVariables = Exact<{ [key: string]: never; }>;


export type AreasQuery = { areas: Array<{ id: string, name: string, postcodeDistricts: Array<string> }> };

export type CreateAreaMutationVariables = Exact<{
  input: CreateAreaInput;
}>;


export type CreateAreaMutation = { createArea: { id: string, name: string, postcodeDistricts: Array<string> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, email: string, role: Role, expiresAt: string } };

export type RequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequirementsQuery = { requirements: Array<{ code: string, title: string, validityMonths: number | null, mandatory: boolean }> };

export type SetRequirementOverrideMutationVariables = Exact<{
  input: SetRequirementOverrideInput;
}>;


export type SetRequirementOverrideMutation = { setRequirementOverride: { areaId: string, code: string, validityMonths: number | null, reminderOffsetsDays: Array<number> | null } };

export type CatalystsAndInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalystsAndInvitationsQuery = { catalysts: Array<{ id: string, displayName: string, email: string, areas: Array<{ id: string, name: string }> }>, staffInvitations: Array<{ id: string, email: string, role: Role, sentAt: string, expiresAt: string, expired: boolean, areas: Array<{ id: string, name: string }> }> };

export type ResendStaffInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendStaffInvitationMutation = { resendStaffInvitation: { id: string, email: string, expiresAt: string } };

export type RevokeStaffInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeStaffInvitationMutation = { revokeStaffInvitation: boolean };

export type AreaRulesQueryVariables = Exact<{
  areaId: string | number;
}>;


export type AreaRulesQuery = { areas: Array<{ id: string, name: string, postcodeDistricts: Array<string> }>, requirements: Array<{ code: string, title: string, validityMonths: number | null, mandatory: boolean }>, requirementOverrides: Array<{ code: string, validityMonths: number | null, reminderOffsetsDays: Array<number> | null }> };

export type CaseloadImportReportQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseloadImportReportQuery = { enterpriseImport: { id: string, areaId: string, fileName: string, status: EnterpriseImportStatus, dryRun: boolean, rowsTotal: number, rowsDone: number, created: number, updated: number, unchanged: number, rejected: number, possibleDuplicates: number, failure: string | null, sendInvitations: boolean, createPossibleDuplicates: boolean, errors: Array<{ row: number, column: string, message: string }>, duplicates: Array<{ row: number, name: string, postcode: string, created: boolean, candidates: Array<{ enterpriseId: string, name: string, similarity: number }> }>, columns: Array<{ header: string, field: ImportField | null, sample: string }> } };

export type CaseloadImportFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadImportFieldsQuery = { enterpriseImportFields: Array<{ field: ImportField, header: string, hint: string, required: boolean }> };

export type MatchEnterpriseImportColumnsMutationVariables = Exact<{
  input: MatchEnterpriseImportColumnsInput;
}>;


export type MatchEnterpriseImportColumnsMutation = { matchEnterpriseImportColumns: { id: string } };

export type RunEnterpriseImportMutationVariables = Exact<{
  input: RunEnterpriseImportInput;
}>;


export type RunEnterpriseImportMutation = { runEnterpriseImport: { id: string } };

export type EnterprisesQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: EnterpriseSort | null | undefined;
}>;


export type EnterprisesQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, stage: PipelineStage, district: string, daysInStage: number, nextDeadline: string | null, area: { id: string, name: string }, catalyst: { id: string, displayName: string } | null, checklist: { status: ComplianceStatus } } }> } };

export type EnterpriseNamesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EnterpriseNamesQuery = { enterprises: { edges: Array<{ node: { id: string, name: string } }> } };

export type PipelineQueryVariables = Exact<{
  areaId: string | number;
}>;


export type PipelineQuery = { pipeline: Array<{ stage: PipelineStage, count: number, enterprises: Array<{ id: string, name: string, district: string, daysInStage: number, suggestedStage: PipelineStage | null, checklist: { status: ComplianceStatus } }> }> };

export type MoveEnterpriseStageMutationVariables = Exact<{
  input: MoveEnterpriseStageInput;
}>;


export type MoveEnterpriseStageMutation = { moveEnterpriseStage: { id: string, name: string, stage: PipelineStage } };

export type EnterpriseQueryVariables = Exact<{
  id: string | number;
  timelineAfter?: string | null | undefined;
}>;


export type EnterpriseQuery = { enterprise: { id: string, name: string, stage: PipelineStage, suggestedStage: PipelineStage | null, daysInStage: number, postcode: string, legalStructure: LegalStructure, activities: Array<Activity>, plannedTradingOn: string | null, area: { id: string, name: string }, catalyst: { id: string, displayName: string } | null, members: Array<{ id: string, name: string, role: MemberRole, email: string | null, hasAccount: boolean }>, checklist: { status: ComplianceStatus, items: Array<{ id: string, status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null, completedOn: string | null, overdue: boolean, waivedReason: string | null, reference: string | null, note: string | null, inProgressSince: string | null, checkedAt: string | null, returnedAt: string | null, returnedReason: string | null, awaitingCheckSince: string | null, member: { name: string } | null, requirement: { code: string, title: string, mandatory: boolean, beforeTrading: boolean, guidance: string }, evidence: Array<{ id: string, fileName: string, sizeBytes: number }> }> }, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: string, occurredAt: string, summary: string, actorName: string | null } }> } } };

export type EnterpriseNameQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseNameQuery = { enterprise: { id: string, name: string } };

export type UpdateChecklistItemMutationVariables = Exact<{
  input: UpdateChecklistItemInput;
}>;


export type UpdateChecklistItemMutation = { updateChecklistItem: { id: string, status: ChecklistItemStatus } };

export type RecordCoachingSessionMutationVariables = Exact<{
  input: RecordCoachingSessionInput;
}>;


export type RecordCoachingSessionMutation = { recordCoachingSession: { id: string, heldOn: string, actions: Array<{ id: string }> } };

export type MyActionsQueryVariables = Exact<{
  filter?: ActionFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyActionsQuery = { myActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, enterpriseId: string, enterpriseName: string, title: string, dueOn: string, owner: ActionOwner, done: boolean } }> } };

export type CompleteActionMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteActionMutation = { completeAction: { id: string, title: string, done: boolean } };

export type DeadlineFieldsFragment = { totalCount: number, edges: Array<{ node: { id: string, enterpriseId: string, status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null, member: { name: string } | null, requirement: { title: string } } }> };

export type ComplianceDeadlinesQueryVariables = Exact<{
  days: number;
  first?: number | null | undefined;
}>;


export type ComplianceDeadlinesQuery = { complianceOverdue: { totalCount: number, edges: Array<{ node: { id: string, enterpriseId: string, status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null, member: { name: string } | null, requirement: { title: string } } }> }, complianceDue: { totalCount: number, edges: Array<{ node: { id: string, enterpriseId: string, status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null, member: { name: string } | null, requirement: { title: string } } }> } };

export type ImpactReportQueryVariables = Exact<{
  areaId: string | number;
  from: string;
  to: string;
}>;


export type ImpactReportQuery = { impactReport: { figures: Array<{ key: string, label: string, value: number | null }> } };

export type ChecklistItemsToCheckQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChecklistItemsToCheckQuery = { checklistItemsToCheck: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, enterpriseId: string, awaitingCheckSince: string | null, member: { name: string } | null, requirement: { title: string } } }> } };

export type ToCheckCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ToCheckCountQuery = { checklistItemsToCheck: { totalCount: number } };

export type ReviewChecklistItemFromWebMutationVariables = Exact<{
  input: ReviewChecklistItemInput;
}>;


export type ReviewChecklistItemFromWebMutation = { reviewChecklistItem: { id: string, status: ChecklistItemStatus, checkedAt: string | null, returnedReason: string | null } };

export type BudgetDelegatesQueryVariables = Exact<{
  budgetId: string | number;
}>;


export type BudgetDelegatesQuery = { personalBudget: { id: string, label: string, myRole: BudgetRole }, budgetDelegates: Array<{ id: string, email: string, displayName: string | null, status: DelegateStatus }> };

export type RemoveDelegateMutationVariables = Exact<{
  budgetId: string | number;
  delegateId: string | number;
}>;


export type RemoveDelegateMutation = { removeDelegate: boolean };

export type ListingQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingQuery = { listing: { id: string, title: string, description: string, category: Activity, pricePence: number, priceUnit: PriceUnit, capacity: ListingCapacity, verified: boolean, postcodeDistrict: string, status: ListingStatus, enterprise: { id: string, name: string }, availability: Array<{ dayOfWeek: DayOfWeek, startTime: string, endTime: string }> } };

export type ListingFreeTimesQueryVariables = Exact<{
  listingId: string | number;
  weeks?: number | null | undefined;
}>;


export type ListingFreeTimesQuery = { listingFreeTimes: Array<{ startsAt: string, endsAt: string }> };

export type PeriodFieldsFragment = { id: string, startsOn: string, endsOn: string, allocationPence: number, carriedPence: number, committedPence: number, spentPence: number, remainingPence: number };

export type MyBudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBudgetsQuery = { myBudgets: Array<{ id: string, label: string, myRole: BudgetRole, holderName: string, currentPeriod: { id: string, startsOn: string, endsOn: string, allocationPence: number, carriedPence: number, committedPence: number, spentPence: number, remainingPence: number } | null }> };

export type BudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type BudgetQuery = { personalBudget: { id: string, label: string, myRole: BudgetRole, holderName: string, paymentPence: number, contributionPence: number, periodDays: number, startsOn: string, carriedPence: number, surplusFlag: boolean, surplusPence: number, surplusExplanation: string, currentPeriod: { id: string, startsOn: string, endsOn: string, allocationPence: number, carriedPence: number, committedPence: number, spentPence: number, remainingPence: number } | null } };

export type SetUpBudgetMutationVariables = Exact<{
  input: SetUpBudgetInput;
}>;


export type SetUpBudgetMutation = { setUpBudget: { id: string } };

export type RequestBookingMutationVariables = Exact<{
  input: RequestBookingInput;
}>;


export type RequestBookingMutation = { requestBooking: { id: string } };

export type RequestBookingSeriesMutationVariables = Exact<{
  input: RequestBookingSeriesInput;
}>;


export type RequestBookingSeriesMutation = { requestBookingSeries: { id: string, weeks: number, bookings: Array<{ id: string }> } };

export type MyBookingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  budgetId?: string | number | null | undefined;
  status?: BookingStatus | null | undefined;
}>;


export type MyBookingsQuery = { myBookings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: BookingStatus, startsAt: string, endsAt: string, costPence: number, providerName: string, listing: { id: string, title: string } } }> } };

export type BookingQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingQuery = { booking: { id: string, status: BookingStatus, startsAt: string, endsAt: string, costPence: number, expiresAt: string, note: string | null, answerReason: string | null, budgetId: string | null, seriesId: string | null, providerName: string, whereAndWho: { placeKind: BookingPlaceKind | null, placeAddress: string | null, contactPhone: string | null, contactEmail: string | null, providerEmails: Array<string> } | null, listing: { id: string, title: string }, messages: Array<{ id: string, body: string, createdAt: string, mine: boolean }> } };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, status: BookingStatus } };

export type SendBookingMessageMutationVariables = Exact<{
  input: SendBookingMessageInput;
}>;


export type SendBookingMessageMutation = { sendBookingMessage: { id: string } };

export type BudgetStatementQueryVariables = Exact<{
  budgetId: string | number;
  from: string;
  to: string;
}>;


export type BudgetStatementQuery = { budgetStatement: { label: string, openingBalancePence: number, closingBalancePence: number, entries: Array<{ id: string, occurredOn: string, kind: LedgerEntryKind, payee: string, description: string, amountPence: number, receiptReference: string | null, balancePence: number }> } };

export type RecordExpenseMutationVariables = Exact<{
  input: RecordExpenseInput;
}>;


export type RecordExpenseMutation = { recordExpense: { id: string } };

export type InviteDelegateMutationVariables = Exact<{
  budgetId: string | number;
  email: string;
}>;


export type InviteDelegateMutation = { inviteDelegate: { email: string } };

export type DeliveredBookingsQueryVariables = Exact<{
  side: BookingSide;
  first?: number | null | undefined;
}>;


export type DeliveredBookingsQuery = { myBookings: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, costPence: number, holderName: string | null, invoiceNumber: number | null, listing: { title: string }, visit: { state: VisitState, confirmedByDefaultOn: string, disputeReason: string | null } | null } }> } };

export type ConfirmVisitMutationVariables = Exact<{
  bookingId: string | number;
  happened: boolean;
  reason?: string | null | undefined;
}>;


export type ConfirmVisitMutation = { confirmVisit: { id: string, visit: { state: VisitState } | null } };

export type BookingVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingVisitQuery = { booking: { id: string, startsAt: string, endsAt: string, costPence: number, holderName: string | null, invoiceNumber: number | null, listing: { title: string }, visit: { state: VisitState, confirmedByDefaultOn: string, disputeReason: string | null } | null } };

export type InvoicesQueryVariables = Exact<{
  side: InvoiceSide;
  first?: number | null | undefined;
}>;


export type InvoicesQuery = { invoices: { edges: Array<{ node: { id: string, number: number, totalPence: number, issuedOn: string, dueOn: string, paidOn: string | null, status: InvoiceStatus, overdue: boolean, receipt: string | null, holderName: string, enterprise: { name: string } } }> }, moneyOwed: { totalPence: number, invoices: number, buckets: Array<{ bucket: AgeingBucket, label: string, invoices: number, amountPence: number }> } };

export type InvoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceQuery = { invoice: { id: string, number: number, totalPence: number, issuedOn: string, dueOn: string, paidOn: string | null, status: InvoiceStatus, overdue: boolean, receipt: string | null, holderName: string, enterprise: { name: string } } };

export type RecordInvoicePaymentMutationVariables = Exact<{
  input: RecordInvoicePaymentInput;
}>;


export type RecordInvoicePaymentMutation = { recordInvoicePayment: { id: string, status: InvoiceStatus, paidOn: string | null } };

export type ConfirmInvoiceReceiptMutationVariables = Exact<{
  input: ConfirmInvoiceReceiptInput;
}>;


export type ConfirmInvoiceReceiptMutation = { confirmInvoiceReceipt: { id: string, receipt: string | null } };

export type IssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { issueInvoice: { id: string, number: number, totalPence: number } };

export type InvoiceSettingsQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type InvoiceSettingsQuery = { invoiceSettings: { enterpriseId: string, monthlyIssuing: boolean, dueDays: number } };

export type SetInvoiceSettingsMutationVariables = Exact<{
  input: InvoiceSettingsInput;
}>;


export type SetInvoiceSettingsMutation = { setInvoiceSettings: { enterpriseId: string, monthlyIssuing: boolean, dueDays: number } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string, roles: Array<Role> } } };

export type MyEnterprisesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyEnterprisesQuery = { enterprises: { edges: Array<{ node: { id: string, name: string, checklist: { status: ComplianceStatus } } }> } };

export type ChecklistQueryVariables = Exact<{
  id: string | number;
}>;


export type ChecklistQuery = { enterprise: { id: string, name: string, checklist: { status: ComplianceStatus, items: Array<{ id: string, status: ChecklistItemStatus, overdue: boolean, dueOn: string | null, expiresOn: string | null, completedOn: string | null, inProgressSince: string | null, reference: string | null, note: string | null, waivedReason: string | null, checkedAt: string | null, returnedReason: string | null, member: { name: string } | null, requirement: { code: string, title: string, guidance: string, sourceUrl: string | null, mandatory: boolean, validityMonths: number | null }, evidence: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, removable: boolean }> }> } } };

export type ProviderUpdateChecklistItemMutationVariables = Exact<{
  input: UpdateChecklistItemInput;
}>;


export type ProviderUpdateChecklistItemMutation = { updateChecklistItem: { id: string, status: ChecklistItemStatus, completedOn: string | null, expiresOn: string | null } };

export type ProviderListingFieldsFragment = { id: string, title: string, description: string, category: Activity, pricePence: number, priceUnit: PriceUnit, capacity: ListingCapacity, status: ListingStatus, verified: boolean, hiddenReason: string | null, postcodeDistrict: string, travelMiles: number, availability: Array<{ dayOfWeek: DayOfWeek, startTime: string, endTime: string }> };

export type EnterpriseListingsQueryVariables = Exact<{
  enterpriseId: string | number;
  first?: number | null | undefined;
}>;


export type EnterpriseListingsQuery = { enterprise: { id: string, name: string }, enterpriseListings: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string, category: Activity, pricePence: number, priceUnit: PriceUnit, capacity: ListingCapacity, status: ListingStatus, verified: boolean, hiddenReason: string | null, postcodeDistrict: string, travelMiles: number, availability: Array<{ dayOfWeek: DayOfWeek, startTime: string, endTime: string }> } }> } };

export type ProviderListingQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderListingQuery = { listing: { id: string, title: string, description: string, category: Activity, pricePence: number, priceUnit: PriceUnit, capacity: ListingCapacity, status: ListingStatus, verified: boolean, hiddenReason: string | null, postcodeDistrict: string, travelMiles: number, enterprise: { id: string, name: string }, availability: Array<{ dayOfWeek: DayOfWeek, startTime: string, endTime: string }> } };

export type CreateListingMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type CreateListingMutation = { createListing: { id: string } };

export type UpdateListingMutationVariables = Exact<{
  input: UpdateListingInput;
}>;


export type UpdateListingMutation = { updateListing: { id: string } };

export type PublishListingMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishListingMutation = { publishListing: { id: string, status: ListingStatus } };

export type UnpublishListingMutationVariables = Exact<{
  id: string | number;
}>;


export type UnpublishListingMutation = { unpublishListing: { id: string, status: ListingStatus } };

export type ProviderBookingFieldsFragment = { id: string, status: BookingStatus, startsAt: string, endsAt: string, costPence: number, note: string | null, holderName: string | null, answerReason: string | null, expiresAt: string, seriesId: string | null, listing: { id: string, title: string } };

export type ProviderBookingsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProviderBookingsQuery = { myBookings: { totalCount: number, edges: Array<{ node: { id: string, status: BookingStatus, startsAt: string, endsAt: string, costPence: number, note: string | null, holderName: string | null, answerReason: string | null, expiresAt: string, seriesId: string | null, listing: { id: string, title: string } } }> } };

export type ProviderBookingQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderBookingQuery = { booking: { id: string, status: BookingStatus, startsAt: string, endsAt: string, costPence: number, note: string | null, holderName: string | null, answerReason: string | null, expiresAt: string, seriesId: string | null, whereAndWho: { placeKind: BookingPlaceKind | null, placeAddress: string | null, contactPhone: string | null, contactEmail: string | null } | null, messages: Array<{ id: string, body: string, createdAt: string, mine: boolean }>, listing: { id: string, title: string } } };

export type AcceptBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptBookingMutation = { acceptBooking: { id: string, status: BookingStatus } };

export type AcceptBookingSeriesMutationVariables = Exact<{
  seriesId: string | number;
}>;


export type AcceptBookingSeriesMutation = { acceptBookingSeries: Array<{ id: string }> };

export type DeclineBookingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineBookingMutation = { declineBooking: { id: string, status: BookingStatus } };

export type DeclineBookingSeriesMutationVariables = Exact<{
  seriesId: string | number;
  reason: string;
}>;


export type DeclineBookingSeriesMutation = { declineBookingSeries: Array<{ id: string }> };

export type CompleteBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteBookingMutation = { completeBooking: { id: string, status: BookingStatus } };

export type CalendarFeedUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedUrlQuery = { calendarFeedUrl: string };

export type ResetCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type ResetCalendarFeedMutation = { resetCalendarFeed: string };

export type PublicEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicEnterpriseQuery = { publicEnterprise: { id: string, name: string, legalStructure: LegalStructure, postcodeDistrict: string, activities: Array<Activity>, place: { district: string, latitude: number, longitude: number } | null, listings: Array<{ id: string, title: string, description: string, category: Activity, pricePence: number, priceUnit: PriceUnit, capacity: ListingCapacity, postcodeDistrict: string, travelMiles: number }>, checksMade: Array<{ title: string, checkedOn: string, runsOutOn: string | null }> } };

export type ListingChecksMadeQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type ListingChecksMadeQuery = { publicEnterprise: { checksMade: Array<{ title: string, checkedOn: string, runsOutOn: string | null }> } };

export type DistrictCentresQueryVariables = Exact<{
  districts: Array<string> | string;
}>;


export type DistrictCentresQuery = { districtCentres: Array<{ district: string, latitude: number, longitude: number }> };

export type SearchListingsQueryVariables = Exact<{
  input: ListingSearchInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchListingsQuery = { searchListings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, distanceMiles: number, node: { id: string, title: string, category: Activity, pricePence: number, priceUnit: PriceUnit, capacity: ListingCapacity, verified: boolean, postcodeDistrict: string, enterprise: { id: string, name: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DeadlineFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"DeadlineFields"}) as unknown as TypedDocumentString<DeadlineFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const ProviderListingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProviderListingFields on Listing {
  id
  title
  description
  category
  pricePence
  priceUnit
  capacity
  status
  verified
  hiddenReason
  postcodeDistrict
  travelMiles
  availability {
    dayOfWeek
    startTime
    endTime
  }
}
    `, {"fragmentName":"ProviderListingFields"}) as unknown as TypedDocumentString<ProviderListingFieldsFragment, unknown>;
export const ProviderBookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProviderBookingFields on Booking {
  id
  status
  startsAt
  endsAt
  costPence
  note
  holderName
  answerReason
  expiresAt
  seriesId
  listing {
    id
    title
  }
}
    `, {"fragmentName":"ProviderBookingFields"}) as unknown as TypedDocumentString<ProviderBookingFieldsFragment, unknown>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
    refreshToken
    user {
      id
      email
      displayName
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    accessToken
    refreshToken
    user {
      id
      email
      displayName
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut($refreshToken: String!) {
  signOut(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ResendVerificationEmailDocument = new TypedDocumentString(`
    mutation ResendVerificationEmail {
  resendVerificationEmail
}
    `) as unknown as TypedDocumentString<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    id
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    accessToken
    refreshToken
    user {
      id
      email
      displayName
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    unreadCount
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        title
        body
        essential
        readAt
        createdAt
        aboutId
      }
    }
  }
  notificationPreferences {
    kind
    description
    essential
    muted
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MuteNotificationKindDocument = new TypedDocumentString(`
    mutation MuteNotificationKind($kind: NotificationKind!, $muted: Boolean!) {
  muteNotificationKind(kind: $kind, muted: $muted) {
    kind
    muted
  }
}
    `) as unknown as TypedDocumentString<MuteNotificationKindMutation, MuteNotificationKindMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  notifications(first: 1, unreadOnly: true) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const AreasDocument = new TypedDocumentString(`
    query Areas {
  areas {
    id
    name
    postcodeDistricts
  }
}
    `) as unknown as TypedDocumentString<AreasQuery, AreasQueryVariables>;
export const CreateAreaDocument = new TypedDocumentString(`
    mutation CreateArea($input: CreateAreaInput!) {
  createArea(input: $input) {
    id
    name
    postcodeDistricts
  }
}
    `) as unknown as TypedDocumentString<CreateAreaMutation, CreateAreaMutationVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const RequirementsDocument = new TypedDocumentString(`
    query Requirements {
  requirements {
    code
    title
    validityMonths
    mandatory
  }
}
    `) as unknown as TypedDocumentString<RequirementsQuery, RequirementsQueryVariables>;
export const SetRequirementOverrideDocument = new TypedDocumentString(`
    mutation SetRequirementOverride($input: SetRequirementOverrideInput!) {
  setRequirementOverride(input: $input) {
    areaId
    code
    validityMonths
    reminderOffsetsDays
  }
}
    `) as unknown as TypedDocumentString<SetRequirementOverrideMutation, SetRequirementOverrideMutationVariables>;
export const CatalystsAndInvitationsDocument = new TypedDocumentString(`
    query CatalystsAndInvitations {
  catalysts {
    id
    displayName
    email
    areas {
      id
      name
    }
  }
  staffInvitations {
    id
    email
    role
    sentAt
    expiresAt
    expired
    areas {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CatalystsAndInvitationsQuery, CatalystsAndInvitationsQueryVariables>;
export const ResendStaffInvitationDocument = new TypedDocumentString(`
    mutation ResendStaffInvitation($id: ID!) {
  resendStaffInvitation(id: $id) {
    id
    email
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ResendStaffInvitationMutation, ResendStaffInvitationMutationVariables>;
export const RevokeStaffInvitationDocument = new TypedDocumentString(`
    mutation RevokeStaffInvitation($id: ID!) {
  revokeStaffInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeStaffInvitationMutation, RevokeStaffInvitationMutationVariables>;
export const AreaRulesDocument = new TypedDocumentString(`
    query AreaRules($areaId: ID!) {
  areas {
    id
    name
    postcodeDistricts
  }
  requirements {
    code
    title
    validityMonths
    mandatory
  }
  requirementOverrides(areaId: $areaId) {
    code
    validityMonths
    reminderOffsetsDays
  }
}
    `) as unknown as TypedDocumentString<AreaRulesQuery, AreaRulesQueryVariables>;
export const CaseloadImportReportDocument = new TypedDocumentString(`
    query CaseloadImportReport($id: ID!) {
  enterpriseImport(id: $id) {
    id
    areaId
    fileName
    status
    dryRun
    rowsTotal
    rowsDone
    created
    updated
    unchanged
    rejected
    possibleDuplicates
    failure
    sendInvitations
    createPossibleDuplicates
    errors(first: 50) {
      row
      column
      message
    }
    duplicates(first: 50) {
      row
      name
      postcode
      created
      candidates {
        enterpriseId
        name
        similarity
      }
    }
    columns {
      header
      field
      sample
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadImportReportQuery, CaseloadImportReportQueryVariables>;
export const CaseloadImportFieldsDocument = new TypedDocumentString(`
    query CaseloadImportFields {
  enterpriseImportFields {
    field
    header
    hint
    required
  }
}
    `) as unknown as TypedDocumentString<CaseloadImportFieldsQuery, CaseloadImportFieldsQueryVariables>;
export const MatchEnterpriseImportColumnsDocument = new TypedDocumentString(`
    mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {
  matchEnterpriseImportColumns(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MatchEnterpriseImportColumnsMutation, MatchEnterpriseImportColumnsMutationVariables>;
export const RunEnterpriseImportDocument = new TypedDocumentString(`
    mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {
  runEnterpriseImport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RunEnterpriseImportMutation, RunEnterpriseImportMutationVariables>;
export const EnterprisesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EnterprisesQuery, EnterprisesQueryVariables>;
export const EnterpriseNamesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EnterpriseNamesQuery, EnterpriseNamesQueryVariables>;
export const PipelineDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PipelineQuery, PipelineQueryVariables>;
export const MoveEnterpriseStageDocument = new TypedDocumentString(`
    mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {
  moveEnterpriseStage(input: $input) {
    id
    name
    stage
  }
}
    `) as unknown as TypedDocumentString<MoveEnterpriseStageMutation, MoveEnterpriseStageMutationVariables>;
export const EnterpriseDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EnterpriseQuery, EnterpriseQueryVariables>;
export const EnterpriseNameDocument = new TypedDocumentString(`
    query EnterpriseName($id: ID!) {
  enterprise(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<EnterpriseNameQuery, EnterpriseNameQueryVariables>;
export const UpdateChecklistItemDocument = new TypedDocumentString(`
    mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateChecklistItemMutation, UpdateChecklistItemMutationVariables>;
export const RecordCoachingSessionDocument = new TypedDocumentString(`
    mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {
  recordCoachingSession(input: $input) {
    id
    heldOn
    actions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordCoachingSessionMutation, RecordCoachingSessionMutationVariables>;
export const MyActionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyActionsQuery, MyActionsQueryVariables>;
export const CompleteActionDocument = new TypedDocumentString(`
    mutation CompleteAction($id: ID!) {
  completeAction(id: $id) {
    id
    title
    done
  }
}
    `) as unknown as TypedDocumentString<CompleteActionMutation, CompleteActionMutationVariables>;
export const ComplianceDeadlinesDocument = new TypedDocumentString(`
    query ComplianceDeadlines($days: Int!, $first: Int) {
  complianceOverdue(first: $first) {
    ...DeadlineFields
  }
  complianceDue(days: $days, first: $first) {
    ...DeadlineFields
  }
}
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
}`) as unknown as TypedDocumentString<ComplianceDeadlinesQuery, ComplianceDeadlinesQueryVariables>;
export const ImpactReportDocument = new TypedDocumentString(`
    query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {
  impactReport(areaId: $areaId, from: $from, to: $to) {
    figures {
      key
      label
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ImpactReportQuery, ImpactReportQueryVariables>;
export const ChecklistItemsToCheckDocument = new TypedDocumentString(`
    query ChecklistItemsToCheck($first: Int, $after: String) {
  checklistItemsToCheck(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        enterpriseId
        awaitingCheckSince
        member {
          name
        }
        requirement {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChecklistItemsToCheckQuery, ChecklistItemsToCheckQueryVariables>;
export const ToCheckCountDocument = new TypedDocumentString(`
    query ToCheckCount {
  checklistItemsToCheck(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ToCheckCountQuery, ToCheckCountQueryVariables>;
export const ReviewChecklistItemFromWebDocument = new TypedDocumentString(`
    mutation ReviewChecklistItemFromWeb($input: ReviewChecklistItemInput!) {
  reviewChecklistItem(input: $input) {
    id
    status
    checkedAt
    returnedReason
  }
}
    `) as unknown as TypedDocumentString<ReviewChecklistItemFromWebMutation, ReviewChecklistItemFromWebMutationVariables>;
export const BudgetDelegatesDocument = new TypedDocumentString(`
    query BudgetDelegates($budgetId: ID!) {
  personalBudget(id: $budgetId) {
    id
    label
    myRole
  }
  budgetDelegates(budgetId: $budgetId) {
    id
    email
    displayName
    status
  }
}
    `) as unknown as TypedDocumentString<BudgetDelegatesQuery, BudgetDelegatesQueryVariables>;
export const RemoveDelegateDocument = new TypedDocumentString(`
    mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {
  removeDelegate(budgetId: $budgetId, delegateId: $delegateId)
}
    `) as unknown as TypedDocumentString<RemoveDelegateMutation, RemoveDelegateMutationVariables>;
export const ListingDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ListingQuery, ListingQueryVariables>;
export const ListingFreeTimesDocument = new TypedDocumentString(`
    query ListingFreeTimes($listingId: ID!, $weeks: Int) {
  listingFreeTimes(listingId: $listingId, weeks: $weeks) {
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<ListingFreeTimesQuery, ListingFreeTimesQueryVariables>;
export const MyBudgetsDocument = new TypedDocumentString(`
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
    fragment PeriodFields on BudgetPeriod {
  id
  startsOn
  endsOn
  allocationPence
  carriedPence
  committedPence
  spentPence
  remainingPence
}`) as unknown as TypedDocumentString<MyBudgetsQuery, MyBudgetsQueryVariables>;
export const BudgetDocument = new TypedDocumentString(`
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
    fragment PeriodFields on BudgetPeriod {
  id
  startsOn
  endsOn
  allocationPence
  carriedPence
  committedPence
  spentPence
  remainingPence
}`) as unknown as TypedDocumentString<BudgetQuery, BudgetQueryVariables>;
export const SetUpBudgetDocument = new TypedDocumentString(`
    mutation SetUpBudget($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetUpBudgetMutation, SetUpBudgetMutationVariables>;
export const RequestBookingDocument = new TypedDocumentString(`
    mutation RequestBooking($input: RequestBookingInput!) {
  requestBooking(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestBookingMutation, RequestBookingMutationVariables>;
export const RequestBookingSeriesDocument = new TypedDocumentString(`
    mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {
  requestBookingSeries(input: $input) {
    id
    weeks
    bookings {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RequestBookingSeriesMutation, RequestBookingSeriesMutationVariables>;
export const MyBookingsDocument = new TypedDocumentString(`
    query MyBookings($first: Int, $after: String, $budgetId: ID, $status: BookingStatus) {
  myBookings(
    side: HOLDER
    first: $first
    after: $after
    budgetId: $budgetId
    status: $status
  ) {
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
    `) as unknown as TypedDocumentString<MyBookingsQuery, MyBookingsQueryVariables>;
export const BookingDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<BookingQuery, BookingQueryVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!, $reason: String!) {
  cancelBooking(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const SendBookingMessageDocument = new TypedDocumentString(`
    mutation SendBookingMessage($input: SendBookingMessageInput!) {
  sendBookingMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendBookingMessageMutation, SendBookingMessageMutationVariables>;
export const BudgetStatementDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<BudgetStatementQuery, BudgetStatementQueryVariables>;
export const RecordExpenseDocument = new TypedDocumentString(`
    mutation RecordExpense($input: RecordExpenseInput!) {
  recordExpense(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordExpenseMutation, RecordExpenseMutationVariables>;
export const InviteDelegateDocument = new TypedDocumentString(`
    mutation InviteDelegate($budgetId: ID!, $email: String!) {
  inviteDelegate(budgetId: $budgetId, email: $email) {
    email
  }
}
    `) as unknown as TypedDocumentString<InviteDelegateMutation, InviteDelegateMutationVariables>;
export const DeliveredBookingsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DeliveredBookingsQuery, DeliveredBookingsQueryVariables>;
export const ConfirmVisitDocument = new TypedDocumentString(`
    mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {
  confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {
    id
    visit {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmVisitMutation, ConfirmVisitMutationVariables>;
export const BookingVisitDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<BookingVisitQuery, BookingVisitQueryVariables>;
export const InvoicesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<InvoiceQuery, InvoiceQueryVariables>;
export const RecordInvoicePaymentDocument = new TypedDocumentString(`
    mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {
  recordInvoicePayment(input: $input) {
    id
    status
    paidOn
  }
}
    `) as unknown as TypedDocumentString<RecordInvoicePaymentMutation, RecordInvoicePaymentMutationVariables>;
export const ConfirmInvoiceReceiptDocument = new TypedDocumentString(`
    mutation ConfirmInvoiceReceipt($input: ConfirmInvoiceReceiptInput!) {
  confirmInvoiceReceipt(input: $input) {
    id
    receipt
  }
}
    `) as unknown as TypedDocumentString<ConfirmInvoiceReceiptMutation, ConfirmInvoiceReceiptMutationVariables>;
export const IssueInvoiceDocument = new TypedDocumentString(`
    mutation IssueInvoice($input: IssueInvoiceInput!) {
  issueInvoice(input: $input) {
    id
    number
    totalPence
  }
}
    `) as unknown as TypedDocumentString<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const InvoiceSettingsDocument = new TypedDocumentString(`
    query InvoiceSettings($enterpriseId: ID!) {
  invoiceSettings(enterpriseId: $enterpriseId) {
    enterpriseId
    monthlyIssuing
    dueDays
  }
}
    `) as unknown as TypedDocumentString<InvoiceSettingsQuery, InvoiceSettingsQueryVariables>;
export const SetInvoiceSettingsDocument = new TypedDocumentString(`
    mutation SetInvoiceSettings($input: InvoiceSettingsInput!) {
  setInvoiceSettings(input: $input) {
    enterpriseId
    monthlyIssuing
    dueDays
  }
}
    `) as unknown as TypedDocumentString<SetInvoiceSettingsMutation, SetInvoiceSettingsMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
    refreshToken
    user {
      id
      email
      displayName
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MyEnterprisesDocument = new TypedDocumentString(`
    query MyEnterprises($first: Int) {
  enterprises(first: $first) {
    edges {
      node {
        id
        name
        checklist {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyEnterprisesQuery, MyEnterprisesQueryVariables>;
export const ChecklistDocument = new TypedDocumentString(`
    query Checklist($id: ID!) {
  enterprise(id: $id) {
    id
    name
    checklist {
      status
      items {
        id
        status
        overdue
        dueOn
        expiresOn
        completedOn
        inProgressSince
        reference
        note
        waivedReason
        checkedAt
        returnedReason
        member {
          name
        }
        requirement {
          code
          title
          guidance
          sourceUrl
          mandatory
          validityMonths
        }
        evidence {
          id
          fileName
          contentType
          sizeBytes
          removable
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChecklistQuery, ChecklistQueryVariables>;
export const ProviderUpdateChecklistItemDocument = new TypedDocumentString(`
    mutation ProviderUpdateChecklistItem($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) {
    id
    status
    completedOn
    expiresOn
  }
}
    `) as unknown as TypedDocumentString<ProviderUpdateChecklistItemMutation, ProviderUpdateChecklistItemMutationVariables>;
export const EnterpriseListingsDocument = new TypedDocumentString(`
    query EnterpriseListings($enterpriseId: ID!, $first: Int) {
  enterprise(id: $enterpriseId) {
    id
    name
  }
  enterpriseListings(enterpriseId: $enterpriseId, first: $first) {
    totalCount
    edges {
      node {
        ...ProviderListingFields
      }
    }
  }
}
    fragment ProviderListingFields on Listing {
  id
  title
  description
  category
  pricePence
  priceUnit
  capacity
  status
  verified
  hiddenReason
  postcodeDistrict
  travelMiles
  availability {
    dayOfWeek
    startTime
    endTime
  }
}`) as unknown as TypedDocumentString<EnterpriseListingsQuery, EnterpriseListingsQueryVariables>;
export const ProviderListingDocument = new TypedDocumentString(`
    query ProviderListing($id: ID!) {
  listing(id: $id) {
    ...ProviderListingFields
    enterprise {
      id
      name
    }
  }
}
    fragment ProviderListingFields on Listing {
  id
  title
  description
  category
  pricePence
  priceUnit
  capacity
  status
  verified
  hiddenReason
  postcodeDistrict
  travelMiles
  availability {
    dayOfWeek
    startTime
    endTime
  }
}`) as unknown as TypedDocumentString<ProviderListingQuery, ProviderListingQueryVariables>;
export const CreateListingDocument = new TypedDocumentString(`
    mutation CreateListing($input: CreateListingInput!) {
  createListing(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateListingMutation, CreateListingMutationVariables>;
export const UpdateListingDocument = new TypedDocumentString(`
    mutation UpdateListing($input: UpdateListingInput!) {
  updateListing(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateListingMutation, UpdateListingMutationVariables>;
export const PublishListingDocument = new TypedDocumentString(`
    mutation PublishListing($id: ID!) {
  publishListing(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishListingMutation, PublishListingMutationVariables>;
export const UnpublishListingDocument = new TypedDocumentString(`
    mutation UnpublishListing($id: ID!) {
  unpublishListing(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UnpublishListingMutation, UnpublishListingMutationVariables>;
export const ProviderBookingsDocument = new TypedDocumentString(`
    query ProviderBookings($first: Int) {
  myBookings(side: PROVIDER, first: $first) {
    totalCount
    edges {
      node {
        ...ProviderBookingFields
      }
    }
  }
}
    fragment ProviderBookingFields on Booking {
  id
  status
  startsAt
  endsAt
  costPence
  note
  holderName
  answerReason
  expiresAt
  seriesId
  listing {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProviderBookingsQuery, ProviderBookingsQueryVariables>;
export const ProviderBookingDocument = new TypedDocumentString(`
    query ProviderBooking($id: ID!) {
  booking(id: $id) {
    ...ProviderBookingFields
    whereAndWho {
      placeKind
      placeAddress
      contactPhone
      contactEmail
    }
    messages {
      id
      body
      createdAt
      mine
    }
  }
}
    fragment ProviderBookingFields on Booking {
  id
  status
  startsAt
  endsAt
  costPence
  note
  holderName
  answerReason
  expiresAt
  seriesId
  listing {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProviderBookingQuery, ProviderBookingQueryVariables>;
export const AcceptBookingDocument = new TypedDocumentString(`
    mutation AcceptBooking($id: ID!) {
  acceptBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptBookingMutation, AcceptBookingMutationVariables>;
export const AcceptBookingSeriesDocument = new TypedDocumentString(`
    mutation AcceptBookingSeries($seriesId: ID!) {
  acceptBookingSeries(seriesId: $seriesId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptBookingSeriesMutation, AcceptBookingSeriesMutationVariables>;
export const DeclineBookingDocument = new TypedDocumentString(`
    mutation DeclineBooking($id: ID!, $reason: String!) {
  declineBooking(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineBookingMutation, DeclineBookingMutationVariables>;
export const DeclineBookingSeriesDocument = new TypedDocumentString(`
    mutation DeclineBookingSeries($seriesId: ID!, $reason: String!) {
  declineBookingSeries(seriesId: $seriesId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeclineBookingSeriesMutation, DeclineBookingSeriesMutationVariables>;
export const CompleteBookingDocument = new TypedDocumentString(`
    mutation CompleteBooking($id: ID!) {
  completeBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteBookingMutation, CompleteBookingMutationVariables>;
export const CalendarFeedUrlDocument = new TypedDocumentString(`
    query CalendarFeedUrl {
  calendarFeedUrl
}
    `) as unknown as TypedDocumentString<CalendarFeedUrlQuery, CalendarFeedUrlQueryVariables>;
export const ResetCalendarFeedDocument = new TypedDocumentString(`
    mutation ResetCalendarFeed {
  resetCalendarFeed
}
    `) as unknown as TypedDocumentString<ResetCalendarFeedMutation, ResetCalendarFeedMutationVariables>;
export const PublicEnterpriseDocument = new TypedDocumentString(`
    query PublicEnterprise($id: ID!) {
  publicEnterprise(id: $id) {
    id
    name
    legalStructure
    postcodeDistrict
    activities
    place {
      district
      latitude
      longitude
    }
    listings {
      id
      title
      description
      category
      pricePence
      priceUnit
      capacity
      postcodeDistrict
      travelMiles
    }
    checksMade {
      title
      checkedOn
      runsOutOn
    }
  }
}
    `) as unknown as TypedDocumentString<PublicEnterpriseQuery, PublicEnterpriseQueryVariables>;
export const ListingChecksMadeDocument = new TypedDocumentString(`
    query ListingChecksMade($enterpriseId: ID!) {
  publicEnterprise(id: $enterpriseId) {
    checksMade {
      title
      checkedOn
      runsOutOn
    }
  }
}
    `) as unknown as TypedDocumentString<ListingChecksMadeQuery, ListingChecksMadeQueryVariables>;
export const DistrictCentresDocument = new TypedDocumentString(`
    query DistrictCentres($districts: [String!]!) {
  districtCentres(districts: $districts) {
    district
    latitude
    longitude
  }
}
    `) as unknown as TypedDocumentString<DistrictCentresQuery, DistrictCentresQueryVariables>;
export const SearchListingsDocument = new TypedDocumentString(`
    query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {
  searchListings(input: $input, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      distanceMiles
      node {
        id
        title
        category
        pricePence
        priceUnit
        capacity
        verified
        postcodeDistrict
        enterprise {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchListingsQuery, SearchListingsQueryVariables>;