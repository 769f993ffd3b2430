import { Injectable } from '@nestjs/common';
import { causedBy, DomainEvents, postcodeDistrict, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Enterprise } from '../entities/enterprise.entity';
import { EnterpriseCreated } from '../crm-events';
import { PipelineStage } from './pipeline-stage';

/** The fields a new enterprise starts from; the rest are the pipeline's starting values. */
export type NewEnterprise = Pick<
  Enterprise,
  | 'areaId'
  | 'catalystId'
  | 'name'
  | 'legalStructure'
  | 'postcode'
  | 'activities'
  | 'employsStaff'
  | 'plannedTradingOn'
>;

/** The board position of the last enterprise of an Area's ($1) column of a stage ($2); see nextPosition. */
const LAST_POSITION = `SELECT board_position FROM enterprises WHERE area_id = $1 AND stage = $2
  ORDER BY board_position DESC LIMIT 1`;

/** Places on the pipeline board: a new enterprise's entry at ENQUIRY, and the bottom of a column. */
@Injectable()
export class PipelineBoard {
  constructor(private readonly events: DomainEvents) {}

  /** Inserts an enterprise at the bottom of its Area's ENQUIRY column, with its first stage move and event. */
  async enter(tx: EntityManager, ctx: RequestContext, fields: NewEnterprise): Promise<Enterprise> {
    const enterprise = tx.getRepository(Enterprise).create({
      ...fields,
      district: postcodeDistrict(fields.postcode)!,
      tradingStartedOn: null,
      fteHeadcount: 0,
      peopleSupportedPerWeek: 0,
      hoursPerWeek: 0,
      stage: PipelineStage.ENQUIRY,
      stageEnteredAt: ctx.now,
      createdAt: ctx.now,
    });
    // One statement (an import enters thousands): the enterprise, below the last of its Area's ENQUIRY column
    // as nextPosition reads it, and its first stage move.
    const [entered]: { id: string; board_position: number; updated_at: Date }[] = await tx.query(
      `WITH entered AS (
         INSERT INTO enterprises (area_id, stage, catalyst_id, name, legal_structure, postcode, district,
                activities, planned_trading_on, employs_staff, board_position, stage_entered_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce((${LAST_POSITION}), 0) + 1, $11, $11)
         RETURNING id, board_position, updated_at),
       first_move AS (
         INSERT INTO stage_moves (enterprise_id, from_stage, to_stage, moved_by_id, note, moved_at)
         SELECT id, NULL, $2, $12, 'Joined the pipeline', $11 FROM entered)
       SELECT id, board_position, updated_at FROM entered`,
      [
        enterprise.areaId,
        enterprise.stage,
        enterprise.catalystId,
        enterprise.name,
        enterprise.legalStructure,
        enterprise.postcode,
        enterprise.district,
        enterprise.activities,
        enterprise.plannedTradingOn,
        enterprise.employsStaff,
        ctx.now,
        ctx.user?.id ?? null,
      ],
    );
    Object.assign(enterprise, {
      id: entered.id,
      boardPosition: Number(entered.board_position),
      updatedAt: entered.updated_at,
    });
    await this.events.publish(
      tx,
      new EnterpriseCreated(
        causedBy(ctx, enterprise.id, enterprise.id),
        `${enterprise.name} joined the pipeline at ENQUIRY`,
      ),
    );
    return enterprise;
  }

  /** The position below the last enterprise of an Area's column. */
  async nextPosition(tx: EntityManager, areaId: string, stage: PipelineStage): Promise<number> {
    // ORDER BY … LIMIT 1, not max(): it reads one entry of enterprises_area_stage_idx backwards whatever the
    // statistics say, where max() over a table that grew fast (an import) was planned as a scan of the whole
    // column, so each new enterprise cost more than the last.
    const [last] = await tx.query(LAST_POSITION, [areaId, stage]);
    return last ? Number(last.board_position) + 1 : 1;
  }
}
