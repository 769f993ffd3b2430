import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@small-places/platform';
import { AreaType } from './area.dto';

@ObjectType('CatalystSummary', {
  description: 'A Catalyst with an open account, and the Areas they work in.',
})
export class CatalystSummaryType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => [AreaType]) areas: AreaType[];
}

@ObjectType('StaffInvitation', {
  description: 'An invitation to be a Catalyst or an Admin that nobody has accepted and nobody revoked.',
})
export class StaffInvitationType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => Role) role: Role;
  @Field(() => [AreaType], { description: 'The Areas a Catalyst will work in; empty for an Admin.' })
  areas: AreaType[];
  @Field() sentAt: Date;
  @Field() expiresAt: Date;
  @Field({ description: 'Its link no longer works: send it again to give them a new one.' })
  expired: boolean;
}
