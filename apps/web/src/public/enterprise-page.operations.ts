/** The public enterprise page and map markers, as this area asks for them. */

export const PUBLIC_ENTERPRISE = `query PublicEnterprise($id: ID!) {
  publicEnterprise(id: $id) {
    id name legalStructure postcodeDistrict activities
    place { district latitude longitude }
    listings { id title description category pricePence priceUnit capacity postcodeDistrict travelMiles }
    checksMade { title checkedOn }
  }
}`;

export const DISTRICT_CENTRES = `query DistrictCentres($districts: [String!]!) {
  districtCentres(districts: $districts) { district latitude longitude }
}`;

export interface MapPoint {
  district: string;
  latitude: number;
  longitude: number;
}

export interface PublicEnterprisePage {
  publicEnterprise: {
    id: string;
    name: string;
    legalStructure: string;
    postcodeDistrict: string;
    activities: string[];
    place: MapPoint | null;
    listings: {
      id: string;
      title: string;
      description: string;
      category: string;
      pricePence: number;
      priceUnit: string;
      capacity: string;
      postcodeDistrict: string;
      travelMiles: number;
    }[];
    checksMade: { title: string; checkedOn: string }[];
  };
}

export interface DistrictCentres {
  districtCentres: MapPoint[];
}
