import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { EnterpriseImport } from '../entities/enterprise-import.entity';
import {
  EnterpriseImportColumnType,
  EnterpriseImportDuplicateType,
  EnterpriseImportErrorType,
  EnterpriseImportType,
  ImportFieldInfoType,
  MatchEnterpriseImportColumnsInput,
  RunEnterpriseImportInput,
} from './enterprise-import.dto';
import { EnterpriseImportService } from './enterprise-import.service';
import { IMPORT_COLUMNS } from './import-columns';

@Resolver(() => EnterpriseImportType)
export class EnterpriseImportResolver {
  constructor(private readonly imports: EnterpriseImportService) {}

  @Query(() => EnterpriseImportType, {
    description:
      'Catalysts of the Area and Admins. Upload with POST /areas/{areaId}/enterprise-imports (multipart "file").',
  })
  @Allow(Permission.Authenticated)
  enterpriseImport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.imports.get(ctx, id);
  }

  @Query(() => [ImportFieldInfoType], {
    description: 'The facts the caseload import reads, in template order.',
  })
  @Allow(Permission.Authenticated)
  enterpriseImportFields(): ImportFieldInfoType[] {
    return IMPORT_COLUMNS.map((column) => ({
      field: column.field,
      header: column.header,
      hint: column.hint,
      required: column.required ?? false,
    }));
  }

  @Mutation(() => EnterpriseImportType, {
    description:
      'Matches the columns of a preview to fields, remembered for the Area; the preview is worked out again.',
  })
  @Allow(Permission.Authenticated)
  matchEnterpriseImportColumns(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MatchEnterpriseImportColumnsInput,
  ) {
    return this.imports.matchColumns(ctx, input);
  }

  @Mutation(() => EnterpriseImportType, { description: 'Carries out a finished preview (dry run) for real.' })
  @Allow(Permission.Authenticated)
  runEnterpriseImport(@Ctx() ctx: RequestContext, @Args('input') input: RunEnterpriseImportInput) {
    return this.imports.run(ctx, input);
  }

  @ResolveField(() => [EnterpriseImportErrorType], {
    description: 'The rejected rows’ problems, in row order.',
  })
  errors(
    @Parent() record: EnterpriseImport,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ) {
    return this.imports.errors(record.id, first);
  }

  @ResolveField(() => [EnterpriseImportDuplicateType], {
    description: 'Rows that may be enterprises already in the caseload (same postcode, similar name).',
  })
  duplicates(
    @Parent() record: EnterpriseImport,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ) {
    return this.imports.duplicates(record, first);
  }

  @ResolveField(() => [EnterpriseImportColumnType], {
    description: 'The file’s columns and what each feeds.',
  })
  columns(@Parent() record: EnterpriseImport) {
    return this.imports.columns(record);
  }
}
