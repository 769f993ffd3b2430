import type { NotificationKind } from '../generated/graphql';
import type { Role } from '../platform/web-session';

export const NOTIFICATIONS_PATH = '/notifications';

interface NavigationItem {
  href: string;
  text?: string;
  html?: string;
  active?: boolean;
}

/** The header's "Notifications" entry with how many are unread, in words for screen readers too. */
export function withUnreadCount(
  navigation: NavigationItem[] | undefined,
  unread: number,
): NavigationItem[] | undefined {
  if (!navigation || unread <= 0) return navigation;
  return navigation.map((item) =>
    item.href === NOTIFICATIONS_PATH
      ? {
          ...item,
          text: undefined,
          html: `Notifications <span class="app-count">${unread}<span class="govuk-visually-hidden"> unread</span></span>`,
        }
      : item,
  );
}

export interface NotificationLink {
  href: string;
  text: string;
}

type LinkRule = (aboutId: string | null, has: (...roles: Role[]) => boolean) => NotificationLink | undefined;

const HOLDER_SIDE: Role[] = ['BUDGET_HOLDER', 'DELEGATE'];
const toDo = (): NotificationLink => ({ href: '/your-business', text: 'See what you need to do' });

/**
 * Where each kind of notification leads, for the person reading it (by their roles): the thing itself when the
 * website has a page for it by id, else the page that lists it. Someone who both books and provides is taken
 * to the side they book on, since the provider's pages are reached from their own menu.
 */
const LINKS: Record<NotificationKind, LinkRule> = {
  BOOKING_UPDATE: (id, has) => bookingLink(id, has),
  BOOKING_REMINDER: (id, has) => bookingLink(id, has),
  INVOICE_UPDATE: (_id, has) =>
    has(...HOLDER_SIDE)
      ? { href: '/invoices-to-pay', text: 'See your invoices to pay' }
      : has('PROVIDER')
        ? { href: '/money-owed', text: 'See money owed to you' }
        : undefined,
  BUDGET_PERIOD_STARTED: (id, has) =>
    has(...HOLDER_SIDE) ? { href: id ? `/budgets/${id}` : '/budget', text: 'See the budget' } : undefined,
  COMPLIANCE_DEADLINE: (_id, has) => (has('PROVIDER') ? toDo() : undefined),
  APPLICATION_CHASE: (_id, has) => (has('PROVIDER') ? toDo() : undefined),
  RECOMMENDATION_DUE: (_id, has) => (has('PROVIDER') ? toDo() : undefined),
  LISTING_HIDDEN: (_id, has) => (has('PROVIDER') ? toDo() : undefined),
  CHECK_RETURNED: (_id, has) => (has('PROVIDER') ? toDo() : undefined),
  CHECK_WAITING: (_id, has) =>
    has('CATALYST', 'ADMIN') ? { href: '/to-check', text: 'See what is waiting for your check' } : undefined,
  DRAFT_LISTING: (_id, has) =>
    has('PROVIDER') ? { href: '/your-business?next=listings', text: 'See your listings' } : undefined,
  OVERDUE_ALERT: (_id, has) =>
    has('CATALYST', 'ADMIN') ? { href: '/deadlines', text: 'See overdue and due items' } : undefined,
  COACHING_ACTION_OVERDUE: (_id, has) =>
    has('CATALYST', 'ADMIN') ? { href: '/actions', text: 'See the actions' } : undefined,
  INVITATION_UNANSWERED: (_id, has) =>
    has('ADMIN')
      ? { href: '/admin/catalysts', text: 'See invitations not answered' }
      : has('CATALYST')
        ? { href: '/caseload', text: 'See your caseload' }
        : has('PROVIDER')
          ? { href: '/your-business', text: 'See your business' }
          : has('BUDGET_HOLDER')
            ? { href: '/budget', text: 'See who helps with your budget' }
            : undefined,
  EMAIL_NOT_VERIFIED: () => undefined,
  SAFEGUARDING: () => undefined,
};

function bookingLink(id: string | null, has: (...roles: Role[]) => boolean): NotificationLink | undefined {
  if (has(...HOLDER_SIDE)) return { href: id ? `/bookings/${id}` : '/bookings', text: 'See the booking' };
  if (has('PROVIDER'))
    return { href: id ? `/booking-requests/${id}` : '/booking-requests', text: 'See the booking request' };
  return undefined;
}

export function notificationLink(
  kind: NotificationKind,
  aboutId: string | null,
  roles: readonly Role[],
): NotificationLink | undefined {
  return LINKS[kind](aboutId, (...wanted) => wanted.some((role) => roles.includes(role)));
}
