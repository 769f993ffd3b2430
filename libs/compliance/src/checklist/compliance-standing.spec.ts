import { ChecklistItemStatus as S, ComplianceStatus } from '../dto/compliance.enums';
import {
  blocksVerification,
  complianceStatusOf,
  effectiveStatus,
  isOutstanding,
  ItemStanding,
  Standing,
  standingOf,
} from './compliance-standing';

const TODAY = '2027-03-01';
const item = (overrides: Partial<ItemStanding>): ItemStanding => ({
  status: S.TODO,
  dueOn: null,
  expiresOn: null,
  mandatory: true,
  beforeTrading: true,
  checked: false,
  ...overrides,
});

describe('item standing and enterprise compliance status', () => {
  it.each([
    [S.DONE, '2027-03-01', S.DONE], // valid through its expiry date
    [S.DONE, '2027-02-28', S.EXPIRED],
    [S.DONE, null, S.DONE],
    [S.WAIVED, '2027-01-01', S.WAIVED],
    [S.TODO, '2027-01-01', S.TODO],
  ])('%s expiring %s reads %s', (status, expiresOn, expected) => {
    expect(effectiveStatus(status, expiresOn, TODAY)).toBe(expected);
  });

  it.each([
    ['open, due yesterday', item({ dueOn: '2027-02-28' }), Standing.Overdue],
    ['open, due today', item({ dueOn: '2027-03-01' }), Standing.Missing],
    ['open, no date, needed before trading', item({}), Standing.Missing],
    ['in progress, due next week', item({ status: S.IN_PROGRESS, dueOn: '2027-03-08' }), Standing.Missing],
    ['done, expired yesterday', item({ status: S.DONE, expiresOn: '2027-02-28' }), Standing.Overdue],
    ['marked expired', item({ status: S.EXPIRED, expiresOn: '2027-02-01' }), Standing.Overdue],
    ['done, expires in 30 days', item({ status: S.DONE, expiresOn: '2027-03-31' }), Standing.DueSoon],
    ['done, expires in 31 days', item({ status: S.DONE, expiresOn: '2027-04-01' }), Standing.Fine],
    ['done, expires today', item({ status: S.DONE, expiresOn: '2027-03-01' }), Standing.DueSoon],
    ['done, never expires', item({ status: S.DONE }), Standing.Fine],
    ['waived', item({ status: S.WAIVED, dueOn: '2027-01-01' }), Standing.Fine],
    [
      'after-trading deadline in 7 months',
      item({ beforeTrading: false, dueOn: '2027-10-05' }),
      Standing.Fine,
    ],
    [
      'after-trading deadline in 30 days',
      item({ beforeTrading: false, dueOn: '2027-03-31' }),
      Standing.DueSoon,
    ],
    ['after-trading deadline passed', item({ beforeTrading: false, dueOn: '2027-02-28' }), Standing.Overdue],
  ])('%s: %s', (_, standing, expected) => {
    expect(standingOf(standing, TODAY)).toBe(expected);
  });

  it.each([
    ['nothing to do', [], ComplianceStatus.COMPLIANT],
    [
      'all done a long while',
      [item({ status: S.DONE, expiresOn: '2028-01-01' })],
      ComplianceStatus.COMPLIANT,
    ],
    ['waived counts as done', [item({ status: S.WAIVED })], ComplianceStatus.COMPLIANT],
    [
      'one expiring within 30 days',
      [item({ status: S.DONE, expiresOn: '2028-01-01' }), item({ status: S.DONE, expiresOn: '2027-03-20' })],
      ComplianceStatus.DUE_SOON,
    ],
    [
      'one still to do',
      [item({ status: S.DONE }), item({ dueOn: '2027-04-01' })],
      ComplianceStatus.INCOMPLETE,
    ],
    [
      'overdue beats still to do and due soon',
      [
        item({ dueOn: '2027-04-01' }),
        item({ status: S.DONE, expiresOn: '2027-03-20' }),
        item({ status: S.DONE, expiresOn: '2027-02-01' }),
      ],
      ComplianceStatus.OVERDUE,
    ],
    [
      'still to do beats due soon',
      [item({ status: S.DONE, expiresOn: '2027-03-20' }), item({ status: S.IN_PROGRESS })],
      ComplianceStatus.INCOMPLETE,
    ],
    [
      'recommended items never count',
      [
        item({ status: S.DONE }),
        item({ mandatory: false }),
        item({ mandatory: false, status: S.DONE, expiresOn: '2027-01-01' }),
      ],
      ComplianceStatus.COMPLIANT,
    ],
    [
      'an HMRC deadline months away leaves a trading enterprise compliant',
      [item({ status: S.DONE }), item({ beforeTrading: false, dueOn: '2027-10-05' })],
      ComplianceStatus.COMPLIANT,
    ],
  ])('%s: %s', (_, items, expected) => {
    expect(complianceStatusOf(items, TODAY)).toBe(expected);
  });

  it.each([
    [item({}), true],
    [item({ status: S.IN_PROGRESS }), true],
    [item({ status: S.DONE, expiresOn: '2027-02-28' }), true],
    [item({ status: S.DONE, expiresOn: '2027-03-01' }), false],
    [item({ status: S.WAIVED }), false],
    [item({ mandatory: false }), false],
    [item({ beforeTrading: false, dueOn: '2027-10-05' }), false],
    [item({ beforeTrading: false, dueOn: '2027-02-01' }), true],
  ])('outstanding for the pipeline gate: %j → %s', (standing, expected) => {
    expect(isOutstanding(standing, TODAY)).toBe(expected);
  });

  it.each([
    ['waived', item({ status: S.WAIVED }), false],
    ['done and checked', item({ status: S.DONE, checked: true }), false],
    ['done, not yet checked', item({ status: S.DONE }), true],
    [
      'done and checked, but expired yesterday',
      item({ status: S.DONE, checked: true, expiresOn: '2027-02-28' }),
      true,
    ],
    [
      'done and checked, valid through today',
      item({ status: S.DONE, checked: true, expiresOn: '2027-03-01' }),
      false,
    ],
    ['to do', item({}), true],
    ['recommended, not checked', item({ status: S.DONE, mandatory: false }), false],
    ['after trading, not yet due, to do', item({ beforeTrading: false, dueOn: '2027-10-05' }), false],
    [
      'after trading, not yet due, done unchecked',
      item({ status: S.DONE, beforeTrading: false, dueOn: '2027-10-05' }),
      false,
    ],
    [
      'after trading, deadline passed, done unchecked',
      item({ status: S.DONE, beforeTrading: false, dueOn: '2027-02-28' }),
      true,
    ],
    [
      'after trading, deadline passed, done and checked',
      item({ status: S.DONE, beforeTrading: false, dueOn: '2027-02-28', checked: true }),
      false,
    ],
  ])('verification: %s blocks it: %s', (_label, standing, expected) => {
    expect(blocksVerification(standing, TODAY)).toBe(expected);
  });
});
