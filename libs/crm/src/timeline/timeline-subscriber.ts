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
  on(tx: EntityManager, event: DomainEvent): Promise<void> {
    return this.onAll(tx, [event]);
  }

  /** One statement however many events, in the order they happened. */
  async onAll(tx: EntityManager, events: DomainEvent[]): Promise<void> {
    const about = events.filter((event) => event.enterpriseId);
    if (about.length === 0) return;
    await tx.getRepository(TimelineEvent).insert(
      about.map((event) => ({
        enterpriseId: event.enterpriseId!,
        kind: event.kind,
        occurredAt: event.occurredAt,
        actorId: event.actorId,
        summary: event.summary,
        refId: event.refId,
      })),
    );
  }
}
