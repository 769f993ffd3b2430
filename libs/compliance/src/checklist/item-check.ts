import { ChecklistItemStatus } from '../dto/compliance.enums';
import { ChecklistItem } from '../entities/checklist-item.entity';

/** What a Catalyst's check vouches for: a change to any of these (or to the files) makes it stale. */
export function checkedContentOf(item: ChecklistItem): string {
  const { status, completedOn, expiresOn, inProgressSince, reference, note, waivedReason } = item;
  return JSON.stringify([status, completedOn, expiresOn, inProgressSince, reference, note, waivedReason]);
}

/**
 * Settles the check after a change to an item (docs/compliance.md, "The Catalyst's check"): an item that is
 * not DONE has no check and waits for none; a DONE item that changed loses its check (and a return, now that
 * the provider acted on it) and waits in the "to check" queue from `now`. True when a check was lost.
 */
export function settleCheckAfterChange(item: ChecklistItem, changed: boolean, now: Date): boolean {
  const wasChecked = item.checkedAt !== null;
  const done = item.status === ChecklistItemStatus.DONE;
  if (done && !changed) return false;
  Object.assign(item, {
    checkedAt: null,
    checkedById: null,
    returnedAt: null,
    returnedById: null,
    returnedReason: null,
    awaitingCheckSince: done ? now : null,
  });
  return wasChecked;
}
