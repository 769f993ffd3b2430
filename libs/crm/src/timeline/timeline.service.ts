import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccessService } from '@small-places/identity';
import {
  Connection,
  Database,
  DomainEvents,
  PageArgs,
  paginate,
  RequestContext,
} from '@small-places/platform';
import { TimelineEvent } from './timeline-event.entity';

/**
 * One ordered feed per enterprise. Every context publishes DomainEvents; the timeline keeps those about an
 * enterprise, in the same transaction, and never reads the other contexts' tables.
 */
@Injectable()
export class TimelineService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(async (tx, event) => {
      if (!event.enterpriseId) return;
      await tx.getRepository(TimelineEvent).insert({
        enterpriseId: event.enterpriseId,
        kind: event.kind,
        occurredAt: event.occurredAt,
        actorId: event.actorId,
        summary: event.summary,
        refId: event.refId,
      });
    });
  }

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
        { expression: 'entry.id', value: (row) => row.id },
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
