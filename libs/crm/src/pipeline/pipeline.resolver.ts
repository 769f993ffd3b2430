import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { MoveEnterpriseStageInput, PlaceOnBoardInput } from '../dto/crm.inputs';
import { EnterpriseType, PipelineColumnType } from '../dto/crm.types';
import { PipelineService } from './pipeline.service';

@Resolver()
export class PipelineResolver {
  constructor(private readonly pipelineService: PipelineService) {}

  @Query(() => [PipelineColumnType], {
    description: 'The board of one Area: each stage’s count and cards in order.',
  })
  @Allow(Permission.Authenticated)
  pipeline(@Ctx() ctx: RequestContext, @Args('areaId', { type: () => ID }) areaId: string) {
    return this.pipelineService.board(ctx, areaId);
  }

  @Mutation(() => EnterpriseType, {
    description: 'CONFLICT when moving to READY or TRADING with mandatory items outstanding.',
  })
  @Allow(Permission.Authenticated)
  moveEnterpriseStage(@Ctx() ctx: RequestContext, @Args('input') input: MoveEnterpriseStageInput) {
    return this.pipelineService.move(ctx, input);
  }

  @Mutation(() => EnterpriseType, { description: 'Reorders a card within its column of the board.' })
  @Allow(Permission.Authenticated)
  placeEnterpriseOnBoard(@Ctx() ctx: RequestContext, @Args('input') input: PlaceOnBoardInput) {
    return this.pipelineService.place(ctx, input);
  }
}
