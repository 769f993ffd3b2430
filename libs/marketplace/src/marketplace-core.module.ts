import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ComplianceCoreModule } from '@small-places/compliance';
import { IdentityCoreModule } from '@small-places/identity';
import { NotificationsCoreModule } from '@small-places/notifications';
import { DraftListingReminders } from './listings/draft-listing-reminders';
import { AvailabilitySlot, Listing } from './entities/listing.entity';
import { ListingRepository } from './listings/listing.repository';
import { ListingService } from './listings/listing.service';
import { ListingVerification } from './listings/listing-verification';
import { PostcodeCentroid } from './entities/postcode-centroid.entity';
import { PostcodeImporter } from './postcodes/postcode-importer';
import { PostcodeService } from './postcodes/postcode.service';
import { ListingSearchService } from './search/listing-search.service';
import { SearchOrigins } from './search/search-origins';
import { PublicListings } from './open-data/public-listings';

const SERVICES = [
  PostcodeService,
  PostcodeImporter,
  ListingRepository,
  ListingService,
  ListingVerification,
  ListingSearchService,
  SearchOrigins,
  DraftListingReminders,
  PublicListings,
];

/**
 * The marketplace without GraphQL, for processes that must keep listings in step with compliance: any
 * process that publishes VERIFICATION_LAPSED (the worker's daily scan) has to load this, because DomainEvents
 * subscribers live in the process that publishes.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([PostcodeCentroid, Listing, AvailabilitySlot]),
    IdentityCoreModule,
    ComplianceCoreModule,
    NotificationsCoreModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class MarketplaceCoreModule {}
