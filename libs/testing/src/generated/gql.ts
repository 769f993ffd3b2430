/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation FactoriesSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n": typeof types.FactoriesSignInDocument,
    "\n  mutation FactoriesCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": typeof types.FactoriesCreateAreaDocument,
    "\n  mutation FactoriesInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.FactoriesInviteUserDocument,
    "\n  mutation FactoriesAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n": typeof types.FactoriesAcceptInvitationDocument,
    "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      startsAt\n      endsAt\n      costPence\n    }\n  }\n": typeof types.RequestBookingDocument,
    "\n  mutation AcceptBooking($id: ID!) {\n    acceptBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptBookingDocument,
    "\n  mutation DeclineBooking($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteBookingDocument,
    "\n  mutation SetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n": typeof types.SetUpBudgetDocument,
    "\n  query Budget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n": typeof types.BudgetDocument,
    "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      priceUnit\n    }\n  }\n": typeof types.CreateListingDocument,
    "\n  mutation PublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n      verified\n    }\n  }\n": typeof types.PublishListingDocument,
    "\n  query BookingsBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      note\n      holderName\n      budgetId\n      listing {\n        title\n      }\n    }\n  }\n": typeof types.BookingsBookingDocument,
    "\n  query CalendarFixtureFeedUrl {\n    calendarFeedUrl\n  }\n": typeof types.CalendarFixtureFeedUrlDocument,
    "\n  mutation SeriesAndMessagesRequestSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      weeks\n      bookings {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n": typeof types.SeriesAndMessagesRequestSeriesDocument,
    "\n  mutation SeriesAndMessagesAcceptSeries($seriesId: ID!) {\n    acceptBookingSeries(seriesId: $seriesId) {\n      id\n      status\n    }\n  }\n": typeof types.SeriesAndMessagesAcceptSeriesDocument,
    "\n  mutation SeriesAndMessagesMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n      body\n      mine\n    }\n  }\n": typeof types.SeriesAndMessagesMessageDocument,
    "\n  query SeriesAndMessagesMessages($id: ID!) {\n    booking(id: $id) {\n      messages {\n        body\n        mine\n      }\n    }\n  }\n": typeof types.SeriesAndMessagesMessagesDocument,
    "\n  mutation SeriesAndMessagesInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": typeof types.SeriesAndMessagesInviteDelegateDocument,
    "\n  query SeriesAndMessagesMyBookings($side: BookingSide) {\n    myBookings(side: $side) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.SeriesAndMessagesMyBookingsDocument,
    "\n  query TimeRulesStatus($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.TimeRulesStatusDocument,
    "\n  mutation WhereAndWhoRequestWithPlace($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n    }\n  }\n": typeof types.WhereAndWhoRequestWithPlaceDocument,
    "\n  query WhereAndWhoWhereAndWho($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n    }\n  }\n": typeof types.WhereAndWhoWhereAndWhoDocument,
    "\n  query WhereAndWhoFreeTimes($listingId: ID!, $weeks: Int) {\n    listingFreeTimes(listingId: $listingId, weeks: $weeks) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.WhereAndWhoFreeTimesDocument,
    "\n  query WhereAndWhoByBudget($budgetId: ID, $side: BookingSide) {\n    myBookings(side: $side, budgetId: $budgetId) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.WhereAndWhoByBudgetDocument,
    "\n  query WhereAndWhoExport {\n    exportMyData\n  }\n": typeof types.WhereAndWhoExportDocument,
    "\n  mutation WhereAndWhoClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n": typeof types.WhereAndWhoCloseDocument,
    "\n  query BudgetFixtureMyBudgets {\n    myBudgets {\n      id\n      label\n      myRole\n    }\n  }\n": typeof types.BudgetFixtureMyBudgetsDocument,
    "\n  mutation InviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": typeof types.InviteDelegateDocument,
    "\n  query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      openingBalancePence\n      closingBalancePence\n      entries {\n        occurredOn\n        kind\n        payee\n        description\n        amountPence\n        receiptReference\n        balancePence\n      }\n    }\n  }\n": typeof types.BudgetStatementDocument,
    "\n  mutation BudgetsContractSetUp($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n": typeof types.BudgetsContractSetUpDocument,
    "\n  query BudgetsContractBudget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n": typeof types.BudgetsContractBudgetDocument,
    "\n  query BudgetDelegates($budgetId: ID!) {\n    budgetDelegates(budgetId: $budgetId) {\n      id\n      email\n      displayName\n      status\n    }\n  }\n": typeof types.BudgetDelegatesDocument,
    "\n  mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n    removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n  }\n": typeof types.RemoveDelegateDocument,
    "\n  query DelegateControlHolderName($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      holderName\n      myRole\n    }\n  }\n": typeof types.DelegateControlHolderNameDocument,
    "\n          mutation A($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        ": typeof types.ADocument,
    "\n        mutation Close($p: String!) {\n          closeMyAccount(password: $p)\n        }\n      ": typeof types.CloseDocument,
    "\n          mutation DelegateControlAcceptInvitation($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        ": typeof types.DelegateControlAcceptInvitationDocument,
    "\n          mutation LedgerRecordExpense($input: RecordExpenseInput!) {\n            recordExpense(input: $input) {\n              id\n            }\n          }\n        ": typeof types.LedgerRecordExpenseDocument,
    "\n                mutation LedgerRecordExpense2($input: RecordExpenseInput!) {\n                  recordExpense(input: $input) {\n                    id\n                  }\n                }\n              ": typeof types.LedgerRecordExpense2Document,
    "\n            query ChecklistsChecklist($id: ID!) {\n              checklist(enterpriseId: $id) {\n                status\n              }\n            }\n          ": typeof types.ChecklistsChecklistDocument,
    "\n          query ChecklistsChecklist2($id: ID!) {\n            checklist(enterpriseId: $id) {\n              status\n            }\n          }\n        ": typeof types.ChecklistsChecklist2Document,
    "\n  mutation ChecksRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": typeof types.ChecksRunScanDocument,
    "\n  query PublicChecks($id: ID!) {\n    publicEnterprise(id: $id) {\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n": typeof types.PublicChecksDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      stage\n      legalStructure\n      activities\n      postcode\n      area {\n        id\n      }\n      catalyst {\n        id\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n            mandatory\n          }\n        }\n      }\n    }\n  }\n": typeof types.CreateEnterpriseDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addEnterpriseMember(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      activities\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  query Checklist($enterpriseId: ID!) {\n    checklist(enterpriseId: $enterpriseId) {\n      status\n      items {\n        id\n        enterpriseId\n        status\n        overdue\n        dueOn\n        expiresOn\n        completedOn\n        inProgressSince\n        reference\n        note\n        waivedReason\n        checkedAt\n        checkedBy {\n          id\n        }\n        returnedAt\n        returnedReason\n        awaitingCheckSince\n        member {\n          id\n          name\n        }\n        requirement {\n          code\n          title\n          guidance\n          legalBasis\n          sourceUrl\n          mandatory\n          appliesTo\n          beforeTrading\n          validityMonths\n        }\n      }\n    }\n  }\n": typeof types.ChecklistDocument,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n      reference\n      note\n      waivedReason\n      inProgressSince\n    }\n  }\n": typeof types.UpdateChecklistItemDocument,
    "\n  mutation ReviewChecklistItem($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      status\n      checkedAt\n      checkedBy {\n        id\n      }\n      returnedAt\n      returnedReason\n      awaitingCheckSince\n    }\n  }\n": typeof types.ReviewChecklistItemDocument,
    "\n  query ToCheck($first: Int, $after: String) {\n    checklistItemsToCheck(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          awaitingCheckSince\n          requirement {\n            code\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ToCheckDocument,
    "\n  query Due($days: Int!, $first: Int, $after: String) {\n    complianceDue(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DueDocument,
    "\n  query Overdue($first: Int, $after: String) {\n    complianceOverdue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          overdue\n          dueOn\n          expiresOn\n          requirement {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverdueDocument,
    "\n  mutation SetOverride($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n": typeof types.SetOverrideDocument,
    "\n  mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.MoveEnterpriseStageDocument,
    "\n  query Evidence($enterpriseId: ID!) {\n    enterprise(id: $enterpriseId) {\n      checklist {\n        items {\n          id\n          evidence {\n            id\n            fileName\n            contentType\n            sizeBytes\n            uploadedAt\n            removable\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceDocument,
    "\n  query EvidenceExport {\n    exportMyData\n  }\n": typeof types.EvidenceExportDocument,
    "\n  mutation EvidenceClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n": typeof types.EvidenceCloseDocument,
    "\n  query MyActions($filter: ActionFilterInput, $first: Int, $after: String) {\n    myActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          owner\n          enterpriseId\n          enterpriseName\n        }\n      }\n    }\n  }\n": typeof types.MyActionsDocument,
    "\n  mutation CatalystPagesRecord($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      actions {\n        id\n      }\n    }\n  }\n": typeof types.CatalystPagesRecordDocument,
    "\n  mutation CatalystPagesMove($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n    }\n  }\n": typeof types.CatalystPagesMoveDocument,
    "\n  query CatalystPagesEnterprises(\n    $filter: EnterpriseFilter\n    $first: Int\n    $after: String\n    $sort: EnterpriseSort\n  ) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          stage\n          nextDeadline\n          suggestedStage\n          checklist {\n            items {\n              status\n              dueOn\n              expiresOn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalystPagesEnterprisesDocument,
    "\n  query CatalystPagesEnterprise($id: ID!, $after: String) {\n    enterprise(id: $id) {\n      id\n      suggestedStage\n      timeline(first: 2, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            kind\n            summary\n            actorName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalystPagesEnterpriseDocument,
    "\n  query CatalystPagesPipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      enterprises {\n        id\n        suggestedStage\n      }\n    }\n  }\n": typeof types.CatalystPagesPipelineDocument,
    "\n  query CatalystPagesImpact($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      newEnterprises\n      figures {\n        key\n        label\n        value\n      }\n    }\n  }\n": typeof types.CatalystPagesImpactDocument,
    "\n  mutation CrmFixtureCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      stage\n      legalStructure\n      activities\n      postcode\n      area {\n        id\n      }\n      catalyst {\n        id\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n            mandatory\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrmFixtureCreateEnterpriseDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      stage\n      activities\n      members {\n        id\n        name\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          member {\n            id\n          }\n          requirement {\n            code\n            title\n            mandatory\n          }\n        }\n      }\n      timeline(first: 20) {\n        edges {\n          node {\n            kind\n            occurredAt\n            summary\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseDocument,
    "\n  query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          stage\n          catalyst {\n            id\n          }\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterprisesDocument,
    "\n  mutation CrmFixtureMove($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.CrmFixtureMoveDocument,
    "\n  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      heldOn\n      minutes\n      actions {\n        id\n        title\n        dueOn\n        owner\n        done\n      }\n    }\n  }\n": typeof types.RecordCoachingSessionDocument,
    "\n  query Pipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      count\n    }\n  }\n": typeof types.PipelineDocument,
    "\n  query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      enterprisesSupported\n      newEnterprises\n      reachedTrading\n      medianDaysToTrading\n      jobsFte\n      peopleSupportedPerWeek\n      hoursPerWeek\n      coachingHours\n    }\n  }\n": typeof types.ImpactReportDocument,
    "\n  mutation CrmFixtureUpdateItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n    }\n  }\n": typeof types.CrmFixtureUpdateItemDocument,
    "\n  mutation EnterpriseChangesUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      name\n      activities\n      fteHeadcount\n      overMicroLimit\n      catalyst {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.EnterpriseChangesUpdateDocument,
    "\n  mutation EnterpriseChangesAddMember($input: AddMemberInput!) {\n    addEnterpriseMember(input: $input) {\n      id\n      name\n      role\n      hasAccount\n    }\n  }\n": typeof types.EnterpriseChangesAddMemberDocument,
    "\n  mutation EnterpriseChangesPlace($input: PlaceOnBoardInput!) {\n    placeEnterpriseOnBoard(input: $input) {\n      id\n      boardPosition\n    }\n  }\n": typeof types.EnterpriseChangesPlaceDocument,
    "\n  query EnterpriseChangesBoard($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      enterprises {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EnterpriseChangesBoardDocument,
    "\n  query EnterpriseChangesChecklistCodes($id: ID!) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          requirement {\n            code\n          }\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseChangesChecklistCodesDocument,
    "\n        mutation EnterpriseImportRunReminderScan($asOf: Date) {\n          runReminderScan(asOf: $asOf)\n        }\n      ": typeof types.EnterpriseImportRunReminderScanDocument,
    "\n        query EnterprisesEnterprises {\n          enterprises(filter: { search: \"Edinburgh\" }) {\n            edges {\n              node {\n                name\n                area {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.EnterprisesEnterprisesDocument,
    "\n  mutation ImpactReportUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      fteHeadcount\n    }\n  }\n": typeof types.ImpactReportUpdateDocument,
    "\n        query ImpactReportImpactReport($areaId: ID!) {\n          impactReport(areaId: $areaId, from: \"2026-01-01\", to: \"2026-02-28\") {\n            listedEnterprises\n            verifiedEnterprises\n          }\n        }\n      ": typeof types.ImpactReportImpactReportDocument,
    "\n  query EnterpriseImport($id: ID!) {\n    enterpriseImport(id: $id) {\n      id\n      status\n      dryRun\n      rowsTotal\n      rowsDone\n      created\n      updated\n      unchanged\n      rejected\n      possibleDuplicates\n      failure\n      errors(first: 50) {\n        row\n        column\n        message\n      }\n      duplicates {\n        row\n        name\n        postcode\n        created\n        candidates {\n          enterpriseId\n          name\n          similarity\n        }\n      }\n      columns {\n        header\n        field\n        sample\n      }\n    }\n  }\n": typeof types.EnterpriseImportDocument,
    "\n  mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {\n    runEnterpriseImport(input: $input) {\n      id\n      status\n      dryRun\n    }\n  }\n": typeof types.RunEnterpriseImportDocument,
    "\n  mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {\n    matchEnterpriseImportColumns(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.MatchEnterpriseImportColumnsDocument,
    "\n  query ImportPrivacyExport {\n    exportMyData\n  }\n": typeof types.ImportPrivacyExportDocument,
    "\n  mutation ImportPrivacyRunReminderScan {\n    runReminderScan\n  }\n": typeof types.ImportPrivacyRunReminderScanDocument,
    "\n  mutation ImportPrivacyClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n": typeof types.ImportPrivacyCloseDocument,
    "\n  query NoNPlusOneList($first: Int) {\n    enterprises(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          stage\n          catalyst {\n            id\n            displayName\n          }\n          members {\n            id\n            name\n          }\n          checklist {\n            status\n          }\n          lastSession {\n            heldOn\n            minutes\n          }\n        }\n      }\n    }\n  }\n": typeof types.NoNPlusOneListDocument,
    "\n  query PipelineAndCoachingStageOf($id: ID!) {\n    enterprise(id: $id) {\n      stage\n      stageHistory {\n        fromStage\n        toStage\n        note\n      }\n      daysInStage\n    }\n  }\n": typeof types.PipelineAndCoachingStageOfDocument,
    "\n  query PipelineAndCoachingTimeline($id: ID!, $after: String) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          status\n        }\n      }\n      timeline(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.PipelineAndCoachingTimelineDocument,
    "\n      query PipelineAndCoachingMyActions($filter: ActionFilterInput) {\n        myActions(filter: $filter) {\n          totalCount\n          edges {\n            node {\n              id\n              enterpriseId\n              title\n              owner\n              dueOn\n              doneAt\n            }\n          }\n        }\n      }\n    ": typeof types.PipelineAndCoachingMyActionsDocument,
    "\n      mutation PipelineAndCoachingComplete($id: ID!) {\n        completeAction(id: $id) {\n          id\n          doneAt\n        }\n      }\n    ": typeof types.PipelineAndCoachingCompleteDocument,
    "\n  query StaffCatalysts {\n    catalysts {\n      id\n      displayName\n      email\n      areas {\n        name\n      }\n    }\n  }\n": typeof types.StaffCatalystsDocument,
    "\n  query StaffInvitations {\n    staffInvitations {\n      id\n      email\n      role\n      expired\n      expiresAt\n      areas {\n        name\n      }\n    }\n  }\n": typeof types.StaffInvitationsDocument,
    "\n  mutation Resend($id: ID!) {\n    resendStaffInvitation(id: $id) {\n      id\n      email\n      expiresAt\n    }\n  }\n": typeof types.ResendDocument,
    "\n  mutation Revoke($id: ID!) {\n    revokeStaffInvitation(id: $id)\n  }\n": typeof types.RevokeDocument,
    "\n  query Overrides($areaId: ID!) {\n    requirementOverrides(areaId: $areaId) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n": typeof types.OverridesDocument,
    "\n  mutation Set($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      code\n    }\n  }\n": typeof types.SetDocument,
    "\n        mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n          acceptInvitation(input: $input) {\n            user {\n              roles\n            }\n          }\n        }\n      ": typeof types.StaffAcceptInvitationDocument,
    "\n          mutation StaffAcceptInvitation2($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        ": typeof types.StaffAcceptInvitation2Document,
    "\n        mutation StaffInviteDelegate($budgetId: ID!, $email: String!) {\n          inviteDelegate(budgetId: $budgetId, email: $email) {\n            email\n          }\n        }\n      ": typeof types.StaffInviteDelegateDocument,
    "\n              mutation StaffSetUpBudget($input: SetUpBudgetInput!) {\n                setUpBudget(input: $input) {\n                  id\n                }\n              }\n            ": typeof types.StaffSetUpBudgetDocument,
    "\n          query StaffRequirements {\n            requirements {\n              code\n            }\n          }\n        ": typeof types.StaffRequirementsDocument,
    "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": typeof types.CreateAreaDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        roles\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Refresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n    }\n  }\n": typeof types.RefreshDocument,
    "\n        mutation PasswordResetCloseMyAccount($p: String!) {\n          closeMyAccount(password: $p)\n        }\n      ": typeof types.PasswordResetCloseMyAccountDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation InvoiceRemindersSettings($input: InvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n": typeof types.InvoiceRemindersSettingsDocument,
    "\n  query InvoiceRemindersOwed($side: InvoiceSide!) {\n    moneyOwed(side: $side) {\n      totalPence\n      invoices\n      buckets {\n        bucket\n        label\n        invoices\n        amountPence\n      }\n    }\n  }\n": typeof types.InvoiceRemindersOwedDocument,
    "\n  mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {\n    confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {\n      id\n      status\n      visit {\n        state\n      }\n    }\n  }\n": typeof types.ConfirmVisitDocument,
    "\n  mutation CorrectVisitTime($input: CorrectVisitTimeInput!) {\n    correctVisitTime(input: $input) {\n      id\n      startsAt\n      endsAt\n      visit {\n        state\n        providerAnswer\n        awaitingSince\n      }\n    }\n  }\n": typeof types.CorrectVisitTimeDocument,
    "\n  mutation WithdrawVisit($bookingId: ID!) {\n    withdrawVisit(bookingId: $bookingId) {\n      id\n      visit {\n        state\n        providerAnswer\n      }\n    }\n  }\n": typeof types.WithdrawVisitDocument,
    "\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      id\n      number\n      totalPence\n      issuedOn\n      dueOn\n      status\n      lines {\n        bookingId\n        amountPence\n      }\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  query Invoices($side: InvoiceSide!, $first: Int, $after: String) {\n    invoices(side: $side, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          totalPence\n          issuedOn\n          dueOn\n          status\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {\n    recordInvoicePayment(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n": typeof types.RecordInvoicePaymentDocument,
    "\n  mutation RunReminderScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": typeof types.RunReminderScanDocument,
    "\n  mutation InvoicesConfirmReceipt($input: ConfirmInvoiceReceiptInput!) {\n    confirmInvoiceReceipt(input: $input) {\n      id\n      receipt\n    }\n  }\n": typeof types.InvoicesConfirmReceiptDocument,
    "\n  mutation InvoicesCredit($input: IssueCreditNoteInput!) {\n    issueCreditNote(input: $input) {\n      id\n      number\n      amountPence\n    }\n  }\n": typeof types.InvoicesCreditDocument,
    "\n  query InvoicesInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      status\n      overdue\n      totalPence\n      creditNotes {\n        number\n        amountPence\n      }\n      lines {\n        deliveredOn\n        timeText\n        service\n        quantityText\n        unitPricePence\n        amountPence\n      }\n      enterprise {\n        name\n      }\n    }\n  }\n": typeof types.InvoicesInvoiceDocument,
    "\n  query VisitsVisit($id: ID!) {\n    booking(id: $id) {\n      id\n      visit {\n        state\n        answeredById\n        disputeReason\n        confirmedByDefaultOn\n      }\n    }\n  }\n": typeof types.VisitsVisitDocument,
    "\n      query EnterpriseListings($enterpriseId: ID!, $first: Int, $after: String) {\n        enterpriseListings(enterpriseId: $enterpriseId, first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              title\n              status\n              verified\n              enterprise {\n                name\n              }\n              availability {\n                dayOfWeek\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.EnterpriseListingsDocument,
    "\n        query Page($input: ListingSearchInput!) {\n          searchListings(input: $input) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.PageDocument,
    "\n  mutation MarketplaceFixtureCreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      priceUnit\n      verified\n      postcodeDistrict\n      travelMiles\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MarketplaceFixtureCreateListingDocument,
    "\n  mutation UpdateListing($input: UpdateListingInput!) {\n    updateListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      verified\n      postcodeDistrict\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n": typeof types.UpdateListingDocument,
    "\n  mutation MarketplaceFixturePublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n      verified\n    }\n  }\n": typeof types.MarketplaceFixturePublishListingDocument,
    "\n  mutation UnpublishListing($id: ID!) {\n    unpublishListing(id: $id) {\n      id\n      status\n      hiddenReason\n    }\n  }\n": typeof types.UnpublishListingDocument,
    "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id\n      title\n      status\n      verified\n      hiddenReason\n      postcodeDistrict\n      enterprise {\n        name\n      }\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n": typeof types.ListingDocument,
    "\n  query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {\n    searchListings(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceMiles\n        node {\n          id\n          title\n          category\n          pricePence\n          priceUnit\n          verified\n          postcodeDistrict\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchListingsDocument,
    "\n  mutation BookingBudgetListingRemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": typeof types.BookingBudgetListingRemindersRunScanDocument,
    "\n  mutation BookingBudgetListingRemindersSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n": typeof types.BookingBudgetListingRemindersSetUpBudgetDocument,
    "\n  mutation MailSecretsRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.MailSecretsRequestDocument,
    "\n  mutation MailSecretsReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.MailSecretsResetDocument,
    "\n  mutation MailSecretsInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": typeof types.MailSecretsInviteDocument,
    "\n          mutation MailSecretsCloseMyAccount($p: String!) {\n            closeMyAccount(password: $p)\n          }\n        ": typeof types.MailSecretsCloseMyAccountDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int) {\n    notifications(unreadOnly: $unreadOnly, first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkReadDocument,
    "\n  query Preferences {\n    notificationPreferences {\n      kind\n      essential\n      muted\n      description\n    }\n  }\n": typeof types.PreferencesDocument,
    "\n  mutation Mute($kind: NotificationKind!, $muted: Boolean!) {\n    muteNotificationKind(kind: $kind, muted: $muted) {\n      kind\n      essential\n      muted\n    }\n  }\n": typeof types.MuteDocument,
    "\n  query NotificationsFeedUrl {\n    calendarFeedUrl\n  }\n": typeof types.NotificationsFeedUrlDocument,
    "\n  mutation NotificationsResetFeed {\n    resetCalendarFeed\n  }\n": typeof types.NotificationsResetFeedDocument,
    "\n        query NotificationsNotifications {\n          notifications(first: 5) {\n            edges {\n              node {\n                title\n                aboutId\n              }\n            }\n          }\n        }\n      ": typeof types.NotificationsNotificationsDocument,
    "\n  mutation OtherRemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": typeof types.OtherRemindersRunScanDocument,
    "\n  mutation RemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": typeof types.RemindersRunScanDocument,
    "\n      query OpenReferralCapacity($id: ID!) {\n        listing(id: $id) {\n          id\n          capacity\n          pricePence\n          priceUnit\n        }\n      }\n    ": typeof types.OpenReferralCapacityDocument,
    "\n      mutation OpenReferralUpdate($input: UpdateListingInput!) {\n        updateListing(input: $input) {\n          id\n          capacity\n        }\n      }\n    ": typeof types.OpenReferralUpdateDocument,
    "\n        query DemoSeedSearchListings {\n          searchListings(input: { postcode: \"TA1 1AA\", radiusMiles: 25 }, first: 50) {\n            totalCount\n            edges {\n              node {\n                verified\n              }\n            }\n          }\n        }\n      ": typeof types.DemoSeedSearchListingsDocument,
    "\n  query IntrospectionQuery {\n    __schema {\n      queryType {\n        name\n      }\n      types {\n        name\n        fields {\n          name\n        }\n      }\n    }\n  }\n": typeof types.IntrospectionQueryDocument,
    "\n  query AuditTrail($recordType: String!, $recordId: ID!, $first: Int, $after: String) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorId\n          action\n          recordType\n          recordId\n          subjectUserId\n          detail\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation AuditSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditSetUpBudgetDocument,
    "\n  mutation AuditInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": typeof types.AuditInviteDelegateDocument,
    "\n  mutation AuditRecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditRecordExpenseDocument,
    "\n  query AuditStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      entries {\n        payee\n        amountPence\n      }\n    }\n  }\n": typeof types.AuditStatementDocument,
    "\n  query AuditSessions($id: ID!) {\n    enterprise(id: $id) {\n      sessions {\n        id\n        summary\n      }\n      lastSession {\n        summary\n      }\n    }\n  }\n": typeof types.AuditSessionsDocument,
    "\n      query AuditList($first: Int) {\n        enterprises(first: $first) {\n          edges {\n            node {\n              id\n              lastSession {\n                summary\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.AuditListDocument,
    "\n  query CloseAccountExport {\n    exportMyData\n  }\n": typeof types.CloseAccountExportDocument,
    "\n  mutation CloseAccountClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n": typeof types.CloseAccountCloseDocument,
    "\n  query CloseAccountMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.CloseAccountMeDocument,
    "\n  mutation CloseAccountRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n    }\n  }\n": typeof types.CloseAccountRefreshDocument,
    "\n  mutation CloseAccountMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.CloseAccountMessageDocument,
    "\n  mutation CloseAccountExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n": typeof types.CloseAccountExpenseDocument,
    "\n  mutation CloseAccountInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": typeof types.CloseAccountInviteDelegateDocument,
    "\n  mutation CloseAccountMute {\n    muteNotificationKind(kind: BOOKING_UPDATE, muted: true) {\n      kind\n      muted\n    }\n  }\n": typeof types.CloseAccountMuteDocument,
    "\n  query CloseAccountFeedUrl {\n    calendarFeedUrl\n  }\n": typeof types.CloseAccountFeedUrlDocument,
    "\n  query CloseAccountMyBudgets {\n    myBudgets {\n      id\n    }\n  }\n": typeof types.CloseAccountMyBudgetsDocument,
    "\n  mutation RedisSentinelRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": typeof types.RedisSentinelRunScanDocument,
    "\n  query ScaleOutMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.ScaleOutMeDocument,
    "\n  mutation ScaleOutRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ScaleOutRefreshDocument,
    "\n  mutation ScaleOutRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": typeof types.ScaleOutRunScanDocument,
    "\n  mutation SecurityWorldRequestSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n    }\n  }\n": typeof types.SecurityWorldRequestSeriesDocument,
    "\n      mutation SecurityWorldRemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n        removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n      }\n    ": typeof types.SecurityWorldRemoveDelegateDocument,
    "\n      mutation SecurityWorldCloseMyAccount($p: String!) {\n        closeMyAccount(password: $p)\n      }\n    ": typeof types.SecurityWorldCloseMyAccountDocument,
    "\n      mutation SecurityWorldRequestPasswordReset($email: String!) {\n        requestPasswordReset(email: $email)\n      }\n    ": typeof types.SecurityWorldRequestPasswordResetDocument,
    "\n  mutation CatalystPagesRecord2($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n    }\n  }\n": typeof types.CatalystPagesRecord2Document,
    "\n  mutation CatalystPagesMove2($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n    }\n  }\n": typeof types.CatalystPagesMove2Document,
    "\n  mutation HolderBookingPublish($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.HolderBookingPublishDocument,
    "\n  mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      bookings {\n        id\n      }\n    }\n  }\n": typeof types.RequestBookingSeriesDocument,
    "\n  query ProviderJourneyDoneItems($id: ID!) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          id\n          status\n          checkedAt\n        }\n      }\n    }\n  }\n": typeof types.ProviderJourneyDoneItemsDocument,
    "\n  mutation ProviderJourneyReview($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      checkedAt\n    }\n  }\n": typeof types.ProviderJourneyReviewDocument,
    "\n          query B($id: ID!) {\n            booking(id: $id) {\n              status\n            }\n          }\n        ": typeof types.BDocument,
    "\n  mutation TrustSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustSetUpBudgetDocument,
    "\n  mutation TrustInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": typeof types.TrustInviteDelegateDocument,
    "\n            query TrustMe {\n              me {\n                id\n              }\n            }\n          ": typeof types.TrustMeDocument,
};
const documents: Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation FactoriesSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n": types.FactoriesSignInDocument,
    "\n  mutation FactoriesCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": types.FactoriesCreateAreaDocument,
    "\n  mutation FactoriesInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": types.FactoriesInviteUserDocument,
    "\n  mutation FactoriesAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n": types.FactoriesAcceptInvitationDocument,
    "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      startsAt\n      endsAt\n      costPence\n    }\n  }\n": types.RequestBookingDocument,
    "\n  mutation AcceptBooking($id: ID!) {\n    acceptBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.AcceptBookingDocument,
    "\n  mutation DeclineBooking($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DeclineBookingDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.CompleteBookingDocument,
    "\n  mutation SetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n": types.SetUpBudgetDocument,
    "\n  query Budget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n": types.BudgetDocument,
    "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      priceUnit\n    }\n  }\n": types.CreateListingDocument,
    "\n  mutation PublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n      verified\n    }\n  }\n": types.PublishListingDocument,
    "\n  query BookingsBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      note\n      holderName\n      budgetId\n      listing {\n        title\n      }\n    }\n  }\n": types.BookingsBookingDocument,
    "\n  query CalendarFixtureFeedUrl {\n    calendarFeedUrl\n  }\n": types.CalendarFixtureFeedUrlDocument,
    "\n  mutation SeriesAndMessagesRequestSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      weeks\n      bookings {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n": types.SeriesAndMessagesRequestSeriesDocument,
    "\n  mutation SeriesAndMessagesAcceptSeries($seriesId: ID!) {\n    acceptBookingSeries(seriesId: $seriesId) {\n      id\n      status\n    }\n  }\n": types.SeriesAndMessagesAcceptSeriesDocument,
    "\n  mutation SeriesAndMessagesMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n      body\n      mine\n    }\n  }\n": types.SeriesAndMessagesMessageDocument,
    "\n  query SeriesAndMessagesMessages($id: ID!) {\n    booking(id: $id) {\n      messages {\n        body\n        mine\n      }\n    }\n  }\n": types.SeriesAndMessagesMessagesDocument,
    "\n  mutation SeriesAndMessagesInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": types.SeriesAndMessagesInviteDelegateDocument,
    "\n  query SeriesAndMessagesMyBookings($side: BookingSide) {\n    myBookings(side: $side) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.SeriesAndMessagesMyBookingsDocument,
    "\n  query TimeRulesStatus($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n    }\n  }\n": types.TimeRulesStatusDocument,
    "\n  mutation WhereAndWhoRequestWithPlace($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n    }\n  }\n": types.WhereAndWhoRequestWithPlaceDocument,
    "\n  query WhereAndWhoWhereAndWho($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n    }\n  }\n": types.WhereAndWhoWhereAndWhoDocument,
    "\n  query WhereAndWhoFreeTimes($listingId: ID!, $weeks: Int) {\n    listingFreeTimes(listingId: $listingId, weeks: $weeks) {\n      startsAt\n      endsAt\n    }\n  }\n": types.WhereAndWhoFreeTimesDocument,
    "\n  query WhereAndWhoByBudget($budgetId: ID, $side: BookingSide) {\n    myBookings(side: $side, budgetId: $budgetId) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.WhereAndWhoByBudgetDocument,
    "\n  query WhereAndWhoExport {\n    exportMyData\n  }\n": types.WhereAndWhoExportDocument,
    "\n  mutation WhereAndWhoClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n": types.WhereAndWhoCloseDocument,
    "\n  query BudgetFixtureMyBudgets {\n    myBudgets {\n      id\n      label\n      myRole\n    }\n  }\n": types.BudgetFixtureMyBudgetsDocument,
    "\n  mutation InviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": types.InviteDelegateDocument,
    "\n  query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      openingBalancePence\n      closingBalancePence\n      entries {\n        occurredOn\n        kind\n        payee\n        description\n        amountPence\n        receiptReference\n        balancePence\n      }\n    }\n  }\n": types.BudgetStatementDocument,
    "\n  mutation BudgetsContractSetUp($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n": types.BudgetsContractSetUpDocument,
    "\n  query BudgetsContractBudget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n": types.BudgetsContractBudgetDocument,
    "\n  query BudgetDelegates($budgetId: ID!) {\n    budgetDelegates(budgetId: $budgetId) {\n      id\n      email\n      displayName\n      status\n    }\n  }\n": types.BudgetDelegatesDocument,
    "\n  mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n    removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n  }\n": types.RemoveDelegateDocument,
    "\n  query DelegateControlHolderName($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      holderName\n      myRole\n    }\n  }\n": types.DelegateControlHolderNameDocument,
    "\n          mutation A($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        ": types.ADocument,
    "\n        mutation Close($p: String!) {\n          closeMyAccount(password: $p)\n        }\n      ": types.CloseDocument,
    "\n          mutation DelegateControlAcceptInvitation($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        ": types.DelegateControlAcceptInvitationDocument,
    "\n          mutation LedgerRecordExpense($input: RecordExpenseInput!) {\n            recordExpense(input: $input) {\n              id\n            }\n          }\n        ": types.LedgerRecordExpenseDocument,
    "\n                mutation LedgerRecordExpense2($input: RecordExpenseInput!) {\n                  recordExpense(input: $input) {\n                    id\n                  }\n                }\n              ": types.LedgerRecordExpense2Document,
    "\n            query ChecklistsChecklist($id: ID!) {\n              checklist(enterpriseId: $id) {\n                status\n              }\n            }\n          ": types.ChecklistsChecklistDocument,
    "\n          query ChecklistsChecklist2($id: ID!) {\n            checklist(enterpriseId: $id) {\n              status\n            }\n          }\n        ": types.ChecklistsChecklist2Document,
    "\n  mutation ChecksRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": types.ChecksRunScanDocument,
    "\n  query PublicChecks($id: ID!) {\n    publicEnterprise(id: $id) {\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n": types.PublicChecksDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      stage\n      legalStructure\n      activities\n      postcode\n      area {\n        id\n      }\n      catalyst {\n        id\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n            mandatory\n          }\n        }\n      }\n    }\n  }\n": types.CreateEnterpriseDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addEnterpriseMember(input: $input) {\n      id\n      name\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      activities\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  query Checklist($enterpriseId: ID!) {\n    checklist(enterpriseId: $enterpriseId) {\n      status\n      items {\n        id\n        enterpriseId\n        status\n        overdue\n        dueOn\n        expiresOn\n        completedOn\n        inProgressSince\n        reference\n        note\n        waivedReason\n        checkedAt\n        checkedBy {\n          id\n        }\n        returnedAt\n        returnedReason\n        awaitingCheckSince\n        member {\n          id\n          name\n        }\n        requirement {\n          code\n          title\n          guidance\n          legalBasis\n          sourceUrl\n          mandatory\n          appliesTo\n          beforeTrading\n          validityMonths\n        }\n      }\n    }\n  }\n": types.ChecklistDocument,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n      reference\n      note\n      waivedReason\n      inProgressSince\n    }\n  }\n": types.UpdateChecklistItemDocument,
    "\n  mutation ReviewChecklistItem($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      status\n      checkedAt\n      checkedBy {\n        id\n      }\n      returnedAt\n      returnedReason\n      awaitingCheckSince\n    }\n  }\n": types.ReviewChecklistItemDocument,
    "\n  query ToCheck($first: Int, $after: String) {\n    checklistItemsToCheck(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          awaitingCheckSince\n          requirement {\n            code\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ToCheckDocument,
    "\n  query Due($days: Int!, $first: Int, $after: String) {\n    complianceDue(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DueDocument,
    "\n  query Overdue($first: Int, $after: String) {\n    complianceOverdue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          overdue\n          dueOn\n          expiresOn\n          requirement {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.OverdueDocument,
    "\n  mutation SetOverride($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n": types.SetOverrideDocument,
    "\n  mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      stage\n    }\n  }\n": types.MoveEnterpriseStageDocument,
    "\n  query Evidence($enterpriseId: ID!) {\n    enterprise(id: $enterpriseId) {\n      checklist {\n        items {\n          id\n          evidence {\n            id\n            fileName\n            contentType\n            sizeBytes\n            uploadedAt\n            removable\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceDocument,
    "\n  query EvidenceExport {\n    exportMyData\n  }\n": types.EvidenceExportDocument,
    "\n  mutation EvidenceClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n": types.EvidenceCloseDocument,
    "\n  query MyActions($filter: ActionFilterInput, $first: Int, $after: String) {\n    myActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          owner\n          enterpriseId\n          enterpriseName\n        }\n      }\n    }\n  }\n": types.MyActionsDocument,
    "\n  mutation CatalystPagesRecord($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      actions {\n        id\n      }\n    }\n  }\n": types.CatalystPagesRecordDocument,
    "\n  mutation CatalystPagesMove($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n    }\n  }\n": types.CatalystPagesMoveDocument,
    "\n  query CatalystPagesEnterprises(\n    $filter: EnterpriseFilter\n    $first: Int\n    $after: String\n    $sort: EnterpriseSort\n  ) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          stage\n          nextDeadline\n          suggestedStage\n          checklist {\n            items {\n              status\n              dueOn\n              expiresOn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CatalystPagesEnterprisesDocument,
    "\n  query CatalystPagesEnterprise($id: ID!, $after: String) {\n    enterprise(id: $id) {\n      id\n      suggestedStage\n      timeline(first: 2, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            kind\n            summary\n            actorName\n          }\n        }\n      }\n    }\n  }\n": types.CatalystPagesEnterpriseDocument,
    "\n  query CatalystPagesPipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      enterprises {\n        id\n        suggestedStage\n      }\n    }\n  }\n": types.CatalystPagesPipelineDocument,
    "\n  query CatalystPagesImpact($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      newEnterprises\n      figures {\n        key\n        label\n        value\n      }\n    }\n  }\n": types.CatalystPagesImpactDocument,
    "\n  mutation CrmFixtureCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      stage\n      legalStructure\n      activities\n      postcode\n      area {\n        id\n      }\n      catalyst {\n        id\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n            mandatory\n          }\n        }\n      }\n    }\n  }\n": types.CrmFixtureCreateEnterpriseDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      stage\n      activities\n      members {\n        id\n        name\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          member {\n            id\n          }\n          requirement {\n            code\n            title\n            mandatory\n          }\n        }\n      }\n      timeline(first: 20) {\n        edges {\n          node {\n            kind\n            occurredAt\n            summary\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseDocument,
    "\n  query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          stage\n          catalyst {\n            id\n          }\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.EnterprisesDocument,
    "\n  mutation CrmFixtureMove($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      stage\n    }\n  }\n": types.CrmFixtureMoveDocument,
    "\n  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      heldOn\n      minutes\n      actions {\n        id\n        title\n        dueOn\n        owner\n        done\n      }\n    }\n  }\n": types.RecordCoachingSessionDocument,
    "\n  query Pipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      count\n    }\n  }\n": types.PipelineDocument,
    "\n  query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      enterprisesSupported\n      newEnterprises\n      reachedTrading\n      medianDaysToTrading\n      jobsFte\n      peopleSupportedPerWeek\n      hoursPerWeek\n      coachingHours\n    }\n  }\n": types.ImpactReportDocument,
    "\n  mutation CrmFixtureUpdateItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n    }\n  }\n": types.CrmFixtureUpdateItemDocument,
    "\n  mutation EnterpriseChangesUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      name\n      activities\n      fteHeadcount\n      overMicroLimit\n      catalyst {\n        id\n        displayName\n      }\n    }\n  }\n": types.EnterpriseChangesUpdateDocument,
    "\n  mutation EnterpriseChangesAddMember($input: AddMemberInput!) {\n    addEnterpriseMember(input: $input) {\n      id\n      name\n      role\n      hasAccount\n    }\n  }\n": types.EnterpriseChangesAddMemberDocument,
    "\n  mutation EnterpriseChangesPlace($input: PlaceOnBoardInput!) {\n    placeEnterpriseOnBoard(input: $input) {\n      id\n      boardPosition\n    }\n  }\n": types.EnterpriseChangesPlaceDocument,
    "\n  query EnterpriseChangesBoard($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      enterprises {\n        id\n        name\n      }\n    }\n  }\n": types.EnterpriseChangesBoardDocument,
    "\n  query EnterpriseChangesChecklistCodes($id: ID!) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          requirement {\n            code\n          }\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseChangesChecklistCodesDocument,
    "\n        mutation EnterpriseImportRunReminderScan($asOf: Date) {\n          runReminderScan(asOf: $asOf)\n        }\n      ": types.EnterpriseImportRunReminderScanDocument,
    "\n        query EnterprisesEnterprises {\n          enterprises(filter: { search: \"Edinburgh\" }) {\n            edges {\n              node {\n                name\n                area {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.EnterprisesEnterprisesDocument,
    "\n  mutation ImpactReportUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      fteHeadcount\n    }\n  }\n": types.ImpactReportUpdateDocument,
    "\n        query ImpactReportImpactReport($areaId: ID!) {\n          impactReport(areaId: $areaId, from: \"2026-01-01\", to: \"2026-02-28\") {\n            listedEnterprises\n            verifiedEnterprises\n          }\n        }\n      ": types.ImpactReportImpactReportDocument,
    "\n  query EnterpriseImport($id: ID!) {\n    enterpriseImport(id: $id) {\n      id\n      status\n      dryRun\n      rowsTotal\n      rowsDone\n      created\n      updated\n      unchanged\n      rejected\n      possibleDuplicates\n      failure\n      errors(first: 50) {\n        row\n        column\n        message\n      }\n      duplicates {\n        row\n        name\n        postcode\n        created\n        candidates {\n          enterpriseId\n          name\n          similarity\n        }\n      }\n      columns {\n        header\n        field\n        sample\n      }\n    }\n  }\n": types.EnterpriseImportDocument,
    "\n  mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {\n    runEnterpriseImport(input: $input) {\n      id\n      status\n      dryRun\n    }\n  }\n": types.RunEnterpriseImportDocument,
    "\n  mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {\n    matchEnterpriseImportColumns(input: $input) {\n      id\n      status\n    }\n  }\n": types.MatchEnterpriseImportColumnsDocument,
    "\n  query ImportPrivacyExport {\n    exportMyData\n  }\n": types.ImportPrivacyExportDocument,
    "\n  mutation ImportPrivacyRunReminderScan {\n    runReminderScan\n  }\n": types.ImportPrivacyRunReminderScanDocument,
    "\n  mutation ImportPrivacyClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n": types.ImportPrivacyCloseDocument,
    "\n  query NoNPlusOneList($first: Int) {\n    enterprises(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          stage\n          catalyst {\n            id\n            displayName\n          }\n          members {\n            id\n            name\n          }\n          checklist {\n            status\n          }\n          lastSession {\n            heldOn\n            minutes\n          }\n        }\n      }\n    }\n  }\n": types.NoNPlusOneListDocument,
    "\n  query PipelineAndCoachingStageOf($id: ID!) {\n    enterprise(id: $id) {\n      stage\n      stageHistory {\n        fromStage\n        toStage\n        note\n      }\n      daysInStage\n    }\n  }\n": types.PipelineAndCoachingStageOfDocument,
    "\n  query PipelineAndCoachingTimeline($id: ID!, $after: String) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          status\n        }\n      }\n      timeline(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.PipelineAndCoachingTimelineDocument,
    "\n      query PipelineAndCoachingMyActions($filter: ActionFilterInput) {\n        myActions(filter: $filter) {\n          totalCount\n          edges {\n            node {\n              id\n              enterpriseId\n              title\n              owner\n              dueOn\n              doneAt\n            }\n          }\n        }\n      }\n    ": types.PipelineAndCoachingMyActionsDocument,
    "\n      mutation PipelineAndCoachingComplete($id: ID!) {\n        completeAction(id: $id) {\n          id\n          doneAt\n        }\n      }\n    ": types.PipelineAndCoachingCompleteDocument,
    "\n  query StaffCatalysts {\n    catalysts {\n      id\n      displayName\n      email\n      areas {\n        name\n      }\n    }\n  }\n": types.StaffCatalystsDocument,
    "\n  query StaffInvitations {\n    staffInvitations {\n      id\n      email\n      role\n      expired\n      expiresAt\n      areas {\n        name\n      }\n    }\n  }\n": types.StaffInvitationsDocument,
    "\n  mutation Resend($id: ID!) {\n    resendStaffInvitation(id: $id) {\n      id\n      email\n      expiresAt\n    }\n  }\n": types.ResendDocument,
    "\n  mutation Revoke($id: ID!) {\n    revokeStaffInvitation(id: $id)\n  }\n": types.RevokeDocument,
    "\n  query Overrides($areaId: ID!) {\n    requirementOverrides(areaId: $areaId) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n": types.OverridesDocument,
    "\n  mutation Set($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      code\n    }\n  }\n": types.SetDocument,
    "\n        mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n          acceptInvitation(input: $input) {\n            user {\n              roles\n            }\n          }\n        }\n      ": types.StaffAcceptInvitationDocument,
    "\n          mutation StaffAcceptInvitation2($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        ": types.StaffAcceptInvitation2Document,
    "\n        mutation StaffInviteDelegate($budgetId: ID!, $email: String!) {\n          inviteDelegate(budgetId: $budgetId, email: $email) {\n            email\n          }\n        }\n      ": types.StaffInviteDelegateDocument,
    "\n              mutation StaffSetUpBudget($input: SetUpBudgetInput!) {\n                setUpBudget(input: $input) {\n                  id\n                }\n              }\n            ": types.StaffSetUpBudgetDocument,
    "\n          query StaffRequirements {\n            requirements {\n              code\n            }\n          }\n        ": types.StaffRequirementsDocument,
    "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": types.CreateAreaDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        roles\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Refresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n    }\n  }\n": types.RefreshDocument,
    "\n        mutation PasswordResetCloseMyAccount($p: String!) {\n          closeMyAccount(password: $p)\n        }\n      ": types.PasswordResetCloseMyAccountDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation InvoiceRemindersSettings($input: InvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n": types.InvoiceRemindersSettingsDocument,
    "\n  query InvoiceRemindersOwed($side: InvoiceSide!) {\n    moneyOwed(side: $side) {\n      totalPence\n      invoices\n      buckets {\n        bucket\n        label\n        invoices\n        amountPence\n      }\n    }\n  }\n": types.InvoiceRemindersOwedDocument,
    "\n  mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {\n    confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {\n      id\n      status\n      visit {\n        state\n      }\n    }\n  }\n": types.ConfirmVisitDocument,
    "\n  mutation CorrectVisitTime($input: CorrectVisitTimeInput!) {\n    correctVisitTime(input: $input) {\n      id\n      startsAt\n      endsAt\n      visit {\n        state\n        providerAnswer\n        awaitingSince\n      }\n    }\n  }\n": types.CorrectVisitTimeDocument,
    "\n  mutation WithdrawVisit($bookingId: ID!) {\n    withdrawVisit(bookingId: $bookingId) {\n      id\n      visit {\n        state\n        providerAnswer\n      }\n    }\n  }\n": types.WithdrawVisitDocument,
    "\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      id\n      number\n      totalPence\n      issuedOn\n      dueOn\n      status\n      lines {\n        bookingId\n        amountPence\n      }\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  query Invoices($side: InvoiceSide!, $first: Int, $after: String) {\n    invoices(side: $side, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          totalPence\n          issuedOn\n          dueOn\n          status\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InvoicesDocument,
    "\n  mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {\n    recordInvoicePayment(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n": types.RecordInvoicePaymentDocument,
    "\n  mutation RunReminderScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": types.RunReminderScanDocument,
    "\n  mutation InvoicesConfirmReceipt($input: ConfirmInvoiceReceiptInput!) {\n    confirmInvoiceReceipt(input: $input) {\n      id\n      receipt\n    }\n  }\n": types.InvoicesConfirmReceiptDocument,
    "\n  mutation InvoicesCredit($input: IssueCreditNoteInput!) {\n    issueCreditNote(input: $input) {\n      id\n      number\n      amountPence\n    }\n  }\n": types.InvoicesCreditDocument,
    "\n  query InvoicesInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      status\n      overdue\n      totalPence\n      creditNotes {\n        number\n        amountPence\n      }\n      lines {\n        deliveredOn\n        timeText\n        service\n        quantityText\n        unitPricePence\n        amountPence\n      }\n      enterprise {\n        name\n      }\n    }\n  }\n": types.InvoicesInvoiceDocument,
    "\n  query VisitsVisit($id: ID!) {\n    booking(id: $id) {\n      id\n      visit {\n        state\n        answeredById\n        disputeReason\n        confirmedByDefaultOn\n      }\n    }\n  }\n": types.VisitsVisitDocument,
    "\n      query EnterpriseListings($enterpriseId: ID!, $first: Int, $after: String) {\n        enterpriseListings(enterpriseId: $enterpriseId, first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              title\n              status\n              verified\n              enterprise {\n                name\n              }\n              availability {\n                dayOfWeek\n              }\n            }\n          }\n        }\n      }\n    ": types.EnterpriseListingsDocument,
    "\n        query Page($input: ListingSearchInput!) {\n          searchListings(input: $input) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.PageDocument,
    "\n  mutation MarketplaceFixtureCreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      priceUnit\n      verified\n      postcodeDistrict\n      travelMiles\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": types.MarketplaceFixtureCreateListingDocument,
    "\n  mutation UpdateListing($input: UpdateListingInput!) {\n    updateListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      verified\n      postcodeDistrict\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n": types.UpdateListingDocument,
    "\n  mutation MarketplaceFixturePublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n      verified\n    }\n  }\n": types.MarketplaceFixturePublishListingDocument,
    "\n  mutation UnpublishListing($id: ID!) {\n    unpublishListing(id: $id) {\n      id\n      status\n      hiddenReason\n    }\n  }\n": types.UnpublishListingDocument,
    "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id\n      title\n      status\n      verified\n      hiddenReason\n      postcodeDistrict\n      enterprise {\n        name\n      }\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n": types.ListingDocument,
    "\n  query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {\n    searchListings(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceMiles\n        node {\n          id\n          title\n          category\n          pricePence\n          priceUnit\n          verified\n          postcodeDistrict\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchListingsDocument,
    "\n  mutation BookingBudgetListingRemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": types.BookingBudgetListingRemindersRunScanDocument,
    "\n  mutation BookingBudgetListingRemindersSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n": types.BookingBudgetListingRemindersSetUpBudgetDocument,
    "\n  mutation MailSecretsRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.MailSecretsRequestDocument,
    "\n  mutation MailSecretsReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n    }\n  }\n": types.MailSecretsResetDocument,
    "\n  mutation MailSecretsInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": types.MailSecretsInviteDocument,
    "\n          mutation MailSecretsCloseMyAccount($p: String!) {\n            closeMyAccount(password: $p)\n          }\n        ": types.MailSecretsCloseMyAccountDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int) {\n    notifications(unreadOnly: $unreadOnly, first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkReadDocument,
    "\n  query Preferences {\n    notificationPreferences {\n      kind\n      essential\n      muted\n      description\n    }\n  }\n": types.PreferencesDocument,
    "\n  mutation Mute($kind: NotificationKind!, $muted: Boolean!) {\n    muteNotificationKind(kind: $kind, muted: $muted) {\n      kind\n      essential\n      muted\n    }\n  }\n": types.MuteDocument,
    "\n  query NotificationsFeedUrl {\n    calendarFeedUrl\n  }\n": types.NotificationsFeedUrlDocument,
    "\n  mutation NotificationsResetFeed {\n    resetCalendarFeed\n  }\n": types.NotificationsResetFeedDocument,
    "\n        query NotificationsNotifications {\n          notifications(first: 5) {\n            edges {\n              node {\n                title\n                aboutId\n              }\n            }\n          }\n        }\n      ": types.NotificationsNotificationsDocument,
    "\n  mutation OtherRemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": types.OtherRemindersRunScanDocument,
    "\n  mutation RemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": types.RemindersRunScanDocument,
    "\n      query OpenReferralCapacity($id: ID!) {\n        listing(id: $id) {\n          id\n          capacity\n          pricePence\n          priceUnit\n        }\n      }\n    ": types.OpenReferralCapacityDocument,
    "\n      mutation OpenReferralUpdate($input: UpdateListingInput!) {\n        updateListing(input: $input) {\n          id\n          capacity\n        }\n      }\n    ": types.OpenReferralUpdateDocument,
    "\n        query DemoSeedSearchListings {\n          searchListings(input: { postcode: \"TA1 1AA\", radiusMiles: 25 }, first: 50) {\n            totalCount\n            edges {\n              node {\n                verified\n              }\n            }\n          }\n        }\n      ": types.DemoSeedSearchListingsDocument,
    "\n  query IntrospectionQuery {\n    __schema {\n      queryType {\n        name\n      }\n      types {\n        name\n        fields {\n          name\n        }\n      }\n    }\n  }\n": types.IntrospectionQueryDocument,
    "\n  query AuditTrail($recordType: String!, $recordId: ID!, $first: Int, $after: String) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorId\n          action\n          recordType\n          recordId\n          subjectUserId\n          detail\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation AuditSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n": types.AuditSetUpBudgetDocument,
    "\n  mutation AuditInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": types.AuditInviteDelegateDocument,
    "\n  mutation AuditRecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n": types.AuditRecordExpenseDocument,
    "\n  query AuditStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      entries {\n        payee\n        amountPence\n      }\n    }\n  }\n": types.AuditStatementDocument,
    "\n  query AuditSessions($id: ID!) {\n    enterprise(id: $id) {\n      sessions {\n        id\n        summary\n      }\n      lastSession {\n        summary\n      }\n    }\n  }\n": types.AuditSessionsDocument,
    "\n      query AuditList($first: Int) {\n        enterprises(first: $first) {\n          edges {\n            node {\n              id\n              lastSession {\n                summary\n              }\n            }\n          }\n        }\n      }\n    ": types.AuditListDocument,
    "\n  query CloseAccountExport {\n    exportMyData\n  }\n": types.CloseAccountExportDocument,
    "\n  mutation CloseAccountClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n": types.CloseAccountCloseDocument,
    "\n  query CloseAccountMe {\n    me {\n      id\n      email\n    }\n  }\n": types.CloseAccountMeDocument,
    "\n  mutation CloseAccountRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n    }\n  }\n": types.CloseAccountRefreshDocument,
    "\n  mutation CloseAccountMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n    }\n  }\n": types.CloseAccountMessageDocument,
    "\n  mutation CloseAccountExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n": types.CloseAccountExpenseDocument,
    "\n  mutation CloseAccountInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": types.CloseAccountInviteDelegateDocument,
    "\n  mutation CloseAccountMute {\n    muteNotificationKind(kind: BOOKING_UPDATE, muted: true) {\n      kind\n      muted\n    }\n  }\n": types.CloseAccountMuteDocument,
    "\n  query CloseAccountFeedUrl {\n    calendarFeedUrl\n  }\n": types.CloseAccountFeedUrlDocument,
    "\n  query CloseAccountMyBudgets {\n    myBudgets {\n      id\n    }\n  }\n": types.CloseAccountMyBudgetsDocument,
    "\n  mutation RedisSentinelRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": types.RedisSentinelRunScanDocument,
    "\n  query ScaleOutMe {\n    me {\n      id\n      email\n    }\n  }\n": types.ScaleOutMeDocument,
    "\n  mutation ScaleOutRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n": types.ScaleOutRefreshDocument,
    "\n  mutation ScaleOutRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n": types.ScaleOutRunScanDocument,
    "\n  mutation SecurityWorldRequestSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n    }\n  }\n": types.SecurityWorldRequestSeriesDocument,
    "\n      mutation SecurityWorldRemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n        removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n      }\n    ": types.SecurityWorldRemoveDelegateDocument,
    "\n      mutation SecurityWorldCloseMyAccount($p: String!) {\n        closeMyAccount(password: $p)\n      }\n    ": types.SecurityWorldCloseMyAccountDocument,
    "\n      mutation SecurityWorldRequestPasswordReset($email: String!) {\n        requestPasswordReset(email: $email)\n      }\n    ": types.SecurityWorldRequestPasswordResetDocument,
    "\n  mutation CatalystPagesRecord2($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n    }\n  }\n": types.CatalystPagesRecord2Document,
    "\n  mutation CatalystPagesMove2($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n    }\n  }\n": types.CatalystPagesMove2Document,
    "\n  mutation HolderBookingPublish($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n    }\n  }\n": types.HolderBookingPublishDocument,
    "\n  mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      bookings {\n        id\n      }\n    }\n  }\n": types.RequestBookingSeriesDocument,
    "\n  query ProviderJourneyDoneItems($id: ID!) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          id\n          status\n          checkedAt\n        }\n      }\n    }\n  }\n": types.ProviderJourneyDoneItemsDocument,
    "\n  mutation ProviderJourneyReview($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      checkedAt\n    }\n  }\n": types.ProviderJourneyReviewDocument,
    "\n          query B($id: ID!) {\n            booking(id: $id) {\n              status\n            }\n          }\n        ": types.BDocument,
    "\n  mutation TrustSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n": types.TrustSetUpBudgetDocument,
    "\n  mutation TrustInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": types.TrustInviteDelegateDocument,
    "\n            query TrustMe {\n              me {\n                id\n              }\n            }\n          ": types.TrustMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoriesSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').FactoriesSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoriesCreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n"): typeof import('./graphql').FactoriesCreateAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoriesInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').FactoriesInviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoriesAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').FactoriesAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      startsAt\n      endsAt\n      costPence\n    }\n  }\n"): typeof import('./graphql').RequestBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptBooking($id: ID!) {\n    acceptBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AcceptBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineBooking($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeclineBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n"): typeof import('./graphql').SetUpBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      priceUnit\n    }\n  }\n"): typeof import('./graphql').CreateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n      verified\n    }\n  }\n"): typeof import('./graphql').PublishListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingsBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      note\n      holderName\n      budgetId\n      listing {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').BookingsBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFixtureFeedUrl {\n    calendarFeedUrl\n  }\n"): typeof import('./graphql').CalendarFixtureFeedUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeriesAndMessagesRequestSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      weeks\n      bookings {\n        id\n        status\n        startsAt\n      }\n    }\n  }\n"): typeof import('./graphql').SeriesAndMessagesRequestSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeriesAndMessagesAcceptSeries($seriesId: ID!) {\n    acceptBookingSeries(seriesId: $seriesId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SeriesAndMessagesAcceptSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeriesAndMessagesMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n      body\n      mine\n    }\n  }\n"): typeof import('./graphql').SeriesAndMessagesMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesAndMessagesMessages($id: ID!) {\n    booking(id: $id) {\n      messages {\n        body\n        mine\n      }\n    }\n  }\n"): typeof import('./graphql').SeriesAndMessagesMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeriesAndMessagesInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n"): typeof import('./graphql').SeriesAndMessagesInviteDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesAndMessagesMyBookings($side: BookingSide) {\n    myBookings(side: $side) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeriesAndMessagesMyBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeRulesStatus($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TimeRulesStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhereAndWhoRequestWithPlace($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n    }\n  }\n"): typeof import('./graphql').WhereAndWhoRequestWithPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhereAndWhoWhereAndWho($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n    }\n  }\n"): typeof import('./graphql').WhereAndWhoWhereAndWhoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhereAndWhoFreeTimes($listingId: ID!, $weeks: Int) {\n    listingFreeTimes(listingId: $listingId, weeks: $weeks) {\n      startsAt\n      endsAt\n    }\n  }\n"): typeof import('./graphql').WhereAndWhoFreeTimesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhereAndWhoByBudget($budgetId: ID, $side: BookingSide) {\n    myBookings(side: $side, budgetId: $budgetId) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WhereAndWhoByBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhereAndWhoExport {\n    exportMyData\n  }\n"): typeof import('./graphql').WhereAndWhoExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhereAndWhoClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n"): typeof import('./graphql').WhereAndWhoCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetFixtureMyBudgets {\n    myBudgets {\n      id\n      label\n      myRole\n    }\n  }\n"): typeof import('./graphql').BudgetFixtureMyBudgetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n"): typeof import('./graphql').InviteDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      openingBalancePence\n      closingBalancePence\n      entries {\n        occurredOn\n        kind\n        payee\n        description\n        amountPence\n        receiptReference\n        balancePence\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetsContractSetUp($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetsContractSetUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetsContractBudget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      currentPeriod {\n        startsOn\n        endsOn\n        allocationPence\n        committedPence\n        spentPence\n        remainingPence\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetsContractBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetDelegates($budgetId: ID!) {\n    budgetDelegates(budgetId: $budgetId) {\n      id\n      email\n      displayName\n      status\n    }\n  }\n"): typeof import('./graphql').BudgetDelegatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n    removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n  }\n"): typeof import('./graphql').RemoveDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegateControlHolderName($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      holderName\n      myRole\n    }\n  }\n"): typeof import('./graphql').DelegateControlHolderNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation A($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        "): typeof import('./graphql').ADocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation Close($p: String!) {\n          closeMyAccount(password: $p)\n        }\n      "): typeof import('./graphql').CloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DelegateControlAcceptInvitation($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        "): typeof import('./graphql').DelegateControlAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation LedgerRecordExpense($input: RecordExpenseInput!) {\n            recordExpense(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').LedgerRecordExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                mutation LedgerRecordExpense2($input: RecordExpenseInput!) {\n                  recordExpense(input: $input) {\n                    id\n                  }\n                }\n              "): typeof import('./graphql').LedgerRecordExpense2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ChecklistsChecklist($id: ID!) {\n              checklist(enterpriseId: $id) {\n                status\n              }\n            }\n          "): typeof import('./graphql').ChecklistsChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ChecklistsChecklist2($id: ID!) {\n            checklist(enterpriseId: $id) {\n              status\n            }\n          }\n        "): typeof import('./graphql').ChecklistsChecklist2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChecksRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n"): typeof import('./graphql').ChecksRunScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicChecks($id: ID!) {\n    publicEnterprise(id: $id) {\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n"): typeof import('./graphql').PublicChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      stage\n      legalStructure\n      activities\n      postcode\n      area {\n        id\n      }\n      catalyst {\n        id\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n            mandatory\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CreateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addEnterpriseMember(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      activities\n    }\n  }\n"): typeof import('./graphql').UpdateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checklist($enterpriseId: ID!) {\n    checklist(enterpriseId: $enterpriseId) {\n      status\n      items {\n        id\n        enterpriseId\n        status\n        overdue\n        dueOn\n        expiresOn\n        completedOn\n        inProgressSince\n        reference\n        note\n        waivedReason\n        checkedAt\n        checkedBy {\n          id\n        }\n        returnedAt\n        returnedReason\n        awaitingCheckSince\n        member {\n          id\n          name\n        }\n        requirement {\n          code\n          title\n          guidance\n          legalBasis\n          sourceUrl\n          mandatory\n          appliesTo\n          beforeTrading\n          validityMonths\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n      reference\n      note\n      waivedReason\n      inProgressSince\n    }\n  }\n"): typeof import('./graphql').UpdateChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewChecklistItem($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      status\n      checkedAt\n      checkedBy {\n        id\n      }\n      returnedAt\n      returnedReason\n      awaitingCheckSince\n    }\n  }\n"): typeof import('./graphql').ReviewChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToCheck($first: Int, $after: String) {\n    checklistItemsToCheck(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          awaitingCheckSince\n          requirement {\n            code\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ToCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Due($days: Int!, $first: Int, $after: String) {\n    complianceDue(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n          }\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overdue($first: Int, $after: String) {\n    complianceOverdue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enterpriseId\n          status\n          overdue\n          dueOn\n          expiresOn\n          requirement {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOverride($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n"): typeof import('./graphql').SetOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').MoveEnterpriseStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evidence($enterpriseId: ID!) {\n    enterprise(id: $enterpriseId) {\n      checklist {\n        items {\n          id\n          evidence {\n            id\n            fileName\n            contentType\n            sizeBytes\n            uploadedAt\n            removable\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceExport {\n    exportMyData\n  }\n"): typeof import('./graphql').EvidenceExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n"): typeof import('./graphql').EvidenceCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActions($filter: ActionFilterInput, $first: Int, $after: String) {\n    myActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          owner\n          enterpriseId\n          enterpriseName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalystPagesRecord($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      actions {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CatalystPagesRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalystPagesMove($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CatalystPagesMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalystPagesEnterprises(\n    $filter: EnterpriseFilter\n    $first: Int\n    $after: String\n    $sort: EnterpriseSort\n  ) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          stage\n          nextDeadline\n          suggestedStage\n          checklist {\n            items {\n              status\n              dueOn\n              expiresOn\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalystPagesEnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalystPagesEnterprise($id: ID!, $after: String) {\n    enterprise(id: $id) {\n      id\n      suggestedStage\n      timeline(first: 2, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            kind\n            summary\n            actorName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalystPagesEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalystPagesPipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      enterprises {\n        id\n        suggestedStage\n      }\n    }\n  }\n"): typeof import('./graphql').CatalystPagesPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalystPagesImpact($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      newEnterprises\n      figures {\n        key\n        label\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').CatalystPagesImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmFixtureCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n      name\n      stage\n      legalStructure\n      activities\n      postcode\n      area {\n        id\n      }\n      catalyst {\n        id\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          requirement {\n            code\n            mandatory\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CrmFixtureCreateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      stage\n      activities\n      members {\n        id\n        name\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          member {\n            id\n          }\n          requirement {\n            code\n            title\n            mandatory\n          }\n        }\n      }\n      timeline(first: 20) {\n        edges {\n          node {\n            kind\n            occurredAt\n            summary\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          stage\n          catalyst {\n            id\n          }\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmFixtureMove($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').CrmFixtureMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      heldOn\n      minutes\n      actions {\n        id\n        title\n        dueOn\n        owner\n        done\n      }\n    }\n  }\n"): typeof import('./graphql').RecordCoachingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      count\n    }\n  }\n"): typeof import('./graphql').PipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      enterprisesSupported\n      newEnterprises\n      reachedTrading\n      medianDaysToTrading\n      jobsFte\n      peopleSupportedPerWeek\n      hoursPerWeek\n      coachingHours\n    }\n  }\n"): typeof import('./graphql').ImpactReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmFixtureUpdateItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n    }\n  }\n"): typeof import('./graphql').CrmFixtureUpdateItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseChangesUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      name\n      activities\n      fteHeadcount\n      overMicroLimit\n      catalyst {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseChangesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseChangesAddMember($input: AddMemberInput!) {\n    addEnterpriseMember(input: $input) {\n      id\n      name\n      role\n      hasAccount\n    }\n  }\n"): typeof import('./graphql').EnterpriseChangesAddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterpriseChangesPlace($input: PlaceOnBoardInput!) {\n    placeEnterpriseOnBoard(input: $input) {\n      id\n      boardPosition\n    }\n  }\n"): typeof import('./graphql').EnterpriseChangesPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseChangesBoard($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      enterprises {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseChangesBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseChangesChecklistCodes($id: ID!) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          requirement {\n            code\n          }\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseChangesChecklistCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EnterpriseImportRunReminderScan($asOf: Date) {\n          runReminderScan(asOf: $asOf)\n        }\n      "): typeof import('./graphql').EnterpriseImportRunReminderScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EnterprisesEnterprises {\n          enterprises(filter: { search: \"Edinburgh\" }) {\n            edges {\n              node {\n                name\n                area {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EnterprisesEnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpactReportUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      fteHeadcount\n    }\n  }\n"): typeof import('./graphql').ImpactReportUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ImpactReportImpactReport($areaId: ID!) {\n          impactReport(areaId: $areaId, from: \"2026-01-01\", to: \"2026-02-28\") {\n            listedEnterprises\n            verifiedEnterprises\n          }\n        }\n      "): typeof import('./graphql').ImpactReportImpactReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseImport($id: ID!) {\n    enterpriseImport(id: $id) {\n      id\n      status\n      dryRun\n      rowsTotal\n      rowsDone\n      created\n      updated\n      unchanged\n      rejected\n      possibleDuplicates\n      failure\n      errors(first: 50) {\n        row\n        column\n        message\n      }\n      duplicates {\n        row\n        name\n        postcode\n        created\n        candidates {\n          enterpriseId\n          name\n          similarity\n        }\n      }\n      columns {\n        header\n        field\n        sample\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {\n    runEnterpriseImport(input: $input) {\n      id\n      status\n      dryRun\n    }\n  }\n"): typeof import('./graphql').RunEnterpriseImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {\n    matchEnterpriseImportColumns(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MatchEnterpriseImportColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPrivacyExport {\n    exportMyData\n  }\n"): typeof import('./graphql').ImportPrivacyExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPrivacyRunReminderScan {\n    runReminderScan\n  }\n"): typeof import('./graphql').ImportPrivacyRunReminderScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPrivacyClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n"): typeof import('./graphql').ImportPrivacyCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoNPlusOneList($first: Int) {\n    enterprises(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          stage\n          catalyst {\n            id\n            displayName\n          }\n          members {\n            id\n            name\n          }\n          checklist {\n            status\n          }\n          lastSession {\n            heldOn\n            minutes\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NoNPlusOneListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineAndCoachingStageOf($id: ID!) {\n    enterprise(id: $id) {\n      stage\n      stageHistory {\n        fromStage\n        toStage\n        note\n      }\n      daysInStage\n    }\n  }\n"): typeof import('./graphql').PipelineAndCoachingStageOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineAndCoachingTimeline($id: ID!, $after: String) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          status\n        }\n      }\n      timeline(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PipelineAndCoachingTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PipelineAndCoachingMyActions($filter: ActionFilterInput) {\n        myActions(filter: $filter) {\n          totalCount\n          edges {\n            node {\n              id\n              enterpriseId\n              title\n              owner\n              dueOn\n              doneAt\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PipelineAndCoachingMyActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PipelineAndCoachingComplete($id: ID!) {\n        completeAction(id: $id) {\n          id\n          doneAt\n        }\n      }\n    "): typeof import('./graphql').PipelineAndCoachingCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCatalysts {\n    catalysts {\n      id\n      displayName\n      email\n      areas {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaffCatalystsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInvitations {\n    staffInvitations {\n      id\n      email\n      role\n      expired\n      expiresAt\n      areas {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaffInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resend($id: ID!) {\n    resendStaffInvitation(id: $id) {\n      id\n      email\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revoke($id: ID!) {\n    revokeStaffInvitation(id: $id)\n  }\n"): typeof import('./graphql').RevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overrides($areaId: ID!) {\n    requirementOverrides(areaId: $areaId) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n"): typeof import('./graphql').OverridesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Set($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').SetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n          acceptInvitation(input: $input) {\n            user {\n              roles\n            }\n          }\n        }\n      "): typeof import('./graphql').StaffAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation StaffAcceptInvitation2($input: AcceptInvitationInput!) {\n            acceptInvitation(input: $input) {\n              accessToken\n            }\n          }\n        "): typeof import('./graphql').StaffAcceptInvitation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StaffInviteDelegate($budgetId: ID!, $email: String!) {\n          inviteDelegate(budgetId: $budgetId, email: $email) {\n            email\n          }\n        }\n      "): typeof import('./graphql').StaffInviteDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation StaffSetUpBudget($input: SetUpBudgetInput!) {\n                setUpBudget(input: $input) {\n                  id\n                }\n              }\n            "): typeof import('./graphql').StaffSetUpBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StaffRequirements {\n            requirements {\n              code\n            }\n          }\n        "): typeof import('./graphql').StaffRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n"): typeof import('./graphql').CreateAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PasswordResetCloseMyAccount($p: String!) {\n          closeMyAccount(password: $p)\n        }\n      "): typeof import('./graphql').PasswordResetCloseMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceRemindersSettings($input: InvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n"): typeof import('./graphql').InvoiceRemindersSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceRemindersOwed($side: InvoiceSide!) {\n    moneyOwed(side: $side) {\n      totalPence\n      invoices\n      buckets {\n        bucket\n        label\n        invoices\n        amountPence\n      }\n    }\n  }\n"): typeof import('./graphql').InvoiceRemindersOwedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {\n    confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {\n      id\n      status\n      visit {\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectVisitTime($input: CorrectVisitTimeInput!) {\n    correctVisitTime(input: $input) {\n      id\n      startsAt\n      endsAt\n      visit {\n        state\n        providerAnswer\n        awaitingSince\n      }\n    }\n  }\n"): typeof import('./graphql').CorrectVisitTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawVisit($bookingId: ID!) {\n    withdrawVisit(bookingId: $bookingId) {\n      id\n      visit {\n        state\n        providerAnswer\n      }\n    }\n  }\n"): typeof import('./graphql').WithdrawVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      id\n      number\n      totalPence\n      issuedOn\n      dueOn\n      status\n      lines {\n        bookingId\n        amountPence\n      }\n    }\n  }\n"): typeof import('./graphql').IssueInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($side: InvoiceSide!, $first: Int, $after: String) {\n    invoices(side: $side, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          totalPence\n          issuedOn\n          dueOn\n          status\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {\n    recordInvoicePayment(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n"): typeof import('./graphql').RecordInvoicePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunReminderScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n"): typeof import('./graphql').RunReminderScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicesConfirmReceipt($input: ConfirmInvoiceReceiptInput!) {\n    confirmInvoiceReceipt(input: $input) {\n      id\n      receipt\n    }\n  }\n"): typeof import('./graphql').InvoicesConfirmReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicesCredit($input: IssueCreditNoteInput!) {\n    issueCreditNote(input: $input) {\n      id\n      number\n      amountPence\n    }\n  }\n"): typeof import('./graphql').InvoicesCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesInvoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      status\n      overdue\n      totalPence\n      creditNotes {\n        number\n        amountPence\n      }\n      lines {\n        deliveredOn\n        timeText\n        service\n        quantityText\n        unitPricePence\n        amountPence\n      }\n      enterprise {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvoicesInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitsVisit($id: ID!) {\n    booking(id: $id) {\n      id\n      visit {\n        state\n        answeredById\n        disputeReason\n        confirmedByDefaultOn\n      }\n    }\n  }\n"): typeof import('./graphql').VisitsVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EnterpriseListings($enterpriseId: ID!, $first: Int, $after: String) {\n        enterpriseListings(enterpriseId: $enterpriseId, first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              title\n              status\n              verified\n              enterprise {\n                name\n              }\n              availability {\n                dayOfWeek\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').EnterpriseListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Page($input: ListingSearchInput!) {\n          searchListings(input: $input) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarketplaceFixtureCreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      priceUnit\n      verified\n      postcodeDistrict\n      travelMiles\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MarketplaceFixtureCreateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateListing($input: UpdateListingInput!) {\n    updateListing(input: $input) {\n      id\n      status\n      title\n      category\n      pricePence\n      verified\n      postcodeDistrict\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarketplaceFixturePublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n      verified\n    }\n  }\n"): typeof import('./graphql').MarketplaceFixturePublishListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishListing($id: ID!) {\n    unpublishListing(id: $id) {\n      id\n      status\n      hiddenReason\n    }\n  }\n"): typeof import('./graphql').UnpublishListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id\n      title\n      status\n      verified\n      hiddenReason\n      postcodeDistrict\n      enterprise {\n        name\n      }\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n"): typeof import('./graphql').ListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {\n    searchListings(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceMiles\n        node {\n          id\n          title\n          category\n          pricePence\n          priceUnit\n          verified\n          postcodeDistrict\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingBudgetListingRemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n"): typeof import('./graphql').BookingBudgetListingRemindersRunScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingBudgetListingRemindersSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BookingBudgetListingRemindersSetUpBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailSecretsRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').MailSecretsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailSecretsReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').MailSecretsResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailSecretsInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MailSecretsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MailSecretsCloseMyAccount($p: String!) {\n            closeMyAccount(password: $p)\n          }\n        "): typeof import('./graphql').MailSecretsCloseMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int) {\n    notifications(unreadOnly: $unreadOnly, first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Preferences {\n    notificationPreferences {\n      kind\n      essential\n      muted\n      description\n    }\n  }\n"): typeof import('./graphql').PreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Mute($kind: NotificationKind!, $muted: Boolean!) {\n    muteNotificationKind(kind: $kind, muted: $muted) {\n      kind\n      essential\n      muted\n    }\n  }\n"): typeof import('./graphql').MuteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsFeedUrl {\n    calendarFeedUrl\n  }\n"): typeof import('./graphql').NotificationsFeedUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsResetFeed {\n    resetCalendarFeed\n  }\n"): typeof import('./graphql').NotificationsResetFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NotificationsNotifications {\n          notifications(first: 5) {\n            edges {\n              node {\n                title\n                aboutId\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').NotificationsNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OtherRemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n"): typeof import('./graphql').OtherRemindersRunScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n"): typeof import('./graphql').RemindersRunScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query OpenReferralCapacity($id: ID!) {\n        listing(id: $id) {\n          id\n          capacity\n          pricePence\n          priceUnit\n        }\n      }\n    "): typeof import('./graphql').OpenReferralCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OpenReferralUpdate($input: UpdateListingInput!) {\n        updateListing(input: $input) {\n          id\n          capacity\n        }\n      }\n    "): typeof import('./graphql').OpenReferralUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DemoSeedSearchListings {\n          searchListings(input: { postcode: \"TA1 1AA\", radiusMiles: 25 }, first: 50) {\n            totalCount\n            edges {\n              node {\n                verified\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').DemoSeedSearchListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntrospectionQuery {\n    __schema {\n      queryType {\n        name\n      }\n      types {\n        name\n        fields {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IntrospectionQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($recordType: String!, $recordId: ID!, $first: Int, $after: String) {\n    auditTrail(recordType: $recordType, recordId: $recordId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          actorId\n          action\n          recordType\n          recordId\n          subjectUserId\n          detail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditSetUpBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n"): typeof import('./graphql').AuditInviteDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditRecordExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      entries {\n        payee\n        amountPence\n      }\n    }\n  }\n"): typeof import('./graphql').AuditStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditSessions($id: ID!) {\n    enterprise(id: $id) {\n      sessions {\n        id\n        summary\n      }\n      lastSession {\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').AuditSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuditList($first: Int) {\n        enterprises(first: $first) {\n          edges {\n            node {\n              id\n              lastSession {\n                summary\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').AuditListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CloseAccountExport {\n    exportMyData\n  }\n"): typeof import('./graphql').CloseAccountExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAccountClose($password: String!) {\n    closeMyAccount(password: $password)\n  }\n"): typeof import('./graphql').CloseAccountCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CloseAccountMe {\n    me {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').CloseAccountMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAccountRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').CloseAccountRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAccountMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseAccountMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAccountExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseAccountExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAccountInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n"): typeof import('./graphql').CloseAccountInviteDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAccountMute {\n    muteNotificationKind(kind: BOOKING_UPDATE, muted: true) {\n      kind\n      muted\n    }\n  }\n"): typeof import('./graphql').CloseAccountMuteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CloseAccountFeedUrl {\n    calendarFeedUrl\n  }\n"): typeof import('./graphql').CloseAccountFeedUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CloseAccountMyBudgets {\n    myBudgets {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseAccountMyBudgetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedisSentinelRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n"): typeof import('./graphql').RedisSentinelRunScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleOutMe {\n    me {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').ScaleOutMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleOutRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ScaleOutRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleOutRunScan($asOf: Date) {\n    runReminderScan(asOf: $asOf)\n  }\n"): typeof import('./graphql').ScaleOutRunScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecurityWorldRequestSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SecurityWorldRequestSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SecurityWorldRemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n        removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n      }\n    "): typeof import('./graphql').SecurityWorldRemoveDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SecurityWorldCloseMyAccount($p: String!) {\n        closeMyAccount(password: $p)\n      }\n    "): typeof import('./graphql').SecurityWorldCloseMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SecurityWorldRequestPasswordReset($email: String!) {\n        requestPasswordReset(email: $email)\n      }\n    "): typeof import('./graphql').SecurityWorldRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalystPagesRecord2($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CatalystPagesRecord2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalystPagesMove2($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CatalystPagesMove2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HolderBookingPublish($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').HolderBookingPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      bookings {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RequestBookingSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderJourneyDoneItems($id: ID!) {\n    enterprise(id: $id) {\n      checklist {\n        items {\n          id\n          status\n          checkedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderJourneyDoneItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProviderJourneyReview($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      checkedAt\n    }\n  }\n"): typeof import('./graphql').ProviderJourneyReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query B($id: ID!) {\n            booking(id: $id) {\n              status\n            }\n          }\n        "): typeof import('./graphql').BDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustSetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TrustSetUpBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustInviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n"): typeof import('./graphql').TrustInviteDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TrustMe {\n              me {\n                id\n              }\n            }\n          "): typeof import('./graphql').TrustMeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
