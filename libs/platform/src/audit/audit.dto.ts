import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionType, PageArgs } from '../graphql/pagination';
import { AUDIT_RECORD_TYPE } from './audit.service';

@ObjectType('AuditEvent', { description: 'One line of the append-only audit trail.' })
export class AuditEventType {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field(() => ID, { nullable: true, description: 'Who did it; null for the system.' }) actorId:
    string | null;
  @Field({ description: 'e.g. STATEMENT_READ, COACHING_NOTES_READ, EXPENSE_RECORDED, ACCOUNT_CLOSED.' })
  action: string;
  @Field() recordType: string;
  @Field(() => ID) recordId: string;
  @Field(() => ID, { nullable: true, description: 'The person the record is about, where known.' })
  subjectUserId: string | null;
  @Field(() => GraphQLJSONObject, { description: 'Ids, kinds and changed field names; no personal values.' })
  detail: Record<string, unknown>;
}

export const AuditEventConnection = ConnectionType(AuditEventType);

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field({ description: 'The kind of record: PersonalBudget, CoachingSession, Booking, User, Member…' })
  @IsString()
  @MaxLength(40)
  @Matches(AUDIT_RECORD_TYPE)
  recordType: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  recordId: string;
}
