import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Activity, LegalStructure } from '@small-places/compliance';
import { ListingCapacity, PriceUnit } from '@small-places/marketplace';
import { LocalDateScalar } from '@small-places/platform';

@ObjectType('MapPoint', { description: 'The centre of a postcode district: the only place a map shows.' })
export class MapPointType {
  @Field({ description: 'The postcode district, e.g. TA1.' }) district: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
}

@ObjectType('CheckMade', {
  description: 'A check made on the enterprise: what and when, never a file or a name.',
})
export class CheckMadeType {
  @Field() title: string;
  @Field(() => LocalDateScalar, { description: 'The day a Catalyst last checked it.' }) checkedOn: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When it runs out; null: it does not.' })
  runsOutOn: string | null;
}

@ObjectType('PublicListing', {
  description: 'A listing in the public feed, as its enterprise page shows it.',
})
export class PublicListingType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Activity) category: Activity;
  @Field(() => Int) pricePence: number;
  @Field(() => PriceUnit) priceUnit: PriceUnit;
  @Field(() => ListingCapacity) capacity: ListingCapacity;
  @Field() postcodeDistrict: string;
  @Field(() => Float) travelMiles: number;
}

@ObjectType('PublicEnterprise', {
  description: 'The public page of an enterprise with at least one published, verified listing.',
})
export class PublicEnterpriseType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => LegalStructure) legalStructure: LegalStructure;
  @Field({ description: 'Where it is based: the postcode district only.' }) postcodeDistrict: string;
  @Field(() => [Activity]) activities: Activity[];
  @Field(() => MapPointType, { nullable: true, description: 'Its district centre, when known.' })
  place: MapPointType | null;
  @Field(() => [PublicListingType], { description: 'Its published, verified listings, at most 100.' })
  listings: PublicListingType[];
  @Field(() => [CheckMadeType], { description: 'Checks made, in catalogue order.' })
  checksMade: CheckMadeType[];
}
