import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HeldWrites } from '../database/held-writes';
import { PlugIns, plugInPoint } from '../plug-ins/plug-ins';

export interface DomainEventFields {
  enterpriseId: string | null;
  occurredAt: Date;
  actorId: string | null;
  /** The id of the record the event is about (a session, an item, a listing...). */
  refId: string | null;
}

/**
 * Something that happened that other contexts care about (the CRM timeline, the marketplace, notifications).
 * Each context declares its events as subclasses (BookingAccepted, ChecklistChanged...), and publishes them
 * inside the transaction that made them happen, so subscribers that write commit or roll back with it;
 * subscribers that reach outside (mail, queues) use afterCommit.
 */
export abstract class DomainEvent implements DomainEventFields {
  /** The stable name the timeline stores, e.g. BOOKING_ACCEPTED. */
  abstract readonly kind: string;
  /** One plain-English line, shown as it is in the enterprise's timeline. */
  abstract readonly summary: string;
  readonly enterpriseId: string | null;
  readonly occurredAt: Date;
  readonly actorId: string | null;
  readonly refId: string | null;

  constructor(fields: DomainEventFields) {
    this.enterpriseId = fields.enterpriseId;
    this.occurredAt = fields.occurredAt;
    this.actorId = fields.actorId;
    this.refId = fields.refId;
  }
}

/** An event whose words are given where it is published (timeline lines that carry a reason or a count). */
export abstract class WordedDomainEvent extends DomainEvent {
  constructor(
    fields: DomainEventFields,
    readonly summary: string,
  ) {
    super(fields);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DomainEventClass = abstract new (...args: any[]) => DomainEvent;

/** A provider that reacts to domain events, in the publishing transaction. */
export interface DomainEventSubscriber {
  on(tx: EntityManager, event: DomainEvent): Promise<void>;
  /**
   * Several events published together (`publishAll`, `gathered`), in the order they happened: a subscriber
   * that writes a row per event writes them in one statement. Without it, `on` is called for each.
   */
  onAll?(tx: EntityManager, events: DomainEvent[]): Promise<void>;
}

/**
 * Marks a DomainEventSubscriber and says which event classes (and their subclasses) it reacts to; with no
 * classes, every event (the timeline).
 */
export const SubscribesTo = plugInPoint<DomainEventClass[]>();

const HELD_EVENTS = new HeldWrites<DomainEvent>('gatheredEvents');

/** Publishes an event to every subscriber the process has loaded, in the caller's transaction. */
@Injectable()
export class DomainEvents {
  private found?: Array<{ subscriber: DomainEventSubscriber; classes: DomainEventClass[] }>;

  constructor(private readonly plugIns: PlugIns) {}

  async publish(tx: EntityManager, event: DomainEvent): Promise<void> {
    await this.publishAll(tx, [event]);
  }

  /** Events that happened together, in order: each subscriber gets all of its own at once. */
  async publishAll(tx: EntityManager, events: readonly DomainEvent[]): Promise<void> {
    const gathering = HELD_EVENTS.holding(tx);
    if (gathering) {
      gathering.push(...events);
      return;
    }
    for (const { subscriber, classes } of this.subscribers()) {
      const its = events.filter(
        (event) => classes.length === 0 || classes.some((type) => event instanceof type),
      );
      if (its.length === 0) continue;
      if (subscriber.onAll) await subscriber.onAll(tx, its);
      else for (const event of its) await subscriber.on(tx, event);
    }
  }

  /**
   * Runs `work` holding back the events it publishes, then publishes them together when it has finished (one
   * timeline statement for an imported row instead of one per event); if `work` fails they are dropped with
   * it. Only for work that does not itself read what subscribers write (the timeline, listings' `verified`).
   */
  gathered<T>(tx: EntityManager, work: () => Promise<T>): Promise<T> {
    return HELD_EVENTS.gather(tx, work, (events) => this.publishAll(tx, events));
  }

  private subscribers() {
    this.found ??= this.plugIns
      .find<DomainEventSubscriber, DomainEventClass[]>(SubscribesTo)
      .map(({ instance, options }) => ({ subscriber: instance, classes: options ?? [] }));
    return this.found;
  }
}

/** The fields of an event caused by the caller of this request, about a record of an enterprise. */
export function causedBy(
  ctx: { now: Date; user?: { id: string } | null },
  enterpriseId: string | null,
  refId: string | null,
): DomainEventFields {
  return { enterpriseId, occurredAt: ctx.now, actorId: ctx.user?.id ?? null, refId };
}
