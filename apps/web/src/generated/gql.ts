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
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          essential\n          readAt\n          createdAt\n          aboutId\n        }\n      }\n    }\n    notificationPreferences {\n      kind\n      description\n      essential\n      muted\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MuteNotificationKind($kind: NotificationKind!, $muted: Boolean!) {\n    muteNotificationKind(kind: $kind, muted: $muted) {\n      kind\n      muted\n    }\n  }\n": typeof types.MuteNotificationKindDocument,
    "\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Areas {\n    areas {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": typeof types.AreasDocument,
    "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": typeof types.CreateAreaDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query Requirements {\n    requirements {\n      code\n      title\n      validityMonths\n      mandatory\n    }\n  }\n": typeof types.RequirementsDocument,
    "\n  mutation SetRequirementOverride($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n": typeof types.SetRequirementOverrideDocument,
    "\n  query CatalystsAndInvitations {\n    catalysts {\n      id\n      displayName\n      email\n      areas {\n        id\n        name\n      }\n    }\n    staffInvitations {\n      id\n      email\n      role\n      sentAt\n      expiresAt\n      expired\n      areas {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CatalystsAndInvitationsDocument,
    "\n  mutation ResendStaffInvitation($id: ID!) {\n    resendStaffInvitation(id: $id) {\n      id\n      email\n      expiresAt\n    }\n  }\n": typeof types.ResendStaffInvitationDocument,
    "\n  mutation RevokeStaffInvitation($id: ID!) {\n    revokeStaffInvitation(id: $id)\n  }\n": typeof types.RevokeStaffInvitationDocument,
    "\n  query AreaRules($areaId: ID!) {\n    areas {\n      id\n      name\n      postcodeDistricts\n    }\n    requirements {\n      code\n      title\n      validityMonths\n      mandatory\n    }\n    requirementOverrides(areaId: $areaId) {\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n": typeof types.AreaRulesDocument,
    "\n  query CaseloadImportReport($id: ID!) {\n    enterpriseImport(id: $id) {\n      id\n      areaId\n      fileName\n      status\n      dryRun\n      rowsTotal\n      rowsDone\n      created\n      updated\n      unchanged\n      rejected\n      possibleDuplicates\n      failure\n      sendInvitations\n      createPossibleDuplicates\n      errors(first: 50) {\n        row\n        column\n        message\n      }\n      duplicates(first: 50) {\n        row\n        name\n        postcode\n        created\n        candidates {\n          enterpriseId\n          name\n          similarity\n        }\n      }\n      columns {\n        header\n        field\n        sample\n      }\n    }\n  }\n": typeof types.CaseloadImportReportDocument,
    "\n  query CaseloadImportFields {\n    enterpriseImportFields {\n      field\n      header\n      hint\n      required\n    }\n  }\n": typeof types.CaseloadImportFieldsDocument,
    "\n  mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {\n    matchEnterpriseImportColumns(input: $input) {\n      id\n    }\n  }\n": typeof types.MatchEnterpriseImportColumnsDocument,
    "\n  mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {\n    runEnterpriseImport(input: $input) {\n      id\n    }\n  }\n": typeof types.RunEnterpriseImportDocument,
    "\n  query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String, $sort: EnterpriseSort) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          stage\n          district\n          daysInStage\n          area {\n            id\n            name\n          }\n          catalyst {\n            id\n            displayName\n          }\n          nextDeadline\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterprisesDocument,
    "\n  query EnterpriseNames($first: Int) {\n    enterprises(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseNamesDocument,
    "\n  query Pipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      count\n      enterprises {\n        id\n        name\n        district\n        daysInStage\n        suggestedStage\n        checklist {\n          status\n        }\n      }\n    }\n  }\n": typeof types.PipelineDocument,
    "\n  mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      name\n      stage\n    }\n  }\n": typeof types.MoveEnterpriseStageDocument,
    "\n  query Enterprise($id: ID!, $timelineAfter: String) {\n    enterprise(id: $id) {\n      id\n      name\n      stage\n      suggestedStage\n      daysInStage\n      postcode\n      legalStructure\n      activities\n      plannedTradingOn\n      area {\n        id\n        name\n      }\n      catalyst {\n        id\n        displayName\n      }\n      members {\n        id\n        name\n        role\n        email\n        hasAccount\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          completedOn\n          overdue\n          waivedReason\n          reference\n          note\n          inProgressSince\n          checkedAt\n          returnedAt\n          returnedReason\n          awaitingCheckSince\n          member {\n            name\n          }\n          requirement {\n            code\n            title\n            mandatory\n            beforeTrading\n            guidance\n          }\n          evidence {\n            id\n            fileName\n            sizeBytes\n          }\n        }\n      }\n      timeline(first: 20, after: $timelineAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            occurredAt\n            summary\n            actorName\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseDocument,
    "\n  query EnterpriseName($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.EnterpriseNameDocument,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateChecklistItemDocument,
    "\n  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      heldOn\n      actions {\n        id\n      }\n    }\n  }\n": typeof types.RecordCoachingSessionDocument,
    "\n  query MyActions($filter: ActionFilterInput, $first: Int, $after: String) {\n    myActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          enterpriseName\n          title\n          dueOn\n          owner\n          done\n        }\n      }\n    }\n  }\n": typeof types.MyActionsDocument,
    "\n  mutation CompleteAction($id: ID!) {\n    completeAction(id: $id) {\n      id\n      title\n      done\n    }\n  }\n": typeof types.CompleteActionDocument,
    "\n  fragment DeadlineFields on ChecklistItemConnection {\n    totalCount\n    edges {\n      node {\n        id\n        enterpriseId\n        status\n        dueOn\n        expiresOn\n        member {\n          name\n        }\n        requirement {\n          title\n        }\n      }\n    }\n  }\n": typeof types.DeadlineFieldsFragmentDoc,
    "\n  query ComplianceDeadlines($days: Int!, $first: Int) {\n    complianceOverdue(first: $first) {\n      ...DeadlineFields\n    }\n    complianceDue(days: $days, first: $first) {\n      ...DeadlineFields\n    }\n  }\n": typeof types.ComplianceDeadlinesDocument,
    "\n  query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      figures {\n        key\n        label\n        value\n      }\n    }\n  }\n": typeof types.ImpactReportDocument,
    "\n  query ChecklistItemsToCheck($first: Int, $after: String) {\n    checklistItemsToCheck(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          awaitingCheckSince\n          member {\n            name\n          }\n          requirement {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChecklistItemsToCheckDocument,
    "\n  query ToCheckCount {\n    checklistItemsToCheck(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.ToCheckCountDocument,
    "\n  mutation ReviewChecklistItemFromWeb($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      status\n      checkedAt\n      returnedReason\n    }\n  }\n": typeof types.ReviewChecklistItemFromWebDocument,
    "\n  query BudgetDelegates($budgetId: ID!) {\n    personalBudget(id: $budgetId) {\n      id\n      label\n      myRole\n    }\n    budgetDelegates(budgetId: $budgetId) {\n      id\n      email\n      displayName\n      status\n    }\n  }\n": typeof types.BudgetDelegatesDocument,
    "\n  mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n    removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n  }\n": typeof types.RemoveDelegateDocument,
    "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id\n      title\n      description\n      category\n      pricePence\n      priceUnit\n      capacity\n      verified\n      postcodeDistrict\n      status\n      enterprise {\n        id\n        name\n      }\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n": typeof types.ListingDocument,
    "\n  query ListingFreeTimes($listingId: ID!, $weeks: Int) {\n    listingFreeTimes(listingId: $listingId, weeks: $weeks) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.ListingFreeTimesDocument,
    "\n  fragment PeriodFields on BudgetPeriod {\n    id\n    startsOn\n    endsOn\n    allocationPence\n    carriedPence\n    committedPence\n    spentPence\n    remainingPence\n  }\n": typeof types.PeriodFieldsFragmentDoc,
    "\n  query MyBudgets {\n    myBudgets {\n      id\n      label\n      myRole\n      holderName\n      currentPeriod {\n        ...PeriodFields\n      }\n    }\n  }\n": typeof types.MyBudgetsDocument,
    "\n  query Budget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      myRole\n      holderName\n      paymentPence\n      contributionPence\n      periodDays\n      startsOn\n      carriedPence\n      surplusFlag\n      surplusPence\n      surplusExplanation\n      currentPeriod {\n        ...PeriodFields\n      }\n    }\n  }\n": typeof types.BudgetDocument,
    "\n  mutation SetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n": typeof types.SetUpBudgetDocument,
    "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n    }\n  }\n": typeof types.RequestBookingDocument,
    "\n  mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      weeks\n      bookings {\n        id\n      }\n    }\n  }\n": typeof types.RequestBookingSeriesDocument,
    "\n  query MyBookings($first: Int, $after: String, $budgetId: ID, $status: BookingStatus) {\n    myBookings(side: HOLDER, first: $first, after: $after, budgetId: $budgetId, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          startsAt\n          endsAt\n          costPence\n          providerName\n          listing {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      startsAt\n      endsAt\n      costPence\n      expiresAt\n      note\n      answerReason\n      budgetId\n      seriesId\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n      listing {\n        id\n        title\n      }\n      messages {\n        id\n        body\n        createdAt\n        mine\n      }\n    }\n  }\n": typeof types.BookingDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation SendBookingMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.SendBookingMessageDocument,
    "\n  query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      label\n      openingBalancePence\n      closingBalancePence\n      entries {\n        id\n        occurredOn\n        kind\n        payee\n        description\n        amountPence\n        receiptReference\n        balancePence\n      }\n    }\n  }\n": typeof types.BudgetStatementDocument,
    "\n  mutation RecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordExpenseDocument,
    "\n  mutation InviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": typeof types.InviteDelegateDocument,
    "\n  query DeliveredBookings($side: BookingSide!, $first: Int) {\n    myBookings(side: $side, status: COMPLETED, first: $first) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          costPence\n          holderName\n          invoiceNumber\n          listing {\n            title\n          }\n          visit {\n            state\n            confirmedByDefaultOn\n            disputeReason\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeliveredBookingsDocument,
    "\n  mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {\n    confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {\n      id\n      visit {\n        state\n      }\n    }\n  }\n": typeof types.ConfirmVisitDocument,
    "\n  query BookingVisit($id: ID!) {\n    booking(id: $id) {\n      id\n      startsAt\n      endsAt\n      costPence\n      holderName\n      invoiceNumber\n      listing {\n        title\n      }\n      visit {\n        state\n        confirmedByDefaultOn\n        disputeReason\n      }\n    }\n  }\n": typeof types.BookingVisitDocument,
    "\n  query Invoices($side: InvoiceSide!, $first: Int) {\n    invoices(side: $side, first: $first) {\n      edges {\n        node {\n          id\n          number\n          totalPence\n          issuedOn\n          dueOn\n          paidOn\n          status\n          overdue\n          receipt\n          holderName\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n    moneyOwed(side: $side) {\n      totalPence\n      invoices\n      buckets {\n        bucket\n        label\n        invoices\n        amountPence\n      }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      totalPence\n      issuedOn\n      dueOn\n      paidOn\n      status\n      overdue\n      receipt\n      holderName\n      enterprise {\n        name\n      }\n    }\n  }\n": typeof types.InvoiceDocument,
    "\n  mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {\n    recordInvoicePayment(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n": typeof types.RecordInvoicePaymentDocument,
    "\n  mutation ConfirmInvoiceReceipt($input: ConfirmInvoiceReceiptInput!) {\n    confirmInvoiceReceipt(input: $input) {\n      id\n      receipt\n    }\n  }\n": typeof types.ConfirmInvoiceReceiptDocument,
    "\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      id\n      number\n      totalPence\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  query InvoiceSettings($enterpriseId: ID!) {\n    invoiceSettings(enterpriseId: $enterpriseId) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n": typeof types.InvoiceSettingsDocument,
    "\n  mutation SetInvoiceSettings($input: InvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n": typeof types.SetInvoiceSettingsDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query MyEnterprises($first: Int) {\n    enterprises(first: $first) {\n      edges {\n        node {\n          id\n          name\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEnterprisesDocument,
    "\n  query Checklist($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      checklist {\n        status\n        items {\n          id\n          status\n          overdue\n          dueOn\n          expiresOn\n          completedOn\n          inProgressSince\n          reference\n          note\n          waivedReason\n          checkedAt\n          returnedReason\n          member {\n            name\n          }\n          requirement {\n            code\n            title\n            guidance\n            sourceUrl\n            mandatory\n            validityMonths\n          }\n          evidence {\n            id\n            fileName\n            contentType\n            sizeBytes\n            removable\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChecklistDocument,
    "\n  mutation ProviderUpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n    }\n  }\n": typeof types.ProviderUpdateChecklistItemDocument,
    "\n  fragment ProviderListingFields on Listing {\n    id\n    title\n    description\n    category\n    pricePence\n    priceUnit\n    capacity\n    status\n    verified\n    hiddenReason\n    postcodeDistrict\n    travelMiles\n    availability {\n      dayOfWeek\n      startTime\n      endTime\n    }\n  }\n": typeof types.ProviderListingFieldsFragmentDoc,
    "\n  query EnterpriseListings($enterpriseId: ID!, $first: Int) {\n    enterprise(id: $enterpriseId) {\n      id\n      name\n    }\n    enterpriseListings(enterpriseId: $enterpriseId, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProviderListingFields\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseListingsDocument,
    "\n  query ProviderListing($id: ID!) {\n    listing(id: $id) {\n      ...ProviderListingFields\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProviderListingDocument,
    "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateListingDocument,
    "\n  mutation UpdateListing($input: UpdateListingInput!) {\n    updateListing(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateListingDocument,
    "\n  mutation PublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishListingDocument,
    "\n  mutation UnpublishListing($id: ID!) {\n    unpublishListing(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.UnpublishListingDocument,
    "\n  fragment ProviderBookingFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    costPence\n    note\n    holderName\n    answerReason\n    expiresAt\n    seriesId\n    listing {\n      id\n      title\n    }\n  }\n": typeof types.ProviderBookingFieldsFragmentDoc,
    "\n  query ProviderBookings($first: Int) {\n    myBookings(side: PROVIDER, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProviderBookingFields\n        }\n      }\n    }\n  }\n": typeof types.ProviderBookingsDocument,
    "\n  query ProviderBooking($id: ID!) {\n    booking(id: $id) {\n      ...ProviderBookingFields\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n      }\n      messages {\n        id\n        body\n        createdAt\n        mine\n      }\n    }\n  }\n": typeof types.ProviderBookingDocument,
    "\n  mutation AcceptBooking($id: ID!) {\n    acceptBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptBookingDocument,
    "\n  mutation AcceptBookingSeries($seriesId: ID!) {\n    acceptBookingSeries(seriesId: $seriesId) {\n      id\n    }\n  }\n": typeof types.AcceptBookingSeriesDocument,
    "\n  mutation DeclineBooking($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineBookingDocument,
    "\n  mutation DeclineBookingSeries($seriesId: ID!, $reason: String!) {\n    declineBookingSeries(seriesId: $seriesId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.DeclineBookingSeriesDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteBookingDocument,
    "\n  query CalendarFeedUrl {\n    calendarFeedUrl\n  }\n": typeof types.CalendarFeedUrlDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n": typeof types.ResetCalendarFeedDocument,
    "\n  query PublicEnterprise($id: ID!) {\n    publicEnterprise(id: $id) {\n      id\n      name\n      legalStructure\n      postcodeDistrict\n      activities\n      place {\n        district\n        latitude\n        longitude\n      }\n      listings {\n        id\n        title\n        description\n        category\n        pricePence\n        priceUnit\n        capacity\n        postcodeDistrict\n        travelMiles\n      }\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n": typeof types.PublicEnterpriseDocument,
    "\n  query ListingChecksMade($enterpriseId: ID!) {\n    publicEnterprise(id: $enterpriseId) {\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n": typeof types.ListingChecksMadeDocument,
    "\n  query DistrictCentres($districts: [String!]!) {\n    districtCentres(districts: $districts) {\n      district\n      latitude\n      longitude\n    }\n  }\n": typeof types.DistrictCentresDocument,
    "\n  query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {\n    searchListings(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceMiles\n        node {\n          id\n          title\n          category\n          pricePence\n          priceUnit\n          capacity\n          verified\n          postcodeDistrict\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchListingsDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n": types.SignOutDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          essential\n          readAt\n          createdAt\n          aboutId\n        }\n      }\n    }\n    notificationPreferences {\n      kind\n      description\n      essential\n      muted\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MuteNotificationKind($kind: NotificationKind!, $muted: Boolean!) {\n    muteNotificationKind(kind: $kind, muted: $muted) {\n      kind\n      muted\n    }\n  }\n": types.MuteNotificationKindDocument,
    "\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Areas {\n    areas {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": types.AreasDocument,
    "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n": types.CreateAreaDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InviteUserDocument,
    "\n  query Requirements {\n    requirements {\n      code\n      title\n      validityMonths\n      mandatory\n    }\n  }\n": types.RequirementsDocument,
    "\n  mutation SetRequirementOverride($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n": types.SetRequirementOverrideDocument,
    "\n  query CatalystsAndInvitations {\n    catalysts {\n      id\n      displayName\n      email\n      areas {\n        id\n        name\n      }\n    }\n    staffInvitations {\n      id\n      email\n      role\n      sentAt\n      expiresAt\n      expired\n      areas {\n        id\n        name\n      }\n    }\n  }\n": types.CatalystsAndInvitationsDocument,
    "\n  mutation ResendStaffInvitation($id: ID!) {\n    resendStaffInvitation(id: $id) {\n      id\n      email\n      expiresAt\n    }\n  }\n": types.ResendStaffInvitationDocument,
    "\n  mutation RevokeStaffInvitation($id: ID!) {\n    revokeStaffInvitation(id: $id)\n  }\n": types.RevokeStaffInvitationDocument,
    "\n  query AreaRules($areaId: ID!) {\n    areas {\n      id\n      name\n      postcodeDistricts\n    }\n    requirements {\n      code\n      title\n      validityMonths\n      mandatory\n    }\n    requirementOverrides(areaId: $areaId) {\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n": types.AreaRulesDocument,
    "\n  query CaseloadImportReport($id: ID!) {\n    enterpriseImport(id: $id) {\n      id\n      areaId\n      fileName\n      status\n      dryRun\n      rowsTotal\n      rowsDone\n      created\n      updated\n      unchanged\n      rejected\n      possibleDuplicates\n      failure\n      sendInvitations\n      createPossibleDuplicates\n      errors(first: 50) {\n        row\n        column\n        message\n      }\n      duplicates(first: 50) {\n        row\n        name\n        postcode\n        created\n        candidates {\n          enterpriseId\n          name\n          similarity\n        }\n      }\n      columns {\n        header\n        field\n        sample\n      }\n    }\n  }\n": types.CaseloadImportReportDocument,
    "\n  query CaseloadImportFields {\n    enterpriseImportFields {\n      field\n      header\n      hint\n      required\n    }\n  }\n": types.CaseloadImportFieldsDocument,
    "\n  mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {\n    matchEnterpriseImportColumns(input: $input) {\n      id\n    }\n  }\n": types.MatchEnterpriseImportColumnsDocument,
    "\n  mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {\n    runEnterpriseImport(input: $input) {\n      id\n    }\n  }\n": types.RunEnterpriseImportDocument,
    "\n  query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String, $sort: EnterpriseSort) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          stage\n          district\n          daysInStage\n          area {\n            id\n            name\n          }\n          catalyst {\n            id\n            displayName\n          }\n          nextDeadline\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.EnterprisesDocument,
    "\n  query EnterpriseNames($first: Int) {\n    enterprises(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EnterpriseNamesDocument,
    "\n  query Pipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      count\n      enterprises {\n        id\n        name\n        district\n        daysInStage\n        suggestedStage\n        checklist {\n          status\n        }\n      }\n    }\n  }\n": types.PipelineDocument,
    "\n  mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      name\n      stage\n    }\n  }\n": types.MoveEnterpriseStageDocument,
    "\n  query Enterprise($id: ID!, $timelineAfter: String) {\n    enterprise(id: $id) {\n      id\n      name\n      stage\n      suggestedStage\n      daysInStage\n      postcode\n      legalStructure\n      activities\n      plannedTradingOn\n      area {\n        id\n        name\n      }\n      catalyst {\n        id\n        displayName\n      }\n      members {\n        id\n        name\n        role\n        email\n        hasAccount\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          completedOn\n          overdue\n          waivedReason\n          reference\n          note\n          inProgressSince\n          checkedAt\n          returnedAt\n          returnedReason\n          awaitingCheckSince\n          member {\n            name\n          }\n          requirement {\n            code\n            title\n            mandatory\n            beforeTrading\n            guidance\n          }\n          evidence {\n            id\n            fileName\n            sizeBytes\n          }\n        }\n      }\n      timeline(first: 20, after: $timelineAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            occurredAt\n            summary\n            actorName\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseDocument,
    "\n  query EnterpriseName($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n    }\n  }\n": types.EnterpriseNameDocument,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateChecklistItemDocument,
    "\n  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      heldOn\n      actions {\n        id\n      }\n    }\n  }\n": types.RecordCoachingSessionDocument,
    "\n  query MyActions($filter: ActionFilterInput, $first: Int, $after: String) {\n    myActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          enterpriseName\n          title\n          dueOn\n          owner\n          done\n        }\n      }\n    }\n  }\n": types.MyActionsDocument,
    "\n  mutation CompleteAction($id: ID!) {\n    completeAction(id: $id) {\n      id\n      title\n      done\n    }\n  }\n": types.CompleteActionDocument,
    "\n  fragment DeadlineFields on ChecklistItemConnection {\n    totalCount\n    edges {\n      node {\n        id\n        enterpriseId\n        status\n        dueOn\n        expiresOn\n        member {\n          name\n        }\n        requirement {\n          title\n        }\n      }\n    }\n  }\n": types.DeadlineFieldsFragmentDoc,
    "\n  query ComplianceDeadlines($days: Int!, $first: Int) {\n    complianceOverdue(first: $first) {\n      ...DeadlineFields\n    }\n    complianceDue(days: $days, first: $first) {\n      ...DeadlineFields\n    }\n  }\n": types.ComplianceDeadlinesDocument,
    "\n  query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      figures {\n        key\n        label\n        value\n      }\n    }\n  }\n": types.ImpactReportDocument,
    "\n  query ChecklistItemsToCheck($first: Int, $after: String) {\n    checklistItemsToCheck(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          awaitingCheckSince\n          member {\n            name\n          }\n          requirement {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ChecklistItemsToCheckDocument,
    "\n  query ToCheckCount {\n    checklistItemsToCheck(first: 0) {\n      totalCount\n    }\n  }\n": types.ToCheckCountDocument,
    "\n  mutation ReviewChecklistItemFromWeb($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      status\n      checkedAt\n      returnedReason\n    }\n  }\n": types.ReviewChecklistItemFromWebDocument,
    "\n  query BudgetDelegates($budgetId: ID!) {\n    personalBudget(id: $budgetId) {\n      id\n      label\n      myRole\n    }\n    budgetDelegates(budgetId: $budgetId) {\n      id\n      email\n      displayName\n      status\n    }\n  }\n": types.BudgetDelegatesDocument,
    "\n  mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n    removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n  }\n": types.RemoveDelegateDocument,
    "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id\n      title\n      description\n      category\n      pricePence\n      priceUnit\n      capacity\n      verified\n      postcodeDistrict\n      status\n      enterprise {\n        id\n        name\n      }\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n": types.ListingDocument,
    "\n  query ListingFreeTimes($listingId: ID!, $weeks: Int) {\n    listingFreeTimes(listingId: $listingId, weeks: $weeks) {\n      startsAt\n      endsAt\n    }\n  }\n": types.ListingFreeTimesDocument,
    "\n  fragment PeriodFields on BudgetPeriod {\n    id\n    startsOn\n    endsOn\n    allocationPence\n    carriedPence\n    committedPence\n    spentPence\n    remainingPence\n  }\n": types.PeriodFieldsFragmentDoc,
    "\n  query MyBudgets {\n    myBudgets {\n      id\n      label\n      myRole\n      holderName\n      currentPeriod {\n        ...PeriodFields\n      }\n    }\n  }\n": types.MyBudgetsDocument,
    "\n  query Budget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      myRole\n      holderName\n      paymentPence\n      contributionPence\n      periodDays\n      startsOn\n      carriedPence\n      surplusFlag\n      surplusPence\n      surplusExplanation\n      currentPeriod {\n        ...PeriodFields\n      }\n    }\n  }\n": types.BudgetDocument,
    "\n  mutation SetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n": types.SetUpBudgetDocument,
    "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n    }\n  }\n": types.RequestBookingDocument,
    "\n  mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      weeks\n      bookings {\n        id\n      }\n    }\n  }\n": types.RequestBookingSeriesDocument,
    "\n  query MyBookings($first: Int, $after: String, $budgetId: ID, $status: BookingStatus) {\n    myBookings(side: HOLDER, first: $first, after: $after, budgetId: $budgetId, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          startsAt\n          endsAt\n          costPence\n          providerName\n          listing {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MyBookingsDocument,
    "\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      startsAt\n      endsAt\n      costPence\n      expiresAt\n      note\n      answerReason\n      budgetId\n      seriesId\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n      listing {\n        id\n        title\n      }\n      messages {\n        id\n        body\n        createdAt\n        mine\n      }\n    }\n  }\n": types.BookingDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation SendBookingMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n    }\n  }\n": types.SendBookingMessageDocument,
    "\n  query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      label\n      openingBalancePence\n      closingBalancePence\n      entries {\n        id\n        occurredOn\n        kind\n        payee\n        description\n        amountPence\n        receiptReference\n        balancePence\n      }\n    }\n  }\n": types.BudgetStatementDocument,
    "\n  mutation RecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n": types.RecordExpenseDocument,
    "\n  mutation InviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n": types.InviteDelegateDocument,
    "\n  query DeliveredBookings($side: BookingSide!, $first: Int) {\n    myBookings(side: $side, status: COMPLETED, first: $first) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          costPence\n          holderName\n          invoiceNumber\n          listing {\n            title\n          }\n          visit {\n            state\n            confirmedByDefaultOn\n            disputeReason\n          }\n        }\n      }\n    }\n  }\n": types.DeliveredBookingsDocument,
    "\n  mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {\n    confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {\n      id\n      visit {\n        state\n      }\n    }\n  }\n": types.ConfirmVisitDocument,
    "\n  query BookingVisit($id: ID!) {\n    booking(id: $id) {\n      id\n      startsAt\n      endsAt\n      costPence\n      holderName\n      invoiceNumber\n      listing {\n        title\n      }\n      visit {\n        state\n        confirmedByDefaultOn\n        disputeReason\n      }\n    }\n  }\n": types.BookingVisitDocument,
    "\n  query Invoices($side: InvoiceSide!, $first: Int) {\n    invoices(side: $side, first: $first) {\n      edges {\n        node {\n          id\n          number\n          totalPence\n          issuedOn\n          dueOn\n          paidOn\n          status\n          overdue\n          receipt\n          holderName\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n    moneyOwed(side: $side) {\n      totalPence\n      invoices\n      buckets {\n        bucket\n        label\n        invoices\n        amountPence\n      }\n    }\n  }\n": types.InvoicesDocument,
    "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      totalPence\n      issuedOn\n      dueOn\n      paidOn\n      status\n      overdue\n      receipt\n      holderName\n      enterprise {\n        name\n      }\n    }\n  }\n": types.InvoiceDocument,
    "\n  mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {\n    recordInvoicePayment(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n": types.RecordInvoicePaymentDocument,
    "\n  mutation ConfirmInvoiceReceipt($input: ConfirmInvoiceReceiptInput!) {\n    confirmInvoiceReceipt(input: $input) {\n      id\n      receipt\n    }\n  }\n": types.ConfirmInvoiceReceiptDocument,
    "\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      id\n      number\n      totalPence\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  query InvoiceSettings($enterpriseId: ID!) {\n    invoiceSettings(enterpriseId: $enterpriseId) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n": types.InvoiceSettingsDocument,
    "\n  mutation SetInvoiceSettings($input: InvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n": types.SetInvoiceSettingsDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query MyEnterprises($first: Int) {\n    enterprises(first: $first) {\n      edges {\n        node {\n          id\n          name\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.MyEnterprisesDocument,
    "\n  query Checklist($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      checklist {\n        status\n        items {\n          id\n          status\n          overdue\n          dueOn\n          expiresOn\n          completedOn\n          inProgressSince\n          reference\n          note\n          waivedReason\n          checkedAt\n          returnedReason\n          member {\n            name\n          }\n          requirement {\n            code\n            title\n            guidance\n            sourceUrl\n            mandatory\n            validityMonths\n          }\n          evidence {\n            id\n            fileName\n            contentType\n            sizeBytes\n            removable\n          }\n        }\n      }\n    }\n  }\n": types.ChecklistDocument,
    "\n  mutation ProviderUpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n    }\n  }\n": types.ProviderUpdateChecklistItemDocument,
    "\n  fragment ProviderListingFields on Listing {\n    id\n    title\n    description\n    category\n    pricePence\n    priceUnit\n    capacity\n    status\n    verified\n    hiddenReason\n    postcodeDistrict\n    travelMiles\n    availability {\n      dayOfWeek\n      startTime\n      endTime\n    }\n  }\n": types.ProviderListingFieldsFragmentDoc,
    "\n  query EnterpriseListings($enterpriseId: ID!, $first: Int) {\n    enterprise(id: $enterpriseId) {\n      id\n      name\n    }\n    enterpriseListings(enterpriseId: $enterpriseId, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProviderListingFields\n        }\n      }\n    }\n  }\n": types.EnterpriseListingsDocument,
    "\n  query ProviderListing($id: ID!) {\n    listing(id: $id) {\n      ...ProviderListingFields\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n": types.ProviderListingDocument,
    "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n    }\n  }\n": types.CreateListingDocument,
    "\n  mutation UpdateListing($input: UpdateListingInput!) {\n    updateListing(input: $input) {\n      id\n    }\n  }\n": types.UpdateListingDocument,
    "\n  mutation PublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishListingDocument,
    "\n  mutation UnpublishListing($id: ID!) {\n    unpublishListing(id: $id) {\n      id\n      status\n    }\n  }\n": types.UnpublishListingDocument,
    "\n  fragment ProviderBookingFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    costPence\n    note\n    holderName\n    answerReason\n    expiresAt\n    seriesId\n    listing {\n      id\n      title\n    }\n  }\n": types.ProviderBookingFieldsFragmentDoc,
    "\n  query ProviderBookings($first: Int) {\n    myBookings(side: PROVIDER, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProviderBookingFields\n        }\n      }\n    }\n  }\n": types.ProviderBookingsDocument,
    "\n  query ProviderBooking($id: ID!) {\n    booking(id: $id) {\n      ...ProviderBookingFields\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n      }\n      messages {\n        id\n        body\n        createdAt\n        mine\n      }\n    }\n  }\n": types.ProviderBookingDocument,
    "\n  mutation AcceptBooking($id: ID!) {\n    acceptBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.AcceptBookingDocument,
    "\n  mutation AcceptBookingSeries($seriesId: ID!) {\n    acceptBookingSeries(seriesId: $seriesId) {\n      id\n    }\n  }\n": types.AcceptBookingSeriesDocument,
    "\n  mutation DeclineBooking($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DeclineBookingDocument,
    "\n  mutation DeclineBookingSeries($seriesId: ID!, $reason: String!) {\n    declineBookingSeries(seriesId: $seriesId, reason: $reason) {\n      id\n    }\n  }\n": types.DeclineBookingSeriesDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.CompleteBookingDocument,
    "\n  query CalendarFeedUrl {\n    calendarFeedUrl\n  }\n": types.CalendarFeedUrlDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n": types.ResetCalendarFeedDocument,
    "\n  query PublicEnterprise($id: ID!) {\n    publicEnterprise(id: $id) {\n      id\n      name\n      legalStructure\n      postcodeDistrict\n      activities\n      place {\n        district\n        latitude\n        longitude\n      }\n      listings {\n        id\n        title\n        description\n        category\n        pricePence\n        priceUnit\n        capacity\n        postcodeDistrict\n        travelMiles\n      }\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n": types.PublicEnterpriseDocument,
    "\n  query ListingChecksMade($enterpriseId: ID!) {\n    publicEnterprise(id: $enterpriseId) {\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n": types.ListingChecksMadeDocument,
    "\n  query DistrictCentres($districts: [String!]!) {\n    districtCentres(districts: $districts) {\n      district\n      latitude\n      longitude\n    }\n  }\n": types.DistrictCentresDocument,
    "\n  query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {\n    searchListings(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceMiles\n        node {\n          id\n          title\n          category\n          pricePence\n          priceUnit\n          capacity\n          verified\n          postcodeDistrict\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchListingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): typeof import('./graphql').ResendVerificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          essential\n          readAt\n          createdAt\n          aboutId\n        }\n      }\n    }\n    notificationPreferences {\n      kind\n      description\n      essential\n      muted\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteNotificationKind($kind: NotificationKind!, $muted: Boolean!) {\n    muteNotificationKind(kind: $kind, muted: $muted) {\n      kind\n      muted\n    }\n  }\n"): typeof import('./graphql').MuteNotificationKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Areas {\n    areas {\n      id\n      name\n      postcodeDistricts\n    }\n  }\n"): typeof import('./graphql').AreasDocument;
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
export function graphql(source: "\n  query Requirements {\n    requirements {\n      code\n      title\n      validityMonths\n      mandatory\n    }\n  }\n"): typeof import('./graphql').RequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequirementOverride($input: SetRequirementOverrideInput!) {\n    setRequirementOverride(input: $input) {\n      areaId\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n"): typeof import('./graphql').SetRequirementOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalystsAndInvitations {\n    catalysts {\n      id\n      displayName\n      email\n      areas {\n        id\n        name\n      }\n    }\n    staffInvitations {\n      id\n      email\n      role\n      sentAt\n      expiresAt\n      expired\n      areas {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CatalystsAndInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendStaffInvitation($id: ID!) {\n    resendStaffInvitation(id: $id) {\n      id\n      email\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ResendStaffInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeStaffInvitation($id: ID!) {\n    revokeStaffInvitation(id: $id)\n  }\n"): typeof import('./graphql').RevokeStaffInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaRules($areaId: ID!) {\n    areas {\n      id\n      name\n      postcodeDistricts\n    }\n    requirements {\n      code\n      title\n      validityMonths\n      mandatory\n    }\n    requirementOverrides(areaId: $areaId) {\n      code\n      validityMonths\n      reminderOffsetsDays\n    }\n  }\n"): typeof import('./graphql').AreaRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadImportReport($id: ID!) {\n    enterpriseImport(id: $id) {\n      id\n      areaId\n      fileName\n      status\n      dryRun\n      rowsTotal\n      rowsDone\n      created\n      updated\n      unchanged\n      rejected\n      possibleDuplicates\n      failure\n      sendInvitations\n      createPossibleDuplicates\n      errors(first: 50) {\n        row\n        column\n        message\n      }\n      duplicates(first: 50) {\n        row\n        name\n        postcode\n        created\n        candidates {\n          enterpriseId\n          name\n          similarity\n        }\n      }\n      columns {\n        header\n        field\n        sample\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadImportReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadImportFields {\n    enterpriseImportFields {\n      field\n      header\n      hint\n      required\n    }\n  }\n"): typeof import('./graphql').CaseloadImportFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchEnterpriseImportColumns($input: MatchEnterpriseImportColumnsInput!) {\n    matchEnterpriseImportColumns(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MatchEnterpriseImportColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunEnterpriseImport($input: RunEnterpriseImportInput!) {\n    runEnterpriseImport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RunEnterpriseImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprises($filter: EnterpriseFilter, $first: Int, $after: String, $sort: EnterpriseSort) {\n    enterprises(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          stage\n          district\n          daysInStage\n          area {\n            id\n            name\n          }\n          catalyst {\n            id\n            displayName\n          }\n          nextDeadline\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseNames($first: Int) {\n    enterprises(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipeline($areaId: ID!) {\n    pipeline(areaId: $areaId) {\n      stage\n      count\n      enterprises {\n        id\n        name\n        district\n        daysInStage\n        suggestedStage\n        checklist {\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveEnterpriseStage($input: MoveEnterpriseStageInput!) {\n    moveEnterpriseStage(input: $input) {\n      id\n      name\n      stage\n    }\n  }\n"): typeof import('./graphql').MoveEnterpriseStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprise($id: ID!, $timelineAfter: String) {\n    enterprise(id: $id) {\n      id\n      name\n      stage\n      suggestedStage\n      daysInStage\n      postcode\n      legalStructure\n      activities\n      plannedTradingOn\n      area {\n        id\n        name\n      }\n      catalyst {\n        id\n        displayName\n      }\n      members {\n        id\n        name\n        role\n        email\n        hasAccount\n      }\n      checklist {\n        status\n        items {\n          id\n          status\n          dueOn\n          expiresOn\n          completedOn\n          overdue\n          waivedReason\n          reference\n          note\n          inProgressSince\n          checkedAt\n          returnedAt\n          returnedReason\n          awaitingCheckSince\n          member {\n            name\n          }\n          requirement {\n            code\n            title\n            mandatory\n            beforeTrading\n            guidance\n          }\n          evidence {\n            id\n            fileName\n            sizeBytes\n          }\n        }\n      }\n      timeline(first: 20, after: $timelineAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            occurredAt\n            summary\n            actorName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseName($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').EnterpriseNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {\n    recordCoachingSession(input: $input) {\n      id\n      heldOn\n      actions {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RecordCoachingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActions($filter: ActionFilterInput, $first: Int, $after: String) {\n    myActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          enterpriseName\n          title\n          dueOn\n          owner\n          done\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAction($id: ID!) {\n    completeAction(id: $id) {\n      id\n      title\n      done\n    }\n  }\n"): typeof import('./graphql').CompleteActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadlineFields on ChecklistItemConnection {\n    totalCount\n    edges {\n      node {\n        id\n        enterpriseId\n        status\n        dueOn\n        expiresOn\n        member {\n          name\n        }\n        requirement {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeadlineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceDeadlines($days: Int!, $first: Int) {\n    complianceOverdue(first: $first) {\n      ...DeadlineFields\n    }\n    complianceDue(days: $days, first: $first) {\n      ...DeadlineFields\n    }\n  }\n"): typeof import('./graphql').ComplianceDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactReport($areaId: ID!, $from: Date!, $to: Date!) {\n    impactReport(areaId: $areaId, from: $from, to: $to) {\n      figures {\n        key\n        label\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').ImpactReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistItemsToCheck($first: Int, $after: String) {\n    checklistItemsToCheck(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          enterpriseId\n          awaitingCheckSince\n          member {\n            name\n          }\n          requirement {\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChecklistItemsToCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToCheckCount {\n    checklistItemsToCheck(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ToCheckCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewChecklistItemFromWeb($input: ReviewChecklistItemInput!) {\n    reviewChecklistItem(input: $input) {\n      id\n      status\n      checkedAt\n      returnedReason\n    }\n  }\n"): typeof import('./graphql').ReviewChecklistItemFromWebDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetDelegates($budgetId: ID!) {\n    personalBudget(id: $budgetId) {\n      id\n      label\n      myRole\n    }\n    budgetDelegates(budgetId: $budgetId) {\n      id\n      email\n      displayName\n      status\n    }\n  }\n"): typeof import('./graphql').BudgetDelegatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {\n    removeDelegate(budgetId: $budgetId, delegateId: $delegateId)\n  }\n"): typeof import('./graphql').RemoveDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id\n      title\n      description\n      category\n      pricePence\n      priceUnit\n      capacity\n      verified\n      postcodeDistrict\n      status\n      enterprise {\n        id\n        name\n      }\n      availability {\n        dayOfWeek\n        startTime\n        endTime\n      }\n    }\n  }\n"): typeof import('./graphql').ListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingFreeTimes($listingId: ID!, $weeks: Int) {\n    listingFreeTimes(listingId: $listingId, weeks: $weeks) {\n      startsAt\n      endsAt\n    }\n  }\n"): typeof import('./graphql').ListingFreeTimesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodFields on BudgetPeriod {\n    id\n    startsOn\n    endsOn\n    allocationPence\n    carriedPence\n    committedPence\n    spentPence\n    remainingPence\n  }\n"): typeof import('./graphql').PeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBudgets {\n    myBudgets {\n      id\n      label\n      myRole\n      holderName\n      currentPeriod {\n        ...PeriodFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyBudgetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budget($id: ID!) {\n    personalBudget(id: $id) {\n      id\n      label\n      myRole\n      holderName\n      paymentPence\n      contributionPence\n      periodDays\n      startsOn\n      carriedPence\n      surplusFlag\n      surplusPence\n      surplusExplanation\n      currentPeriod {\n        ...PeriodFields\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUpBudget($input: SetUpBudgetInput!) {\n    setUpBudget(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetUpBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBooking($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RequestBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {\n    requestBookingSeries(input: $input) {\n      id\n      weeks\n      bookings {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RequestBookingSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($first: Int, $after: String, $budgetId: ID, $status: BookingStatus) {\n    myBookings(side: HOLDER, first: $first, after: $after, budgetId: $budgetId, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          startsAt\n          endsAt\n          costPence\n          providerName\n          listing {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      id\n      status\n      startsAt\n      endsAt\n      costPence\n      expiresAt\n      note\n      answerReason\n      budgetId\n      seriesId\n      providerName\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n        providerEmails\n      }\n      listing {\n        id\n        title\n      }\n      messages {\n        id\n        body\n        createdAt\n        mine\n      }\n    }\n  }\n"): typeof import('./graphql').BookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBookingMessage($input: SendBookingMessageInput!) {\n    sendBookingMessage(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendBookingMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {\n    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {\n      label\n      openingBalancePence\n      closingBalancePence\n      entries {\n        id\n        occurredOn\n        kind\n        payee\n        description\n        amountPence\n        receiptReference\n        balancePence\n      }\n    }\n  }\n"): typeof import('./graphql').BudgetStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteDelegate($budgetId: ID!, $email: String!) {\n    inviteDelegate(budgetId: $budgetId, email: $email) {\n      email\n    }\n  }\n"): typeof import('./graphql').InviteDelegateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveredBookings($side: BookingSide!, $first: Int) {\n    myBookings(side: $side, status: COMPLETED, first: $first) {\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          costPence\n          holderName\n          invoiceNumber\n          listing {\n            title\n          }\n          visit {\n            state\n            confirmedByDefaultOn\n            disputeReason\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeliveredBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmVisit($bookingId: ID!, $happened: Boolean!, $reason: String) {\n    confirmVisit(bookingId: $bookingId, happened: $happened, reason: $reason) {\n      id\n      visit {\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingVisit($id: ID!) {\n    booking(id: $id) {\n      id\n      startsAt\n      endsAt\n      costPence\n      holderName\n      invoiceNumber\n      listing {\n        title\n      }\n      visit {\n        state\n        confirmedByDefaultOn\n        disputeReason\n      }\n    }\n  }\n"): typeof import('./graphql').BookingVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($side: InvoiceSide!, $first: Int) {\n    invoices(side: $side, first: $first) {\n      edges {\n        node {\n          id\n          number\n          totalPence\n          issuedOn\n          dueOn\n          paidOn\n          status\n          overdue\n          receipt\n          holderName\n          enterprise {\n            name\n          }\n        }\n      }\n    }\n    moneyOwed(side: $side) {\n      totalPence\n      invoices\n      buckets {\n        bucket\n        label\n        invoices\n        amountPence\n      }\n    }\n  }\n"): typeof import('./graphql').InvoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      totalPence\n      issuedOn\n      dueOn\n      paidOn\n      status\n      overdue\n      receipt\n      holderName\n      enterprise {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInvoicePayment($input: RecordInvoicePaymentInput!) {\n    recordInvoicePayment(input: $input) {\n      id\n      status\n      paidOn\n    }\n  }\n"): typeof import('./graphql').RecordInvoicePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmInvoiceReceipt($input: ConfirmInvoiceReceiptInput!) {\n    confirmInvoiceReceipt(input: $input) {\n      id\n      receipt\n    }\n  }\n"): typeof import('./graphql').ConfirmInvoiceReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      id\n      number\n      totalPence\n    }\n  }\n"): typeof import('./graphql').IssueInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceSettings($enterpriseId: ID!) {\n    invoiceSettings(enterpriseId: $enterpriseId) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n"): typeof import('./graphql').InvoiceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInvoiceSettings($input: InvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      enterpriseId\n      monthlyIssuing\n      dueDays\n    }\n  }\n"): typeof import('./graphql').SetInvoiceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterprises($first: Int) {\n    enterprises(first: $first) {\n      edges {\n        node {\n          id\n          name\n          checklist {\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyEnterprisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checklist($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      checklist {\n        status\n        items {\n          id\n          status\n          overdue\n          dueOn\n          expiresOn\n          completedOn\n          inProgressSince\n          reference\n          note\n          waivedReason\n          checkedAt\n          returnedReason\n          member {\n            name\n          }\n          requirement {\n            code\n            title\n            guidance\n            sourceUrl\n            mandatory\n            validityMonths\n          }\n          evidence {\n            id\n            fileName\n            contentType\n            sizeBytes\n            removable\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProviderUpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      id\n      status\n      completedOn\n      expiresOn\n    }\n  }\n"): typeof import('./graphql').ProviderUpdateChecklistItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderListingFields on Listing {\n    id\n    title\n    description\n    category\n    pricePence\n    priceUnit\n    capacity\n    status\n    verified\n    hiddenReason\n    postcodeDistrict\n    travelMiles\n    availability {\n      dayOfWeek\n      startTime\n      endTime\n    }\n  }\n"): typeof import('./graphql').ProviderListingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseListings($enterpriseId: ID!, $first: Int) {\n    enterprise(id: $enterpriseId) {\n      id\n      name\n    }\n    enterpriseListings(enterpriseId: $enterpriseId, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProviderListingFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderListing($id: ID!) {\n    listing(id: $id) {\n      ...ProviderListingFields\n      enterprise {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateListing($input: UpdateListingInput!) {\n    updateListing(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishListing($id: ID!) {\n    publishListing(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishListing($id: ID!) {\n    unpublishListing(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UnpublishListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderBookingFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    costPence\n    note\n    holderName\n    answerReason\n    expiresAt\n    seriesId\n    listing {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').ProviderBookingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderBookings($first: Int) {\n    myBookings(side: PROVIDER, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ProviderBookingFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderBooking($id: ID!) {\n    booking(id: $id) {\n      ...ProviderBookingFields\n      whereAndWho {\n        placeKind\n        placeAddress\n        contactPhone\n        contactEmail\n      }\n      messages {\n        id\n        body\n        createdAt\n        mine\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptBooking($id: ID!) {\n    acceptBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AcceptBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptBookingSeries($seriesId: ID!) {\n    acceptBookingSeries(seriesId: $seriesId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptBookingSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineBooking($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeclineBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineBookingSeries($seriesId: ID!, $reason: String!) {\n    declineBookingSeries(seriesId: $seriesId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeclineBookingSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeedUrl {\n    calendarFeedUrl\n  }\n"): typeof import('./graphql').CalendarFeedUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n"): typeof import('./graphql').ResetCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicEnterprise($id: ID!) {\n    publicEnterprise(id: $id) {\n      id\n      name\n      legalStructure\n      postcodeDistrict\n      activities\n      place {\n        district\n        latitude\n        longitude\n      }\n      listings {\n        id\n        title\n        description\n        category\n        pricePence\n        priceUnit\n        capacity\n        postcodeDistrict\n        travelMiles\n      }\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n"): typeof import('./graphql').PublicEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingChecksMade($enterpriseId: ID!) {\n    publicEnterprise(id: $enterpriseId) {\n      checksMade {\n        title\n        checkedOn\n        runsOutOn\n      }\n    }\n  }\n"): typeof import('./graphql').ListingChecksMadeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictCentres($districts: [String!]!) {\n    districtCentres(districts: $districts) {\n      district\n      latitude\n      longitude\n    }\n  }\n"): typeof import('./graphql').DistrictCentresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {\n    searchListings(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceMiles\n        node {\n          id\n          title\n          category\n          pricePence\n          priceUnit\n          capacity\n          verified\n          postcodeDistrict\n          enterprise {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchListingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
