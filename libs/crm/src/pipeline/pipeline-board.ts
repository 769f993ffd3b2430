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

/** Places on the pipeline board: a new enterprise's entry at ENQUIRY, and the bottom of a column. */
@Injectable()
export class PipelineBoard {
  constructor(private readonly events: DomainEvents) {}

  /** Inserts an enterprise at the bottom of its Area's ENQUIRY column, with its first stage move and event. */
  async enter(tx: EntityManager, ctx: RequestContext, fields: NewEnterprise): Promise<Enterprise> {
    const repository = tx.getRepository(Enterprise);
    const enterprise = await repository.save(
      repository.create({
        ...fields,
        district: postcodeDistrict(fields.postcode)!,
        tradingStartedOn: null,
        fteHeadcount: 0,
        peopleSupportedPerWeek: 0,
        hoursPerWeek: 0,
        stage: PipelineStage.ENQUIRY,
        boardPosition: await this.nextPosition(tx, fields.areaId, PipelineStage.ENQUIRY),
        stageEnteredAt: ctx.now,
        createdAt: ctx.now,
      }),
    );
    await tx.query(
      `INSERT INTO stage_moves (enterprise_id, from_stage, to_stage, moved_by_id, note, moved_at) VALUES ($1, NULL, $2, $3, $4, $5)`,
      [enterprise.id, PipelineStage.ENQUIRY, ctx.user?.id ?? null, 'Joined the pipeline', ctx.now],
    );
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
    const [last] = await tx.query(
      `SELECT board_position FROM enterprises WHERE area_id = $1 AND stage = $2
        ORDER BY board_position DESC LIMIT 1`,
      [areaId, stage],
    );
    return last ? Number(last.board_position) + 1 : 1;
  }
}
