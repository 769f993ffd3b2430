import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  badInput,
  Connection,
  Database,
  isUuid,
  PageArgs,
  paginate,
  RequestContext,
} from '@small-places/platform';
import { Brackets } from 'typeorm';
import { BookingAccess } from './booking-access';
import { BookingSide } from './dto/booking.types';
import { Booking, BookingStatus } from './entities/booking.entity';

/** One booking for either side, and each side's list. */
@Injectable()
export class BookingReads {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly bookingAccess: BookingAccess,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Booking> {
    return this.db.transaction(
      async (tx) => (await this.bookingAccess.eitherSide(tx, ctx, id, false)).booking,
    );
  }

  async list(
    ctx: RequestContext,
    side: BookingSide,
    status: BookingStatus | undefined,
    page: PageArgs,
    budgetId?: string,
  ): Promise<Connection<Booking>> {
    const tx = this.db.manager;
    const user = ctx.signedIn;
    const query = tx.getRepository(Booking).createQueryBuilder('booking');
    if (side === BookingSide.PROVIDER) {
      const enterpriseIds = await this.access.scopesOf(tx, user.id, GrantKind.MemberOfEnterprise);
      query.where('booking.enterpriseId = ANY(:enterpriseIds::uuid[])', { enterpriseIds });
    } else {
      const budgetIds = await this.access.scopesOf(tx, user.id, GrantKind.DelegateOfBudget);
      query.where(
        new Brackets((mine) => {
          mine.where('booking.holderId = :userId', { userId: user.id });
          mine.orWhere('booking.budgetId = ANY(:budgetIds::uuid[])', { budgetIds });
        }),
      );
    }
    if (status) query.andWhere('booking.status = :status', { status });
    if (budgetId !== undefined) {
      // A provider never learns which budget pays, so cannot filter by one either.
      if (side !== BookingSide.HOLDER || !isUuid(budgetId)) {
        const message = 'budgetId filters your own bookings (side HOLDER) by a budget id.';
        throw badInput(message, { budgetId: [message] });
      }
      query.andWhere('booking.budgetId = :budgetId', { budgetId });
    }
    return paginate(query, page, [
      { expression: 'booking.startsAt', value: (row) => row.startsAt },
      { expression: 'booking.id', value: (row) => row.id },
    ]);
  }
}
