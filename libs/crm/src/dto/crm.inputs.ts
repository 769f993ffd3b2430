import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Activity, ComplianceStatus, LegalStructure } from '@small-places/compliance';
import {
  Id,
  IsLocalDate,
  LocalDateScalar,
  OptionalText,
  Text,
  trimmed,
  WithinYearsOfToday,
} from '@small-places/platform';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ActionOwner, SessionMode } from '../entities/coaching.entity';
import { PipelineStage } from '../pipeline/pipeline-stage';

const Activities = () =>
  applyDecorators(IsArray(), ArrayMaxSize(8), ArrayUnique(), IsEnum(Activity, { each: true }));

@InputType()
export class PersonInput {
  @Field() @Text(100) name: string;
  @Field()
  @Transform(trimmed)
  @IsEmail({}, { message: 'Enter an email address like name@example.com' })
  @MaxLength(254)
  email: string;
}

@InputType()
export class CreateEnterpriseInput {
  @Field(() => ID) @Id() areaId: string;
  @Field() @Text(120) name: string;
  @Field() @Text(10) postcode: string;
  @Field(() => [Activity]) @Activities() activities: Activity[];
  @Field(() => LegalStructure) @IsEnum(LegalStructure) legalStructure: LegalStructure;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() employsStaff?: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Planned trading start.' })
  @IsOptional()
  @IsLocalDate()
  @WithinYearsOfToday()
  tradingStartsOn?: string;
  @Field(() => PersonInput, { description: 'Invited by email to join as a member.' })
  @ValidateNested()
  @Type(() => PersonInput)
  founder: PersonInput;
}

@InputType()
export class UpdateEnterpriseInput {
  @Field(() => ID) @Id() enterpriseId: string;
  @Field({ nullable: true }) @IsOptional() @Text(120) name?: string;
  @Field(() => [Activity], { nullable: true }) @IsOptional() @Activities() activities?: Activity[];
  @Field(() => LegalStructure, { nullable: true })
  @IsOptional()
  @IsEnum(LegalStructure)
  legalStructure?: LegalStructure;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() employsStaff?: boolean;
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  @WithinYearsOfToday()
  plannedTradingOn?: string;
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  @WithinYearsOfToday()
  tradingStartedOn?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1000) fteHeadcount?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  peopleSupportedPerWeek?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  hoursPerWeek?: number;
  @Field(() => ID, { nullable: true, description: 'A Catalyst of the Area to take on this enterprise.' })
  @IsOptional()
  @Id()
  catalystId?: string;
}

@InputType()
export class AddMemberInput {
  @Field(() => ID) @Id() enterpriseId: string;
  @Field() @Text(100) name: string;
  @Field({ nullable: true, description: 'When given, the member is invited to make an account.' })
  @IsOptional()
  @Transform(trimmed)
  @IsEmail({}, { message: 'Enter an email address like name@example.com' })
  @MaxLength(254)
  email?: string;
  @Field({ nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() worksWithClients?: boolean;
}

@InputType()
export class EnterpriseFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Id() areaId?: string;
  @Field(() => PipelineStage, { nullable: true }) @IsOptional() @IsEnum(PipelineStage) stage?: PipelineStage;
  @Field(() => ID, { nullable: true }) @IsOptional() @Id() catalystId?: string;
  @Field(() => ComplianceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ComplianceStatus)
  complianceStatus?: ComplianceStatus;
  @Field({ nullable: true, description: 'Words in the name or the founder’s name.' })
  @IsOptional()
  @Text(100)
  search?: string;
}

@InputType()
export class MoveEnterpriseStageInput {
  @Field(() => ID) @Id() enterpriseId: string;
  @Field(() => PipelineStage) @IsEnum(PipelineStage) stage: PipelineStage;
  @Field({ nullable: true }) @OptionalText(2000) note?: string;
}

@InputType()
export class PlaceOnBoardInput {
  @Field(() => ID) @Id() enterpriseId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Place it just after this one in the same stage; omit for the top.',
  })
  @IsOptional()
  @Id()
  afterEnterpriseId?: string;
}

@InputType()
export class NewActionInput {
  @Field() @Text(200) title: string;
  @Field(() => LocalDateScalar) @IsLocalDate() @WithinYearsOfToday() dueOn: string;
  @Field(() => ActionOwner) @IsEnum(ActionOwner) owner: ActionOwner;
}

@InputType()
export class RecordCoachingSessionInput {
  @Field(() => ID) @Id() enterpriseId: string;
  @Field(() => LocalDateScalar) @IsLocalDate() heldOn: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(1440) minutes: number;
  @Field(() => SessionMode) @IsEnum(SessionMode) mode: SessionMode;
  @Field() @Text(10000) summary: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((topic) => trimmed({ value: topic })) : value,
  )
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'each topic must not be blank' })
  @MaxLength(100, { each: true })
  topics?: string[];
  @Field(() => [NewActionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NewActionInput)
  actions?: NewActionInput[];
}
