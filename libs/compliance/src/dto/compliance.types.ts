import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@small-places/platform';
import { ChecklistItemStatus, ComplianceStatus, RequirementAppliesTo } from './compliance.enums';

@ObjectType('Requirement', { description: 'A catalogue entry: something the law or the council asks for.' })
export class RequirementType {
  @Field({ description: 'Stable code, e.g. DBS_ENHANCED.' }) code: string;
  @Field() title: string;
  @Field({ description: 'What to do next, in plain English.' }) guidance: string;
  @Field() legalBasis: string;
  @Field(() => String, { nullable: true }) sourceUrl: string | null;
  @Field() mandatory: boolean;
  @Field(() => RequirementAppliesTo) appliesTo: RequirementAppliesTo;
  @Field({ description: 'Needed before trading starts; otherwise a deadline that comes later (HMRC).' })
  beforeTrading: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'How long evidence stays valid; null: it does not expire.',
  })
  validityMonths: number | null;
}

@ObjectType('ChecklistMember', {
  description: 'The member an item is for, as they were named on the enterprise.',
})
export class ChecklistMember {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('ChecklistReviewer', { description: 'The Catalyst who checked an item.' })
export class ChecklistReviewer {
  @Field(() => ID) id: string;
}

@ObjectType('ChecklistItem')
export class ChecklistItemType {
  @Field(() => ID) id: string;
  @Field(() => ID) enterpriseId: string;
  @Field(() => ChecklistItemStatus, { description: 'DONE past its expiry date reads EXPIRED.' })
  status: ChecklistItemStatus;
  @Field({ description: 'Open after its due date, or expired.' }) overdue: boolean;
  @Field(() => LocalDateScalar, { nullable: true }) dueOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) expiresOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) completedOn: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When the application was sent (IN_PROGRESS).',
  })
  inProgressSince: string | null;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true }) waivedReason: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When a Catalyst of the Area checked this DONE item; null until then and after any change.',
  })
  checkedAt: Date | null;
  @Field(() => ChecklistReviewer, { nullable: true, description: 'The Catalyst who checked it.' })
  checkedBy: ChecklistReviewer | null;
  @Field(() => Date, { nullable: true, description: 'When a Catalyst returned it to be fixed.' })
  returnedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'What the Catalyst asked the provider to fix.' })
  returnedReason: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Since when this DONE item has waited for a Catalyst’s check; null when not waiting.',
  })
  awaitingCheckSince: Date | null;
  @Field(() => ChecklistMember, { nullable: true }) member: ChecklistMember | null;
  @Field(() => RequirementType) requirement: RequirementType;
}

@ObjectType('Checklist')
export class ChecklistType {
  @Field(() => ComplianceStatus) status: ComplianceStatus;
  @Field(() => [ChecklistItemType]) items: ChecklistItemType[];
}

export const ChecklistItemConnection = ConnectionType(ChecklistItemType);

@ObjectType('RequirementOverride', {
  description: 'An Area’s own validity or reminder offsets for a requirement.',
})
export class RequirementOverrideType {
  @Field(() => ID) areaId: string;
  @Field() code: string;
  @Field(() => Int, { nullable: true, description: 'Null: the catalogue’s validity.' })
  validityMonths: number | null;
  @Field(() => [Int], { nullable: true, description: 'Null: the catalogue’s reminder offsets.' })
  reminderOffsetsDays: number[] | null;
}

@ObjectType('EvidenceFile', {
  description:
    'A document attached to a checklist item; download it from GET /evidence/{id} (docs/compliance.md).',
})
export class EvidenceFileType {
  @Field(() => ID) id: string;
  @Field({ description: 'Sanitised; ends in the extension of the type the bytes really are.' })
  fileName: string;
  @Field({ description: 'Judged from the bytes: application/pdf, image/jpeg, image/png or image/heic.' })
  contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() uploadedAt: Date;
  @Field({
    description: 'True when the caller may remove it: its uploader, until a Catalyst checks the item.',
  })
  removable: boolean;
}
