import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Text } from '@small-places/platform';
import { EnterpriseImportStatus } from '../entities/enterprise-import.entity';
import { ImportField } from './import-columns';

registerEnumType(ImportField, { name: 'ImportField', description: 'A fact the caseload import reads.' });

@ObjectType('EnterpriseImportError')
export class EnterpriseImportErrorType {
  @Field(() => Int, { description: 'The row number the spreadsheet shows (the header is row 1).' })
  row: number;
  @Field({ description: 'The column as headed in the file.' }) column: string;
  @Field({ description: 'What is wrong and what to write instead.' }) message: string;
}

@ObjectType('ImportDuplicateCandidate')
export class ImportDuplicateCandidateType {
  @Field(() => ID) enterpriseId: string;
  @Field() name: string;
  @Field(() => Float, { description: 'Trigram similarity of the names, 0 to 1.' }) similarity: number;
}

@ObjectType('EnterpriseImportDuplicate')
export class EnterpriseImportDuplicateType {
  @Field(() => Int) row: number;
  @Field() name: string;
  @Field() postcode: string;
  @Field(() => [ImportDuplicateCandidateType]) candidates: ImportDuplicateCandidateType[];
  @Field({ description: 'Whether this run created it anyway (the Catalyst chose to).' }) created: boolean;
}

@ObjectType('EnterpriseImportColumn')
export class EnterpriseImportColumnType {
  @Field({ description: 'The header as written in the file.' }) header: string;
  @Field(() => ImportField, { nullable: true, description: 'The fact it feeds; null: ignored.' })
  field: ImportField | null;
  @Field({ description: 'The first non-empty value under it, to help match it.' }) sample: string;
}

@ObjectType('ImportFieldInfo')
export class ImportFieldInfoType {
  @Field(() => ImportField) field: ImportField;
  @Field() header: string;
  @Field() hint: string;
  @Field() required: boolean;
}

@ObjectType('EnterpriseImport')
export class EnterpriseImportType {
  @Field(() => ID) id: string;
  @Field(() => ID) areaId: string;
  @Field() fileName: string;
  @Field(() => EnterpriseImportStatus) status: EnterpriseImportStatus;
  @Field({ description: 'A dry run (the preview) saves nothing; its counts say what would happen.' })
  dryRun: boolean;
  @Field() sendInvitations: boolean;
  @Field() createPossibleDuplicates: boolean;
  @Field(() => Int) rowsTotal: number;
  @Field(() => Int) rowsDone: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int, { description: 'Rows that may be an enterprise already in the caseload.' })
  possibleDuplicates: number;
  @Field(() => String, { nullable: true, description: 'Why the whole import failed (FAILED only).' })
  failure: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

@InputType()
export class ImportColumnMatchInput {
  @Field({ description: 'The header as written in the file.' }) @Text(200) header: string;
  @Field(() => ImportField, { nullable: true, description: 'Null to ignore the column.' })
  @IsOptional()
  @IsEnum(ImportField)
  field?: ImportField | null;
}

@InputType()
export class MatchEnterpriseImportColumnsInput {
  @Field(() => ID) @IsString() @MaxLength(100) importId: string;
  @Field(() => [ImportColumnMatchInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ImportColumnMatchInput)
  columns: ImportColumnMatchInput[];
}

@InputType()
export class RunEnterpriseImportInput {
  @Field(() => ID, { description: 'A finished dry run (preview) to carry out for real.' })
  @IsString()
  @MaxLength(100)
  importId: string;
  @Field({ nullable: true, description: 'Invite each new founder by email. Default false.' })
  @IsOptional()
  @IsBoolean()
  sendInvitations?: boolean;
  @Field({ nullable: true, description: 'Create rows that may be duplicates anyway. Default false.' })
  @IsOptional()
  @IsBoolean()
  createPossibleDuplicates?: boolean;
}
