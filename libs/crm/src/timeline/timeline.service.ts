import { Injectable } from '@nestjs/common';
import { AccessService } from '@small-places/identity';
import { Connection, Database, PageArgs, paginate, RequestContext } from '@small-places/platform';
import { TimelineEvent } from '../entities/timeline-event.entity';

/** One ordered feed per enterprise, written by TimelineSubscriber and read here. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  /** Newest first; the caller has already been allowed to see the enterprise. */
  feed(enterpriseId: string, page: PageArgs): Promise<Connection<TimelineEvent>> {
    const query = this.db.manager
      .getRepository(TimelineEvent)
      .createQueryBuilder('entry')
      .where('entry.enterpriseId = :enterpriseId', { enterpriseId });
    return paginate(
      query,
      page,
      [
        { expression: 'entry.occurredAt', value: (row) => row.occurredAt },
        { expression: 'entry.seq', value: (row) => row.seq },
      ],
      'DESC',
    );
  }

  async feedFor(
    ctx: RequestContext,
    enterpriseId: string,
    page: PageArgs,
  ): Promise<Connection<TimelineEvent>> {
    await this.access.requireEnterprise(this.db.manager, ctx, enterpriseId);
    return this.feed(enterpriseId, page);
  }
}
