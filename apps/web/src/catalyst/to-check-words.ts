import { longDate } from '../platform/dates';

/** What a checklist item's page shows a Catalyst before they check it: what was recorded, and the check. */
export interface RecordedItem {
  completedOn: string | null;
  expiresOn: string | null;
  reference: string | null;
  note: string | null;
  checkedAt: string | null;
  returnedAt: string | null;
  awaitingCheckSince: string | null;
}

export function checkView(item: RecordedItem) {
  const row = (key: string, value: string | null) => ({
    key: { text: key },
    value: { text: value || 'Not given' },
  });
  return {
    recordedRows: [
      row('Reference', item.reference),
      row('Done on', longDate(item.completedOn)),
      row('Runs out on', item.expiresOn ? longDate(item.expiresOn) : 'Does not run out'),
      row('Note', item.note),
    ],
    checkedAtText: longDate(item.checkedAt),
    returnedAtText: longDate(item.returnedAt),
    awaitingCheckSinceText: longDate(item.awaitingCheckSince),
  };
}
