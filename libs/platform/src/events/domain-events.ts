import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Something that happened to an enterprise (or a person) that other contexts care about: the CRM timeline,
 * notifications. Published inside the transaction that made it happen, so subscribers that write (the
 * timeline) commit or roll back with it; subscribers that reach outside (mail, queues) use afterCommit.
 */
export interface DomainEvent {
  /** e.g. STAGE_MOVED, SESSION_RECORDED, CHECKLIST_CHANGED, LISTING_PUBLISHED, BOOKING_ACCEPTED */
  kind: string;
  enterpriseId: string | null;
  occurredAt: Date;
  actorId: string | null;
  /** One plain-English line, shown as it is in the enterprise's timeline. */
  summary: string;
  /** The id of the record the event is about (a session, an item, a listing...). */
  refId: string | null;
}

export type DomainEventHandler = (tx: EntityManager, event: DomainEvent) => Promise<void>;

@Injectable()
export class DomainEvents {
  private readonly handlers: DomainEventHandler[] = [];

  subscribe(handler: DomainEventHandler): void {
    this.handlers.push(handler);
  }

  async publish(tx: EntityManager, event: DomainEvent): Promise<void> {
    for (const handler of this.handlers) await handler(tx, event);
  }
}
