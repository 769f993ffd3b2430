import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityService } from '@small-places/identity';
import { Ctx, RequestContext } from '@small-places/platform';
import { TimelineEntryType } from '../dto/crm.types';
import { TimelineEvent } from '../entities/timeline-event.entity';

@Resolver(() => TimelineEntryType)
export class TimelineEntryResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who did it, by display name; null when the system did (a reminder, an expiry).',
  })
  async actorName(@Ctx() ctx: RequestContext, @Parent() entry: TimelineEvent) {
    if (!entry.actorId) return null;
    const actor = await ctx
      .loader('user-name', (ids) => this.identity.displayNames(ids), null)
      .load(entry.actorId);
    return actor?.displayName ?? null;
  }
}
