import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@small-places/platform';
import { VisitState } from './visit-state';

@ObjectType('Visit', { description: 'Whether a delivered booking happened, as the person supported says.' })
export class VisitType {
  @Field(() => VisitState) state: VisitState;
  @Field(() => LocalDateScalar, { description: 'The day the 7-day clock started: delivery or a correction.' })
  awaitingSince: string;
  @Field(() => LocalDateScalar, { description: 'With no answer, it counts as confirmed on this day.' })
  confirmedByDefaultOn: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was confirmed, disputed or confirmed by default.',
  })
  answeredAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'Who confirmed or disputed it; null when by default.' })
  answeredById: string | null;
  @Field(() => String, { nullable: true }) disputeReason: string | null;
  @Field(() => String, { nullable: true, description: 'CORRECTED or WITHDRAWN, once the provider answered.' })
  providerAnswer: string | null;
}
