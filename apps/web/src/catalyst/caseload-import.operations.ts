/** The API operations the caseload import pages use. */
import { graphql } from '../generated';

export const IMPORT_REPORT = graphql(`
  query CaseloadImportReport($id: ID!) {
    enterpriseImport(id: $id) {
      id
      areaId
      fileName
      status
      dryRun
      rowsTotal
      rowsDone
      created
      updated
      unchanged
      rejected
      possibleDuplicates
      failure
      sendInvitations
      createPossibleDuplicates
      errors(first: 50) {
        row
        column
        message
      }
      duplicates(first: 50) {
        row
        name
        postcode
        created
        candidates {
          enterpriseId
          name
          similarity
        }
      }
      columns {
        header
        field
        sample
      }
    }
  }
`);

export const IMPORT_FIELDS = graphql(`
  query CaseloadImportFields {
    enterpriseImportFields {
      field
      header
      hint
      required
    }
  }
`);

export const MATCH_COLUMNS = graphql(`
  mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {
    matchEnterpriseImportColumns(input: $input) {
      id
    }
  }
`);

export const RUN_IMPORT = graphql(`
  mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {
    runEnterpriseImport(input: $input) {
      id
    }
  }
`);
