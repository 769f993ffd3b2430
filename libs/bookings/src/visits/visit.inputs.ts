import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsString } from 'class-validator';

@InputType()
export class CorrectVisitTimeInput {
  @Field(() => ID) @IsString() bookingId: string;
  @Field({ description: 'When the visit really started.' }) @IsDate() startsAt: Date;
  @Field({ description: 'When it really ended (in the past).' }) @IsDate() endsAt: Date;
}
