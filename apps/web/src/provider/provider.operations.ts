/** The API operations the provider pages use, asking only for what they show. */

export const ACCEPT_INVITATION = `mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken refreshToken user { id email displayName roles } }
}`;

export const MY_ENTERPRISES = `query MyEnterprises($first: Int) {
  enterprises(first: $first) { edges { node { id name checklist { status } } } }
}`;

export const CHECKLIST = `query Checklist($id: ID!) {
  enterprise(id: $id) {
    id name
    checklist {
      status
      items {
        id status overdue dueOn expiresOn completedOn inProgressSince reference note waivedReason
        member { name }
        requirement { code title guidance sourceUrl mandatory validityMonths }
      }
    }
  }
}`;

export const UPDATE_CHECKLIST_ITEM = `mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {
  updateChecklistItem(input: $input) { id status completedOn expiresOn }
}`;

const LISTING_FIELDS = `id title description category pricePence priceUnit capacity status verified hiddenReason
  postcodeDistrict travelMiles availability { dayOfWeek startTime endTime }`;

export const ENTERPRISE_LISTINGS = `query EnterpriseListings($enterpriseId: ID!, $first: Int) {
  enterprise(id: $enterpriseId) { id name }
  enterpriseListings(enterpriseId: $enterpriseId, first: $first) {
    totalCount edges { node { ${LISTING_FIELDS} } }
  }
}`;

export const ENTERPRISE_NAME = `query EnterpriseName($id: ID!) { enterprise(id: $id) { id name } }`;

export const LISTING = `query Listing($id: ID!) { listing(id: $id) { ${LISTING_FIELDS} enterprise { id name } } }`;

export const CREATE_LISTING = `mutation CreateListing($input: CreateListingInput!) { createListing(input: $input) { id } }`;
export const UPDATE_LISTING = `mutation UpdateListing($input: UpdateListingInput!) { updateListing(input: $input) { id } }`;
export const PUBLISH_LISTING = `mutation PublishListing($id: ID!) { publishListing(id: $id) { id status } }`;
export const UNPUBLISH_LISTING = `mutation UnpublishListing($id: ID!) { unpublishListing(id: $id) { id status } }`;

const BOOKING_FIELDS = `id status startsAt endsAt costPence note holderName answerReason expiresAt seriesId
  listing { id title }`;

export const PROVIDER_BOOKINGS = `query ProviderBookings($first: Int) {
  myBookings(side: PROVIDER, first: $first) { totalCount edges { node { ${BOOKING_FIELDS} } } }
}`;

export const BOOKING = `query Booking($id: ID!) {
  booking(id: $id) { ${BOOKING_FIELDS} messages { id body createdAt mine } }
}`;

export const ACCEPT_BOOKING = `mutation AcceptBooking($id: ID!) { acceptBooking(id: $id) { id status } }`;
export const ACCEPT_SERIES = `mutation AcceptBookingSeries($seriesId: ID!) { acceptBookingSeries(seriesId: $seriesId) { id } }`;
export const DECLINE_BOOKING = `mutation DeclineBooking($id: ID!, $reason: String!) { declineBooking(id: $id, reason: $reason) { id status } }`;
export const DECLINE_SERIES = `mutation DeclineBookingSeries($seriesId: ID!, $reason: String!) {
  declineBookingSeries(seriesId: $seriesId, reason: $reason) { id }
}`;
export const COMPLETE_BOOKING = `mutation CompleteBooking($id: ID!) { completeBooking(id: $id) { id status } }`;
export const SEND_MESSAGE = `mutation SendBookingMessage($input: SendBookingMessageInput!) { sendBookingMessage(input: $input) { id } }`;

export const CALENDAR_FEED_URL = `query CalendarFeedUrl { calendarFeedUrl }`;
export const RESET_CALENDAR_FEED = `mutation ResetCalendarFeed { resetCalendarFeed }`;

export interface AuthSessionAnswer {
  acceptInvitation: {
    accessToken: string;
    refreshToken: string;
    user: { id: string; email: string; displayName: string; roles: string[] };
  };
}

export interface MyEnterprises {
  enterprises: { edges: { node: { id: string; name: string; checklist: { status: string } } }[] };
}

export interface ChecklistItem {
  id: string;
  status: 'TODO' | 'IN_PROGRESS' | 'DONE' | 'WAIVED' | 'EXPIRED';
  overdue: boolean;
  dueOn: string | null;
  expiresOn: string | null;
  completedOn: string | null;
  inProgressSince: string | null;
  reference: string | null;
  note: string | null;
  waivedReason: string | null;
  member: { name: string } | null;
  requirement: {
    code: string;
    title: string;
    guidance: string;
    sourceUrl: string | null;
    mandatory: boolean;
    validityMonths: number | null;
  };
}

export interface EnterpriseChecklist {
  enterprise: { id: string; name: string; checklist: { status: string; items: ChecklistItem[] } };
}

export interface Listing {
  id: string;
  title: string;
  description: string;
  category: string;
  pricePence: number;
  priceUnit: string;
  capacity: string;
  status: 'DRAFT' | 'PUBLISHED' | 'HIDDEN';
  verified: boolean;
  hiddenReason: string | null;
  postcodeDistrict: string;
  travelMiles: number;
  availability: { dayOfWeek: string; startTime: string; endTime: string }[];
  enterprise?: { id: string; name: string };
}

export interface EnterpriseListings {
  enterprise: { id: string; name: string };
  enterpriseListings: { totalCount: number; edges: { node: Listing }[] };
}

export interface Booking {
  id: string;
  status: 'REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'COMPLETED' | 'EXPIRED';
  startsAt: string;
  endsAt: string;
  costPence: number;
  note: string | null;
  holderName: string | null;
  answerReason: string | null;
  expiresAt: string;
  seriesId: string | null;
  listing: { id: string; title: string };
  messages?: { id: string; body: string; createdAt: string; mine: boolean }[];
}
