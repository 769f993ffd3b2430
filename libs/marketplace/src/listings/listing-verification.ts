import { Injectable, OnModuleInit } from '@nestjs/common';
import { Activity, ComplianceService } from '@small-places/compliance';
import { DomainEvent, DomainEvents, londonDate } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Listing } from './listing.entity';
import { ListingRepository } from './listing.repository';
import { ListingStatus } from './listing-vocabulary';

const { DRAFT, PUBLISHED, HIDDEN } = ListingStatus;

/**
 * Keeps `listings.verified` true to the checklist, inside the compliance change's own transaction:
 * - CHECKLIST_CHANGED: recompute `verified` for every listing of the enterprise (a renewal restores it);
 * - VERIFICATION_LAPSED: hide each published listing that is no longer verified, and say so on the
 *   enterprise's timeline (LISTING_HIDDEN). A hidden listing stays hidden until the provider publishes it
 *   again, which checks verification afresh (docs/marketplace.md).
 */
@Injectable()
export class ListingVerification implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly compliance: ComplianceService,
    private readonly listings: ListingRepository,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((tx, event) => this.handle(tx, event));
  }

  private async handle(tx: EntityManager, event: DomainEvent): Promise<void> {
    if (!event.enterpriseId) return;
    if (event.kind === 'CHECKLIST_CHANGED') await this.recompute(tx, event.enterpriseId, event);
    else if (event.kind === 'VERIFICATION_LAPSED') await this.hideLapsed(tx, event.enterpriseId, event);
  }

  private async recompute(tx: EntityManager, enterpriseId: string, event: DomainEvent): Promise<void> {
    const listings = await this.listings.lockAllOf(tx, enterpriseId, [DRAFT, PUBLISHED, HIDDEN]);
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
    for (const listing of published) {
      if (await verifiedFor(listing.category)) continue;
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

function hiddenEvent(listing: Listing, cause: DomainEvent): DomainEvent {
  return {
    kind: 'LISTING_HIDDEN',
    enterpriseId: listing.enterpriseId,
    occurredAt: cause.occurredAt,
    actorId: null,
    summary: `Listing “${listing.title}” hidden from search: it is no longer verified.`,
    refId: listing.id,
  };
}
