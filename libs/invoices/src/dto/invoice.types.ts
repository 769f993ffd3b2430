import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@small-places/platform';
import { InvoiceSideOf } from '../invoice-access';
import { AgeingBucket, InvoiceStatus } from '../invoice-status';

registerEnumType(InvoiceSideOf, {
  name: 'InvoiceSide',
  description: 'PROVIDER: invoices of my enterprises; HOLDER: invoices to me or budgets I act for.',
});

@ObjectType('InvoiceLine')
export class InvoiceLineType {
  @Field(() => ID) bookingId: string;
  @Field(() => LocalDateScalar) deliveredOn: string;
  @Field() timeText: string;
  @Field() service: string;
  @Field({ description: '"1.5 hours", "1 session"…' }) quantityText: string;
  @Field(() => Int) unitPricePence: number;
  @Field(() => Int) amountPence: number;
}

@ObjectType('CreditNote')
export class CreditNoteType {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => Int) amountPence: number;
  @Field() reason: string;
  @Field(() => LocalDateScalar) issuedOn: string;
}

@ObjectType('InvoiceEnterprise')
export class InvoiceEnterpriseType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() postcode: string;
}

@ObjectType('Invoice')
export class InvoiceType {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Per enterprise, from 1, with no gaps.' }) number: number;
  @Field(() => Int) totalPence: number;
  @Field(() => LocalDateScalar) issuedOn: string;
  @Field(() => LocalDateScalar) dueOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) paidOn: string | null;
  @Field(() => String, { nullable: true }) paymentMethod: string | null;
  @Field(() => String, { nullable: true }) paymentReference: string | null;
  @Field(() => String, { nullable: true, description: "RECEIVED or NOT_ARRIVED: the provider's answer." })
  receipt: string | null;
  @Field() holderName: string;
}

@ObjectType('MoneyOwedBucket')
export class MoneyOwedBucketType {
  @Field(() => AgeingBucket) bucket: AgeingBucket;
  @Field() label: string;
  @Field(() => Int) invoices: number;
  @Field(() => Int) amountPence: number;
}

@ObjectType('MoneyOwed', { description: 'Unpaid invoices by how late they are.' })
export class MoneyOwedType {
  @Field(() => Int) totalPence: number;
  @Field(() => Int) invoices: number;
  @Field(() => [MoneyOwedBucketType]) buckets: MoneyOwedBucketType[];
}

@ObjectType('InvoiceSettings')
export class InvoiceSettingsType {
  @Field(() => ID) enterpriseId: string;
  @Field() monthlyIssuing: boolean;
  @Field(() => Int) dueDays: number;
}

export const InvoiceConnection = ConnectionType(InvoiceType);
export { InvoiceStatus };
