import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@small-places/platform';
import { LedgerKind } from '../ledger/ledger-kind';

export enum BudgetRole {
  HOLDER = 'HOLDER',
  DELEGATE = 'DELEGATE',
}
registerEnumType(BudgetRole, {
  name: 'BudgetRole',
  description: 'How the caller is allowed to use a budget.',
});

@ObjectType('BudgetPeriod')
export class BudgetPeriodType {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => LocalDateScalar, { description: 'The last day of the period (included).' }) endsOn: string;
  @Field(() => Int, { description: "The council's payment plus the contribution for this period." })
  allocationPence: number;
  @Field(() => Int, { description: 'Left over from earlier periods (negative if they overspent).' })
  carriedPence: number;
  @Field(() => Int, { description: 'Set aside for accepted bookings not yet completed.' })
  committedPence: number;
  @Field(() => Int, { description: 'Completed bookings and expenses.' }) spentPence: number;
  @Field(() => Int, { description: 'allocation + carried − committed − spent.' }) remainingPence: number;
}

@ObjectType('PersonalBudget')
export class PersonalBudgetType {
  @Field(() => ID) id: string;
  /** Not a field: the holder's account, for `holderName`. */
  holderId: string;
  @Field() label: string;
  @Field(() => Int) paymentPence: number;
  @Field(() => Int) periodDays: number;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => Int) contributionPence: number;
  @Field(() => BudgetRole, { description: 'Whether you hold this budget or act for its holder.' })
  myRole: BudgetRole;
  @Field(() => BudgetPeriodType, { nullable: true, description: 'Null until the budget starts.' })
  currentPeriod: BudgetPeriodType | null;
  @Field(() => Int, { description: 'Left over from earlier periods, carried into the current one.' })
  carriedPence: number;
  @Field({ description: 'True when the carried balance is above 8 weeks of council payments.' })
  surplusFlag: boolean;
  @Field(() => Int, { description: 'How much the carried balance is above 8 weeks of payments (0 if not).' })
  surplusPence: number;
  @Field({ description: 'The surplus rule, in plain English, with this budget’s figures.' })
  surplusExplanation: string;
  @Field(() => [BudgetPeriodType], { description: 'Every period so far, newest first.' })
  periods: BudgetPeriodType[];
  @Field() createdAt: Date;
}

@ObjectType('BudgetStatementEntry')
export class BudgetStatementEntryType {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) occurredOn: string;
  @Field(() => LedgerKind) kind: LedgerKind;
  @Field() payee: string;
  @Field() description: string;
  @Field(() => Int, { description: 'Signed: money in is positive, money out or set aside is negative.' })
  amountPence: number;
  @Field(() => String, { nullable: true }) receiptReference: string | null;
  @Field(() => ID, { nullable: true }) bookingId: string | null;
  @Field(() => String, { nullable: true, description: 'For payments to a close relative.' })
  approvalReference: string | null;
  @Field(() => Int, {
    description:
      'Money in the account after this entry. Commitments and releases set money aside or free it but move none, so they leave it unchanged.',
  })
  balancePence: number;
}

@ObjectType('BudgetStatement')
export class BudgetStatementType {
  @Field(() => ID) budgetId: string;
  @Field() label: string;
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => Int, { description: 'Money in the account at the start of `from`.' })
  openingBalancePence: number;
  @Field(() => Int, { description: 'Money in the account at the end of `to`.' }) closingBalancePence: number;
  @Field(() => [BudgetStatementEntryType]) entries: BudgetStatementEntryType[];
}
