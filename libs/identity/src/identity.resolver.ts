import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, badInput, Ctx, Permission, RequestContext } from '@small-places/platform';
import { AcceptInvitationInput, SignInInput, SignUpInput } from './dto/identity.inputs';
import { AuthSession, UserType } from './dto/identity.types';
import { IdentityService } from './identity.service';
import { InvitationAcceptance } from './invitation-acceptance';
import { SessionService } from './session.service';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationAcceptance,
  ) {}

  @Mutation(() => AuthSession, { description: 'Self sign-up as PROVIDER or BUDGET_HOLDER.' })
  @Allow(Permission.Public)
  signUp(@Ctx() ctx: RequestContext, @Args('input') input: SignUpInput) {
    return this.identity.signUp(ctx, input);
  }

  @Mutation(() => AuthSession)
  @Allow(Permission.Public)
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput) {
    return this.identity.signIn(ctx, input);
  }

  @Mutation(() => AuthSession, {
    description: 'Swap a refresh token for a new pair; each refresh token works once.',
  })
  @Allow(Permission.Public)
  refreshSession(@Ctx() ctx: RequestContext, @Args('refreshToken') refreshToken: string) {
    assertTokenShape(refreshToken);
    return this.sessions.refresh(refreshToken, ctx.now);
  }

  @Mutation(() => Boolean, { description: 'Ends the session that the refresh token belongs to.' })
  @Allow(Permission.Authenticated)
  signOut(@Ctx() ctx: RequestContext, @Args('refreshToken') refreshToken: string) {
    assertTokenShape(refreshToken);
    return this.sessions.end(ctx.signedIn.id, refreshToken, ctx.now);
  }

  @Mutation(() => AuthSession)
  @Allow(Permission.Public)
  acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput) {
    return this.invitations.accept(ctx, input);
  }

  @Mutation(() => UserType, {
    description: 'Confirms an email address with the token from the emailed link.',
  })
  @Allow(Permission.Public)
  verifyEmail(@Ctx() ctx: RequestContext, @Args('token') token: string) {
    assertTokenShape(token);
    return this.identity.verifyEmail(ctx, token);
  }

  @Mutation(() => Boolean, {
    description: 'Sends the confirmation email again; false when already confirmed.',
  })
  @Allow(Permission.Authenticated)
  resendVerificationEmail(@Ctx() ctx: RequestContext) {
    return this.identity.resendVerification(ctx);
  }

  @Query(() => UserType)
  @Allow(Permission.Authenticated)
  me(@Ctx() ctx: RequestContext) {
    return this.identity.me(ctx);
  }
}

const MAX_TOKEN_LENGTH = 200;

function assertTokenShape(token: string): void {
  if (token.length > MAX_TOKEN_LENGTH) throw badInput('That token is not valid.', { token: ['is too long'] });
  if (!token.trim()) throw badInput('That token is not valid.', { token: ['is empty'] });
}
