import {
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Allow,
  Ctx,
  IsLocalDate,
  LocalDateScalar,
  PageArgs,
  Permission,
  RequestContext,
  WithinYearsOfToday,
} from '@small-places/platform';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { RecordCoachingSessionInput } from '../dto/crm.inputs';
import { ActionConnection, ActionType, CoachingSessionType } from '../dto/crm.types';
import { Action, ActionOwner, CoachingSession } from '../entities/coaching.entity';
import { CoachingService } from './coaching.service';

@InputType()
export class ActionFilterInput {
  @Field(() => ActionOwner, { nullable: true }) @IsOptional() @IsEnum(ActionOwner) owner?: ActionOwner;
  @Field(() => LocalDateScalar, { nullable: true, description: 'e.g. the end of this week.' })
  @IsOptional()
  @IsLocalDate()
  dueOnOrBefore?: string;
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() includeDone?: boolean;
}

@ArgsType()
export class ReassignActionArgs {
  /** Not checked as a UUID: an id that cannot exist is simply not found. */
  @Field(() => ID) @IsString() @MaxLength(100) id: string;
  @Field(() => ActionOwner) @IsEnum(ActionOwner) owner: ActionOwner;
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  @WithinYearsOfToday()
  dueOn?: string;
}

@Resolver(() => CoachingSessionType)
export class CoachingResolver {
  constructor(private readonly coaching: CoachingService) {}

  @Mutation(() => CoachingSessionType, {
    description: 'A Catalyst of the Area records a session and its actions.',
  })
  @Allow(Permission.Authenticated)
  async recordCoachingSession(@Ctx() ctx: RequestContext, @Args('input') input: RecordCoachingSessionInput) {
    const { session, actions } = await this.coaching.record(ctx, input);
    return Object.assign(session, { recordedActions: actions });
  }

  @Mutation(() => ActionType, { description: 'Marks an action done (or not done again).' })
  @Allow(Permission.Authenticated)
  completeAction(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('done', { defaultValue: true }) done: boolean,
  ) {
    return this.coaching.complete(ctx, id, done);
  }

  @Mutation(() => ActionType, {
    description: 'A Catalyst hands an action to the other side or moves its date.',
  })
  @Allow(Permission.Authenticated)
  reassignAction(@Ctx() ctx: RequestContext, @Args() { id, owner, dueOn }: ReassignActionArgs) {
    return this.coaching.reassign(ctx, id, owner, dueOn);
  }

  @Query(() => ActionConnection, {
    description: 'Open actions across my caseload (or my enterprise), by due date.',
  })
  @Allow(Permission.Authenticated)
  myActions(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ActionFilterInput, nullable: true }) filter?: ActionFilterInput,
  ) {
    return this.coaching.actions(ctx, filter ?? {}, page);
  }

  @ResolveField(() => String, {
    description: 'The coaching notes; a read by anyone but a member is audited.',
  })
  async summary(
    @Ctx() ctx: RequestContext,
    @Parent() session: CoachingSession & { recordedActions?: ActionType[] },
  ) {
    // The Catalyst who has just recorded the session is shown what they wrote; the recording is audited.
    if (!session.recordedActions) {
      await ctx
        .loader('coaching-notes-read', (ids) => this.coaching.auditNotesRead(ctx, ids), true)
        .load(session.id);
    }
    return session.summary;
  }

  @ResolveField(() => [ActionType])
  actions(
    @Ctx() ctx: RequestContext,
    @Parent() session: CoachingSession & { recordedActions?: ActionType[] },
  ) {
    if (session.recordedActions) return session.recordedActions;
    return ctx.loader('session-actions', (ids) => this.coaching.actionsOfSessions(ids), []).load(session.id);
  }
}

@Resolver(() => ActionType)
export class ActionResolver {
  @ResolveField(() => Boolean)
  done(@Parent() action: Action) {
    return action.doneAt !== null;
  }
}
