import { Injectable } from '@nestjs/common';
import { EnterpriseDirectories, IdentityService } from '@small-places/identity';
import { Database, RequestContext } from '@small-places/platform';
import { BookingAccess } from './booking-access';
import { BookingSide } from './dto/booking.types';
import { Booking, BookingPlaceKind, BookingStatus } from './entities/booking.entity';

/** Where the support happens and how each side reaches the other, as one side of a booking may see them. */
export interface Arrangements {
  placeKind: BookingPlaceKind | null;
  placeAddress: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  providerEmails: string[];
}

/**
 * Statuses in which the provider sees the place and the holder's contact (and the holder the provider's): only once
 * the provider has accepted. A request they have not answered, or declined, shows them neither.
 */
const SHARED_WHEN: ReadonlySet<BookingStatus> = new Set([BookingStatus.ACCEPTED, BookingStatus.COMPLETED]);

export function arrangementsShared(side: BookingSide | null, status: BookingStatus): boolean {
  return side !== null && SHARED_WHEN.has(status);
}

/** The "where and who" of a booking (docs/bookings.md): the holder's answers, shared with the provider on accept. */
@Injectable()
export class BookingArrangements {
  constructor(
    private readonly db: Database,
    private readonly access: BookingAccess,
    private readonly identity: IdentityService,
    private readonly enterprises: EnterpriseDirectories,
  ) {}

  /**
   * The holder side always sees what they gave; the provider side sees it once accepted; anyone else (who
   * could only be here through a list they belong to) nothing. The provider's emails are shared on accept too.
   */
  async of(ctx: RequestContext, booking: Booking): Promise<Arrangements | null> {
    const side = await this.access.sideOf(ctx, booking);
    if (side === null) return null;
    const shared = arrangementsShared(side, booking.status);
    if (side === BookingSide.PROVIDER && !shared) return null;
    const providerEmails = shared
      ? await this.identity.emailsOf(await this.access.providerSide(this.db.manager, booking.enterpriseId))
      : [];
    return {
      placeKind: booking.placeKind,
      placeAddress: booking.placeAddress,
      contactPhone: booking.contactPhone,
      contactEmail: booking.contactEmail,
      providerEmails,
    };
  }

  /** The business's names, by enterprise id, for a DataLoader: the holder reads who they booked with. */
  async providerNames(ids: readonly string[]): Promise<Map<string, string>> {
    const summaries = await this.enterprises.directory.summaries(this.db.manager, [...ids]);
    return new Map([...summaries].map(([id, summary]) => [id, summary.name]));
  }
}
