import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import { Database, forbidden, isUuid, notFound, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BookingSide } from './dto/booking.types';
import { Booking } from './entities/booking.entity';

export interface Side {
  booking: Booking;
  side: BookingSide;
}

/**
 * Who may see or change a booking: the holder side (the person it is for, or a delegate of its budget) or the
 * provider side (members of its enterprise). NOT_FOUND for an unknown or malformed id, FORBIDDEN for anyone else.
 */
@Injectable()
export class BookingAccess {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
  ) {}

  /** Locks the booking and checks the caller is a member of its enterprise. */
  async asProvider(tx: EntityManager, ctx: RequestContext, id: string): Promise<Booking> {
    const booking = await this.lock(tx, id);
    if (await this.isHolderSide(tx, ctx, booking)) {
      throw forbidden('The provider answers a booking request, not the person booking.');
    }
    // Members only: not even an Admin or the Catalyst answers for a provider.
    if (
      !(await this.access.hasGrant(tx, ctx.signedIn.id, GrantKind.MemberOfEnterprise, booking.enterpriseId))
    ) {
      throw forbidden('Only the people of this enterprise can answer its bookings.');
    }
    return booking;
  }

  async eitherSide(tx: EntityManager, ctx: RequestContext, id: string, lock: boolean): Promise<Side> {
    const booking = lock ? await this.lock(tx, id) : await this.find(tx, id);
    if (await this.isHolderSide(tx, ctx, booking)) return { booking, side: BookingSide.HOLDER };
    if (await this.access.hasGrant(tx, ctx.signedIn.id, GrantKind.MemberOfEnterprise, booking.enterpriseId)) {
      return { booking, side: BookingSide.PROVIDER };
    }
    throw forbidden();
  }

  /** Which side the caller is on, for what each side may see. */
  async sideOf(ctx: RequestContext, booking: Booking): Promise<BookingSide | null> {
    const tx = this.db.manager;
    if (await this.isHolderSide(tx, ctx, booking)) return BookingSide.HOLDER;
    return (await this.access.hasGrant(
      tx,
      ctx.signedIn.id,
      GrantKind.MemberOfEnterprise,
      booking.enterpriseId,
    ))
      ? BookingSide.PROVIDER
      : null;
  }

  /**
   * The enterprise's people with an account: their member grants (a founder invited by email becomes a member
   * when they accept, which the CRM's members list does not record).
   */
  providerSide(tx: EntityManager, enterpriseId: string): Promise<string[]> {
    return this.access.holdersOf(tx, GrantKind.MemberOfEnterprise, enterpriseId);
  }

  /** The person booked for and the delegates of the budget that pays. */
  async holderSide(tx: EntityManager, booking: Booking): Promise<string[]> {
    const people = booking.holderId ? [booking.holderId] : [];
    if (booking.budgetId)
      people.push(...(await this.access.holdersOf(tx, GrantKind.DelegateOfBudget, booking.budgetId)));
    return people;
  }

  private async isHolderSide(tx: EntityManager, ctx: RequestContext, booking: Booking): Promise<boolean> {
    const userId = ctx.signedIn.id;
    if (booking.holderId === userId) return true;
    return (
      booking.budgetId !== null &&
      (await this.access.hasGrant(tx, userId, GrantKind.DelegateOfBudget, booking.budgetId))
    );
  }

  private async find(tx: EntityManager, id: string): Promise<Booking> {
    const booking = isUuid(id) ? await tx.getRepository(Booking).findOne({ where: { id } }) : null;
    if (!booking) throw notFound('That booking');
    return booking;
  }

  private async lock(tx: EntityManager, id: string): Promise<Booking> {
    const booking = isUuid(id)
      ? await tx.getRepository(Booking).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!booking) throw notFound('That booking');
    return booking;
  }
}
