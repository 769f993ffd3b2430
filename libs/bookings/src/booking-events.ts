import { Injectable } from '@nestjs/common';
import {
  AuditService,
  causedBy,
  DomainEvents,
  RequestContext,
  WordedDomainEvent,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Booking } from './entities/booking.entity';

/** The bookings' domain events: each a line on the provider's timeline and an entry in the audit trail. */
export class BookingRequested extends WordedDomainEvent {
  readonly kind = 'BOOKING_REQUESTED';
}

export class BookingAccepted extends WordedDomainEvent {
  readonly kind = 'BOOKING_ACCEPTED';
}

export class BookingDeclined extends WordedDomainEvent {
  readonly kind = 'BOOKING_DECLINED';
}

export class BookingCancelled extends WordedDomainEvent {
  readonly kind = 'BOOKING_CANCELLED';
}

export class BookingCompleted extends WordedDomainEvent {
  readonly kind = 'BOOKING_COMPLETED';
}

/** A request nobody answered within 48 hours (the worker's hourly scan; no one acted, so no audit entry). */
export class BookingExpired extends WordedDomainEvent {
  readonly kind = 'BOOKING_EXPIRED';
}

type BookingEventClass = new (
  fields: ConstructorParameters<typeof WordedDomainEvent>[0],
  summary: string,
) => WordedDomainEvent;

/** Writes what happened to a booking: its audit entry and its domain event, in the caller's transaction. */
@Injectable()
export class BookingHistory {
  constructor(
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  async record(
    tx: EntityManager,
    ctx: RequestContext,
    booking: Booking,
    type: BookingEventClass,
    summary: string,
  ): Promise<void> {
    const event = new type(causedBy(ctx, booking.enterpriseId, booking.id), summary);
    await this.audit.record(tx, ctx, {
      action: event.kind,
      recordType: 'Booking',
      recordId: booking.id,
      subjectUserId: booking.holderId,
      detail: { enterpriseId: booking.enterpriseId, status: booking.status },
    });
    await this.events.publish(tx, event);
  }
}
