import { registerEnumType } from '@nestjs/graphql';

/** ISSUED until paid; PAID once the holder records paying; CREDITED when credit notes cancel all of it. */
export enum InvoiceStatus {
  ISSUED = 'ISSUED',
  PAID = 'PAID',
  CREDITED = 'CREDITED',
}
registerEnumType(InvoiceStatus, { name: 'InvoiceStatus', description: 'Overdue is ISSUED past dueOn.' });

export function invoiceStatus(invoice: { paidOn: string | null; totalPence: number }, creditedPence: number) {
  if (creditedPence >= invoice.totalPence) return InvoiceStatus.CREDITED;
  return invoice.paidOn ? InvoiceStatus.PAID : InvoiceStatus.ISSUED;
}

/** How late an unpaid invoice is, for "money owed" on both sides. */
export enum AgeingBucket {
  NOT_DUE = 'NOT_DUE',
  OVERDUE_1_30 = 'OVERDUE_1_30',
  OVERDUE_31_60 = 'OVERDUE_31_60',
  OVERDUE_OVER_60 = 'OVERDUE_OVER_60',
}
registerEnumType(AgeingBucket, {
  name: 'AgeingBucket',
  valuesMap: {
    NOT_DUE: { description: 'Not due yet (or due today).' },
    OVERDUE_1_30: { description: '1 to 30 days past its due date.' },
    OVERDUE_31_60: { description: '31 to 60 days past its due date.' },
    OVERDUE_OVER_60: { description: 'More than 60 days past its due date.' },
  },
});

export const AGEING_LABELS: Record<AgeingBucket, string> = {
  NOT_DUE: 'Not due yet',
  OVERDUE_1_30: '1 to 30 days overdue',
  OVERDUE_31_60: '31 to 60 days overdue',
  OVERDUE_OVER_60: 'More than 60 days overdue',
};

export function ageingBucket(daysOverdue: number): AgeingBucket {
  if (daysOverdue <= 0) return AgeingBucket.NOT_DUE;
  if (daysOverdue <= 30) return AgeingBucket.OVERDUE_1_30;
  if (daysOverdue <= 60) return AgeingBucket.OVERDUE_31_60;
  return AgeingBucket.OVERDUE_OVER_60;
}
