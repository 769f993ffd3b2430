/** The GraphQL documents of the Catalyst's "to check" queue and the check of one item. */
import { graphql } from '../generated';

export const CHECKLIST_ITEMS_TO_CHECK = graphql(`
  query ChecklistItemsToCheck($first: Int, $after: String) {
    checklistItemsToCheck(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          enterpriseId
          awaitingCheckSince
          member {
            name
          }
          requirement {
            title
          }
        }
      }
    }
  }
`);

/** Only the count, for the home page. */
export const TO_CHECK_COUNT = graphql(`
  query ToCheckCount {
    checklistItemsToCheck(first: 0) {
      totalCount
    }
  }
`);

export const REVIEW_CHECKLIST_ITEM = graphql(`
  mutation ReviewChecklistItemFromWeb($input: ReviewChecklistItemInput!) {
    reviewChecklistItem(input: $input) {
      id
      status
      checkedAt
      returnedReason
    }
  }
`);
