import { WordedDomainEvent } from '@small-places/platform';

/** The marketplace's domain events: each a line on the enterprise's timeline. */
export class ListingCreated extends WordedDomainEvent {
  readonly kind = 'LISTING_CREATED';
}

export class ListingPublished extends WordedDomainEvent {
  readonly kind = 'LISTING_PUBLISHED';
}

export class ListingUnpublished extends WordedDomainEvent {
  readonly kind = 'LISTING_UNPUBLISHED';
}

/** A published listing hidden because a checklist item it needs lapsed. */
export class ListingHidden extends WordedDomainEvent {
  readonly kind = 'LISTING_HIDDEN';
}
