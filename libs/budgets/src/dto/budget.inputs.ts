import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Id, IsLocalDate, LocalDateScalar, Text } from '@small-places/platform';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PERIOD_DAYS, MAX_PERIOD_DAYS, MIN_PERIOD_DAYS } from '../periods/period-maths';

/** £100,000 a period is far above any personal budget; it keeps sums well inside 32-bit integers. */
export const MAX_AMOUNT_PENCE = 10_000_000;
const Pence = (min: number) => applyDecorators(IsInt(), Min(min), Max(MAX_AMOUNT_PENCE));

@InputType()
export class SetUpBudgetInput {
  @Field({ description: 'What the holder calls it, e.g. "Direct payment from Somerset Council".' })
  @Text(100)
  label: string;

  @Field(() => Int, { description: "The council's payment each period, in pence." })
  @Pence(1)
  paymentPence: number;

  @Field(() => Int, {
    nullable: true,
    description: `Days in a period: ${MIN_PERIOD_DAYS} to ${MAX_PERIOD_DAYS}, default ${DEFAULT_PERIOD_DAYS}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_PERIOD_DAYS)
  @Max(MAX_PERIOD_DAYS)
  periodDays?: number;

  @Field(() => LocalDateScalar, { description: 'The first day of the first period.' })
  @IsLocalDate()
  startsOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The assessed contribution each period, in pence (default 0).',
  })
  @IsOptional()
  @Pence(0)
  contributionPence?: number;
}

@InputType()
export class RecordExpenseInput {
  @Field(() => ID) @Id() budgetId: string;
  @Field(() => Int, { description: 'What was paid, in pence.' }) @Pence(1) amountPence: number;
  @Field(() => LocalDateScalar, { description: 'The day it was paid; not in the future.' })
  @IsLocalDate()
  spentOn: string;
  @Field({ description: 'Who was paid.' }) @Text(120) payee: string;
  @Field({ description: 'What it was for.' }) @Text(500) description: string;
  @Field({ description: 'The receipt or invoice number, so an auditor can find it.' })
  @Text(120)
  receiptReference: string;
  @Field({
    nullable: true,
    description: 'Paid to a close relative who lives in the same household (needs the council’s approval).',
  })
  @IsOptional()
  @IsBoolean()
  paidToCloseRelative?: boolean;
  @Field({
    nullable: true,
    description: "The council's written approval reference; required when paidToCloseRelative is true.",
  })
  @IsOptional()
  @Text(120)
  councilApprovalReference?: string;
}
