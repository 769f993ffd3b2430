/** The contract's public marketplace operations, as this area asks for them. */
import { graphql } from '../generated';
import type { SearchListingsQuery } from '../generated/graphql';

export const SEARCH_LISTINGS = graphql(`
  query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {
    searchListings(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        distanceMiles
        node {
          id
          title
          category
          pricePence
          priceUnit
          capacity
          verified
          postcodeDistrict
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

export type SearchListings = SearchListingsQuery;
