import { Injectable } from '@nestjs/common';
import { ComplianceService } from '@small-places/compliance';
import { AccessService } from '@small-places/identity';
import {
  conflict,
  Database,
  causedBy,
  DomainEvents,
  forbidden,
  groupBy,
  isUuid,
  londonDate,
  notFound,
  RequestContext,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Area } from '../entities/area.entity';
import { PlaceOnBoardInput, MoveEnterpriseStageInput } from '../dto/crm.inputs';
import { Enterprise } from '../entities/enterprise.entity';
import { EnterpriseService } from '../enterprises/enterprise.service';
import { PipelineBoard } from './pipeline-board';
import { GATED_STAGES, judgeMove, PipelineStage, STAGE_ORDER } from './pipeline-stage';
import { StageMove } from '../entities/stage-move.entity';
import { StageMoved } from '../crm-events';

export interface PipelineColumn {
  stage: PipelineStage;
  count: number;
  enterprises: Enterprise[];
}

const BOARD_COLUMN_LIMIT = 100;

@Injectable()
export class PipelineService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly enterprises: EnterpriseService,
    private readonly positions: PipelineBoard,
    private readonly compliance: ComplianceService,
    private readonly events: DomainEvents,
  ) {}

  /** Catalysts (and Admins) move enterprises; the gate to READY and TRADING asks compliance. */
  async move(ctx: RequestContext, input: MoveEnterpriseStageInput): Promise<Enterprise> {
    return this.db.transaction(async (tx) => {
      const enterprise = await this.enterprises.lockForChange(
        tx,
        ctx,
        input.enterpriseId,
        'member-or-catalyst',
      );
      if (!(await this.access.isCatalystOf(tx, ctx, enterprise.areaId))) {
        throw forbidden('Only the Catalysts of this Area can move an enterprise through the pipeline.');
      }
      return this.moveIn(tx, ctx, enterprise, input);
    });
  }

  /**
   * Moves an enterprise the caller has locked and may move, in the caller's transaction (move, and the
   * caseload import): the rules, the gate, the stage_moves row and the timeline entry.
   */
  async moveIn(
    tx: EntityManager,
    ctx: RequestContext,
    enterprise: Enterprise,
    input: Pick<MoveEnterpriseStageInput, 'stage' | 'note'>,
  ): Promise<Enterprise> {
    const verdict = judgeMove(enterprise.stage, input.stage);
    if (!verdict.allowed) throw conflict(verdict.reason);
    if (GATED_STAGES.includes(input.stage)) {
      await this.compliance.assertReadyToTrade(tx, enterprise.id, londonDate(ctx.now));
    }
    const from = enterprise.stage;
    enterprise.stage = input.stage;
    enterprise.stageEnteredAt = ctx.now;
    enterprise.boardPosition = await this.positions.nextPosition(tx, enterprise.areaId, input.stage);
    if (input.stage === PipelineStage.TRADING && !enterprise.tradingStartedOn) {
      enterprise.tradingStartedOn = londonDate(ctx.now);
    }
    const saved = await tx.getRepository(Enterprise).save(enterprise);
    const move = await tx.getRepository(StageMove).save(
      tx.getRepository(StageMove).create({
        enterpriseId: enterprise.id,
        fromStage: from,
        toStage: input.stage,
        movedById: ctx.signedIn.id,
        note: input.note ?? null,
        movedAt: ctx.now,
      }),
    );
    await this.events.publish(
      tx,
      new StageMoved(
        causedBy(ctx, enterprise.id, move.id),
        `Moved from ${from} to ${input.stage}${input.note ? `: ${input.note}` : ''}`,
      ),
    );
    return saved;
  }

  /** Reorders a card within its column: just after another card, or at the top. */
  async place(ctx: RequestContext, input: PlaceOnBoardInput): Promise<Enterprise> {
    return this.db.transaction(async (tx) => {
      const enterprise = await this.enterprises.lockForChange(tx, ctx, input.enterpriseId, 'catalyst');
      const column = tx
        .getRepository(Enterprise)
        .createQueryBuilder('e')
        .where('e.areaId = :areaId AND e.stage = :stage AND e.id <> :id', {
          areaId: enterprise.areaId,
          stage: enterprise.stage,
          id: enterprise.id,
        })
        .orderBy('e.boardPosition', 'ASC')
        .addOrderBy('e.id', 'ASC');
      const cards = await column.getMany();
      const index = input.afterEnterpriseId
        ? cards.findIndex((card) => card.id === input.afterEnterpriseId)
        : -1;
      if (input.afterEnterpriseId && index < 0)
        throw conflict('That enterprise is not in the same column of the board.');
      const before = index >= 0 ? cards[index].boardPosition : (cards[0]?.boardPosition ?? 1) - 1;
      const after = cards[index + 1]?.boardPosition ?? before + 2;
      enterprise.boardPosition = (before + after) / 2;
      return tx.getRepository(Enterprise).save(enterprise);
    });
  }

  /** Each stage's count and its first cards in board order, for one Area. */
  async board(ctx: RequestContext, areaId: string): Promise<PipelineColumn[]> {
    const tx = this.db.manager;
    if (!isUuid(areaId) || !(await tx.getRepository(Area).exist({ where: { id: areaId } })))
      throw notFound('That Area');
    if (!(await this.access.isCatalystOf(tx, ctx, areaId))) throw forbidden();
    const counts: { stage: PipelineStage; count: number }[] = await tx.query(
      `SELECT stage, count(*)::int AS count FROM enterprises WHERE area_id = $1 GROUP BY stage`,
      [areaId],
    );
    const cards = await tx.query(
      `SELECT id FROM (
         SELECT id, row_number() OVER (PARTITION BY stage ORDER BY board_position, id) AS n
         FROM enterprises WHERE area_id = $1) ranked
       WHERE n <= $2`,
      [areaId, BOARD_COLUMN_LIMIT],
    );
    const enterprises = cards.length
      ? await tx
          .getRepository(Enterprise)
          .createQueryBuilder('e')
          .whereInIds(cards.map((card: { id: string }) => card.id))
          .orderBy('e.boardPosition', 'ASC')
          .addOrderBy('e.id', 'ASC')
          .getMany()
      : [];
    return STAGE_ORDER.map((stage) => ({
      stage,
      count: counts.find((row) => row.stage === stage)?.count ?? 0,
      enterprises: enterprises.filter((enterprise) => enterprise.stage === stage),
    }));
  }

  async history(enterpriseIds: readonly string[]): Promise<Map<string, StageMove[]>> {
    const moves = enterpriseIds.length
      ? await this.db.manager
          .getRepository(StageMove)
          .createQueryBuilder('move')
          .where('move.enterpriseId IN (:...ids)', { ids: enterpriseIds })
          .orderBy('move.movedAt', 'ASC')
          .getMany()
      : [];
    return groupBy(moves, (move) => move.enterpriseId);
  }
}
