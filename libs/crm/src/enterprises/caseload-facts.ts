import { ChecklistItemStatus } from '@small-places/compliance';
import { PipelineStage } from '../pipeline/pipeline-stage';

interface DatedItem {
  status: ChecklistItemStatus;
  dueOn: string | null;
  expiresOn: string | null;
}

/**
 * The date the Catalyst next has to watch: the earliest due date of an item still to do, or expiry date of
 * one done (an expired item's date has passed, so it leads). Waived items have none. Null when nothing is dated.
 */
export function nextDeadline(items: readonly DatedItem[]): string | null {
  const dates = items.flatMap((item) => {
    if (item.status === ChecklistItemStatus.WAIVED) return [];
    const date = item.status === ChecklistItemStatus.DONE ? item.expiresOn : (item.dueOn ?? item.expiresOn);
    return date ? [date] : [];
  });
  return dates.length ? dates.reduce((earliest, date) => (date < earliest ? date : earliest)) : null;
}

/** Stages that an enterprise already serving people through a published listing has left behind. */
const BEFORE_TRADING: readonly PipelineStage[] = [
  PipelineStage.ENQUIRY,
  PipelineStage.EXPLORING,
  PipelineStage.SETTING_UP,
  PipelineStage.READY,
];

/**
 * The board should reflect reality: an enterprise with a published listing is trading, whatever stage it
 * was left at. Suggest TRADING (the move still passes the compliance gate); otherwise nothing.
 */
export function suggestedStage(stage: PipelineStage, hasPublishedListing: boolean): PipelineStage | null {
  return hasPublishedListing && BEFORE_TRADING.includes(stage) ? PipelineStage.TRADING : null;
}
