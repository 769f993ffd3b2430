import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Activity } from '@small-places/compliance';
import { Connection, ConnectionType, PageInfo } from '@small-places/platform';
import { DayOfWeek, ListingCapacity, ListingStatus, PriceUnit } from '../listings/listing-vocabulary';
import { ListingSearchCriteria } from '../search/listing-search-sql';

@ObjectType('Availability', { description: 'A weekly slot in Europe/London local time.' })
export class AvailabilityType {
  @Field(() => DayOfWeek) dayOfWeek: DayOfWeek;
  @Field({ description: 'HH:MM' }) startTime: string;
  @Field({ description: 'HH:MM' }) endTime: string;
}

@ObjectType('ListingEnterprise', { description: 'The public face of the enterprise behind a listing.' })
export class ListingEnterpriseType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

/**
 * A listing as anyone may see it: the district and never the full postcode. `enterpriseId` is for the
 * code, not the schema.
 */
@ObjectType('Listing')
export class ListingType {
  @Field(() => ID) id: string;
  enterpriseId: string;
  /**
   * A plain value rather than a field resolver: search reads the name in its own statement, and a resolver
   * per row cost a third of the API's throughput (docs/marketplace.md).
   */
  @Field(() => ListingEnterpriseType) enterprise: ListingEnterpriseType;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Activity) category: Activity;
  @Field(() => Int) pricePence: number;
  @Field(() => PriceUnit) priceUnit: PriceUnit;
  @Field(() => ListingStatus) status: ListingStatus;
  @Field(() => ListingCapacity, { description: 'Whether the provider is taking new people on this listing.' })
  capacity: ListingCapacity;
  @Field({ description: 'Every mandatory checklist item for this category is done or waived.' })
  verified: boolean;
  @Field({ description: 'The postcode district it is based in, e.g. TA1.' }) postcodeDistrict: string;
  @Field(() => Float) travelMiles: number;
  @Field(() => String, { nullable: true, description: 'Why it is HIDDEN, and what to do.' })
  hiddenReason: string | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
}

/** An enterprise's own listings, any status, for its members and Catalysts. */
export const ListingConnection = ConnectionType(ListingType);

@ObjectType('ListingSearchEdge')
export class ListingSearchEdge {
  @Field() cursor: string;
  @Field(() => Float, { description: 'From the searched postcode, in miles, to 0.1.' }) distanceMiles: number;
  @Field(() => ListingType) node: ListingType;
}

/** A page of search results; `totalCount` is resolved (one more statement) only when asked for. */
@ObjectType('ListingSearchConnection')
export class ListingSearchConnection implements Omit<
  Connection<ListingType, ListingSearchEdge>,
  'totalCount'
> {
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [ListingSearchEdge]) edges: ListingSearchEdge[];
  /** What was searched for, so `totalCount` can count it. */
  criteria: ListingSearchCriteria;
}
