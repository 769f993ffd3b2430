import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { RequestPasswordResetArgs, ResetPasswordInput } from './dto/identity.inputs';
import { AuthSession } from './dto/identity.types';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description:
      'Emails a link to choose a new password (valid 60 minutes, single use). Always true, whether or not the account exists.',
  })
  @Allow(Permission.Public)
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args() args: RequestPasswordResetArgs) {
    return this.resets.request(ctx, args.email);
  }

  @Mutation(() => AuthSession, {
    description: 'Sets a new password with the emailed token, ends every other session, and signs in.',
  })
  @Allow(Permission.Public)
  resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput) {
    return this.resets.reset(ctx, input);
  }
}
