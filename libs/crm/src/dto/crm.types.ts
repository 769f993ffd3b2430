import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Activity, LegalStructure } from '@small-places/compliance';
import { ConnectionType, LocalDateScalar } from '@small-places/platform';
import { ActionOwner, SessionMode } from '../entities/coaching.entity';
import { MemberRole } from '../entities/enterprise-member.entity';
import { PipelineStage } from '../pipeline/pipeline-stage';

/** Micro-enterprises have 1 to 8 workers; above that they are flagged (PRODUCT.md §3.2). */
export const MICRO_ENTERPRISE_FTE_LIMIT = 8;

@ObjectType('Catalyst')
export class CatalystType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType('Member')
export class MemberType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => MemberRole) role: MemberRole;
  @Field() worksWithClients: boolean;
  @Field({ description: 'Whether they have accepted their invitation and have an account.' })
  hasAccount: boolean;
}

@ObjectType('Enterprise')
export class EnterpriseType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PipelineStage) stage: PipelineStage;
  @Field(() => LegalStructure) legalStructure: LegalStructure;
  @Field(() => [Activity]) activities: Activity[];
  @Field() postcode: string;
  @Field({ description: 'The postcode district (outward code).' }) district: string;
  @Field(() => LocalDateScalar, { nullable: true }) plannedTradingOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) tradingStartedOn: string | null;
  @Field() employsStaff: boolean;
  @Field(() => Float) fteHeadcount: number;
  @Field(() => Int) peopleSupportedPerWeek: number;
  @Field(() => Float) hoursPerWeek: number;
  @Field(() => Float, { description: 'Order within its stage on the pipeline board.' }) boardPosition: number;
  @Field() stageEnteredAt: Date;
  @Field() createdAt: Date;
}

@ObjectType('StageMove')
export class StageMoveType {
  @Field(() => ID) id: string;
  @Field(() => PipelineStage, { nullable: true }) fromStage: PipelineStage | null;
  @Field(() => PipelineStage) toStage: PipelineStage;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() movedAt: Date;
}

@ObjectType('Action')
export class ActionType {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The enterprise it was agreed with.' }) enterpriseId: string;
  @Field() title: string;
  @Field(() => LocalDateScalar) dueOn: string;
  @Field(() => ActionOwner) owner: ActionOwner;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
}

@ObjectType('CoachingSession')
export class CoachingSessionType {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) heldOn: string;
  @Field(() => Int) minutes: number;
  @Field(() => SessionMode) mode: SessionMode;
  @Field(() => [String]) topics: string[];
  summary: string;
}

@ObjectType('TimelineEntry')
export class TimelineEntryType {
  @Field(() => ID) id: string;
  @Field({ description: 'STAGE_MOVED, SESSION_RECORDED, ACTION_COMPLETED, CHECKLIST_CHANGED, …' })
  kind: string;
  @Field() occurredAt: Date;
  @Field() summary: string;
}

export const EnterpriseConnection = ConnectionType(EnterpriseType);
export const TimelineConnection = ConnectionType(TimelineEntryType);
export const ActionConnection = ConnectionType(ActionType);

@ObjectType('PipelineColumn')
export class PipelineColumnType {
  @Field(() => PipelineStage) stage: PipelineStage;
  @Field(() => Int) count: number;
  @Field(() => [EnterpriseType], { description: 'The first 100 enterprises at this stage, in board order.' })
  enterprises: EnterpriseType[];
}

@ObjectType('ImpactReport')
export class ImpactReportType {
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => Int, { description: 'Enterprises with a coaching session in the period, or created in it.' })
  enterprisesSupported: number;
  @Field(() => Int, { description: 'Enterprises created (at ENQUIRY) in the period.' })
  newEnterprises: number;
  @Field(() => Int, { description: 'Enterprises that moved to TRADING in the period.' })
  reachedTrading: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Median days from creation to first TRADING, of those.',
  })
  medianDaysToTrading: number | null;
  @Field(() => Float, { description: 'FTE jobs in enterprises now TRADING or ESTABLISHED.' }) jobsFte: number;
  @Field(() => Int, { description: 'People supported a week by trading enterprises.' })
  peopleSupportedPerWeek: number;
  @Field(() => Float, { description: 'Hours of support a week by trading enterprises.' })
  hoursPerWeek: number;
  @Field(() => Float, { description: 'Hours of coaching sessions held in the period.' })
  coachingHours: number;
  @Field(() => Int, { description: 'Enterprises of the Area with a published listing now.' })
  listedEnterprises: number;
  @Field(() => Int, { description: 'Of those, enterprises with a published listing that is verified now.' })
  verifiedEnterprises: number;
}
