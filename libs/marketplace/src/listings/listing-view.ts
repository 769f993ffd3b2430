import { ListingEnterpriseType, ListingType } from '../dto/listing.types';
import { ListingSearchRow } from '../search/listing-search-sql';
import { Listing } from '../entities/listing.entity';
import { ListingCapacity, ListingStatus, PriceUnit } from './listing-vocabulary';

/** What the schema shows of a listing: everything but the full postcode and the coordinates. */
export function toListingType(listing: Listing, enterprise: ListingEnterpriseType): ListingType {
  return {
    id: listing.id,
    enterpriseId: listing.enterpriseId,
    enterprise,
    title: listing.title,
    description: listing.description,
    category: listing.category,
    pricePence: listing.pricePence,
    priceUnit: listing.priceUnit,
    status: listing.status,
    capacity: listing.capacity,
    verified: listing.verified,
    postcodeDistrict: listing.district,
    travelMiles: listing.travelMiles,
    hiddenReason: listing.hiddenReason,
    publishedAt: listing.publishedAt,
  };
}

/** A search row as the schema shows it; search only ever finds published listings. */
export function searchRowToListingType(row: ListingSearchRow): ListingType {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    enterprise: { id: row.enterprise_id, name: row.enterprise_name },
    title: row.title,
    description: row.description,
    category: row.category,
    pricePence: row.price_pence,
    priceUnit: row.price_unit as PriceUnit,
    status: ListingStatus.PUBLISHED,
    capacity: row.capacity as ListingCapacity,
    verified: row.verified,
    postcodeDistrict: row.district,
    travelMiles: row.travel_miles,
    hiddenReason: null,
    publishedAt: row.published_at,
  };
}
