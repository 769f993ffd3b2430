export { MarketplaceModule } from './marketplace.module';
export { MarketplaceCoreModule } from './marketplace-core.module';
export { PostcodeCentroid } from './entities/postcode-centroid.entity';
export type { CentroidKind } from './entities/postcode-centroid.entity';
export {
  describeImport,
  PostcodeFileError,
  PostcodeImporter,
  type PostcodeFileLayout,
  type PostcodeImportOptions,
  type PostcodeImportResult,
} from './postcodes/postcode-importer';
export { PostcodeService, type PostcodeLocation } from './postcodes/postcode.service';
export { AvailabilitySlot, Listing } from './entities/listing.entity';
export { DayOfWeek, ListingCapacity, ListingStatus, PriceUnit, dayBit } from './listings/listing-vocabulary';
export { ListingService, type BookableListing } from './listings/listing.service';
export type { SlotValues } from './listings/listing.repository';
export { ListingSearchService } from './search/listing-search.service';
export {
  cursorOf,
  listingCountSql,
  listingSearchSql,
  METRES_PER_MILE,
  type ListingSearchCriteria,
  type ListingSearchRow,
  type SearchCursor,
  type SqlStatement,
} from './search/listing-search-sql';
export {
  PublicListings,
  publicListingCountSql,
  publicListingPageSql,
  travelMetres,
  type DistrictCentre,
  type PublicEnterpriseRow,
  type PublicListingFilter,
  type PublicListingRow,
} from './open-data/public-listings';
