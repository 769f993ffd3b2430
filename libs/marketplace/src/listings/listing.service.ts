import { Injectable } from '@nestjs/common';
import { Activity, ComplianceService } from '@small-places/compliance';
import { AccessService } from '@small-places/identity';
import {
  AppError,
  badInput,
  conflict,
  Connection,
  Database,
  causedBy,
  DomainEvent,
  DomainEvents,
  ErrorCode,
  isUuid,
  londonDate,
  notFound,
  PageArgs,
  RequestContext,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { AvailabilityInput, CreateListingInput, UpdateListingInput } from '../dto/listing.inputs';
import { ListingType } from '../dto/listing.types';
import { PostcodeService } from '../postcodes/postcode.service';
import { Listing } from '../entities/listing.entity';
import { ListingRepository, SlotValues } from './listing.repository';
import { toListingType } from './listing-view';
import { DAYS_IN_ORDER, ListingCapacity, ListingStatus, PriceUnit } from './listing-vocabulary';
import { ListingCreated, ListingPublished, ListingUnpublished } from './listing-events';

/** What bookings need of a listing: its terms and its weekly slots (HH:MM, Europe/London). */
export interface BookableListing {
  id: string;
  enterpriseId: string;
  title: string;
  pricePence: number;
  priceUnit: PriceUnit;
  status: ListingStatus;
  slots: SlotValues[];
}

/** Told to a provider who unpublishes, on the listing itself. */
const UNPUBLISHED_REASON = 'You unpublished this listing. Publish it again to show it in search.';

/**
 * Creating, changing, publishing and unpublishing listings. Members of the enterprise and its Catalysts (and
 * Admins) may do each; publishing needs the compliance service to say the listing would be verified today.
 */
@Injectable()
export class ListingService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly compliance: ComplianceService,
    private readonly postcodes: PostcodeService,
    private readonly listings: ListingRepository,
    private readonly events: DomainEvents,
  ) {}

  async create(ctx: RequestContext, input: CreateListingInput): Promise<ListingType> {
    const slots = slotsOrFail(input.availability);
    priceOrFail(input.pricePence, input.priceUnit);
    const place = await this.placeOrFail(input.postcode);
    const today = londonDate(ctx.now);
    return this.db.transaction(async (tx) => {
      const areaId = await this.access.requireEnterprise(tx, ctx, input.enterpriseId, 'member-or-catalyst');
      const listing = tx.getRepository(Listing).create({
        enterpriseId: input.enterpriseId,
        areaId,
        title: input.title,
        description: input.description,
        category: input.category,
        pricePence: input.pricePence,
        priceUnit: input.priceUnit,
        ...place,
        travelMiles: input.travelMiles,
        availableDays: 0,
        status: ListingStatus.DRAFT,
        capacity: input.capacity ?? ListingCapacity.TAKING_NEW_PEOPLE,
        hiddenReason: null,
        verified: await this.compliance.isVerifiedFor(tx, input.enterpriseId, input.category, today),
        publishedAt: null,
      });
      const saved = await this.listings.save(tx, listing);
      await this.listings.replaceAvailability(tx, saved, slots);
      await this.announce(
        tx,
        new ListingCreated(causedBy(ctx, saved.enterpriseId, saved.id), `Listing “${saved.title}” drafted`),
      );
      return this.view(tx, saved);
    });
  }

  /**
   * Changes what was given. A published listing stays published only while it would still be verified: moving
   * it to a category whose requirements are not met is refused rather than hiding it by surprise.
   */
  async update(ctx: RequestContext, input: UpdateListingInput): Promise<ListingType> {
    const slots = input.availability ? slotsOrFail(input.availability) : undefined;
    const place = input.postcode != null ? await this.placeOrFail(input.postcode) : undefined;
    const today = londonDate(ctx.now);
    return this.db.transaction(async (tx) => {
      const listing = await this.lockForChange(tx, ctx, input.id);
      const { id: _id, availability: _slots, postcode: _postcode, ...changes } = input;
      for (const [field, value] of Object.entries(changes)) {
        if (value !== undefined) Object.assign(listing, { [field]: value });
      }
      if (place) Object.assign(listing, place);
      priceOrFail(listing.pricePence, listing.priceUnit);
      listing.verified = await this.compliance.isVerifiedFor(
        tx,
        listing.enterpriseId,
        listing.category,
        today,
      );
      if (listing.status === ListingStatus.PUBLISHED && !listing.verified) {
        throw conflict(
          `This listing would no longer be verified as ${words(listing.category)}. ` +
            'Complete the checklist for that category first, or unpublish the listing before changing it.',
        );
      }
      const saved = await this.listings.save(tx, listing);
      if (slots) await this.listings.replaceAvailability(tx, saved, slots);
      return this.view(tx, saved);
    });
  }

  /** CONFLICT, naming what is still to do, unless the listing would be verified for its category today. */
  async publish(ctx: RequestContext, id: string): Promise<ListingType> {
    const today = londonDate(ctx.now);
    return this.db.transaction(async (tx) => {
      const listing = await this.lockForChange(tx, ctx, id);
      if (listing.status === ListingStatus.PUBLISHED) return this.view(tx, listing);
      if (!(await this.compliance.isVerifiedFor(tx, listing.enterpriseId, listing.category, today))) {
        throw conflict(await this.whyNotVerified(listing, today));
      }
      Object.assign(listing, {
        status: ListingStatus.PUBLISHED,
        verified: true,
        hiddenReason: null,
        publishedAt: ctx.now,
      });
      const saved = await this.listings.save(tx, listing);
      await this.announce(
        tx,
        new ListingPublished(
          causedBy(ctx, saved.enterpriseId, saved.id),
          `Listing “${saved.title}” published`,
        ),
      );
      return this.view(tx, saved);
    });
  }

  async unpublish(ctx: RequestContext, id: string): Promise<ListingType> {
    return this.db.transaction(async (tx) => {
      const listing = await this.lockForChange(tx, ctx, id);
      if (listing.status === ListingStatus.HIDDEN) return this.view(tx, listing);
      if (listing.status === ListingStatus.DRAFT) {
        throw conflict('This listing has not been published yet, so there is nothing to unpublish.');
      }
      Object.assign(listing, { status: ListingStatus.HIDDEN, hiddenReason: UNPUBLISHED_REASON });
      const saved = await this.listings.save(tx, listing);
      await this.announce(
        tx,
        new ListingUnpublished(
          causedBy(ctx, saved.enterpriseId, saved.id),
          `Listing “${saved.title}” unpublished`,
        ),
      );
      return this.view(tx, saved);
    });
  }

  /**
   * Anyone may read a published listing. Drafts and hidden listings are for the enterprise's members and
   * Catalysts; to everyone else they do not exist (NOT_FOUND), so unpublished work is not revealed.
   */
  async get(ctx: RequestContext, id: string): Promise<ListingType> {
    const listing = isUuid(id) ? await this.listings.find(id) : null;
    if (!listing) throw notFound('That listing');
    if (listing.status === ListingStatus.PUBLISHED) return this.view(this.db.manager, listing);
    if (!ctx.user) throw notFound('That listing');
    try {
      await this.access.requireEnterprise(this.db.manager, ctx, listing.enterpriseId, 'member-or-catalyst');
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.Forbidden) throw notFound('That listing');
      throw error;
    }
    return this.view(this.db.manager, listing);
  }

  /** Every listing of the enterprise, drafts and hidden ones too: for its members and Catalysts (and Admins). */
  async ofEnterprise(
    ctx: RequestContext,
    enterpriseId: string,
    page: PageArgs,
  ): Promise<Connection<ListingType>> {
    const manager = this.db.manager;
    await this.access.requireEnterprise(manager, ctx, enterpriseId, 'member-or-catalyst');
    const [found, enterprise] = await Promise.all([
      this.listings.pageOf(manager, enterpriseId, page),
      this.listings.enterpriseOf(manager, enterpriseId),
    ]);
    return {
      ...found,
      edges: found.edges.map((edge) => ({ cursor: edge.cursor, node: toListingType(edge.node, enterprise) })),
    };
  }

  private async view(manager: EntityManager, listing: Listing): Promise<ListingType> {
    return toListingType(listing, await this.listings.enterpriseOf(manager, listing.enterpriseId));
  }

  /**
   * For bookings, inside their transaction: a published listing's terms and slots (any status with
   * `includeUnpublished`, for bookings made before it was hidden). Null when there is none.
   */
  async bookable(
    tx: EntityManager,
    id: string,
    options: { includeUnpublished?: boolean } = {},
  ): Promise<BookableListing | null> {
    const listing = isUuid(id) ? await tx.getRepository(Listing).findOne({ where: { id } }) : null;
    if (!listing) return null;
    if (listing.status !== ListingStatus.PUBLISHED && !options.includeUnpublished) return null;
    const slots = (await this.listings.availabilityOf([listing.id], tx)).get(listing.id) ?? [];
    const { enterpriseId, title, pricePence, priceUnit, status } = listing;
    return { id: listing.id, enterpriseId, title, pricePence, priceUnit, status, slots };
  }

  /** One listing's title, whatever its status: what bookings need to word a notification (one query). */
  async titleOf(tx: EntityManager, id: string): Promise<string | null> {
    const listing = isUuid(id)
      ? await tx.getRepository(Listing).findOne({ where: { id }, select: { id: true, title: true } })
      : null;
    return listing?.title ?? null;
  }

  /** Listing titles by id, for a DataLoader (bookings show which service was booked). */
  async titles(ids: readonly string[]): Promise<Map<string, { id: string; title: string }>> {
    return this.listings.titles(ids.filter(isUuid));
  }

  /** NOT_FOUND for an unknown id, FORBIDDEN for someone else's enterprise; the row stays locked. */
  private async lockForChange(tx: EntityManager, ctx: RequestContext, id: string): Promise<Listing> {
    const listing = isUuid(id) ? await this.listings.lock(tx, id) : null;
    if (!listing) throw notFound('That listing');
    listing.areaId = await this.access.requireEnterprise(tx, ctx, listing.enterpriseId, 'member-or-catalyst');
    return listing;
  }

  /** The normalised postcode, its district and where it is; BAD_USER_INPUT when it is not one we know. */
  private async placeOrFail(input: string) {
    const found = await this.postcodes.locate(input);
    if (!found || found.postcode === found.district) {
      throw badInput(
        `We could not find the postcode “${input}”. Check it and enter the full postcode, like TA1 1AA.`,
        { postcode: ['is not a full postcode we know'] },
      );
    }
    return {
      postcode: found.postcode,
      district: found.district,
      latitude: found.latitude,
      longitude: found.longitude,
    };
  }

  /**
   * The mandatory items still open, for the refusal message. The compliance service decides whether the
   * listing is verified; this only names what its checklist shows as outstanding.
   */
  private async whyNotVerified(listing: Listing, today: string): Promise<string> {
    const checklist = (await this.compliance.checklistsFor([listing.enterpriseId], today)).get(
      listing.enterpriseId,
    );
    const open = (checklist?.items ?? [])
      .filter(
        (item) =>
          item.requirement.mandatory &&
          item.status !== 'DONE' &&
          item.status !== 'WAIVED' &&
          (item.requirement.beforeTrading || item.overdue),
      )
      .map((item) =>
        item.member ? `${item.requirement.title} (${item.member.name})` : item.requirement.title,
      );
    const missing = open.length > 0 ? ` Still to do: ${[...new Set(open)].join('; ')}.` : '';
    return (
      `This listing cannot be published until it is verified for ${words(listing.category)}.${missing} ` +
      'Record each one on the checklist, or ask your Catalyst to waive any that do not apply, then publish again.'
    );
  }

  private announce(tx: EntityManager, event: DomainEvent): Promise<void> {
    return this.events.publish(tx, event);
  }
}

/** Slots in day and time order; BAD_USER_INPUT for a slot that ends before it starts or overlaps another. */
function slotsOrFail(input: AvailabilityInput[]): SlotValues[] {
  const slots = [...input].sort(
    (a, b) =>
      DAYS_IN_ORDER.indexOf(a.dayOfWeek) - DAYS_IN_ORDER.indexOf(b.dayOfWeek) ||
      a.startTime.localeCompare(b.startTime),
  );
  slots.forEach((slot, index) => {
    if (slot.startTime >= slot.endTime) {
      throw badInput(`A ${dayName(slot.dayOfWeek)} slot ends before it starts. Put the earlier time first.`, {
        availability: [`${slot.dayOfWeek} ${slot.startTime}-${slot.endTime} ends before it starts`],
      });
    }
    const previous = slots[index - 1];
    if (previous && previous.dayOfWeek === slot.dayOfWeek && previous.endTime > slot.startTime) {
      throw badInput(`Two ${dayName(slot.dayOfWeek)} slots overlap. Join them into one, or move one.`, {
        availability: [`${slot.dayOfWeek} ${slot.startTime} overlaps the slot before it`],
      });
    }
  });
  return slots.map(({ dayOfWeek, startTime, endTime }) => ({ dayOfWeek, startTime, endTime }));
}

/** "Pay what you can" is always 0 pence: a price beside it would contradict it. */
function priceOrFail(pricePence: number, unit: PriceUnit): void {
  if (unit === PriceUnit.PAY_WHAT_YOU_CAN && pricePence !== 0) {
    throw badInput(
      'A “pay what you can” listing has no set price. Set the price to 0, or choose a price unit.',
      {
        pricePence: ['must be 0 when the price unit is PAY_WHAT_YOU_CAN'],
      },
    );
  }
}

/** PERSONAL_CARE → "personal care". */
function words(value: Activity): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** MONDAY → "Monday". */
function dayName(day: string): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}
