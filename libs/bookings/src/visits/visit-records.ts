import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import { ListingService } from '@small-places/marketplace';
import { NotificationKind, NotificationService } from '@small-places/notifications';
import {
  AuditService,
  conflict,
  DomainEvents,
  isUuid,
  londonDate,
  notFound,
  RequestContext,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { londonMoment } from '../booking-rules';
import { Booking, BookingStatus } from '../entities/booking.entity';
import { VisitConfirmation } from '../entities/visit-confirmation.entity';
import { VisitState } from './visit-state';

/** A visit as both sides see it. */
export interface VisitView {
  bookingId: string;
  state: VisitState;
  awaitingSince: string;
  answeredById: string | null;
  answeredAt: Date | null;
  disputeReason: string | null;
  providerAnswer: 'CORRECTED' | 'WITHDRAWN' | null;
}

/** The visit's row, who is on which side, and how the visit services tell people: shared by its use cases. */
@Injectable()
export class VisitRecords {
  constructor(
    private readonly access: AccessService,
    private readonly listings: ListingService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  async visitOf(tx: EntityManager, booking: Booking): Promise<VisitView> {
    if (booking.status !== BookingStatus.COMPLETED) {
      throw conflict('A visit can be confirmed once the provider has marked the booking delivered.');
    }
    const row = await tx.getRepository(VisitConfirmation).findOne({ where: { bookingId: booking.id } });
    return toView(booking, row ?? undefined);
  }

  async save(tx: EntityManager, booking: Booking, change: Partial<VisitConfirmation>): Promise<void> {
    const repository = tx.getRepository(VisitConfirmation);
    const existing = await repository.findOne({ where: { bookingId: booking.id } });
    await repository.save(
      repository.create({
        bookingId: booking.id,
        awaitingSince: existing?.awaitingSince ?? londonDate(booking.completedAt!),
        answeredById: null,
        answeredAt: null,
        disputeReason: null,
        disputedAt: null,
        providerAnswer: null,
        providerAnsweredAt: null,
        ...existing,
        ...change,
      }),
    );
  }

  async lockBooking(tx: EntityManager, id: string): Promise<Booking> {
    const booking = isUuid(id)
      ? await tx.getRepository(Booking).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!booking) throw notFound('That booking');
    return booking;
  }

  async isHolderSide(tx: EntityManager, ctx: RequestContext, booking: Booking): Promise<boolean> {
    if (booking.holderId === ctx.signedIn.id) return true;
    return (
      booking.budgetId !== null &&
      (await this.access.hasGrant(tx, ctx.signedIn.id, GrantKind.DelegateOfBudget, booking.budgetId))
    );
  }

  isProviderSide(tx: EntityManager, ctx: RequestContext, booking: Booking): Promise<boolean> {
    return this.access.hasGrant(tx, ctx.signedIn.id, GrantKind.MemberOfEnterprise, booking.enterpriseId);
  }

  /** The enterprise's Catalyst, read from the CRM's published directory (as the marketplace reads its name). */
  async catalystOf(tx: EntityManager, enterpriseId: string): Promise<string[]> {
    const rows: Array<{ catalyst_id: string | null }> = await tx.query(
      `SELECT catalyst_id FROM crm_enterprise_directory WHERE id = $1`,
      [enterpriseId],
    );
    return rows[0]?.catalyst_id ? [rows[0].catalyst_id] : [];
  }

  async holderSide(tx: EntityManager, booking: Booking): Promise<string[]> {
    const people = booking.holderId ? [booking.holderId] : [];
    if (booking.budgetId)
      people.push(...(await this.access.holdersOf(tx, GrantKind.DelegateOfBudget, booking.budgetId)));
    return people;
  }

  async tellHolderSide(tx: EntityManager, booking: Booking, title: string, body: string, dedupeKey?: string) {
    await this.notifications.notify(tx, {
      userIds: await this.holderSide(tx, booking),
      kind: NotificationKind.BOOKING_UPDATE,
      title,
      body,
      email: true,
      refId: booking.id,
      dedupeKey,
    });
  }

  async describe(tx: EntityManager, booking: Booking): Promise<string> {
    const title = (await this.listings.titleOf(tx, booking.listingId)) ?? 'the visit';
    const start = londonMoment(booking.startsAt);
    const end = londonMoment(booking.endsAt);
    return `${title} on ${start.date} from ${start.time} to ${end.time}`;
  }

  async record(tx: EntityManager, ctx: RequestContext, booking: Booking, action: string, summary: string) {
    await this.audit.record(tx, ctx, {
      action,
      recordType: 'Booking',
      recordId: booking.id,
      subjectUserId: booking.holderId,
      detail: { enterpriseId: booking.enterpriseId },
    });
    await this.events.publish(tx, {
      kind: action,
      enterpriseId: booking.enterpriseId,
      occurredAt: ctx.now,
      actorId: ctx.signedIn.id,
      summary,
      refId: booking.id,
    });
  }
}

export function toView(booking: Booking, row: VisitConfirmation | undefined): VisitView {
  return {
    bookingId: booking.id,
    state: row?.state ?? VisitState.AWAITING,
    awaitingSince: row?.awaitingSince ?? londonDate(booking.completedAt ?? booking.endsAt),
    answeredById: row?.answeredById ?? null,
    answeredAt: row?.answeredAt ?? null,
    disputeReason: row?.disputeReason ?? null,
    providerAnswer: row?.providerAnswer ?? null,
  };
}
