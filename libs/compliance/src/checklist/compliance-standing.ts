import { ChecklistItemStatus, ComplianceStatus } from '../dto/compliance.enums';
import { addDays } from '@small-places/platform';

/** Evidence expiring, or an after-trading deadline falling, within this many days makes an enterprise DUE_SOON. */
export const DUE_SOON_DAYS = 30;

/** What the standing of an item depends on. */
export interface ItemStanding {
  status: ChecklistItemStatus;
  dueOn: string | null;
  expiresOn: string | null;
  mandatory: boolean;
  beforeTrading: boolean;
  /** A Catalyst of the Area checked this DONE item and nothing changed since (issue 15). */
  checked: boolean;
}

/** Where one item stands today; see docs/compliance.md. */
export enum Standing {
  /** Expired, or still open after its due date. */
  Overdue = 'OVERDUE',
  /** Open, not yet overdue, and needed before trading. */
  Missing = 'MISSING',
  /** Done but expiring within 30 days, or an after-trading deadline within 30 days. */
  DueSoon = 'DUE_SOON',
  Fine = 'FINE',
}

const OPEN = new Set([ChecklistItemStatus.TODO, ChecklistItemStatus.IN_PROGRESS]);

/** DONE evidence is valid up to and including its expiry date; from the day after, the item reads EXPIRED. */
export function effectiveStatus(
  status: ChecklistItemStatus,
  expiresOn: string | null,
  today: string,
): ChecklistItemStatus {
  if (status === ChecklistItemStatus.DONE && expiresOn !== null && expiresOn < today) {
    return ChecklistItemStatus.EXPIRED;
  }
  return status;
}

export function isOpen(status: ChecklistItemStatus): boolean {
  return OPEN.has(status);
}

export function standingOf(item: ItemStanding, today: string): Standing {
  const status = effectiveStatus(item.status, item.expiresOn, today);
  const soon = addDays(today, DUE_SOON_DAYS);
  if (status === ChecklistItemStatus.EXPIRED) return Standing.Overdue;
  if (status === ChecklistItemStatus.WAIVED) return Standing.Fine;
  if (status === ChecklistItemStatus.DONE) {
    return item.expiresOn !== null && item.expiresOn <= soon ? Standing.DueSoon : Standing.Fine;
  }
  if (item.dueOn !== null && item.dueOn < today) return Standing.Overdue;
  if (item.beforeTrading) return Standing.Missing;
  return item.dueOn !== null && item.dueOn <= soon ? Standing.DueSoon : Standing.Fine;
}

/** An item that keeps an enterprise from READY/TRADING and its listings from the verified badge. */
export function isOutstanding(item: ItemStanding, today: string): boolean {
  if (!item.mandatory) return false;
  const standing = standingOf(item, today);
  return standing === Standing.Overdue || standing === Standing.Missing;
}

/**
 * THE verified rule (PRODUCT.md §3.3), for every place that asks: a mandatory item keeps a listing from being
 * verified unless it is WAIVED, or DONE, checked by a Catalyst and unexpired. One deviation, as for the
 * gate: an after-trading deadline (HMRC) that has not come yet does not block, whether or not it is done.
 */
export function blocksVerification(item: ItemStanding, today: string): boolean {
  if (!item.mandatory) return false;
  if (isOutstanding(item, today)) return true;
  const status = effectiveStatus(item.status, item.expiresOn, today);
  if (status !== ChecklistItemStatus.DONE || item.checked) return false;
  return item.beforeTrading || (item.dueOn !== null && item.dueOn < today);
}

/** The enterprise's status from its mandatory items: the worst standing wins. */
export function complianceStatusOf(items: readonly ItemStanding[], today: string): ComplianceStatus {
  const standings = new Set(items.filter((item) => item.mandatory).map((item) => standingOf(item, today)));
  if (standings.has(Standing.Overdue)) return ComplianceStatus.OVERDUE;
  if (standings.has(Standing.Missing)) return ComplianceStatus.INCOMPLETE;
  if (standings.has(Standing.DueSoon)) return ComplianceStatus.DUE_SOON;
  return ComplianceStatus.COMPLIANT;
}
