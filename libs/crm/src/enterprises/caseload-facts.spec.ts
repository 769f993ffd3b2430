import { ChecklistItemStatus } from '@small-places/compliance';
import { PipelineStage } from '../pipeline/pipeline-stage';
import { nextDeadline, suggestedStage } from './caseload-facts';

const item = (status: ChecklistItemStatus, dueOn: string | null, expiresOn: string | null = null) => ({
  status,
  dueOn,
  expiresOn,
});

describe('nextDeadline', () => {
  it.each([
    ['nothing dated', [item(ChecklistItemStatus.TODO, null)], null],
    ['no items', [], null],
    [
      'the earliest due date of open items',
      [item(ChecklistItemStatus.TODO, '2027-03-01'), item(ChecklistItemStatus.IN_PROGRESS, '2027-01-15')],
      '2027-01-15',
    ],
    [
      'a done item counts by its expiry, not its old due date',
      [
        item(ChecklistItemStatus.DONE, '2026-01-01', '2027-06-30'),
        item(ChecklistItemStatus.TODO, '2027-08-01'),
      ],
      '2027-06-30',
    ],
    ['waived items have no deadline', [item(ChecklistItemStatus.WAIVED, '2026-01-01')], null],
    [
      'an expired item leads with its past expiry',
      [item(ChecklistItemStatus.EXPIRED, null, '2026-11-30')],
      '2026-11-30',
    ],
  ])('%s', (_, items, expected) => {
    expect(nextDeadline(items)).toBe(expected);
  });
});

describe('suggestedStage', () => {
  it.each([
    [PipelineStage.ENQUIRY, true, PipelineStage.TRADING],
    [PipelineStage.READY, true, PipelineStage.TRADING],
    [PipelineStage.ENQUIRY, false, null],
    [PipelineStage.TRADING, true, null],
    [PipelineStage.ESTABLISHED, true, null],
    [PipelineStage.PAUSED, true, null],
    [PipelineStage.CLOSED, true, null],
  ])('%s with a published listing %s → %s', (stage, listed, expected) => {
    expect(suggestedStage(stage, listed)).toBe(expected);
  });
});
