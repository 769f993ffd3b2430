import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, OptionalText, Text } from '@small-places/platform';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MAX_BOOKINGS_PER_INVOICE } from '../issuing/invoice-issuer';

@InputType()
export class IssueInvoiceInput {
  @Field(() => [ID], { description: 'Delivered, confirmed bookings of one holder, not invoiced yet.' })
  @IsArray()
  @ArrayMaxSize(MAX_BOOKINGS_PER_INVOICE)
  @IsString({ each: true })
  bookingIds: string[];
}

@InputType()
export class RecordInvoicePaymentInput {
  @Field(() => ID) @IsString() invoiceId: string;
  @Field(() => LocalDateScalar, { description: "The day it left the holder's account: issue date to today." })
  @IsLocalDate()
  paidOn: string;
  @Field({ nullable: true, description: 'How: bank transfer, prepaid card, cheque…' })
  @OptionalText(60)
  method?: string;
  @Field({ nullable: true, description: "The holder's own reference for the payment." })
  @OptionalText(100)
  reference?: string;
}

@InputType()
export class ConfirmInvoiceReceiptInput {
  @Field(() => ID) @IsString() invoiceId: string;
  @Field({ description: 'true: the money arrived; false: it has not arrived (the holder is told).' })
  @IsBoolean()
  received: boolean;
}

@InputType()
export class IssueCreditNoteInput {
  @Field(() => ID) @IsString() invoiceId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(10_000_000) amountPence: number;
  @Field() @Text(500) reason: string;
}

@InputType()
export class InvoiceSettingsInput {
  @Field(() => ID) @IsString() enterpriseId: string;
  @Field({ description: 'The worker issues each holder one invoice on the 1st of each month.' })
  @IsBoolean()
  monthlyIssuing: boolean;
  @Field(() => Int, { nullable: true, description: 'Days to pay, 1 to 90 (default 14).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  dueDays?: number;
}
