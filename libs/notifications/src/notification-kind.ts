import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@small-places/platform';

/** What a notification is about. Essential kinds (regulation, safeguarding) cannot be muted. */
export enum NotificationKind {
  /** A mandatory checklist item due, expiring or overdue. */
  COMPLIANCE_DEADLINE = 'COMPLIANCE_DEADLINE',
  /** A CQC or Shared Lives application still in progress: chase the regulator. */
  APPLICATION_CHASE = 'APPLICATION_CHASE',
  /** To a Catalyst: a mandatory item of one of their enterprises has gone overdue. */
  OVERDUE_ALERT = 'OVERDUE_ALERT',
  /** Anything bearing on the safety of the people supported. */
  SAFEGUARDING = 'SAFEGUARDING',
  /** A recommended (not mandatory) checklist item due or expiring. */
  RECOMMENDATION_DUE = 'RECOMMENDATION_DUE',
  /** A coaching action past its due date. */
  COACHING_ACTION_OVERDUE = 'COACHING_ACTION_OVERDUE',
  /** The account's email address has not been confirmed yet. */
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  /** To whoever invited someone: the invitation has not been answered. */
  INVITATION_UNANSWERED = 'INVITATION_UNANSWERED',
  /** A booking was requested, answered, cancelled or completed by the other side. */
  BOOKING_UPDATE = 'BOOKING_UPDATE',
  /** The day before a booking: to the person booked for and to the provider. */
  BOOKING_REMINDER = 'BOOKING_REMINDER',
  /** A personal budget's new period has started (and whether too much is left over). */
  BUDGET_PERIOD_STARTED = 'BUDGET_PERIOD_STARTED',
  /** A listing still in draft a week after it was made. */
  DRAFT_LISTING = 'DRAFT_LISTING',
  /** A listing hidden from search because the enterprise is no longer verified for it. */
  LISTING_HIDDEN = 'LISTING_HIDDEN',
  /** An invoice issued, paid, credited, overdue, or its payment not arrived. */
  INVOICE_UPDATE = 'INVOICE_UPDATE',
  /** To a provider: a Catalyst returned a checklist item, saying what to fix. */
  CHECK_RETURNED = 'CHECK_RETURNED',
  /** To a Catalyst: a checklist item has waited 5 working days for their check. */
  CHECK_WAITING = 'CHECK_WAITING',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });

export const ESSENTIAL_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.COMPLIANCE_DEADLINE,
  NotificationKind.APPLICATION_CHASE,
  NotificationKind.OVERDUE_ALERT,
  NotificationKind.SAFEGUARDING,
  NotificationKind.LISTING_HIDDEN,
  NotificationKind.CHECK_RETURNED,
]);

export const KIND_DESCRIPTIONS: Record<NotificationKind, string> = {
  [NotificationKind.COMPLIANCE_DEADLINE]:
    'Registration, insurance, checks and training that are due or expiring',
  [NotificationKind.APPLICATION_CHASE]: 'Applications to the regulator that are still waiting',
  [NotificationKind.OVERDUE_ALERT]: 'Required items of your enterprises that have gone overdue',
  [NotificationKind.SAFEGUARDING]: 'Anything that bears on the safety of the people supported',
  [NotificationKind.RECOMMENDATION_DUE]: 'Recommended (not required) items that are due or expiring',
  [NotificationKind.COACHING_ACTION_OVERDUE]: 'Coaching actions past their due date',
  [NotificationKind.EMAIL_NOT_VERIFIED]: 'Reminders to confirm your email address',
  [NotificationKind.INVITATION_UNANSWERED]: 'Invitations you sent that have not been answered',
  [NotificationKind.BOOKING_UPDATE]: 'Bookings requested, answered, cancelled, completed or expired',
  [NotificationKind.BOOKING_REMINDER]: 'Bookings happening tomorrow',
  [NotificationKind.BUDGET_PERIOD_STARTED]: 'A new period of a personal budget has started',
  [NotificationKind.DRAFT_LISTING]: 'Listings still in draft a week after they were made',
  [NotificationKind.LISTING_HIDDEN]: 'Listings hidden from search because a required item lapsed',
  [NotificationKind.INVOICE_UPDATE]: 'Invoices issued, paid, corrected or overdue',
  [NotificationKind.CHECK_RETURNED]: 'Checklist items your Catalyst returned, with what to fix',
  [NotificationKind.CHECK_WAITING]: 'Checklist items that have waited 5 working days for your check',
};

const EVERYONE = Object.values(Role);
const BOOKING_SIDES = [Role.BUDGET_HOLDER, Role.DELEGATE, Role.PROVIDER];

/** Who can receive each kind (by the roles that lead to it), so settings offer a person only what can reach them. */
export const KIND_AUDIENCE: Record<NotificationKind, readonly Role[]> = {
  [NotificationKind.COMPLIANCE_DEADLINE]: [Role.PROVIDER],
  [NotificationKind.APPLICATION_CHASE]: [Role.PROVIDER],
  [NotificationKind.OVERDUE_ALERT]: [Role.CATALYST],
  [NotificationKind.SAFEGUARDING]: EVERYONE,
  [NotificationKind.RECOMMENDATION_DUE]: [Role.PROVIDER],
  [NotificationKind.COACHING_ACTION_OVERDUE]: [Role.CATALYST, Role.PROVIDER],
  [NotificationKind.EMAIL_NOT_VERIFIED]: EVERYONE,
  [NotificationKind.INVITATION_UNANSWERED]: [Role.BUDGET_HOLDER, Role.PROVIDER, Role.CATALYST, Role.ADMIN],
  [NotificationKind.BOOKING_UPDATE]: BOOKING_SIDES,
  [NotificationKind.BOOKING_REMINDER]: BOOKING_SIDES,
  [NotificationKind.BUDGET_PERIOD_STARTED]: [Role.BUDGET_HOLDER, Role.DELEGATE],
  [NotificationKind.DRAFT_LISTING]: [Role.PROVIDER],
  [NotificationKind.LISTING_HIDDEN]: [Role.PROVIDER],
  [NotificationKind.INVOICE_UPDATE]: BOOKING_SIDES,
  [NotificationKind.CHECK_RETURNED]: [Role.PROVIDER],
  [NotificationKind.CHECK_WAITING]: [Role.CATALYST],
};

export function reachesRoles(kind: NotificationKind, roles: readonly Role[]): boolean {
  return KIND_AUDIENCE[kind].some((role) => roles.includes(role));
}

export function isEssential(kind: NotificationKind): boolean {
  return ESSENTIAL_KINDS.has(kind);
}
