import { Injectable } from '@nestjs/common';
import { AuditService, Database, RequestContext } from '@small-places/platform';
import { BookingAccess } from './booking-access';
import { BookingNotices } from './booking-notices';
import { BookingSide } from './dto/booking.types';
import { BookingMessage } from './entities/booking.entity';

/** Messages between the two sides of a booking; each is audited and tells the other side. */
@Injectable()
export class BookingMessages {
  constructor(
    private readonly db: Database,
    private readonly access: BookingAccess,
    private readonly notices: BookingNotices,
    private readonly audit: AuditService,
  ) {}

  async sendMessage(ctx: RequestContext, bookingId: string, body: string): Promise<BookingMessage> {
    return this.db.transaction(async (tx) => {
      const { booking, side } = await this.access.eitherSide(tx, ctx, bookingId, false);
      const message = await tx
        .getRepository(BookingMessage)
        .save(
          tx.getRepository(BookingMessage).create({ bookingId: booking.id, authorId: ctx.signedIn.id, body }),
        );
      await this.audit.record(tx, ctx, {
        action: 'MESSAGE_SENT',
        recordType: 'Booking',
        recordId: booking.id,
        subjectUserId: booking.holderId,
        detail: { messageId: message.id, side },
      });
      const listing = await this.notices.listingOf(tx, booking);
      const title = `New message about ${listing.title}`;
      if (side === BookingSide.PROVIDER) await this.notices.tellHolder(tx, booking, title, body);
      else await this.notices.tellProvider(tx, booking, title, body);
      return message;
    });
  }

  async messages(ctx: RequestContext, bookingId: string): Promise<BookingMessage[]> {
    await this.db.transaction((tx) => this.access.eitherSide(tx, ctx, bookingId, false));
    return this.db.manager
      .getRepository(BookingMessage)
      .find({ where: { bookingId }, order: { createdAt: 'ASC' } });
  }
}
