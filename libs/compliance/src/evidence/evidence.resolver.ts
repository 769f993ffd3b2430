import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@small-places/platform';
import { ChecklistItemType, EvidenceFileType } from '../dto/compliance.types';
import { EvidenceFile } from '../entities/evidence-file.entity';
import { EvidenceReads } from './evidence-reads';

/**
 * `ChecklistItem.evidence`: batched per request. An item reaches a caller only through a checklist read that
 * already checked the enterprise grant, so its files need no second check. A checked item's files stay
 * (`removable` false) until a Catalyst returns it or the provider changes it.
 */
@Resolver(() => ChecklistItemType)
export class EvidenceResolver {
  constructor(private readonly reads: EvidenceReads) {}

  @ResolveField(() => [EvidenceFileType], { description: 'Oldest first; at most 20.' })
  async evidence(@Ctx() ctx: RequestContext, @Parent() item: ChecklistItemType): Promise<EvidenceFileType[]> {
    const files = await ctx
      .loader<EvidenceFile[]>('evidenceOfItem', (ids) => this.reads.ofItems(ids), [])
      .load(item.id);
    return files.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      uploadedAt: file.createdAt,
      removable: !item.checkedAt && file.uploadedById === ctx.user?.id,
    }));
  }
}
