import { Injectable } from '@nestjs/common';
import { Connection, Database, groupBy, PageArgs, paginate } from '@small-places/platform';
import { EntityManager, In } from 'typeorm';
import {
  ListingSearchCriteria,
  listingCountSql,
  ListingSearchRow,
  listingSearchSql,
  SearchCursor,
} from '../search/listing-search-sql';
import { AvailabilitySlot, Listing } from '../entities/listing.entity';
import { DAYS_IN_ORDER, dayBit, DayOfWeek, ListingStatus } from './listing-vocabulary';

export interface SlotValues {
  dayOfWeek: DayOfWeek;
  startTime: string;
  endTime: string;
}

/** The only place the marketplace writes SQL for listings. */
@Injectable()
export class ListingRepository {
  constructor(private readonly db: Database) {}

  /** Locks the listing for a change; null when there is none. */
  lock(tx: EntityManager, id: string): Promise<Listing | null> {
    return tx.getRepository(Listing).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  find(id: string): Promise<Listing | null> {
    return this.db.manager.getRepository(Listing).findOne({ where: { id } });
  }

  /**
   * The enterprise's listings in some statuses, locked when inside a transaction (the verification handlers
   * change them; an event published outside one still gets its listings checked, unlocked).
   */
  lockAllOf(
    tx: EntityManager,
    enterpriseId: string | readonly string[],
    statuses: ListingStatus[],
  ): Promise<Listing[]> {
    return tx.getRepository(Listing).find({
      where: {
        enterpriseId: typeof enterpriseId === 'string' ? enterpriseId : In([...enterpriseId]),
        status: In(statuses),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
      lock: tx.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  /** One page of an enterprise's listings in every status, newest first. */
  pageOf(manager: EntityManager, enterpriseId: string, page: PageArgs): Promise<Connection<Listing>> {
    const query = manager
      .getRepository(Listing)
      .createQueryBuilder('listing')
      .where('listing.enterpriseId = :enterpriseId', { enterpriseId });
    return paginate(
      query,
      page,
      [
        { expression: 'listing.createdAt', value: (row) => row.createdAt },
        { expression: 'listing.id', value: (row) => row.id },
      ],
      'DESC',
    );
  }

  save(tx: EntityManager, listing: Listing): Promise<Listing> {
    return tx.getRepository(Listing).save(listing);
  }

  /** Replaces every slot, and keeps the day mask search filters on in step with them. */
  async replaceAvailability(tx: EntityManager, listing: Listing, slots: SlotValues[]): Promise<void> {
    const repository = tx.getRepository(AvailabilitySlot);
    await repository.delete({ listingId: listing.id });
    if (slots.length > 0) await repository.insert(slots.map((slot) => ({ ...slot, listingId: listing.id })));
    const mask = slots.reduce((bits, slot) => bits | dayBit(slot.dayOfWeek), 0);
    if (mask !== listing.availableDays) {
      await tx.getRepository(Listing).update(listing.id, { availableDays: mask });
      listing.availableDays = mask;
    }
  }

  /** Slots of many listings in one statement, by day then start time (for a DataLoader). */
  async availabilityOf(
    listingIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, SlotValues[]>> {
    const rows = await manager
      .getRepository(AvailabilitySlot)
      .find({ where: { listingId: In([...listingIds]) } });
    rows.sort(
      (a, b) =>
        DAYS_IN_ORDER.indexOf(a.dayOfWeek) - DAYS_IN_ORDER.indexOf(b.dayOfWeek) ||
        a.startTime.localeCompare(b.startTime),
    );
    const grouped = groupBy(rows, (row) => row.listingId);
    return new Map(
      [...grouped].map(([id, slots]) => [
        id,
        slots.map((slot) => ({
          dayOfWeek: slot.dayOfWeek,
          startTime: slot.startTime.slice(0, 5),
          endTime: slot.endTime.slice(0, 5),
        })),
      ]),
    );
  }

  async titles(ids: readonly string[]): Promise<Map<string, { id: string; title: string }>> {
    const rows = await this.db.manager
      .getRepository(Listing)
      .find({ where: { id: In([...ids]) }, select: { id: true, title: true } });
    return new Map(rows.map((row) => [row.id, { id: row.id, title: row.title }]));
  }

  /**
   * The public face of a listing's enterprise, from the CRM's published read `crm_enterprise_directory`.
   */
  async enterpriseOf(manager: EntityManager, enterpriseId: string): Promise<{ id: string; name: string }> {
    const [row] = (await manager.query('SELECT id, name FROM crm_enterprise_directory WHERE id = $1', [
      enterpriseId,
    ])) as {
      id: string;
      name: string;
    }[];
    return row;
  }

  /**
   * One page of a search: one statement, no transaction (a read of committed rows needs none), prepared once
   * per query shape and connection.
   */
  search(
    criteria: ListingSearchCriteria,
    page: { limit: number; after?: SearchCursor | null },
  ): Promise<ListingSearchRow[]> {
    return this.db.prepared<ListingSearchRow>(listingSearchSql(criteria, page));
  }

  async count(criteria: ListingSearchCriteria): Promise<number> {
    const [row] = await this.db.prepared<{ count: number }>(listingCountSql(criteria));
    return row.count;
  }
}
