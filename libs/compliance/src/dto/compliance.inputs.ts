import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, OptionalText, PageArgs } from '@small-places/platform';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ChecklistItemStatus, ReviewDecision } from './compliance.enums';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class UpdateChecklistItemInput {
  /** Not validated as a UUID here: an id that cannot exist is NOT_FOUND, like one that does not. */
  @Field(() => ID) @IsString() @MaxLength(100) itemId: string;

  @Field(() => ChecklistItemStatus) @IsEnum(ChecklistItemStatus) status: ChecklistItemStatus;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'DONE: the day it was done (a certificate’s issue date); default today. Not in the future.',
  })
  @IsOptional()
  completedOn?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'IN_PROGRESS: the day the application was sent; default today. Not in the future.',
  })
  @IsOptional()
  startedOn?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'DONE: when the evidence runs out; default worked out from the requirement’s validity.',
  })
  @IsOptional()
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A certificate, policy or registration number.' })
  @OptionalText(200)
  reference?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Evidence note: where the document is, who checked it.',
  })
  @OptionalText(2000)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'WAIVED: why it does not apply (e.g. a CQC exemption). Needed to waive; Catalysts only.',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  waivedReason?: string | null;
}

@InputType()
export class ReviewChecklistItemInput {
  /** Not validated as a UUID here: an id that cannot exist is NOT_FOUND, like one that does not. */
  @Field(() => ID) @IsString() @MaxLength(100) itemId: string;

  @Field(() => ReviewDecision) @IsEnum(ReviewDecision) decision: ReviewDecision;

  @Field(() => String, {
    nullable: true,
    description: 'RETURNED: what the provider must fix; needed to return, sent to them.',
  })
  @OptionalText(2000)
  reason?: string | null;
}

@InputType()
export class SetRequirementOverrideInput {
  @Field(() => ID) @IsString() @MaxLength(100) areaId: string;

  @Field({ description: 'The requirement code, e.g. DBS_ENHANCED.' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, { message: 'must be a requirement code such as DBS_ENHANCED' })
  code: string;

  @Field(() => Int, { nullable: true, description: 'Null: use the catalogue’s validity.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  validityMonths?: number | null;

  @Field(() => [Int], { nullable: true, description: 'Days before a date to remind; null: the catalogue’s.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(365, { each: true })
  reminderOffsetsDays?: number[] | null;
}

@ArgsType()
export class ComplianceDueArgs extends PageArgs {
  @Field(() => Int, { description: 'How many days ahead to look, from today (0 to 366).' })
  @IsInt()
  @Min(0)
  @Max(366)
  days: number;
}
