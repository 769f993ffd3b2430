/** The contract's notification operations, as the notifications page asks for them. */
import { graphql } from '../generated';

export const NOTIFICATIONS = graphql(`
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
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MUTE_KIND = graphql(`
  mutation MuteNotificationKind($kind: NotificationKind!, $muted: Boolean!) {
    muteNotificationKind(kind: $kind, muted: $muted) {
      kind
      muted
    }
  }
`);

export const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);
