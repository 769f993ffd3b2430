import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BookingType } from '@small-places/bookings';
import { Ctx, Database, isUuid, RequestContext } from '@small-places/platform';

/** `Booking.invoiceNumber`: which invoice a booking is on, for both sides (the booking is already theirs). */
@Resolver(() => BookingType)
export class BookingInvoiceResolver {
  constructor(private readonly db: Database) {}

  @ResolveField(() => Int, { nullable: true, description: "The number of the provider's invoice it is on." })
  invoiceNumber(@Ctx() ctx: RequestContext, @Parent() booking: { id: string }) {
    return ctx
      .loader<number | null>(
        'booking-invoice-number',
        async (ids) => {
          const rows: Array<{ booking_id: string; number: number }> = await this.db.manager.query(
            `SELECT l.booking_id, i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE l.booking_id = ANY($1::uuid[])`,
            [ids.filter(isUuid)],
          );
          return new Map(rows.map((row) => [row.booking_id, row.number]));
        },
        null,
      )
      .load(booking.id);
  }
}
