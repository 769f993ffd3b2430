/** The contract's public marketplace operations, as this area asks for them. */

export const SEARCH_LISTINGS = `query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {
  searchListings(input: $input, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor distanceMiles node { id title category pricePence priceUnit capacity verified postcodeDistrict enterprise { id name } } }
  }
}`;

export interface SearchListings {
  searchListings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      distanceMiles: number;
      node: {
        id: string;
        title: string;
        category: string;
        pricePence: number;
        priceUnit: string;
        capacity: string;
        verified: boolean;
        postcodeDistrict: string;
        enterprise: { id: string; name: string };
      };
    }[];
  };
}
