import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, PageArgs, Permission, RequestContext } from '@small-places/platform';
import { RequirementOverrides } from './catalogue/requirement-overrides';
import { ChecklistReads } from './checklist/checklist-reads';
import { ChecklistUpdates } from './checklist/checklist-updates';
import {
  ComplianceDueArgs,
  SetRequirementOverrideInput,
  UpdateChecklistItemInput,
} from './dto/compliance.inputs';
import {
  ChecklistItemConnection,
  ChecklistItemType,
  ChecklistType,
  RequirementOverrideType,
  RequirementType,
} from './dto/compliance.types';

@Resolver()
export class ComplianceResolver {
  constructor(
    private readonly reads: ChecklistReads,
    private readonly updates: ChecklistUpdates,
    private readonly overrides: RequirementOverrides,
  ) {}

  @Query(() => ChecklistType, { description: 'Members of the enterprise, its Catalysts and Admins.' })
  @Allow(Permission.Authenticated)
  checklist(@Ctx() ctx: RequestContext, @Args('enterpriseId', { type: () => ID }) enterpriseId: string) {
    return this.reads.checklist(ctx, enterpriseId);
  }

  @Mutation(() => ChecklistItemType, {
    description: 'Member of the enterprise or its Catalyst. WAIVED needs a reason and a Catalyst.',
  })
  @Allow(Permission.Authenticated)
  updateChecklistItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateChecklistItemInput) {
    return this.updates.updateItem(ctx, input);
  }

  @Query(() => ChecklistItemConnection, {
    description: 'Items due or expiring in the next `days` days across your caseload (Admins: every Area).',
  })
  @Allow(Permission.Authenticated)
  complianceDue(@Ctx() ctx: RequestContext, @Args() args: ComplianceDueArgs) {
    return this.reads.dueSoon(ctx, args.days, args);
  }

  @Query(() => ChecklistItemConnection, {
    description: 'Items past their due date and expired evidence across your caseload, oldest first.',
  })
  @Allow(Permission.Authenticated)
  complianceOverdue(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return this.reads.overdue(ctx, page);
  }

  @Query(() => [RequirementType], { description: 'The requirement catalogue, in checklist order.' })
  @Allow(Permission.Authenticated)
  requirements() {
    return this.reads.requirements();
  }

  @Query(() => [RequirementOverrideType], {
    description:
      'Admin only: the rules an Area has saved (its own validity or reminder offsets), in catalogue order.',
  })
  @Allow(Permission.Administer)
  requirementOverrides(@Args('areaId', { type: () => ID }) areaId: string) {
    return this.overrides.forArea(areaId);
  }

  @Mutation(() => RequirementOverrideType, {
    description: 'Admin only: an Area’s own validity or reminder offsets for a requirement.',
  })
  @Allow(Permission.Administer)
  setRequirementOverride(@Ctx() ctx: RequestContext, @Args('input') input: SetRequirementOverrideInput) {
    return this.overrides.setOverride(ctx, input);
  }
}
