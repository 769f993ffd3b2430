/** The API operations the provider pages use, asking only for what they show. */
import { graphql } from '../generated';
import type { EnterpriseListingsQuery, MyEnterprisesQuery } from '../generated/graphql';

export const ACCEPT_INVITATION = graphql(`
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
`);

export const MY_ENTERPRISES = graphql(`
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
`);

export const CHECKLIST = graphql(`
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
`);

export const UPDATE_CHECKLIST_ITEM = graphql(`
  mutation ProviderUpdateChecklistItem($input: UpdateChecklistItemInput!) {
    updateChecklistItem(input: $input) {
      id
      status
      completedOn
      expiresOn
    }
  }
`);

export const LISTING_FIELDS = graphql(`
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
`);

export const ENTERPRISE_LISTINGS = graphql(`
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
`);

export const ENTERPRISE_NAME = graphql(`
  query EnterpriseName($id: ID!) {
    enterprise(id: $id) {
      id
      name
    }
  }
`);

export const LISTING = graphql(`
  query ProviderListing($id: ID!) {
    listing(id: $id) {
      ...ProviderListingFields
      enterprise {
        id
        name
      }
    }
  }
`);

export const CREATE_LISTING = graphql(`
  mutation CreateListing($input: CreateListingInput!) {
    createListing(input: $input) {
      id
    }
  }
`);
export const UPDATE_LISTING = graphql(`
  mutation UpdateListing($input: UpdateListingInput!) {
    updateListing(input: $input) {
      id
    }
  }
`);
export const PUBLISH_LISTING = graphql(`
  mutation PublishListing($id: ID!) {
    publishListing(id: $id) {
      id
      status
    }
  }
`);
export const UNPUBLISH_LISTING = graphql(`
  mutation UnpublishListing($id: ID!) {
    unpublishListing(id: $id) {
      id
      status
    }
  }
`);

export const BOOKING_FIELDS = graphql(`
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
`);

export const PROVIDER_BOOKINGS = graphql(`
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
`);

export const BOOKING = graphql(`
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
`);

export const ACCEPT_BOOKING = graphql(`
  mutation AcceptBooking($id: ID!) {
    acceptBooking(id: $id) {
      id
      status
    }
  }
`);
export const ACCEPT_SERIES = graphql(`
  mutation AcceptBookingSeries($seriesId: ID!) {
    acceptBookingSeries(seriesId: $seriesId) {
      id
    }
  }
`);
export const DECLINE_BOOKING = graphql(`
  mutation DeclineBooking($id: ID!, $reason: String!) {
    declineBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
export const DECLINE_SERIES = graphql(`
  mutation DeclineBookingSeries($seriesId: ID!, $reason: String!) {
    declineBookingSeries(seriesId: $seriesId, reason: $reason) {
      id
    }
  }
`);
export const COMPLETE_BOOKING = graphql(`
  mutation CompleteBooking($id: ID!) {
    completeBooking(id: $id) {
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

export const CALENDAR_FEED_URL = graphql(`
  query CalendarFeedUrl {
    calendarFeedUrl
  }
`);
export const RESET_CALENDAR_FEED = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed
  }
`);

export type MyEnterprises = MyEnterprisesQuery;

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
  /** When a Catalyst checked it; null until then and after any change. */
  checkedAt: string | null;
  /** What the Catalyst asked to be fixed, until the provider changes the item. */
  returnedReason: string | null;
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

export type EnterpriseListings = EnterpriseListingsQuery;

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
