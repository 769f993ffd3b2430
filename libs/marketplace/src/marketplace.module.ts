import { Module } from '@nestjs/common';
import { ListingResolver, ListingSearchConnectionResolver } from './listings/listing.resolver';
import { MarketplaceCoreModule } from './marketplace-core.module';

/** Postcode geocoding, listings, and the public search over them, with their GraphQL operations. */
@Module({
  imports: [MarketplaceCoreModule],
  providers: [ListingResolver, ListingSearchConnectionResolver],
  exports: [MarketplaceCoreModule],
})
export class MarketplaceModule {}
