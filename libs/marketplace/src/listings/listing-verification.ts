import { Injectable } from '@nestjs/common';
import {
  Activity,
  ChecklistChanged,
  ChecklistItemChecked,
  ComplianceService,
  VerificationLapsed,
} from '@small-places/compliance';
import { AccessService, GrantKind } from '@small-places/identity';
import { NotificationKind, NotificationService } from '@small-places/notifications';
import {
  DomainEvent,
  DomainEvents,
  DomainEventSubscriber,
  londonDate,
  SubscribesTo,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Listing } from '../entities/listing.entity';
import { ListingRepository } from './listing.repository';
import { ListingHidden } from './listing-events';
import { ListingStatus } from './listing-vocabulary';

const { DRAFT, PUBLISHED, HIDDEN } = ListingStatus;

/**
 * Keeps `listings.verified` true to the checklist, inside the compliance change's own transaction:
 * - CHECKLIST_CHANGED, CHECKLIST_ITEM_CHECKED: recompute `verified` for every listing of the enterprise (a
 *   Catalyst's check restores it);
 * - VERIFICATION_LAPSED: hide each published listing that is no longer verified, and say so on the
 *   enterprise's timeline (LISTING_HIDDEN), and tell the enterprise's members (in-app and email, essential:
 *   they have stopped being found). A hidden listing stays hidden until the provider publishes it
 *   again, which checks verification afresh (docs/marketplace.md).
 */
@Injectable()
@SubscribesTo([ChecklistChanged, ChecklistItemChecked, VerificationLapsed])
export class ListingVerification implements DomainEventSubscriber {
  constructor(
    private readonly events: DomainEvents,
    private readonly compliance: ComplianceService,
    private readonly listings: ListingRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
  ) {}

  on(tx: EntityManager, event: DomainEvent): Promise<void> {
    return this.onAll(tx, [event]);
  }

  /**
   * Events published together describe the checklists as they are now, so the listings of every enterprise
   * they are about are read in one statement and recomputed once; every lapse is still handled on its own.
   */
  async onAll(tx: EntityManager, events: DomainEvent[]): Promise<void> {
    const latestChange = new Map<string, DomainEvent>();
    for (const event of events) {
      if (event.enterpriseId && (event instanceof ChecklistChanged || event instanceof ChecklistItemChecked))
        latestChange.set(event.enterpriseId, event);
    }
    if (latestChange.size > 0) {
      const listings = await this.listings.lockAllOf(
        tx,
        [...latestChange.keys()],
        [DRAFT, PUBLISHED, HIDDEN],
      );
      for (const [enterpriseId, event] of latestChange) {
        const its = listings.filter((listing) => listing.enterpriseId === enterpriseId);
        if (its.length > 0) await this.recompute(tx, enterpriseId, its, event);
      }
    }
    for (const event of events) {
      if (event.enterpriseId && event instanceof VerificationLapsed)
        await this.hideLapsed(tx, event.enterpriseId, event);
    }
  }

  private async recompute(
    tx: EntityManager,
    enterpriseId: string,
    listings: Listing[],
    event: DomainEvent,
  ): Promise<void> {
    const verifiedFor = this.verifier(tx, enterpriseId, londonDate(event.occurredAt));
    for (const listing of listings) {
      const verified = await verifiedFor(listing.category);
      if (verified === listing.verified) continue;
      listing.verified = verified;
      await this.listings.save(tx, listing);
    }
  }

  private async hideLapsed(tx: EntityManager, enterpriseId: string, event: DomainEvent): Promise<void> {
    const published = await this.listings.lockAllOf(tx, enterpriseId, [PUBLISHED]);
    const verifiedFor = this.verifier(tx, enterpriseId, londonDate(event.occurredAt));
    const hidden: Listing[] = [];
    for (const listing of published) {
      if (await verifiedFor(listing.category)) continue;
      hidden.push(listing);
      Object.assign(listing, {
        status: HIDDEN,
        verified: false,
        hiddenReason:
          `Hidden from search because it is no longer verified: ${event.summary} ` +
          'Once the checklist is up to date, publish the listing again.',
      });
      await this.listings.save(tx, listing);
      await this.events.publish(tx, hiddenEvent(listing, event));
    }
    if (hidden.length > 0) await this.tellMembers(tx, enterpriseId, hidden, event);
  }

  /** Once per lapse, in its transaction: which listings went, why, and how to bring them back. */
  private async tellMembers(tx: EntityManager, enterpriseId: string, hidden: Listing[], cause: DomainEvent) {
    const titles = hidden.map((listing) => `“${listing.title}”`).join(', ');
    await this.notifications.notify(tx, {
      userIds: await this.access.holdersOf(tx, GrantKind.MemberOfEnterprise, enterpriseId),
      kind: NotificationKind.LISTING_HIDDEN,
      title:
        hidden.length === 1
          ? `Hidden from search: ${hidden[0].title}`
          : `${hidden.length} listings hidden from search`,
      body:
        `People looking for support can no longer find ${titles}: ${cause.summary} ` +
        'Bring your checklist up to date, then publish the listing again from your listings page. ' +
        'Bookings already accepted are not affected.',
      email: true,
      refId: hidden.length === 1 ? hidden[0].id : enterpriseId,
    });
  }

  /** isVerifiedFor, asked once per category however many listings share it. */
  private verifier(tx: EntityManager, enterpriseId: string, today: string) {
    const answers = new Map<Activity, Promise<boolean>>();
    return (category: Activity): Promise<boolean> => {
      let answer = answers.get(category);
      if (!answer) {
        answer = this.compliance.isVerifiedFor(tx, enterpriseId, category, today);
        answers.set(category, answer);
      }
      return answer;
    };
  }
}

function hiddenEvent(listing: Listing, cause: DomainEvent): ListingHidden {
  return new ListingHidden(
    { enterpriseId: listing.enterpriseId, occurredAt: cause.occurredAt, actorId: null, refId: listing.id },
    `Listing “${listing.title}” hidden from search: it is no longer verified.`,
  );
}
