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

export type AddMemberInput = {
  /** When given, the member is invited to make an account. */
  email?: string | null | undefined;
  enterpriseId: string | number;
  name: string;
  worksWithClients?: boolean | null | undefined;
};

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

export type CorrectVisitTimeInput = {
  bookingId: string | number;
  /** When it really ended (in the past). */
  endsAt: string;
  /** When the visit really started. */
  startsAt: string;
};

export type CreateAreaInput = {
  name: string;
  /** Outward codes, e.g. ["TA1", "TA2"]. */
  postcodeDistricts: Array<string>;
};

export type CreateEnterpriseInput = {
  activities: Array<Activity>;
  areaId: string | number;
  employsStaff?: boolean | null | undefined;
  /** Invited by email to join as a member. */
  founder: PersonInput;
  legalStructure: LegalStructure;
  name: string;
  postcode: string;
  /** Planned trading start. */
  tradingStartsOn?: string | null | undefined;
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

export type IssueCreditNoteInput = {
  amountPence: number;
  invoiceId: string | number;
  reason: string;
};

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

export type PersonInput = {
  email: string;
  name: string;
};

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

export type PlaceOnBoardInput = {
  /** Place it just after this one in the same stage; omit for the top. */
  afterEnterpriseId?: string | number | null | undefined;
  enterpriseId: string | number;
};

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

export type RequirementAppliesTo =
  | 'EACH_MEMBER'
  | 'ENTERPRISE';

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

export type UpdateEnterpriseInput = {
  activities?: Array<Activity> | null | undefined;
  /** A Catalyst of the Area to take on this enterprise. */
  catalystId?: string | number | null | undefined;
  employsStaff?: boolean | null | undefined;
  enterpriseId: string | number;
  fteHeadcount?: number | null | undefined;
  hoursPerWeek?: number | null | undefined;
  legalStructure?: LegalStructure | null | undefined;
  name?: string | null | undefined;
  peopleSupportedPerWeek?: number | null | undefined;
  plannedTradingOn?: string | null | undefined;
  tradingStartedOn?: string | null | undefined;
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

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { accessToken: string, refreshToken: string, user: { id: string, email: string, displayName: string, roles: Array<Role> } } };

export type FactoriesSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type FactoriesSignInMutation = { signIn: { accessToken: string, refreshToken: string, user: { id: string, email: string, roles: Array<Role> } } };

export type FactoriesCreateAreaMutationVariables = Exact<{
  input: CreateAreaInput;
}>;


export type FactoriesCreateAreaMutation = { createArea: { id: string, name: string, postcodeDistricts: Array<string> } };

export type FactoriesInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type FactoriesInviteUserMutation = { inviteUser: { id: string, email: string, role: Role, expiresAt: string } };

export type FactoriesAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type FactoriesAcceptInvitationMutation = { acceptInvitation: { accessToken: string, refreshToken: string, user: { id: string, email: string, roles: Array<Role> } } };

export type RequestBookingMutationVariables = Exact<{
  input: RequestBookingInput;
}>;


export type RequestBookingMutation = { requestBooking: { id: string, status: BookingStatus, startsAt: string, endsAt: string, costPence: number } };

export type AcceptBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptBookingMutation = { acceptBooking: { id: string, status: BookingStatus } };

export type DeclineBookingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineBookingMutation = { declineBooking: { id: string, status: BookingStatus } };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, status: BookingStatus } };

export type CompleteBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteBookingMutation = { completeBooking: { id: string, status: BookingStatus } };

export type SetUpBudgetMutationVariables = Exact<{
  input: SetUpBudgetInput;
}>;


export type SetUpBudgetMutation = { setUpBudget: { id: string, label: string, currentPeriod: { startsOn: string, endsOn: string, allocationPence: number, committedPence: number, spentPence: number, remainingPence: number } | null } };

export type BudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type BudgetQuery = { personalBudget: { id: string, label: string, currentPeriod: { startsOn: string, endsOn: string, allocationPence: number, committedPence: number, spentPence: number, remainingPence: number } | null } };

export type CreateListingMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type CreateListingMutation = { createListing: { id: string, status: ListingStatus, title: string, category: Activity, pricePence: number, priceUnit: PriceUnit } };

export type PublishListingMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishListingMutation = { publishListing: { id: string, status: ListingStatus, verified: boolean } };

export type BookingsBookingQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingsBookingQuery = { booking: { id: string, status: BookingStatus, note: string | null, holderName: string | null, budgetId: string | null, listing: { title: string } } };

export type CalendarFixtureFeedUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFixtureFeedUrlQuery = { calendarFeedUrl: string };

export type SeriesAndMessagesRequestSeriesMutationVariables = Exact<{
  input: RequestBookingSeriesInput;
}>;


export type SeriesAndMessagesRequestSeriesMutation = { requestBookingSeries: { id: string, weeks: number, bookings: Array<{ id: string, status: BookingStatus, startsAt: string }> } };

export type SeriesAndMessagesAcceptSeriesMutationVariables = Exact<{
  seriesId: string | number;
}>;


export type SeriesAndMessagesAcceptSeriesMutation = { acceptBookingSeries: Array<{ id: string, status: BookingStatus }> };

export type SeriesAndMessagesMessageMutationVariables = Exact<{
  input: SendBookingMessageInput;
}>;


export type SeriesAndMessagesMessageMutation = { sendBookingMessage: { id: string, body: string, mine: boolean } };

export type SeriesAndMessagesMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type SeriesAndMessagesMessagesQuery = { booking: { messages: Array<{ body: string, mine: boolean }> } };

export type SeriesAndMessagesInviteDelegateMutationVariables = Exact<{
  budgetId: string | number;
  email: string;
}>;


export type SeriesAndMessagesInviteDelegateMutation = { inviteDelegate: { email: string } };

export type SeriesAndMessagesMyBookingsQueryVariables = Exact<{
  side?: BookingSide | null | undefined;
}>;


export type SeriesAndMessagesMyBookingsQuery = { myBookings: { totalCount: number, edges: Array<{ node: { id: string, status: BookingStatus } }> } };

export type TimeRulesStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type TimeRulesStatusQuery = { booking: { id: string, status: BookingStatus } };

export type WhereAndWhoRequestWithPlaceMutationVariables = Exact<{
  input: RequestBookingInput;
}>;


export type WhereAndWhoRequestWithPlaceMutation = { requestBooking: { id: string, providerName: string, whereAndWho: { placeKind: BookingPlaceKind | null, placeAddress: string | null, contactPhone: string | null, contactEmail: string | null, providerEmails: Array<string> } | null } };

export type WhereAndWhoWhereAndWhoQueryVariables = Exact<{
  id: string | number;
}>;


export type WhereAndWhoWhereAndWhoQuery = { booking: { id: string, status: BookingStatus, providerName: string, whereAndWho: { placeKind: BookingPlaceKind | null, placeAddress: string | null, contactPhone: string | null, contactEmail: string | null, providerEmails: Array<string> } | null } };

export type WhereAndWhoFreeTimesQueryVariables = Exact<{
  listingId: string | number;
  weeks?: number | null | undefined;
}>;


export type WhereAndWhoFreeTimesQuery = { listingFreeTimes: Array<{ startsAt: string, endsAt: string }> };

export type WhereAndWhoByBudgetQueryVariables = Exact<{
  budgetId?: string | number | null | undefined;
  side?: BookingSide | null | undefined;
}>;


export type WhereAndWhoByBudgetQuery = { myBookings: { edges: Array<{ node: { id: string } }> } };

export type WhereAndWhoExportQueryVariables = Exact<{ [key: string]: never; }>;


export type WhereAndWhoExportQuery = { exportMyData: Record<string, unknown> };

export type WhereAndWhoCloseMutationVariables = Exact<{
  password: string;
}>;


export type WhereAndWhoCloseMutation = { closeMyAccount: boolean };

export type BudgetFixtureMyBudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetFixtureMyBudgetsQuery = { myBudgets: Array<{ id: string, label: string, myRole: BudgetRole }> };

export type InviteDelegateMutationVariables = Exact<{
  budgetId: string | number;
  email: string;
}>;


export type InviteDelegateMutation = { inviteDelegate: { email: string } };

export type BudgetStatementQueryVariables = Exact<{
  budgetId: string | number;
  from: string;
  to: string;
}>;


export type BudgetStatementQuery = { budgetStatement: { openingBalancePence: number, closingBalancePence: number, entries: Array<{ occurredOn: string, kind: LedgerEntryKind, payee: string, description: string, amountPence: number, receiptReference: string | null, balancePence: number }> } };

export type BudgetsContractSetUpMutationVariables = Exact<{
  input: SetUpBudgetInput;
}>;


export type BudgetsContractSetUpMutation = { setUpBudget: { id: string, label: string, currentPeriod: { startsOn: string, endsOn: string, allocationPence: number, committedPence: number, spentPence: number, remainingPence: number } | null } };

export type BudgetsContractBudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type BudgetsContractBudgetQuery = { personalBudget: { id: string, label: string, currentPeriod: { startsOn: string, endsOn: string, allocationPence: number, committedPence: number, spentPence: number, remainingPence: number } | null } };

export type BudgetDelegatesQueryVariables = Exact<{
  budgetId: string | number;
}>;


export type BudgetDelegatesQuery = { budgetDelegates: Array<{ id: string, email: string, displayName: string | null, status: DelegateStatus }> };

export type RemoveDelegateMutationVariables = Exact<{
  budgetId: string | number;
  delegateId: string | number;
}>;


export type RemoveDelegateMutation = { removeDelegate: boolean };

export type DelegateControlHolderNameQueryVariables = Exact<{
  id: string | number;
}>;


export type DelegateControlHolderNameQuery = { personalBudget: { id: string, holderName: string, myRole: BudgetRole } };

export type AMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AMutation = { acceptInvitation: { accessToken: string } };

export type CloseMutationVariables = Exact<{
  p: string;
}>;


export type CloseMutation = { closeMyAccount: boolean };

export type DelegateControlAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type DelegateControlAcceptInvitationMutation = { acceptInvitation: { accessToken: string } };

export type LedgerRecordExpenseMutationVariables = Exact<{
  input: RecordExpenseInput;
}>;


export type LedgerRecordExpenseMutation = { recordExpense: { id: string } };

export type LedgerRecordExpense2MutationVariables = Exact<{
  input: RecordExpenseInput;
}>;


export type LedgerRecordExpense2Mutation = { recordExpense: { id: string } };

export type ChecklistsChecklistQueryVariables = Exact<{
  id: string | number;
}>;


export type ChecklistsChecklistQuery = { checklist: { status: ComplianceStatus } };

export type ChecklistsChecklist2QueryVariables = Exact<{
  id: string | number;
}>;


export type ChecklistsChecklist2Query = { checklist: { status: ComplianceStatus } };

export type ChecksRunScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ChecksRunScanMutation = { runReminderScan: number };

export type PublicChecksQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicChecksQuery = { publicEnterprise: { checksMade: Array<{ title: string, checkedOn: string, runsOutOn: string | null }> } };

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type CreateEnterpriseMutation = { createEnterprise: { id: string, name: string, stage: PipelineStage, legalStructure: LegalStructure, activities: Array<Activity>, postcode: string, area: { id: string }, catalyst: { id: string } | null, checklist: { status: ComplianceStatus, items: Array<{ id: string, status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null, requirement: { code: string, mandatory: boolean } }> } } };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addEnterpriseMember: { id: string, name: string } };

export type UpdateEnterpriseMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { id: string, activities: Array<Activity> } };

export type ChecklistQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type ChecklistQuery = { checklist: { status: ComplianceStatus, items: Array<{ id: string, enterpriseId: string, status: ChecklistItemStatus, overdue: boolean, dueOn: string | null, expiresOn: string | null, completedOn: string | null, inProgressSince: string | null, reference: string | null, note: string | null, waivedReason: string | null, checkedAt: string | null, returnedAt: string | null, returnedReason: string | null, awaitingCheckSince: string | null, checkedBy: { id: string } | null, member: { id: string, name: string } | null, requirement: { code: string, title: string, guidance: string, legalBasis: string, sourceUrl: string | null, mandatory: boolean, appliesTo: RequirementAppliesTo, beforeTrading: boolean, validityMonths: number | null } }> } };

export type UpdateChecklistItemMutationVariables = Exact<{
  input: UpdateChecklistItemInput;
}>;


export type UpdateChecklistItemMutation = { updateChecklistItem: { id: string, status: ChecklistItemStatus, completedOn: string | null, expiresOn: string | null, reference: string | null, note: string | null, waivedReason: string | null, inProgressSince: string | null } };

export type ReviewChecklistItemMutationVariables = Exact<{
  input: ReviewChecklistItemInput;
}>;


export type ReviewChecklistItemMutation = { reviewChecklistItem: { id: string, status: ChecklistItemStatus, checkedAt: string | null, returnedAt: string | null, returnedReason: string | null, awaitingCheckSince: string | null, checkedBy: { id: string } | null } };

export type ToCheckQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ToCheckQuery = { checklistItemsToCheck: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, enterpriseId: string, status: ChecklistItemStatus, awaitingCheckSince: string | null, requirement: { code: string }, member: { name: string } | null } }> } };

export type DueQueryVariables = Exact<{
  days: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DueQuery = { complianceDue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, enterpriseId: string, status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null, requirement: { code: string }, member: { name: string } | null } }> } };

export type OverdueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OverdueQuery = { complianceOverdue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, enterpriseId: string, status: ChecklistItemStatus, overdue: boolean, dueOn: string | null, expiresOn: string | null, requirement: { code: string } } }> } };

export type SetOverrideMutationVariables = Exact<{
  input: SetRequirementOverrideInput;
}>;


export type SetOverrideMutation = { setRequirementOverride: { areaId: string, code: string, validityMonths: number | null, reminderOffsetsDays: Array<number> | null } };

export type MoveEnterpriseStageMutationVariables = Exact<{
  input: MoveEnterpriseStageInput;
}>;


export type MoveEnterpriseStageMutation = { moveEnterpriseStage: { id: string, stage: PipelineStage } };

export type EvidenceQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type EvidenceQuery = { enterprise: { checklist: { items: Array<{ id: string, evidence: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, removable: boolean }> }> } } };

export type EvidenceExportQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceExportQuery = { exportMyData: Record<string, unknown> };

export type EvidenceCloseMutationVariables = Exact<{
  password: string;
}>;


export type EvidenceCloseMutation = { closeMyAccount: boolean };

export type MyActionsQueryVariables = Exact<{
  filter?: ActionFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyActionsQuery = { myActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, owner: ActionOwner, enterpriseId: string, enterpriseName: string } }> } };

export type CatalystPagesRecordMutationVariables = Exact<{
  input: RecordCoachingSessionInput;
}>;


export type CatalystPagesRecordMutation = { recordCoachingSession: { id: string, actions: Array<{ id: string }> } };

export type CatalystPagesMoveMutationVariables = Exact<{
  input: MoveEnterpriseStageInput;
}>;


export type CatalystPagesMoveMutation = { moveEnterpriseStage: { id: string } };

export type CatalystPagesEnterprisesQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: EnterpriseSort | null | undefined;
}>;


export type CatalystPagesEnterprisesQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, stage: PipelineStage, nextDeadline: string | null, suggestedStage: PipelineStage | null, checklist: { items: Array<{ status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null }> } } }> } };

export type CatalystPagesEnterpriseQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CatalystPagesEnterpriseQuery = { enterprise: { id: string, suggestedStage: PipelineStage | null, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: string, summary: string, actorName: string | null } }> } } };

export type CatalystPagesPipelineQueryVariables = Exact<{
  areaId: string | number;
}>;


export type CatalystPagesPipelineQuery = { pipeline: Array<{ stage: PipelineStage, enterprises: Array<{ id: string, suggestedStage: PipelineStage | null }> }> };

export type CatalystPagesImpactQueryVariables = Exact<{
  areaId: string | number;
  from: string;
  to: string;
}>;


export type CatalystPagesImpactQuery = { impactReport: { newEnterprises: number, figures: Array<{ key: string, label: string, value: number | null }> } };

export type CrmFixtureCreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type CrmFixtureCreateEnterpriseMutation = { createEnterprise: { id: string, name: string, stage: PipelineStage, legalStructure: LegalStructure, activities: Array<Activity>, postcode: string, area: { id: string }, catalyst: { id: string } | null, checklist: { status: ComplianceStatus, items: Array<{ id: string, status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null, requirement: { code: string, mandatory: boolean } }> } } };

export type EnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseQuery = { enterprise: { id: string, name: string, stage: PipelineStage, activities: Array<Activity>, members: Array<{ id: string, name: string }>, checklist: { status: ComplianceStatus, items: Array<{ id: string, status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null, member: { id: string } | null, requirement: { code: string, title: string, mandatory: boolean } }> }, timeline: { edges: Array<{ node: { kind: string, occurredAt: string, summary: string } }> } } };

export type EnterprisesQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnterprisesQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, stage: PipelineStage, catalyst: { id: string } | null, checklist: { status: ComplianceStatus } } }> } };

export type CrmFixtureMoveMutationVariables = Exact<{
  input: MoveEnterpriseStageInput;
}>;


export type CrmFixtureMoveMutation = { moveEnterpriseStage: { id: string, stage: PipelineStage } };

export type RecordCoachingSessionMutationVariables = Exact<{
  input: RecordCoachingSessionInput;
}>;


export type RecordCoachingSessionMutation = { recordCoachingSession: { id: string, heldOn: string, minutes: number, actions: Array<{ id: string, title: string, dueOn: string, owner: ActionOwner, done: boolean }> } };

export type PipelineQueryVariables = Exact<{
  areaId: string | number;
}>;


export type PipelineQuery = { pipeline: Array<{ stage: PipelineStage, count: number }> };

export type ImpactReportQueryVariables = Exact<{
  areaId: string | number;
  from: string;
  to: string;
}>;


export type ImpactReportQuery = { impactReport: { enterprisesSupported: number, newEnterprises: number, reachedTrading: number, medianDaysToTrading: number | null, jobsFte: number, peopleSupportedPerWeek: number, hoursPerWeek: number, coachingHours: number } };

export type CrmFixtureUpdateItemMutationVariables = Exact<{
  input: UpdateChecklistItemInput;
}>;


export type CrmFixtureUpdateItemMutation = { updateChecklistItem: { id: string, status: ChecklistItemStatus, completedOn: string | null, expiresOn: string | null } };

export type EnterpriseChangesUpdateMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type EnterpriseChangesUpdateMutation = { updateEnterprise: { id: string, name: string, activities: Array<Activity>, fteHeadcount: number, overMicroLimit: boolean, catalyst: { id: string, displayName: string } | null } };

export type EnterpriseChangesAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type EnterpriseChangesAddMemberMutation = { addEnterpriseMember: { id: string, name: string, role: MemberRole, hasAccount: boolean } };

export type EnterpriseChangesPlaceMutationVariables = Exact<{
  input: PlaceOnBoardInput;
}>;


export type EnterpriseChangesPlaceMutation = { placeEnterpriseOnBoard: { id: string, boardPosition: number } };

export type EnterpriseChangesBoardQueryVariables = Exact<{
  areaId: string | number;
}>;


export type EnterpriseChangesBoardQuery = { pipeline: Array<{ stage: PipelineStage, enterprises: Array<{ id: string, name: string }> }> };

export type EnterpriseChangesChecklistCodesQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseChangesChecklistCodesQuery = { enterprise: { checklist: { items: Array<{ requirement: { code: string }, member: { id: string } | null }> } } };

export type EnterpriseImportRunReminderScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type EnterpriseImportRunReminderScanMutation = { runReminderScan: number };

export type EnterprisesEnterprisesQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterprisesEnterprisesQuery = { enterprises: { edges: Array<{ node: { name: string, area: { name: string } } }> } };

export type ImpactReportUpdateMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type ImpactReportUpdateMutation = { updateEnterprise: { id: string, fteHeadcount: number } };

export type ImpactReportImpactReportQueryVariables = Exact<{
  areaId: string | number;
}>;


export type ImpactReportImpactReportQuery = { impactReport: { listedEnterprises: number, verifiedEnterprises: number } };

export type EnterpriseImportQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseImportQuery = { enterpriseImport: { id: string, status: EnterpriseImportStatus, dryRun: boolean, rowsTotal: number, rowsDone: number, created: number, updated: number, unchanged: number, rejected: number, possibleDuplicates: number, failure: string | null, errors: Array<{ row: number, column: string, message: string }>, duplicates: Array<{ row: number, name: string, postcode: string, created: boolean, candidates: Array<{ enterpriseId: string, name: string, similarity: number }> }>, columns: Array<{ header: string, field: ImportField | null, sample: string }> } };

export type RunEnterpriseImportMutationVariables = Exact<{
  input: RunEnterpriseImportInput;
}>;


export type RunEnterpriseImportMutation = { runEnterpriseImport: { id: string, status: EnterpriseImportStatus, dryRun: boolean } };

export type MatchEnterpriseImportColumnsMutationVariables = Exact<{
  input: MatchEnterpriseImportColumnsInput;
}>;


export type MatchEnterpriseImportColumnsMutation = { matchEnterpriseImportColumns: { id: string, status: EnterpriseImportStatus } };

export type ImportPrivacyExportQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPrivacyExportQuery = { exportMyData: Record<string, unknown> };

export type ImportPrivacyRunReminderScanMutationVariables = Exact<{ [key: string]: never; }>;


export type ImportPrivacyRunReminderScanMutation = { runReminderScan: number };

export type ImportPrivacyCloseMutationVariables = Exact<{
  password: string;
}>;


export type ImportPrivacyCloseMutation = { closeMyAccount: boolean };

export type NoNPlusOneListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NoNPlusOneListQuery = { enterprises: { totalCount: number, edges: Array<{ node: { id: string, name: string, stage: PipelineStage, catalyst: { id: string, displayName: string } | null, members: Array<{ id: string, name: string }>, checklist: { status: ComplianceStatus }, lastSession: { heldOn: string, minutes: number } | null } }> } };

export type PipelineAndCoachingStageOfQueryVariables = Exact<{
  id: string | number;
}>;


export type PipelineAndCoachingStageOfQuery = { enterprise: { stage: PipelineStage, daysInStage: number, stageHistory: Array<{ fromStage: PipelineStage | null, toStage: PipelineStage, note: string | null }> } };

export type PipelineAndCoachingTimelineQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type PipelineAndCoachingTimelineQuery = { enterprise: { checklist: { items: Array<{ status: ChecklistItemStatus }> }, timeline: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: string } }> } } };

export type PipelineAndCoachingMyActionsQueryVariables = Exact<{
  filter?: ActionFilterInput | null | undefined;
}>;


export type PipelineAndCoachingMyActionsQuery = { myActions: { totalCount: number, edges: Array<{ node: { id: string, enterpriseId: string, title: string, owner: ActionOwner, dueOn: string, doneAt: string | null } }> } };

export type PipelineAndCoachingCompleteMutationVariables = Exact<{
  id: string | number;
}>;


export type PipelineAndCoachingCompleteMutation = { completeAction: { id: string, doneAt: string | null } };

export type StaffCatalystsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCatalystsQuery = { catalysts: Array<{ id: string, displayName: string, email: string, areas: Array<{ name: string }> }> };

export type StaffInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffInvitationsQuery = { staffInvitations: Array<{ id: string, email: string, role: Role, expired: boolean, expiresAt: string, areas: Array<{ name: string }> }> };

export type ResendMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendMutation = { resendStaffInvitation: { id: string, email: string, expiresAt: string } };

export type RevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeMutation = { revokeStaffInvitation: boolean };

export type OverridesQueryVariables = Exact<{
  areaId: string | number;
}>;


export type OverridesQuery = { requirementOverrides: Array<{ areaId: string, code: string, validityMonths: number | null, reminderOffsetsDays: Array<number> | null }> };

export type SetMutationVariables = Exact<{
  input: SetRequirementOverrideInput;
}>;


export type SetMutation = { setRequirementOverride: { code: string } };

export type StaffAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type StaffAcceptInvitationMutation = { acceptInvitation: { user: { roles: Array<Role> } } };

export type StaffAcceptInvitation2MutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type StaffAcceptInvitation2Mutation = { acceptInvitation: { accessToken: string } };

export type StaffInviteDelegateMutationVariables = Exact<{
  budgetId: string | number;
  email: string;
}>;


export type StaffInviteDelegateMutation = { inviteDelegate: { email: string } };

export type StaffSetUpBudgetMutationVariables = Exact<{
  input: SetUpBudgetInput;
}>;


export type StaffSetUpBudgetMutation = { setUpBudget: { id: string } };

export type StaffRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffRequirementsQuery = { requirements: Array<{ code: string }> };

export type CreateAreaMutationVariables = Exact<{
  input: CreateAreaInput;
}>;


export type CreateAreaMutation = { createArea: { id: string, name: string, postcodeDistricts: Array<string> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, email: string, role: Role, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, refreshToken: string, user: { id: string, roles: Array<Role> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { accessToken: string, refreshToken: string } };

export type RefreshMutationVariables = Exact<{
  t: string;
}>;


export type RefreshMutation = { refreshSession: { accessToken: string } };

export type PasswordResetCloseMyAccountMutationVariables = Exact<{
  p: string;
}>;


export type PasswordResetCloseMyAccountMutation = { closeMyAccount: boolean };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accessToken: string, user: { id: string, email: string, roles: Array<Role> } } };

export type InvoiceRemindersSettingsMutationVariables = Exact<{
  input: InvoiceSettingsInput;
}>;


export type InvoiceRemindersSettingsMutation = { setInvoiceSettings: { enterpriseId: string, monthlyIssuing: boolean, dueDays: number } };

export type InvoiceRemindersOwedQueryVariables = Exact<{
  side: InvoiceSide;
}>;


export type InvoiceRemindersOwedQuery = { moneyOwed: { totalPence: number, invoices: number, buckets: Array<{ bucket: AgeingBucket, label: string, invoices: number, amountPence: number }> } };

export type ConfirmVisitMutationVariables = Exact<{
  bookingId: string | number;
  happened: boolean;
  reason?: string | null | undefined;
}>;


export type ConfirmVisitMutation = { confirmVisit: { id: string, status: BookingStatus, visit: { state: VisitState } | null } };

export type CorrectVisitTimeMutationVariables = Exact<{
  input: CorrectVisitTimeInput;
}>;


export type CorrectVisitTimeMutation = { correctVisitTime: { id: string, startsAt: string, endsAt: string, visit: { state: VisitState, providerAnswer: string | null, awaitingSince: string } | null } };

export type WithdrawVisitMutationVariables = Exact<{
  bookingId: string | number;
}>;


export type WithdrawVisitMutation = { withdrawVisit: { id: string, visit: { state: VisitState, providerAnswer: string | null } | null } };

export type IssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { issueInvoice: { id: string, number: number, totalPence: number, issuedOn: string, dueOn: string, status: InvoiceStatus, lines: Array<{ bookingId: string, amountPence: number }> } };

export type InvoicesQueryVariables = Exact<{
  side: InvoiceSide;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvoicesQuery = { invoices: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, totalPence: number, issuedOn: string, dueOn: string, status: InvoiceStatus, enterprise: { name: string } } }> } };

export type RecordInvoicePaymentMutationVariables = Exact<{
  input: RecordInvoicePaymentInput;
}>;


export type RecordInvoicePaymentMutation = { recordInvoicePayment: { id: string, status: InvoiceStatus, paidOn: string | null } };

export type RunReminderScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type RunReminderScanMutation = { runReminderScan: number };

export type InvoicesConfirmReceiptMutationVariables = Exact<{
  input: ConfirmInvoiceReceiptInput;
}>;


export type InvoicesConfirmReceiptMutation = { confirmInvoiceReceipt: { id: string, receipt: string | null } };

export type InvoicesCreditMutationVariables = Exact<{
  input: IssueCreditNoteInput;
}>;


export type InvoicesCreditMutation = { issueCreditNote: { id: string, number: number, amountPence: number } };

export type InvoicesInvoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicesInvoiceQuery = { invoice: { id: string, status: InvoiceStatus, overdue: boolean, totalPence: number, creditNotes: Array<{ number: number, amountPence: number }>, lines: Array<{ deliveredOn: string, timeText: string, service: string, quantityText: string, unitPricePence: number, amountPence: number }>, enterprise: { name: string } } };

export type VisitsVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitsVisitQuery = { booking: { id: string, visit: { state: VisitState, answeredById: string | null, disputeReason: string | null, confirmedByDefaultOn: string } | null } };

export type EnterpriseListingsQueryVariables = Exact<{
  enterpriseId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnterpriseListingsQuery = { enterpriseListings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: ListingStatus, verified: boolean, enterprise: { name: string }, availability: Array<{ dayOfWeek: DayOfWeek }> } }> } };

export type PageQueryVariables = Exact<{
  input: ListingSearchInput;
}>;


export type PageQuery = { searchListings: { edges: Array<{ node: { id: string } }> } };

export type MarketplaceFixtureCreateListingMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type MarketplaceFixtureCreateListingMutation = { createListing: { id: string, status: ListingStatus, title: string, category: Activity, pricePence: number, priceUnit: PriceUnit, verified: boolean, postcodeDistrict: string, travelMiles: number, availability: Array<{ dayOfWeek: DayOfWeek, startTime: string, endTime: string }>, enterprise: { id: string, name: string } } };

export type UpdateListingMutationVariables = Exact<{
  input: UpdateListingInput;
}>;


export type UpdateListingMutation = { updateListing: { id: string, status: ListingStatus, title: string, category: Activity, pricePence: number, verified: boolean, postcodeDistrict: string, availability: Array<{ dayOfWeek: DayOfWeek, startTime: string, endTime: string }> } };

export type MarketplaceFixturePublishListingMutationVariables = Exact<{
  id: string | number;
}>;


export type MarketplaceFixturePublishListingMutation = { publishListing: { id: string, status: ListingStatus, verified: boolean } };

export type UnpublishListingMutationVariables = Exact<{
  id: string | number;
}>;


export type UnpublishListingMutation = { unpublishListing: { id: string, status: ListingStatus, hiddenReason: string | null } };

export type ListingQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingQuery = { listing: { id: string, title: string, status: ListingStatus, verified: boolean, hiddenReason: string | null, postcodeDistrict: string, enterprise: { name: string }, availability: Array<{ dayOfWeek: DayOfWeek, startTime: string, endTime: string }> } };

export type SearchListingsQueryVariables = Exact<{
  input: ListingSearchInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchListingsQuery = { searchListings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, distanceMiles: number, node: { id: string, title: string, category: Activity, pricePence: number, priceUnit: PriceUnit, verified: boolean, postcodeDistrict: string, enterprise: { name: string } } }> } };

export type BookingBudgetListingRemindersRunScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type BookingBudgetListingRemindersRunScanMutation = { runReminderScan: number };

export type BookingBudgetListingRemindersSetUpBudgetMutationVariables = Exact<{
  input: SetUpBudgetInput;
}>;


export type BookingBudgetListingRemindersSetUpBudgetMutation = { setUpBudget: { id: string } };

export type MailSecretsRequestMutationVariables = Exact<{
  email: string;
}>;


export type MailSecretsRequestMutation = { requestPasswordReset: boolean };

export type MailSecretsResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type MailSecretsResetMutation = { resetPassword: { accessToken: string } };

export type MailSecretsInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type MailSecretsInviteMutation = { inviteUser: { id: string } };

export type MailSecretsCloseMyAccountMutationVariables = Exact<{
  p: string;
}>;


export type MailSecretsCloseMyAccountMutation = { closeMyAccount: boolean };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string, createdAt: string, readAt: string | null } }> } };

export type MarkReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkReadMutation = { markNotificationsRead: number };

export type PreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, essential: boolean, muted: boolean, description: string }> };

export type MuteMutationVariables = Exact<{
  kind: NotificationKind;
  muted: boolean;
}>;


export type MuteMutation = { muteNotificationKind: Array<{ kind: NotificationKind, essential: boolean, muted: boolean }> };

export type NotificationsFeedUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsFeedUrlQuery = { calendarFeedUrl: string };

export type NotificationsResetFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsResetFeedMutation = { resetCalendarFeed: string };

export type NotificationsNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsNotificationsQuery = { notifications: { edges: Array<{ node: { title: string, aboutId: string | null } }> } };

export type OtherRemindersRunScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type OtherRemindersRunScanMutation = { runReminderScan: number };

export type RemindersRunScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type RemindersRunScanMutation = { runReminderScan: number };

export type OpenReferralCapacityQueryVariables = Exact<{
  id: string | number;
}>;


export type OpenReferralCapacityQuery = { listing: { id: string, capacity: ListingCapacity, pricePence: number, priceUnit: PriceUnit } };

export type OpenReferralUpdateMutationVariables = Exact<{
  input: UpdateListingInput;
}>;


export type OpenReferralUpdateMutation = { updateListing: { id: string, capacity: ListingCapacity } };

export type DemoSeedSearchListingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedSearchListingsQuery = { searchListings: { totalCount: number, edges: Array<{ node: { verified: boolean } }> } };

export type IntrospectionQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type IntrospectionQueryQuery = { __schema: { queryType: { name: string | null }, types: Array<{ name: string | null, fields: Array<{ name: string }> | null }> } };

export type AuditTrailQueryVariables = Exact<{
  recordType: string;
  recordId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, actorId: string | null, action: string, recordType: string, recordId: string, subjectUserId: string | null, detail: Record<string, unknown> } }> } };

export type AuditSetUpBudgetMutationVariables = Exact<{
  input: SetUpBudgetInput;
}>;


export type AuditSetUpBudgetMutation = { setUpBudget: { id: string } };

export type AuditInviteDelegateMutationVariables = Exact<{
  budgetId: string | number;
  email: string;
}>;


export type AuditInviteDelegateMutation = { inviteDelegate: { email: string } };

export type AuditRecordExpenseMutationVariables = Exact<{
  input: RecordExpenseInput;
}>;


export type AuditRecordExpenseMutation = { recordExpense: { id: string } };

export type AuditStatementQueryVariables = Exact<{
  budgetId: string | number;
  from: string;
  to: string;
}>;


export type AuditStatementQuery = { budgetStatement: { entries: Array<{ payee: string, amountPence: number }> } };

export type AuditSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditSessionsQuery = { enterprise: { sessions: Array<{ id: string, summary: string }>, lastSession: { summary: string } | null } };

export type AuditListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AuditListQuery = { enterprises: { edges: Array<{ node: { id: string, lastSession: { summary: string } | null } }> } };

export type CloseAccountExportQueryVariables = Exact<{ [key: string]: never; }>;


export type CloseAccountExportQuery = { exportMyData: Record<string, unknown> };

export type CloseAccountCloseMutationVariables = Exact<{
  password: string;
}>;


export type CloseAccountCloseMutation = { closeMyAccount: boolean };

export type CloseAccountMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CloseAccountMeQuery = { me: { id: string, email: string } };

export type CloseAccountRefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type CloseAccountRefreshMutation = { refreshSession: { accessToken: string } };

export type CloseAccountMessageMutationVariables = Exact<{
  input: SendBookingMessageInput;
}>;


export type CloseAccountMessageMutation = { sendBookingMessage: { id: string } };

export type CloseAccountExpenseMutationVariables = Exact<{
  input: RecordExpenseInput;
}>;


export type CloseAccountExpenseMutation = { recordExpense: { id: string } };

export type CloseAccountInviteDelegateMutationVariables = Exact<{
  budgetId: string | number;
  email: string;
}>;


export type CloseAccountInviteDelegateMutation = { inviteDelegate: { email: string } };

export type CloseAccountMuteMutationVariables = Exact<{ [key: string]: never; }>;


export type CloseAccountMuteMutation = { muteNotificationKind: Array<{ kind: NotificationKind, muted: boolean }> };

export type CloseAccountFeedUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type CloseAccountFeedUrlQuery = { calendarFeedUrl: string };

export type CloseAccountMyBudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type CloseAccountMyBudgetsQuery = { myBudgets: Array<{ id: string }> };

export type RedisSentinelRunScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type RedisSentinelRunScanMutation = { runReminderScan: number };

export type ScaleOutMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ScaleOutMeQuery = { me: { id: string, email: string } };

export type ScaleOutRefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type ScaleOutRefreshMutation = { refreshSession: { accessToken: string, refreshToken: string, user: { id: string } } };

export type ScaleOutRunScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ScaleOutRunScanMutation = { runReminderScan: number };

export type SecurityWorldRequestSeriesMutationVariables = Exact<{
  input: RequestBookingSeriesInput;
}>;


export type SecurityWorldRequestSeriesMutation = { requestBookingSeries: { id: string } };

export type SecurityWorldRemoveDelegateMutationVariables = Exact<{
  budgetId: string | number;
  delegateId: string | number;
}>;


export type SecurityWorldRemoveDelegateMutation = { removeDelegate: boolean };

export type SecurityWorldCloseMyAccountMutationVariables = Exact<{
  p: string;
}>;


export type SecurityWorldCloseMyAccountMutation = { closeMyAccount: boolean };

export type SecurityWorldRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type SecurityWorldRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type CatalystPagesRecord2MutationVariables = Exact<{
  input: RecordCoachingSessionInput;
}>;


export type CatalystPagesRecord2Mutation = { recordCoachingSession: { id: string } };

export type CatalystPagesMove2MutationVariables = Exact<{
  input: MoveEnterpriseStageInput;
}>;


export type CatalystPagesMove2Mutation = { moveEnterpriseStage: { id: string } };

export type HolderBookingPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type HolderBookingPublishMutation = { publishListing: { id: string, status: ListingStatus } };

export type RequestBookingSeriesMutationVariables = Exact<{
  input: RequestBookingSeriesInput;
}>;


export type RequestBookingSeriesMutation = { requestBookingSeries: { id: string, bookings: Array<{ id: string }> } };

export type ProviderJourneyDoneItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderJourneyDoneItemsQuery = { enterprise: { checklist: { items: Array<{ id: string, status: ChecklistItemStatus, checkedAt: string | null }> } } };

export type ProviderJourneyReviewMutationVariables = Exact<{
  input: ReviewChecklistItemInput;
}>;


export type ProviderJourneyReviewMutation = { reviewChecklistItem: { id: string, checkedAt: string | null } };

export type BQueryVariables = Exact<{
  id: string | number;
}>;


export type BQuery = { booking: { status: BookingStatus } };

export type TrustSetUpBudgetMutationVariables = Exact<{
  input: SetUpBudgetInput;
}>;


export type TrustSetUpBudgetMutation = { setUpBudget: { id: string } };

export type TrustInviteDelegateMutationVariables = Exact<{
  budgetId: string | number;
  email: string;
}>;


export type TrustInviteDelegateMutation = { inviteDelegate: { email: string } };

export type TrustMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustMeQuery = { me: { id: string } };

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
export const FactoriesSignInDocument = new TypedDocumentString(`
    mutation FactoriesSignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
    refreshToken
    user {
      id
      email
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<FactoriesSignInMutation, FactoriesSignInMutationVariables>;
export const FactoriesCreateAreaDocument = new TypedDocumentString(`
    mutation FactoriesCreateArea($input: CreateAreaInput!) {
  createArea(input: $input) {
    id
    name
    postcodeDistricts
  }
}
    `) as unknown as TypedDocumentString<FactoriesCreateAreaMutation, FactoriesCreateAreaMutationVariables>;
export const FactoriesInviteUserDocument = new TypedDocumentString(`
    mutation FactoriesInviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<FactoriesInviteUserMutation, FactoriesInviteUserMutationVariables>;
export const FactoriesAcceptInvitationDocument = new TypedDocumentString(`
    mutation FactoriesAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
    refreshToken
    user {
      id
      email
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<FactoriesAcceptInvitationMutation, FactoriesAcceptInvitationMutationVariables>;
export const RequestBookingDocument = new TypedDocumentString(`
    mutation RequestBooking($input: RequestBookingInput!) {
  requestBooking(input: $input) {
    id
    status
    startsAt
    endsAt
    costPence
  }
}
    `) as unknown as TypedDocumentString<RequestBookingMutation, RequestBookingMutationVariables>;
export const AcceptBookingDocument = new TypedDocumentString(`
    mutation AcceptBooking($id: ID!) {
  acceptBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptBookingMutation, AcceptBookingMutationVariables>;
export const DeclineBookingDocument = new TypedDocumentString(`
    mutation DeclineBooking($id: ID!, $reason: String!) {
  declineBooking(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineBookingMutation, DeclineBookingMutationVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!, $reason: String!) {
  cancelBooking(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const CompleteBookingDocument = new TypedDocumentString(`
    mutation CompleteBooking($id: ID!) {
  completeBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteBookingMutation, CompleteBookingMutationVariables>;
export const SetUpBudgetDocument = new TypedDocumentString(`
    mutation SetUpBudget($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) {
    id
    label
    currentPeriod {
      startsOn
      endsOn
      allocationPence
      committedPence
      spentPence
      remainingPence
    }
  }
}
    `) as unknown as TypedDocumentString<SetUpBudgetMutation, SetUpBudgetMutationVariables>;
export const BudgetDocument = new TypedDocumentString(`
    query Budget($id: ID!) {
  personalBudget(id: $id) {
    id
    label
    currentPeriod {
      startsOn
      endsOn
      allocationPence
      committedPence
      spentPence
      remainingPence
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetQuery, BudgetQueryVariables>;
export const CreateListingDocument = new TypedDocumentString(`
    mutation CreateListing($input: CreateListingInput!) {
  createListing(input: $input) {
    id
    status
    title
    category
    pricePence
    priceUnit
  }
}
    `) as unknown as TypedDocumentString<CreateListingMutation, CreateListingMutationVariables>;
export const PublishListingDocument = new TypedDocumentString(`
    mutation PublishListing($id: ID!) {
  publishListing(id: $id) {
    id
    status
    verified
  }
}
    `) as unknown as TypedDocumentString<PublishListingMutation, PublishListingMutationVariables>;
export const BookingsBookingDocument = new TypedDocumentString(`
    query BookingsBooking($id: ID!) {
  booking(id: $id) {
    id
    status
    note
    holderName
    budgetId
    listing {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<BookingsBookingQuery, BookingsBookingQueryVariables>;
export const CalendarFixtureFeedUrlDocument = new TypedDocumentString(`
    query CalendarFixtureFeedUrl {
  calendarFeedUrl
}
    `) as unknown as TypedDocumentString<CalendarFixtureFeedUrlQuery, CalendarFixtureFeedUrlQueryVariables>;
export const SeriesAndMessagesRequestSeriesDocument = new TypedDocumentString(`
    mutation SeriesAndMessagesRequestSeries($input: RequestBookingSeriesInput!) {
  requestBookingSeries(input: $input) {
    id
    weeks
    bookings {
      id
      status
      startsAt
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesAndMessagesRequestSeriesMutation, SeriesAndMessagesRequestSeriesMutationVariables>;
export const SeriesAndMessagesAcceptSeriesDocument = new TypedDocumentString(`
    mutation SeriesAndMessagesAcceptSeries($seriesId: ID!) {
  acceptBookingSeries(seriesId: $seriesId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SeriesAndMessagesAcceptSeriesMutation, SeriesAndMessagesAcceptSeriesMutationVariables>;
export const SeriesAndMessagesMessageDocument = new TypedDocumentString(`
    mutation SeriesAndMessagesMessage($input: SendBookingMessageInput!) {
  sendBookingMessage(input: $input) {
    id
    body
    mine
  }
}
    `) as unknown as TypedDocumentString<SeriesAndMessagesMessageMutation, SeriesAndMessagesMessageMutationVariables>;
export const SeriesAndMessagesMessagesDocument = new TypedDocumentString(`
    query SeriesAndMessagesMessages($id: ID!) {
  booking(id: $id) {
    messages {
      body
      mine
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesAndMessagesMessagesQuery, SeriesAndMessagesMessagesQueryVariables>;
export const SeriesAndMessagesInviteDelegateDocument = new TypedDocumentString(`
    mutation SeriesAndMessagesInviteDelegate($budgetId: ID!, $email: String!) {
  inviteDelegate(budgetId: $budgetId, email: $email) {
    email
  }
}
    `) as unknown as TypedDocumentString<SeriesAndMessagesInviteDelegateMutation, SeriesAndMessagesInviteDelegateMutationVariables>;
export const SeriesAndMessagesMyBookingsDocument = new TypedDocumentString(`
    query SeriesAndMessagesMyBookings($side: BookingSide) {
  myBookings(side: $side) {
    totalCount
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesAndMessagesMyBookingsQuery, SeriesAndMessagesMyBookingsQueryVariables>;
export const TimeRulesStatusDocument = new TypedDocumentString(`
    query TimeRulesStatus($id: ID!) {
  booking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TimeRulesStatusQuery, TimeRulesStatusQueryVariables>;
export const WhereAndWhoRequestWithPlaceDocument = new TypedDocumentString(`
    mutation WhereAndWhoRequestWithPlace($input: RequestBookingInput!) {
  requestBooking(input: $input) {
    id
    providerName
    whereAndWho {
      placeKind
      placeAddress
      contactPhone
      contactEmail
      providerEmails
    }
  }
}
    `) as unknown as TypedDocumentString<WhereAndWhoRequestWithPlaceMutation, WhereAndWhoRequestWithPlaceMutationVariables>;
export const WhereAndWhoWhereAndWhoDocument = new TypedDocumentString(`
    query WhereAndWhoWhereAndWho($id: ID!) {
  booking(id: $id) {
    id
    status
    providerName
    whereAndWho {
      placeKind
      placeAddress
      contactPhone
      contactEmail
      providerEmails
    }
  }
}
    `) as unknown as TypedDocumentString<WhereAndWhoWhereAndWhoQuery, WhereAndWhoWhereAndWhoQueryVariables>;
export const WhereAndWhoFreeTimesDocument = new TypedDocumentString(`
    query WhereAndWhoFreeTimes($listingId: ID!, $weeks: Int) {
  listingFreeTimes(listingId: $listingId, weeks: $weeks) {
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<WhereAndWhoFreeTimesQuery, WhereAndWhoFreeTimesQueryVariables>;
export const WhereAndWhoByBudgetDocument = new TypedDocumentString(`
    query WhereAndWhoByBudget($budgetId: ID, $side: BookingSide) {
  myBookings(side: $side, budgetId: $budgetId) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhereAndWhoByBudgetQuery, WhereAndWhoByBudgetQueryVariables>;
export const WhereAndWhoExportDocument = new TypedDocumentString(`
    query WhereAndWhoExport {
  exportMyData
}
    `) as unknown as TypedDocumentString<WhereAndWhoExportQuery, WhereAndWhoExportQueryVariables>;
export const WhereAndWhoCloseDocument = new TypedDocumentString(`
    mutation WhereAndWhoClose($password: String!) {
  closeMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<WhereAndWhoCloseMutation, WhereAndWhoCloseMutationVariables>;
export const BudgetFixtureMyBudgetsDocument = new TypedDocumentString(`
    query BudgetFixtureMyBudgets {
  myBudgets {
    id
    label
    myRole
  }
}
    `) as unknown as TypedDocumentString<BudgetFixtureMyBudgetsQuery, BudgetFixtureMyBudgetsQueryVariables>;
export const InviteDelegateDocument = new TypedDocumentString(`
    mutation InviteDelegate($budgetId: ID!, $email: String!) {
  inviteDelegate(budgetId: $budgetId, email: $email) {
    email
  }
}
    `) as unknown as TypedDocumentString<InviteDelegateMutation, InviteDelegateMutationVariables>;
export const BudgetStatementDocument = new TypedDocumentString(`
    query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {
  budgetStatement(budgetId: $budgetId, from: $from, to: $to) {
    openingBalancePence
    closingBalancePence
    entries {
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
export const BudgetsContractSetUpDocument = new TypedDocumentString(`
    mutation BudgetsContractSetUp($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) {
    id
    label
    currentPeriod {
      startsOn
      endsOn
      allocationPence
      committedPence
      spentPence
      remainingPence
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetsContractSetUpMutation, BudgetsContractSetUpMutationVariables>;
export const BudgetsContractBudgetDocument = new TypedDocumentString(`
    query BudgetsContractBudget($id: ID!) {
  personalBudget(id: $id) {
    id
    label
    currentPeriod {
      startsOn
      endsOn
      allocationPence
      committedPence
      spentPence
      remainingPence
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetsContractBudgetQuery, BudgetsContractBudgetQueryVariables>;
export const BudgetDelegatesDocument = new TypedDocumentString(`
    query BudgetDelegates($budgetId: ID!) {
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
export const DelegateControlHolderNameDocument = new TypedDocumentString(`
    query DelegateControlHolderName($id: ID!) {
  personalBudget(id: $id) {
    id
    holderName
    myRole
  }
}
    `) as unknown as TypedDocumentString<DelegateControlHolderNameQuery, DelegateControlHolderNameQueryVariables>;
export const ADocument = new TypedDocumentString(`
    mutation A($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<AMutation, AMutationVariables>;
export const CloseDocument = new TypedDocumentString(`
    mutation Close($p: String!) {
  closeMyAccount(password: $p)
}
    `) as unknown as TypedDocumentString<CloseMutation, CloseMutationVariables>;
export const DelegateControlAcceptInvitationDocument = new TypedDocumentString(`
    mutation DelegateControlAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<DelegateControlAcceptInvitationMutation, DelegateControlAcceptInvitationMutationVariables>;
export const LedgerRecordExpenseDocument = new TypedDocumentString(`
    mutation LedgerRecordExpense($input: RecordExpenseInput!) {
  recordExpense(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LedgerRecordExpenseMutation, LedgerRecordExpenseMutationVariables>;
export const LedgerRecordExpense2Document = new TypedDocumentString(`
    mutation LedgerRecordExpense2($input: RecordExpenseInput!) {
  recordExpense(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LedgerRecordExpense2Mutation, LedgerRecordExpense2MutationVariables>;
export const ChecklistsChecklistDocument = new TypedDocumentString(`
    query ChecklistsChecklist($id: ID!) {
  checklist(enterpriseId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ChecklistsChecklistQuery, ChecklistsChecklistQueryVariables>;
export const ChecklistsChecklist2Document = new TypedDocumentString(`
    query ChecklistsChecklist2($id: ID!) {
  checklist(enterpriseId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ChecklistsChecklist2Query, ChecklistsChecklist2QueryVariables>;
export const ChecksRunScanDocument = new TypedDocumentString(`
    mutation ChecksRunScan($asOf: Date) {
  runReminderScan(asOf: $asOf)
}
    `) as unknown as TypedDocumentString<ChecksRunScanMutation, ChecksRunScanMutationVariables>;
export const PublicChecksDocument = new TypedDocumentString(`
    query PublicChecks($id: ID!) {
  publicEnterprise(id: $id) {
    checksMade {
      title
      checkedOn
      runsOutOn
    }
  }
}
    `) as unknown as TypedDocumentString<PublicChecksQuery, PublicChecksQueryVariables>;
export const CreateEnterpriseDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($input: AddMemberInput!) {
  addEnterpriseMember(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const UpdateEnterpriseDocument = new TypedDocumentString(`
    mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {
  updateEnterprise(input: $input) {
    id
    activities
  }
}
    `) as unknown as TypedDocumentString<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const ChecklistDocument = new TypedDocumentString(`
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
      checkedAt
      checkedBy {
        id
      }
      returnedAt
      returnedReason
      awaitingCheckSince
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
    `) as unknown as TypedDocumentString<ChecklistQuery, ChecklistQueryVariables>;
export const UpdateChecklistItemDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<UpdateChecklistItemMutation, UpdateChecklistItemMutationVariables>;
export const ReviewChecklistItemDocument = new TypedDocumentString(`
    mutation ReviewChecklistItem($input: ReviewChecklistItemInput!) {
  reviewChecklistItem(input: $input) {
    id
    status
    checkedAt
    checkedBy {
      id
    }
    returnedAt
    returnedReason
    awaitingCheckSince
  }
}
    `) as unknown as TypedDocumentString<ReviewChecklistItemMutation, ReviewChecklistItemMutationVariables>;
export const ToCheckDocument = new TypedDocumentString(`
    query ToCheck($first: Int, $after: String) {
  checklistItemsToCheck(first: $first, after: $after) {
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
        awaitingCheckSince
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
    `) as unknown as TypedDocumentString<ToCheckQuery, ToCheckQueryVariables>;
export const DueDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DueQuery, DueQueryVariables>;
export const OverdueDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<OverdueQuery, OverdueQueryVariables>;
export const SetOverrideDocument = new TypedDocumentString(`
    mutation SetOverride($input: SetRequirementOverrideInput!) {
  setRequirementOverride(input: $input) {
    areaId
    code
    validityMonths
    reminderOffsetsDays
  }
}
    `) as unknown as TypedDocumentString<SetOverrideMutation, SetOverrideMutationVariables>;
export const MoveEnterpriseStageDocument = new TypedDocumentString(`
    mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {
  moveEnterpriseStage(input: $input) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<MoveEnterpriseStageMutation, MoveEnterpriseStageMutationVariables>;
export const EvidenceDocument = new TypedDocumentString(`
    query Evidence($enterpriseId: ID!) {
  enterprise(id: $enterpriseId) {
    checklist {
      items {
        id
        evidence {
          id
          fileName
          contentType
          sizeBytes
          uploadedAt
          removable
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceQuery, EvidenceQueryVariables>;
export const EvidenceExportDocument = new TypedDocumentString(`
    query EvidenceExport {
  exportMyData
}
    `) as unknown as TypedDocumentString<EvidenceExportQuery, EvidenceExportQueryVariables>;
export const EvidenceCloseDocument = new TypedDocumentString(`
    mutation EvidenceClose($password: String!) {
  closeMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<EvidenceCloseMutation, EvidenceCloseMutationVariables>;
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
        title
        owner
        enterpriseId
        enterpriseName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyActionsQuery, MyActionsQueryVariables>;
export const CatalystPagesRecordDocument = new TypedDocumentString(`
    mutation CatalystPagesRecord($input: RecordCoachingSessionInput!) {
  recordCoachingSession(input: $input) {
    id
    actions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CatalystPagesRecordMutation, CatalystPagesRecordMutationVariables>;
export const CatalystPagesMoveDocument = new TypedDocumentString(`
    mutation CatalystPagesMove($input: MoveEnterpriseStageInput!) {
  moveEnterpriseStage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalystPagesMoveMutation, CatalystPagesMoveMutationVariables>;
export const CatalystPagesEnterprisesDocument = new TypedDocumentString(`
    query CatalystPagesEnterprises($filter: EnterpriseFilter, $first: Int, $after: String, $sort: EnterpriseSort) {
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
        nextDeadline
        suggestedStage
        checklist {
          items {
            status
            dueOn
            expiresOn
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalystPagesEnterprisesQuery, CatalystPagesEnterprisesQueryVariables>;
export const CatalystPagesEnterpriseDocument = new TypedDocumentString(`
    query CatalystPagesEnterprise($id: ID!, $after: String) {
  enterprise(id: $id) {
    id
    suggestedStage
    timeline(first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
          summary
          actorName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalystPagesEnterpriseQuery, CatalystPagesEnterpriseQueryVariables>;
export const CatalystPagesPipelineDocument = new TypedDocumentString(`
    query CatalystPagesPipeline($areaId: ID!) {
  pipeline(areaId: $areaId) {
    stage
    enterprises {
      id
      suggestedStage
    }
  }
}
    `) as unknown as TypedDocumentString<CatalystPagesPipelineQuery, CatalystPagesPipelineQueryVariables>;
export const CatalystPagesImpactDocument = new TypedDocumentString(`
    query CatalystPagesImpact($areaId: ID!, $from: Date!, $to: Date!) {
  impactReport(areaId: $areaId, from: $from, to: $to) {
    newEnterprises
    figures {
      key
      label
      value
    }
  }
}
    `) as unknown as TypedDocumentString<CatalystPagesImpactQuery, CatalystPagesImpactQueryVariables>;
export const CrmFixtureCreateEnterpriseDocument = new TypedDocumentString(`
    mutation CrmFixtureCreateEnterprise($input: CreateEnterpriseInput!) {
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
    `) as unknown as TypedDocumentString<CrmFixtureCreateEnterpriseMutation, CrmFixtureCreateEnterpriseMutationVariables>;
export const EnterpriseDocument = new TypedDocumentString(`
    query Enterprise($id: ID!) {
  enterprise(id: $id) {
    id
    name
    stage
    activities
    members {
      id
      name
    }
    checklist {
      status
      items {
        id
        status
        dueOn
        expiresOn
        member {
          id
        }
        requirement {
          code
          title
          mandatory
        }
      }
    }
    timeline(first: 20) {
      edges {
        node {
          kind
          occurredAt
          summary
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseQuery, EnterpriseQueryVariables>;
export const EnterprisesDocument = new TypedDocumentString(`
    query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String) {
  enterprises(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        stage
        catalyst {
          id
        }
        checklist {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesQuery, EnterprisesQueryVariables>;
export const CrmFixtureMoveDocument = new TypedDocumentString(`
    mutation CrmFixtureMove($input: MoveEnterpriseStageInput!) {
  moveEnterpriseStage(input: $input) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<CrmFixtureMoveMutation, CrmFixtureMoveMutationVariables>;
export const RecordCoachingSessionDocument = new TypedDocumentString(`
    mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {
  recordCoachingSession(input: $input) {
    id
    heldOn
    minutes
    actions {
      id
      title
      dueOn
      owner
      done
    }
  }
}
    `) as unknown as TypedDocumentString<RecordCoachingSessionMutation, RecordCoachingSessionMutationVariables>;
export const PipelineDocument = new TypedDocumentString(`
    query Pipeline($areaId: ID!) {
  pipeline(areaId: $areaId) {
    stage
    count
  }
}
    `) as unknown as TypedDocumentString<PipelineQuery, PipelineQueryVariables>;
export const ImpactReportDocument = new TypedDocumentString(`
    query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {
  impactReport(areaId: $areaId, from: $from, to: $to) {
    enterprisesSupported
    newEnterprises
    reachedTrading
    medianDaysToTrading
    jobsFte
    peopleSupportedPerWeek
    hoursPerWeek
    coachingHours
  }
}
    `) as unknown as TypedDocumentString<ImpactReportQuery, ImpactReportQueryVariables>;
export const CrmFixtureUpdateItemDocument = new TypedDocumentString(`
    mutation CrmFixtureUpdateItem($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) {
    id
    status
    completedOn
    expiresOn
  }
}
    `) as unknown as TypedDocumentString<CrmFixtureUpdateItemMutation, CrmFixtureUpdateItemMutationVariables>;
export const EnterpriseChangesUpdateDocument = new TypedDocumentString(`
    mutation EnterpriseChangesUpdate($input: UpdateEnterpriseInput!) {
  updateEnterprise(input: $input) {
    id
    name
    activities
    fteHeadcount
    overMicroLimit
    catalyst {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseChangesUpdateMutation, EnterpriseChangesUpdateMutationVariables>;
export const EnterpriseChangesAddMemberDocument = new TypedDocumentString(`
    mutation EnterpriseChangesAddMember($input: AddMemberInput!) {
  addEnterpriseMember(input: $input) {
    id
    name
    role
    hasAccount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseChangesAddMemberMutation, EnterpriseChangesAddMemberMutationVariables>;
export const EnterpriseChangesPlaceDocument = new TypedDocumentString(`
    mutation EnterpriseChangesPlace($input: PlaceOnBoardInput!) {
  placeEnterpriseOnBoard(input: $input) {
    id
    boardPosition
  }
}
    `) as unknown as TypedDocumentString<EnterpriseChangesPlaceMutation, EnterpriseChangesPlaceMutationVariables>;
export const EnterpriseChangesBoardDocument = new TypedDocumentString(`
    query EnterpriseChangesBoard($areaId: ID!) {
  pipeline(areaId: $areaId) {
    stage
    enterprises {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseChangesBoardQuery, EnterpriseChangesBoardQueryVariables>;
export const EnterpriseChangesChecklistCodesDocument = new TypedDocumentString(`
    query EnterpriseChangesChecklistCodes($id: ID!) {
  enterprise(id: $id) {
    checklist {
      items {
        requirement {
          code
        }
        member {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseChangesChecklistCodesQuery, EnterpriseChangesChecklistCodesQueryVariables>;
export const EnterpriseImportRunReminderScanDocument = new TypedDocumentString(`
    mutation EnterpriseImportRunReminderScan($asOf: Date) {
  runReminderScan(asOf: $asOf)
}
    `) as unknown as TypedDocumentString<EnterpriseImportRunReminderScanMutation, EnterpriseImportRunReminderScanMutationVariables>;
export const EnterprisesEnterprisesDocument = new TypedDocumentString(`
    query EnterprisesEnterprises {
  enterprises(filter: {search: "Edinburgh"}) {
    edges {
      node {
        name
        area {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterprisesEnterprisesQuery, EnterprisesEnterprisesQueryVariables>;
export const ImpactReportUpdateDocument = new TypedDocumentString(`
    mutation ImpactReportUpdate($input: UpdateEnterpriseInput!) {
  updateEnterprise(input: $input) {
    id
    fteHeadcount
  }
}
    `) as unknown as TypedDocumentString<ImpactReportUpdateMutation, ImpactReportUpdateMutationVariables>;
export const ImpactReportImpactReportDocument = new TypedDocumentString(`
    query ImpactReportImpactReport($areaId: ID!) {
  impactReport(areaId: $areaId, from: "2026-01-01", to: "2026-02-28") {
    listedEnterprises
    verifiedEnterprises
  }
}
    `) as unknown as TypedDocumentString<ImpactReportImpactReportQuery, ImpactReportImpactReportQueryVariables>;
export const EnterpriseImportDocument = new TypedDocumentString(`
    query EnterpriseImport($id: ID!) {
  enterpriseImport(id: $id) {
    id
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
    errors(first: 50) {
      row
      column
      message
    }
    duplicates {
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
    `) as unknown as TypedDocumentString<EnterpriseImportQuery, EnterpriseImportQueryVariables>;
export const RunEnterpriseImportDocument = new TypedDocumentString(`
    mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {
  runEnterpriseImport(input: $input) {
    id
    status
    dryRun
  }
}
    `) as unknown as TypedDocumentString<RunEnterpriseImportMutation, RunEnterpriseImportMutationVariables>;
export const MatchEnterpriseImportColumnsDocument = new TypedDocumentString(`
    mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {
  matchEnterpriseImportColumns(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MatchEnterpriseImportColumnsMutation, MatchEnterpriseImportColumnsMutationVariables>;
export const ImportPrivacyExportDocument = new TypedDocumentString(`
    query ImportPrivacyExport {
  exportMyData
}
    `) as unknown as TypedDocumentString<ImportPrivacyExportQuery, ImportPrivacyExportQueryVariables>;
export const ImportPrivacyRunReminderScanDocument = new TypedDocumentString(`
    mutation ImportPrivacyRunReminderScan {
  runReminderScan
}
    `) as unknown as TypedDocumentString<ImportPrivacyRunReminderScanMutation, ImportPrivacyRunReminderScanMutationVariables>;
export const ImportPrivacyCloseDocument = new TypedDocumentString(`
    mutation ImportPrivacyClose($password: String!) {
  closeMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<ImportPrivacyCloseMutation, ImportPrivacyCloseMutationVariables>;
export const NoNPlusOneListDocument = new TypedDocumentString(`
    query NoNPlusOneList($first: Int) {
  enterprises(first: $first) {
    totalCount
    edges {
      node {
        id
        name
        stage
        catalyst {
          id
          displayName
        }
        members {
          id
          name
        }
        checklist {
          status
        }
        lastSession {
          heldOn
          minutes
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NoNPlusOneListQuery, NoNPlusOneListQueryVariables>;
export const PipelineAndCoachingStageOfDocument = new TypedDocumentString(`
    query PipelineAndCoachingStageOf($id: ID!) {
  enterprise(id: $id) {
    stage
    stageHistory {
      fromStage
      toStage
      note
    }
    daysInStage
  }
}
    `) as unknown as TypedDocumentString<PipelineAndCoachingStageOfQuery, PipelineAndCoachingStageOfQueryVariables>;
export const PipelineAndCoachingTimelineDocument = new TypedDocumentString(`
    query PipelineAndCoachingTimeline($id: ID!, $after: String) {
  enterprise(id: $id) {
    checklist {
      items {
        status
      }
    }
    timeline(first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PipelineAndCoachingTimelineQuery, PipelineAndCoachingTimelineQueryVariables>;
export const PipelineAndCoachingMyActionsDocument = new TypedDocumentString(`
    query PipelineAndCoachingMyActions($filter: ActionFilterInput) {
  myActions(filter: $filter) {
    totalCount
    edges {
      node {
        id
        enterpriseId
        title
        owner
        dueOn
        doneAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PipelineAndCoachingMyActionsQuery, PipelineAndCoachingMyActionsQueryVariables>;
export const PipelineAndCoachingCompleteDocument = new TypedDocumentString(`
    mutation PipelineAndCoachingComplete($id: ID!) {
  completeAction(id: $id) {
    id
    doneAt
  }
}
    `) as unknown as TypedDocumentString<PipelineAndCoachingCompleteMutation, PipelineAndCoachingCompleteMutationVariables>;
export const StaffCatalystsDocument = new TypedDocumentString(`
    query StaffCatalysts {
  catalysts {
    id
    displayName
    email
    areas {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCatalystsQuery, StaffCatalystsQueryVariables>;
export const StaffInvitationsDocument = new TypedDocumentString(`
    query StaffInvitations {
  staffInvitations {
    id
    email
    role
    expired
    expiresAt
    areas {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StaffInvitationsQuery, StaffInvitationsQueryVariables>;
export const ResendDocument = new TypedDocumentString(`
    mutation Resend($id: ID!) {
  resendStaffInvitation(id: $id) {
    id
    email
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ResendMutation, ResendMutationVariables>;
export const RevokeDocument = new TypedDocumentString(`
    mutation Revoke($id: ID!) {
  revokeStaffInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeMutation, RevokeMutationVariables>;
export const OverridesDocument = new TypedDocumentString(`
    query Overrides($areaId: ID!) {
  requirementOverrides(areaId: $areaId) {
    areaId
    code
    validityMonths
    reminderOffsetsDays
  }
}
    `) as unknown as TypedDocumentString<OverridesQuery, OverridesQueryVariables>;
export const SetDocument = new TypedDocumentString(`
    mutation Set($input: SetRequirementOverrideInput!) {
  setRequirementOverride(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<SetMutation, SetMutationVariables>;
export const StaffAcceptInvitationDocument = new TypedDocumentString(`
    mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    user {
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAcceptInvitationMutation, StaffAcceptInvitationMutationVariables>;
export const StaffAcceptInvitation2Document = new TypedDocumentString(`
    mutation StaffAcceptInvitation2($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<StaffAcceptInvitation2Mutation, StaffAcceptInvitation2MutationVariables>;
export const StaffInviteDelegateDocument = new TypedDocumentString(`
    mutation StaffInviteDelegate($budgetId: ID!, $email: String!) {
  inviteDelegate(budgetId: $budgetId, email: $email) {
    email
  }
}
    `) as unknown as TypedDocumentString<StaffInviteDelegateMutation, StaffInviteDelegateMutationVariables>;
export const StaffSetUpBudgetDocument = new TypedDocumentString(`
    mutation StaffSetUpBudget($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffSetUpBudgetMutation, StaffSetUpBudgetMutationVariables>;
export const StaffRequirementsDocument = new TypedDocumentString(`
    query StaffRequirements {
  requirements {
    code
  }
}
    `) as unknown as TypedDocumentString<StaffRequirementsQuery, StaffRequirementsQueryVariables>;
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
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
    refreshToken
    user {
      id
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
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
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($t: String!) {
  refreshSession(refreshToken: $t) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const PasswordResetCloseMyAccountDocument = new TypedDocumentString(`
    mutation PasswordResetCloseMyAccount($p: String!) {
  closeMyAccount(password: $p)
}
    `) as unknown as TypedDocumentString<PasswordResetCloseMyAccountMutation, PasswordResetCloseMyAccountMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
    user {
      id
      email
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const InvoiceRemindersSettingsDocument = new TypedDocumentString(`
    mutation InvoiceRemindersSettings($input: InvoiceSettingsInput!) {
  setInvoiceSettings(input: $input) {
    enterpriseId
    monthlyIssuing
    dueDays
  }
}
    `) as unknown as TypedDocumentString<InvoiceRemindersSettingsMutation, InvoiceRemindersSettingsMutationVariables>;
export const InvoiceRemindersOwedDocument = new TypedDocumentString(`
    query InvoiceRemindersOwed($side: InvoiceSide!) {
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
    `) as unknown as TypedDocumentString<InvoiceRemindersOwedQuery, InvoiceRemindersOwedQueryVariables>;
export const ConfirmVisitDocument = new TypedDocumentString(`
    mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {
  confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {
    id
    status
    visit {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmVisitMutation, ConfirmVisitMutationVariables>;
export const CorrectVisitTimeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CorrectVisitTimeMutation, CorrectVisitTimeMutationVariables>;
export const WithdrawVisitDocument = new TypedDocumentString(`
    mutation WithdrawVisit($bookingId: ID!) {
  withdrawVisit(bookingId: $bookingId) {
    id
    visit {
      state
      providerAnswer
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawVisitMutation, WithdrawVisitMutationVariables>;
export const IssueInvoiceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const InvoicesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const RecordInvoicePaymentDocument = new TypedDocumentString(`
    mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {
  recordInvoicePayment(input: $input) {
    id
    status
    paidOn
  }
}
    `) as unknown as TypedDocumentString<RecordInvoicePaymentMutation, RecordInvoicePaymentMutationVariables>;
export const RunReminderScanDocument = new TypedDocumentString(`
    mutation RunReminderScan($asOf: Date) {
  runReminderScan(asOf: $asOf)
}
    `) as unknown as TypedDocumentString<RunReminderScanMutation, RunReminderScanMutationVariables>;
export const InvoicesConfirmReceiptDocument = new TypedDocumentString(`
    mutation InvoicesConfirmReceipt($input: ConfirmInvoiceReceiptInput!) {
  confirmInvoiceReceipt(input: $input) {
    id
    receipt
  }
}
    `) as unknown as TypedDocumentString<InvoicesConfirmReceiptMutation, InvoicesConfirmReceiptMutationVariables>;
export const InvoicesCreditDocument = new TypedDocumentString(`
    mutation InvoicesCredit($input: IssueCreditNoteInput!) {
  issueCreditNote(input: $input) {
    id
    number
    amountPence
  }
}
    `) as unknown as TypedDocumentString<InvoicesCreditMutation, InvoicesCreditMutationVariables>;
export const InvoicesInvoiceDocument = new TypedDocumentString(`
    query InvoicesInvoice($id: ID!) {
  invoice(id: $id) {
    id
    status
    overdue
    totalPence
    creditNotes {
      number
      amountPence
    }
    lines {
      deliveredOn
      timeText
      service
      quantityText
      unitPricePence
      amountPence
    }
    enterprise {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InvoicesInvoiceQuery, InvoicesInvoiceQueryVariables>;
export const VisitsVisitDocument = new TypedDocumentString(`
    query VisitsVisit($id: ID!) {
  booking(id: $id) {
    id
    visit {
      state
      answeredById
      disputeReason
      confirmedByDefaultOn
    }
  }
}
    `) as unknown as TypedDocumentString<VisitsVisitQuery, VisitsVisitQueryVariables>;
export const EnterpriseListingsDocument = new TypedDocumentString(`
    query EnterpriseListings($enterpriseId: ID!, $first: Int, $after: String) {
  enterpriseListings(enterpriseId: $enterpriseId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        verified
        enterprise {
          name
        }
        availability {
          dayOfWeek
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseListingsQuery, EnterpriseListingsQueryVariables>;
export const PageDocument = new TypedDocumentString(`
    query Page($input: ListingSearchInput!) {
  searchListings(input: $input) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageQuery, PageQueryVariables>;
export const MarketplaceFixtureCreateListingDocument = new TypedDocumentString(`
    mutation MarketplaceFixtureCreateListing($input: CreateListingInput!) {
  createListing(input: $input) {
    id
    status
    title
    category
    pricePence
    priceUnit
    verified
    postcodeDistrict
    travelMiles
    availability {
      dayOfWeek
      startTime
      endTime
    }
    enterprise {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MarketplaceFixtureCreateListingMutation, MarketplaceFixtureCreateListingMutationVariables>;
export const UpdateListingDocument = new TypedDocumentString(`
    mutation UpdateListing($input: UpdateListingInput!) {
  updateListing(input: $input) {
    id
    status
    title
    category
    pricePence
    verified
    postcodeDistrict
    availability {
      dayOfWeek
      startTime
      endTime
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateListingMutation, UpdateListingMutationVariables>;
export const MarketplaceFixturePublishListingDocument = new TypedDocumentString(`
    mutation MarketplaceFixturePublishListing($id: ID!) {
  publishListing(id: $id) {
    id
    status
    verified
  }
}
    `) as unknown as TypedDocumentString<MarketplaceFixturePublishListingMutation, MarketplaceFixturePublishListingMutationVariables>;
export const UnpublishListingDocument = new TypedDocumentString(`
    mutation UnpublishListing($id: ID!) {
  unpublishListing(id: $id) {
    id
    status
    hiddenReason
  }
}
    `) as unknown as TypedDocumentString<UnpublishListingMutation, UnpublishListingMutationVariables>;
export const ListingDocument = new TypedDocumentString(`
    query Listing($id: ID!) {
  listing(id: $id) {
    id
    title
    status
    verified
    hiddenReason
    postcodeDistrict
    enterprise {
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
        verified
        postcodeDistrict
        enterprise {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchListingsQuery, SearchListingsQueryVariables>;
export const BookingBudgetListingRemindersRunScanDocument = new TypedDocumentString(`
    mutation BookingBudgetListingRemindersRunScan($asOf: Date) {
  runReminderScan(asOf: $asOf)
}
    `) as unknown as TypedDocumentString<BookingBudgetListingRemindersRunScanMutation, BookingBudgetListingRemindersRunScanMutationVariables>;
export const BookingBudgetListingRemindersSetUpBudgetDocument = new TypedDocumentString(`
    mutation BookingBudgetListingRemindersSetUpBudget($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingBudgetListingRemindersSetUpBudgetMutation, BookingBudgetListingRemindersSetUpBudgetMutationVariables>;
export const MailSecretsRequestDocument = new TypedDocumentString(`
    mutation MailSecretsRequest($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<MailSecretsRequestMutation, MailSecretsRequestMutationVariables>;
export const MailSecretsResetDocument = new TypedDocumentString(`
    mutation MailSecretsReset($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<MailSecretsResetMutation, MailSecretsResetMutationVariables>;
export const MailSecretsInviteDocument = new TypedDocumentString(`
    mutation MailSecretsInvite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MailSecretsInviteMutation, MailSecretsInviteMutationVariables>;
export const MailSecretsCloseMyAccountDocument = new TypedDocumentString(`
    mutation MailSecretsCloseMyAccount($p: String!) {
  closeMyAccount(password: $p)
}
    `) as unknown as TypedDocumentString<MailSecretsCloseMyAccountMutation, MailSecretsCloseMyAccountMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean, $first: Int) {
  notifications(unreadOnly: $unreadOnly, first: $first) {
    unreadCount
    edges {
      node {
        id
        kind
        title
        body
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const PreferencesDocument = new TypedDocumentString(`
    query Preferences {
  notificationPreferences {
    kind
    essential
    muted
    description
  }
}
    `) as unknown as TypedDocumentString<PreferencesQuery, PreferencesQueryVariables>;
export const MuteDocument = new TypedDocumentString(`
    mutation Mute($kind: NotificationKind!, $muted: Boolean!) {
  muteNotificationKind(kind: $kind, muted: $muted) {
    kind
    essential
    muted
  }
}
    `) as unknown as TypedDocumentString<MuteMutation, MuteMutationVariables>;
export const NotificationsFeedUrlDocument = new TypedDocumentString(`
    query NotificationsFeedUrl {
  calendarFeedUrl
}
    `) as unknown as TypedDocumentString<NotificationsFeedUrlQuery, NotificationsFeedUrlQueryVariables>;
export const NotificationsResetFeedDocument = new TypedDocumentString(`
    mutation NotificationsResetFeed {
  resetCalendarFeed
}
    `) as unknown as TypedDocumentString<NotificationsResetFeedMutation, NotificationsResetFeedMutationVariables>;
export const NotificationsNotificationsDocument = new TypedDocumentString(`
    query NotificationsNotifications {
  notifications(first: 5) {
    edges {
      node {
        title
        aboutId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsNotificationsQuery, NotificationsNotificationsQueryVariables>;
export const OtherRemindersRunScanDocument = new TypedDocumentString(`
    mutation OtherRemindersRunScan($asOf: Date) {
  runReminderScan(asOf: $asOf)
}
    `) as unknown as TypedDocumentString<OtherRemindersRunScanMutation, OtherRemindersRunScanMutationVariables>;
export const RemindersRunScanDocument = new TypedDocumentString(`
    mutation RemindersRunScan($asOf: Date) {
  runReminderScan(asOf: $asOf)
}
    `) as unknown as TypedDocumentString<RemindersRunScanMutation, RemindersRunScanMutationVariables>;
export const OpenReferralCapacityDocument = new TypedDocumentString(`
    query OpenReferralCapacity($id: ID!) {
  listing(id: $id) {
    id
    capacity
    pricePence
    priceUnit
  }
}
    `) as unknown as TypedDocumentString<OpenReferralCapacityQuery, OpenReferralCapacityQueryVariables>;
export const OpenReferralUpdateDocument = new TypedDocumentString(`
    mutation OpenReferralUpdate($input: UpdateListingInput!) {
  updateListing(input: $input) {
    id
    capacity
  }
}
    `) as unknown as TypedDocumentString<OpenReferralUpdateMutation, OpenReferralUpdateMutationVariables>;
export const DemoSeedSearchListingsDocument = new TypedDocumentString(`
    query DemoSeedSearchListings {
  searchListings(input: {postcode: "TA1 1AA", radiusMiles: 25}, first: 50) {
    totalCount
    edges {
      node {
        verified
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoSeedSearchListingsQuery, DemoSeedSearchListingsQueryVariables>;
export const IntrospectionQueryDocument = new TypedDocumentString(`
    query IntrospectionQuery {
  __schema {
    queryType {
      name
    }
    types {
      name
      fields {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IntrospectionQueryQuery, IntrospectionQueryQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($recordType: String!, $recordId: ID!, $first: Int, $after: String) {
  auditTrail(
    recordType: $recordType
    recordId: $recordId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        occurredAt
        actorId
        action
        recordType
        recordId
        subjectUserId
        detail
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditSetUpBudgetDocument = new TypedDocumentString(`
    mutation AuditSetUpBudget($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditSetUpBudgetMutation, AuditSetUpBudgetMutationVariables>;
export const AuditInviteDelegateDocument = new TypedDocumentString(`
    mutation AuditInviteDelegate($budgetId: ID!, $email: String!) {
  inviteDelegate(budgetId: $budgetId, email: $email) {
    email
  }
}
    `) as unknown as TypedDocumentString<AuditInviteDelegateMutation, AuditInviteDelegateMutationVariables>;
export const AuditRecordExpenseDocument = new TypedDocumentString(`
    mutation AuditRecordExpense($input: RecordExpenseInput!) {
  recordExpense(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditRecordExpenseMutation, AuditRecordExpenseMutationVariables>;
export const AuditStatementDocument = new TypedDocumentString(`
    query AuditStatement($budgetId: ID!, $from: Date!, $to: Date!) {
  budgetStatement(budgetId: $budgetId, from: $from, to: $to) {
    entries {
      payee
      amountPence
    }
  }
}
    `) as unknown as TypedDocumentString<AuditStatementQuery, AuditStatementQueryVariables>;
export const AuditSessionsDocument = new TypedDocumentString(`
    query AuditSessions($id: ID!) {
  enterprise(id: $id) {
    sessions {
      id
      summary
    }
    lastSession {
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<AuditSessionsQuery, AuditSessionsQueryVariables>;
export const AuditListDocument = new TypedDocumentString(`
    query AuditList($first: Int) {
  enterprises(first: $first) {
    edges {
      node {
        id
        lastSession {
          summary
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditListQuery, AuditListQueryVariables>;
export const CloseAccountExportDocument = new TypedDocumentString(`
    query CloseAccountExport {
  exportMyData
}
    `) as unknown as TypedDocumentString<CloseAccountExportQuery, CloseAccountExportQueryVariables>;
export const CloseAccountCloseDocument = new TypedDocumentString(`
    mutation CloseAccountClose($password: String!) {
  closeMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<CloseAccountCloseMutation, CloseAccountCloseMutationVariables>;
export const CloseAccountMeDocument = new TypedDocumentString(`
    query CloseAccountMe {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<CloseAccountMeQuery, CloseAccountMeQueryVariables>;
export const CloseAccountRefreshDocument = new TypedDocumentString(`
    mutation CloseAccountRefresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<CloseAccountRefreshMutation, CloseAccountRefreshMutationVariables>;
export const CloseAccountMessageDocument = new TypedDocumentString(`
    mutation CloseAccountMessage($input: SendBookingMessageInput!) {
  sendBookingMessage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseAccountMessageMutation, CloseAccountMessageMutationVariables>;
export const CloseAccountExpenseDocument = new TypedDocumentString(`
    mutation CloseAccountExpense($input: RecordExpenseInput!) {
  recordExpense(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseAccountExpenseMutation, CloseAccountExpenseMutationVariables>;
export const CloseAccountInviteDelegateDocument = new TypedDocumentString(`
    mutation CloseAccountInviteDelegate($budgetId: ID!, $email: String!) {
  inviteDelegate(budgetId: $budgetId, email: $email) {
    email
  }
}
    `) as unknown as TypedDocumentString<CloseAccountInviteDelegateMutation, CloseAccountInviteDelegateMutationVariables>;
export const CloseAccountMuteDocument = new TypedDocumentString(`
    mutation CloseAccountMute {
  muteNotificationKind(kind: BOOKING_UPDATE, muted: true) {
    kind
    muted
  }
}
    `) as unknown as TypedDocumentString<CloseAccountMuteMutation, CloseAccountMuteMutationVariables>;
export const CloseAccountFeedUrlDocument = new TypedDocumentString(`
    query CloseAccountFeedUrl {
  calendarFeedUrl
}
    `) as unknown as TypedDocumentString<CloseAccountFeedUrlQuery, CloseAccountFeedUrlQueryVariables>;
export const CloseAccountMyBudgetsDocument = new TypedDocumentString(`
    query CloseAccountMyBudgets {
  myBudgets {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseAccountMyBudgetsQuery, CloseAccountMyBudgetsQueryVariables>;
export const RedisSentinelRunScanDocument = new TypedDocumentString(`
    mutation RedisSentinelRunScan($asOf: Date) {
  runReminderScan(asOf: $asOf)
}
    `) as unknown as TypedDocumentString<RedisSentinelRunScanMutation, RedisSentinelRunScanMutationVariables>;
export const ScaleOutMeDocument = new TypedDocumentString(`
    query ScaleOutMe {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<ScaleOutMeQuery, ScaleOutMeQueryVariables>;
export const ScaleOutRefreshDocument = new TypedDocumentString(`
    mutation ScaleOutRefresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleOutRefreshMutation, ScaleOutRefreshMutationVariables>;
export const ScaleOutRunScanDocument = new TypedDocumentString(`
    mutation ScaleOutRunScan($asOf: Date) {
  runReminderScan(asOf: $asOf)
}
    `) as unknown as TypedDocumentString<ScaleOutRunScanMutation, ScaleOutRunScanMutationVariables>;
export const SecurityWorldRequestSeriesDocument = new TypedDocumentString(`
    mutation SecurityWorldRequestSeries($input: RequestBookingSeriesInput!) {
  requestBookingSeries(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldRequestSeriesMutation, SecurityWorldRequestSeriesMutationVariables>;
export const SecurityWorldRemoveDelegateDocument = new TypedDocumentString(`
    mutation SecurityWorldRemoveDelegate($budgetId: ID!, $delegateId: ID!) {
  removeDelegate(budgetId: $budgetId, delegateId: $delegateId)
}
    `) as unknown as TypedDocumentString<SecurityWorldRemoveDelegateMutation, SecurityWorldRemoveDelegateMutationVariables>;
export const SecurityWorldCloseMyAccountDocument = new TypedDocumentString(`
    mutation SecurityWorldCloseMyAccount($p: String!) {
  closeMyAccount(password: $p)
}
    `) as unknown as TypedDocumentString<SecurityWorldCloseMyAccountMutation, SecurityWorldCloseMyAccountMutationVariables>;
export const SecurityWorldRequestPasswordResetDocument = new TypedDocumentString(`
    mutation SecurityWorldRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<SecurityWorldRequestPasswordResetMutation, SecurityWorldRequestPasswordResetMutationVariables>;
export const CatalystPagesRecord2Document = new TypedDocumentString(`
    mutation CatalystPagesRecord2($input: RecordCoachingSessionInput!) {
  recordCoachingSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalystPagesRecord2Mutation, CatalystPagesRecord2MutationVariables>;
export const CatalystPagesMove2Document = new TypedDocumentString(`
    mutation CatalystPagesMove2($input: MoveEnterpriseStageInput!) {
  moveEnterpriseStage(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalystPagesMove2Mutation, CatalystPagesMove2MutationVariables>;
export const HolderBookingPublishDocument = new TypedDocumentString(`
    mutation HolderBookingPublish($id: ID!) {
  publishListing(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HolderBookingPublishMutation, HolderBookingPublishMutationVariables>;
export const RequestBookingSeriesDocument = new TypedDocumentString(`
    mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {
  requestBookingSeries(input: $input) {
    id
    bookings {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RequestBookingSeriesMutation, RequestBookingSeriesMutationVariables>;
export const ProviderJourneyDoneItemsDocument = new TypedDocumentString(`
    query ProviderJourneyDoneItems($id: ID!) {
  enterprise(id: $id) {
    checklist {
      items {
        id
        status
        checkedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderJourneyDoneItemsQuery, ProviderJourneyDoneItemsQueryVariables>;
export const ProviderJourneyReviewDocument = new TypedDocumentString(`
    mutation ProviderJourneyReview($input: ReviewChecklistItemInput!) {
  reviewChecklistItem(input: $input) {
    id
    checkedAt
  }
}
    `) as unknown as TypedDocumentString<ProviderJourneyReviewMutation, ProviderJourneyReviewMutationVariables>;
export const BDocument = new TypedDocumentString(`
    query B($id: ID!) {
  booking(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<BQuery, BQueryVariables>;
export const TrustSetUpBudgetDocument = new TypedDocumentString(`
    mutation TrustSetUpBudget($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrustSetUpBudgetMutation, TrustSetUpBudgetMutationVariables>;
export const TrustInviteDelegateDocument = new TypedDocumentString(`
    mutation TrustInviteDelegate($budgetId: ID!, $email: String!) {
  inviteDelegate(budgetId: $budgetId, email: $email) {
    email
  }
}
    `) as unknown as TypedDocumentString<TrustInviteDelegateMutation, TrustInviteDelegateMutationVariables>;
export const TrustMeDocument = new TypedDocumentString(`
    query TrustMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<TrustMeQuery, TrustMeQueryVariables>;