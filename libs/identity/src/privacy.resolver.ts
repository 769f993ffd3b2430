import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PrivacyService } from './privacy.service';

@ArgsType()
export class CloseAccountArgs {
  @Field({ description: 'Your password, asked again so nobody closes an account left signed in.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => GraphQLJSONObject, {
    description:
      'Everything Small Places holds about you, as JSON: account, grants, enterprises, budgets with periods and ledger, bookings and messages, notifications, preferences, coaching, audit events about you.',
  })
  @Allow(Permission.Authenticated)
  exportMyData(@Ctx() ctx: RequestContext) {
    return this.privacy.exportMyData(ctx);
  }

  @Mutation(() => Boolean, {
    description:
      'Closes your account for good: personal data erased or anonymised, every sign-in ended. Ledger entries stay, anonymised, for six years. CONFLICT while a booking is still requested or accepted.',
  })
  @Allow(Permission.Authenticated)
  closeMyAccount(@Ctx() ctx: RequestContext, @Args() { password }: CloseAccountArgs) {
    return this.privacy.closeMyAccount(ctx, password);
  }
}
