/** The public enterprise page and map markers, as this area asks for them. */
import { graphql } from '../generated';
import type { DistrictCentresQuery } from '../generated/graphql';

export const PUBLIC_ENTERPRISE = graphql(`
  query PublicEnterprise($id: ID!) {
    publicEnterprise(id: $id) {
      id
      name
      legalStructure
      postcodeDistrict
      activities
      place {
        district
        latitude
        longitude
      }
      listings {
        id
        title
        description
        category
        pricePence
        priceUnit
        capacity
        postcodeDistrict
        travelMiles
      }
      checksMade {
        title
        checkedOn
        runsOutOn
      }
    }
  }
`);

/** Only the checks made, for a listing's page (holder/views/listing.njk). */
export const LISTING_CHECKS_MADE = graphql(`
  query ListingChecksMade($enterpriseId: ID!) {
    publicEnterprise(id: $enterpriseId) {
      checksMade {
        title
        checkedOn
        runsOutOn
      }
    }
  }
`);

export const DISTRICT_CENTRES = graphql(`
  query DistrictCentres($districts: [String!]!) {
    districtCentres(districts: $districts) {
      district
      latitude
      longitude
    }
  }
`);

export interface MapPoint {
  district: string;
  latitude: number;
  longitude: number;
}

export type DistrictCentres = DistrictCentresQuery;
