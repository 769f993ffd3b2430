/** The contract's notification operations, as the notifications page asks for them. */

export const NOTIFICATIONS = `query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    unreadCount totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id kind title body essential readAt createdAt } }
  }
  notificationPreferences { kind description essential muted }
}`;

export const MARK_READ = `mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

export const MUTE_KIND = `mutation MuteNotificationKind($kind: NotificationKind!, $muted: Boolean!) {
  muteNotificationKind(kind: $kind, muted: $muted) { kind muted }
}`;

export interface NotificationsPage {
  notifications: {
    unreadCount: number;
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        kind: string;
        title: string;
        body: string;
        essential: boolean;
        readAt: string | null;
        createdAt: string;
      };
    }[];
  };
  notificationPreferences: { kind: string; description: string; essential: boolean; muted: boolean }[];
}
