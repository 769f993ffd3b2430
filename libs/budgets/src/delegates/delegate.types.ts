import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DelegateStatus {
  /** Accepted: acts for the budget now. */
  ACTIVE = 'ACTIVE',
  /** Invited by email, not yet accepted: can do nothing yet. */
  INVITED = 'INVITED',
}
registerEnumType(DelegateStatus, { name: 'DelegateStatus' });

@ObjectType('BudgetDelegate', {
  description: 'Someone who acts for a budget, or an invitation not yet accepted.',
})
export class BudgetDelegateType {
  @Field(() => ID, { description: 'Give it to removeDelegate.' }) id: string;
  @Field() email: string;
  @Field(() => String, { nullable: true, description: 'Null until the invitation is accepted.' })
  displayName: string | null;
  @Field(() => DelegateStatus) status: DelegateStatus;
}

@ObjectType('DelegateInvitation')
export class DelegateInvitationType {
  @Field({
    description:
      'The address invited. The answer is the same whether or not it has an account; nothing is granted until the person accepts.',
  })
  email: string;
}
