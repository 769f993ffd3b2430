import { Injectable } from '@nestjs/common';
import { DomainEvent, DomainEventSubscriber, SubscribesTo } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { TimelineEvent } from '../entities/timeline-event.entity';

/**
 * Every context publishes DomainEvents; the timeline keeps those about an enterprise, in the same
 * transaction, and never reads the other contexts' tables.
 */
@Injectable()
@SubscribesTo([])
export class TimelineSubscriber implements DomainEventSubscriber {
  async on(tx: EntityManager, event: DomainEvent): Promise<void> {
    if (!event.enterpriseId) return;
    await tx.getRepository(TimelineEvent).insert({
      enterpriseId: event.enterpriseId,
      kind: event.kind,
      occurredAt: event.occurredAt,
      actorId: event.actorId,
      summary: event.summary,
      refId: event.refId,
    });
  }
}
