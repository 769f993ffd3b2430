import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChecklistType, ComplianceService } from '@small-places/compliance';
import { IdentityService } from '@small-places/identity';
import {
  Allow,
  Ctx,
  Database,
  groupBy,
  londonDate,
  PageArgs,
  Permission,
  RequestContext,
} from '@small-places/platform';
import { In } from 'typeorm';
import { Area } from '../entities/area.entity';
import { AreaType } from '../areas/area.dto';
import { CoachingService } from '../coaching/coaching.service';
import {
  AddMemberInput,
  CreateEnterpriseInput,
  EnterpriseFilter,
  UpdateEnterpriseInput,
} from '../dto/crm.inputs';
import {
  CatalystType,
  CoachingSessionType,
  EnterpriseConnection,
  EnterpriseType,
  MemberType,
  MICRO_ENTERPRISE_FTE_LIMIT,
  StageMoveType,
  TimelineConnection,
} from '../dto/crm.types';
import { PipelineService } from '../pipeline/pipeline.service';
import { TimelineService } from '../timeline/timeline.service';
import { Enterprise } from '../entities/enterprise.entity';
import { EnterpriseReads } from './enterprise-reads';
import { EnterpriseService } from './enterprise.service';
import { Member } from '../entities/enterprise-member.entity';

const DAY_MS = 86_400_000;

@Resolver(() => EnterpriseType)
export class EnterpriseResolver {
  constructor(
    private readonly enterpriseService: EnterpriseService,
    private readonly enterpriseReads: EnterpriseReads,
    private readonly pipeline: PipelineService,
    private readonly coaching: CoachingService,
    private readonly timelines: TimelineService,
    private readonly compliance: ComplianceService,
    private readonly identity: IdentityService,
    private readonly db: Database,
  ) {}

  @Mutation(() => EnterpriseType, {
    description: 'Catalyst of the Area, or Admin. The founder is invited by email.',
  })
  @Allow(Permission.Authenticated)
  createEnterprise(@Ctx() ctx: RequestContext, @Args('input') input: CreateEnterpriseInput) {
    return this.enterpriseService.create(ctx, input);
  }

  @Mutation(() => EnterpriseType, {
    description: 'Members and Catalysts; the checklist follows the changes.',
  })
  @Allow(Permission.Authenticated)
  updateEnterprise(@Ctx() ctx: RequestContext, @Args('input') input: UpdateEnterpriseInput) {
    return this.enterpriseService.update(ctx, input);
  }

  @Mutation(() => MemberType, {
    description: 'Adds a person who works in the enterprise; with an email, invites them.',
  })
  @Allow(Permission.Authenticated)
  addEnterpriseMember(@Ctx() ctx: RequestContext, @Args('input') input: AddMemberInput) {
    return this.enterpriseService.addMember(ctx, input);
  }

  @Query(() => EnterpriseType)
  @Allow(Permission.Authenticated)
  enterprise(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.enterpriseReads.get(ctx, id);
  }

  @Query(() => EnterpriseConnection, {
    description: 'A Catalyst sees their Areas, a member their own, others nothing.',
  })
  @Allow(Permission.Authenticated)
  enterprises(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => EnterpriseFilter, nullable: true }) filter?: EnterpriseFilter,
  ) {
    return this.enterpriseReads.list(ctx, filter ?? {}, page);
  }

  @ResolveField(() => AreaType)
  area(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise) {
    return ctx
      .loader(
        'area',
        async (ids) => {
          const areas = await this.db.manager.getRepository(Area).find({ where: { id: In([...ids]) } });
          return new Map(areas.map((area) => [area.id, area]));
        },
        null,
      )
      .load(enterprise.areaId);
  }

  @ResolveField(() => CatalystType, { nullable: true })
  catalyst(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise) {
    if (!enterprise.catalystId) return null;
    return ctx
      .loader('user-name', (ids) => this.identity.displayNames(ids), null)
      .load(enterprise.catalystId);
  }

  @ResolveField(() => [MemberType])
  members(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise) {
    return ctx
      .loader(
        'members',
        async (ids) => {
          const rows = await this.db.manager
            .getRepository(Member)
            .find({ where: { enterpriseId: In([...ids]) }, order: { createdAt: 'ASC' } });
          return groupBy(rows, (member) => member.enterpriseId);
        },
        [] as Member[],
      )
      .load(enterprise.id);
  }

  @ResolveField(() => ChecklistType)
  checklist(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise) {
    const today = londonDate(ctx.now);
    return ctx
      .loader('checklist', (ids) => this.compliance.checklistsFor(ids, today), null as ChecklistType | null)
      .load(enterprise.id);
  }

  @ResolveField(() => CoachingSessionType, {
    nullable: true,
    description: 'The most recent coaching session.',
  })
  lastSession(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise) {
    return ctx.loader('last-session', (ids) => this.coaching.lastSessionOf(ids), null).load(enterprise.id);
  }

  @ResolveField(() => [CoachingSessionType], { description: 'Every coaching session, newest first.' })
  sessions(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise) {
    return ctx.loader('sessions', (ids) => this.coaching.sessionsOf(ids), []).load(enterprise.id);
  }

  @ResolveField(() => [StageMoveType], { description: 'Every move through the pipeline, oldest first.' })
  stageHistory(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise) {
    return ctx.loader('stage-history', (ids) => this.pipeline.history(ids), []).load(enterprise.id);
  }

  @ResolveField(() => TimelineConnection, { description: 'Everything that happened, newest first.' })
  timeline(@Parent() enterprise: Enterprise, @Args() page: PageArgs) {
    return this.timelines.feed(enterprise.id, page);
  }

  @ResolveField(() => Int, { description: 'Whole days since it entered its current stage.' })
  daysInStage(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise) {
    return Math.max(0, Math.floor((ctx.now.getTime() - enterprise.stageEnteredAt.getTime()) / DAY_MS));
  }

  @ResolveField(() => Boolean, {
    description: `More than ${MICRO_ENTERPRISE_FTE_LIMIT} FTE: no longer a micro-enterprise.`,
  })
  overMicroLimit(@Parent() enterprise: Enterprise) {
    return enterprise.fteHeadcount > MICRO_ENTERPRISE_FTE_LIMIT;
  }
}

@Resolver(() => MemberType)
export class MemberResolver {
  @ResolveField(() => Boolean, {
    description: 'Whether they have accepted their invitation and have an account.',
  })
  hasAccount(@Parent() member: Member) {
    return member.userId !== null;
  }
}
