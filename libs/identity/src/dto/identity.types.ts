import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@small-places/platform';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => [Role]) roles: Role[];
  @Field({ description: 'Whether the email address has been confirmed.' }) emailVerified: boolean;
}

@ObjectType()
export class AuthSession {
  @Field({ description: 'A JWT for the Authorization header; valid 15 minutes.' }) accessToken: string;
  @Field({ description: 'Exchange with refreshSession for a new pair; each one works once.' })
  refreshToken: string;
  @Field(() => UserType) user: UserType;
}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => Role) role: Role;
  @Field() expiresAt: Date;
}
