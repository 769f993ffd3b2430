import { Clock, QueueName, QueueService } from '@small-places/platform';
import {
  acceptInvitation,
  INVITE_USER,
  Mailbox,
  Session,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
  graphql,
} from '@small-places/testing';
import {
  ACCEPT,
  BookingWorld,
  bookingWorld,
  REQUEST,
  setUpBudget,
  slot,
} from '../e2e/bookings/bookings-fixture';
import { INVITE_DELEGATE } from '../e2e/budgets/budget-fixture';
import { createEnterprise, RECORD_SESSION } from '../e2e/crm/crm-fixture';
import { csvOf, upload } from '../e2e/crm/import-fixture';
import { CREATE_LISTING, PUBLISH_LISTING } from '../e2e/marketplace/marketplace-fixture';
import { InvoiceObjects, invoiceObjects } from './invoice-objects';

/** Side A owns every object the matrix aims at; side B's people are the outsiders. */
export const OWNER_ROLES = ['admin', 'catalystA', 'memberA', 'holderA', 'delegateA'] as const;
/** Everyone who must be refused an object of side A. */
export const OUTSIDER_ROLES = [
  'catalystB',
  'memberB',
  'holderB',
  'delegateB',
  'plainUser',
  /** Was delegateA's colleague on budget A until holderA removed them (removeDelegate). */
  'removedDelegate',
  /** Closed their account; their access token has not expired yet. */
  'closedAccount',
  'anonymous',
] as const;

/** Roles whose token the API refuses before any object is looked at (UNAUTHENTICATED, HTTP 401). */
export const UNAUTHENTICATED_ROLES: readonly RoleName[] = ['anonymous', 'closedAccount'];

export type OwnerRole = (typeof OWNER_ROLES)[number];
export type OutsiderRole = (typeof OUTSIDER_ROLES)[number];
export type RoleName = OwnerRole | OutsiderRole;

export const REQUEST_SERIES = graphql(`
  mutation SecurityWorldRequestSeries($input: RequestBookingSeriesInput!) {
    requestBookingSeries(input: $input) {
      id
    }
  }
`);

/** The ids of side A's objects, one per case where using it changes its state. */
export interface SideA extends InvoiceObjects {
  areaId: string;
  /** The provider: memberA's enterprise, whose listings are booked. */
  enterpriseId: string;
  /**
   * Another enterprise of Area A, for the changes that would stop the provider's listings being bookable
   * (a new member still to be checked, a stage move).
   */
  quietEnterpriseId: string;
  /** Published, bookable. */
  listingId: string;
  /** Drafts: one only read, one the allowed role publishes. */
  draftListingId: string;
  draftToPublishId: string;
  listingToUnpublishId: string;
  budgetId: string;
  /** REQUESTED bookings, each for the case that answers it. */
  bookingToAccept: string;
  bookingToDecline: string;
  bookingToCancel: string;
  /** ACCEPTED, for completeBooking (the allowed call runs with the clock moved past its start). */
  bookingToComplete: string;
  bookingToCompleteStartsAt: string;
  seriesToAccept: string;
  seriesToDecline: string;
  /** Coaching actions of a session the Area's Catalyst recorded. */
  actionToComplete: string;
  actionToReassign: string;
  checklistItemId: string;
  /** A notification of holderA (told a booking was accepted). */
  notificationId: string;
  /** Finished caseload import previews (dry runs) of Area A: one read and rematched, one run for real. */
  importId: string;
  importToRunId: string;
  /** An open delegate invitation to budget A, for removeDelegate. */
  delegateInvitationId: string;
  /** Open Catalyst invitations to Area A: one the Admin sends again, one the Admin withdraws. */
  staffInvitationToResend: string;
  staffInvitationToRevoke: string;
}

export interface SecurityWorld {
  t: TestApp;
  sessions: Record<Exclude<RoleName, 'anonymous'>, Session>;
  a: SideA;
  b: { areaId: string; enterpriseId: string; budgetId: string };
  /** Real single-use secrets, so the operations that take one can be called for real. */
  secrets: {
    invitationToken: string;
    verificationToken: string;
    refreshToken: string;
    signOut: Session;
    /** An account of its own for closeMyAccount, which nothing else depends on. */
    closing: Session;
    /** A password reset link's token, of an account nothing else uses. */
    resetToken: string;
    resetEmail: string;
  };
  /** The access token a role sends; none for anonymous. */
  tokenOf(role: RoleName): string | undefined;
}

/**
 * Two of everything: two Areas with a Catalyst each, two enterprises with a member each, two budget
 * holders with a delegate each, a verified provider's listings and bookings. Side A's objects are the
 * targets; side B's people are the outsiders. The worker is stopped once the world is built, so nothing
 * changes rows behind a test's back.
 */
export async function securityWorld(): Promise<SecurityWorld> {
  const w = await bookingWorld();
  try {
    return await withEverything(w);
  } catch (error) {
    await w.t.close();
    throw error;
  }
}

async function withEverything(w: BookingWorld): Promise<SecurityWorld> {
  const { t } = w;
  const client = t.client;
  const as = (session: Session) => ({ token: session.accessToken });

  const founderB = uniqueEmail('founder-b');
  const enterpriseB = await createEnterprise(
    w,
    {
      areaId: w.bristol.id,
      name: 'Bristol Helpers',
      postcode: 'BS5 6AA',
      founder: { name: 'Bea Bristol', email: founderB },
    },
    w.bristolCatalyst,
  );
  const memberB = await acceptInvitation(client, t.mailbox, founderB, 'Bea Bristol');

  const holderA = w.holder;
  const holderB = w.otherHolder;
  const budgetA = await setUpBudget(w, holderA, 5_000_000);
  const budgetB = await setUpBudget(w, holderB, 5_000_000);
  const delegateOf = async (budgetId: string, holder: Session) => {
    const email = uniqueEmail('delegate');
    await client.ok(INVITE_DELEGATE, { budgetId, email }, as(holder));
    return acceptInvitation(client, t.mailbox, email, 'Dee Delegate');
  };
  const delegateA = await delegateOf(budgetA, holderA);
  const delegateB = await delegateOf(budgetB, holderB);
  const removedDelegate = await delegateOf(budgetA, holderA);
  await client.ok(
    graphql(`
      mutation SecurityWorldRemoveDelegate($budgetId: ID!, $delegateId: ID!) {
        removeDelegate(budgetId: $budgetId, delegateId: $delegateId)
      }
    `),
    { budgetId: budgetA, delegateId: removedDelegate.user.id },
    as(holderA),
  );
  const closedAccount = await signUp(client, { role: 'BUDGET_HOLDER', displayName: 'Cleo Closed' });
  await setUpBudget(w, closedAccount, 10_000);
  await client.ok(
    graphql(`
      mutation SecurityWorldCloseMyAccount($p: String!) {
        closeMyAccount(password: $p)
      }
    `),
    { p: TEST_PASSWORD },
    as(closedAccount),
  );
  const plainUser = await signUp(client, { role: 'PROVIDER', displayName: 'Paul Plain' });

  const listing = async (title: string, publish: boolean) => {
    const data = await client.ok<{ createListing: { id: string } }>(
      CREATE_LISTING,
      {
        input: {
          enterpriseId: w.enterpriseId,
          title,
          description: `${title}, offered around Taunton by neighbours.`,
          category: 'COMPANIONSHIP',
          pricePence: 1500,
          priceUnit: 'HOUR',
          postcode: 'TA1 1AA',
          travelMiles: 5,
          availability: [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '17:00' }],
        },
      },
      as(w.provider),
    );
    if (publish) await client.ok(PUBLISH_LISTING, { id: data.createListing.id }, as(w.provider));
    return data.createListing.id;
  };

  let day = 2;
  const book = async () => {
    day += 1;
    const data = await client.ok<{ requestBooking: { id: string; startsAt: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, budgetId: budgetA, ...slot(day, 10) } },
      as(holderA),
    );
    return data.requestBooking;
  };
  const series = async () => {
    day += 1;
    const data = await client.ok<{ requestBookingSeries: { id: string } }>(
      REQUEST_SERIES,
      { input: { listingId: w.session40, budgetId: budgetA, weeks: 2, ...slot(day, 14) } },
      as(holderA),
    );
    return data.requestBookingSeries.id;
  };
  const toComplete = await book();
  await client.ok(ACCEPT, { id: toComplete.id }, as(w.provider));

  const session = await client.ok<{ recordCoachingSession: { actions: { id: string; title: string }[] } }>(
    RECORD_SESSION,
    {
      input: {
        enterpriseId: w.enterpriseId,
        heldOn: '2026-01-15',
        minutes: 30,
        mode: 'PHONE',
        summary: 'Went through the listings.',
        actions: [
          { title: 'Photograph the kitchen', dueOn: '2027-02-01', owner: 'ENTREPRENEUR' },
          { title: 'Find a DBS umbrella body', dueOn: '2027-02-02', owner: 'CATALYST' },
        ],
      },
    },
    as(w.tauntonCatalyst),
  );
  const actionId = (title: string) =>
    session.recordCoachingSession.actions.find((action) => action.title === title)!.id;

  const a: SideA = {
    areaId: w.taunton.id,
    enterpriseId: w.enterpriseId,
    quietEnterpriseId: (await createEnterprise(w, { name: 'Quiet Lane Care' })).id,
    listingId: w.hourly,
    draftListingId: await listing('Draft garden help', false),
    draftToPublishId: await listing('Shopping trips', false),
    listingToUnpublishId: await listing('Reading aloud', true),
    budgetId: budgetA,
    bookingToAccept: (await book()).id,
    bookingToDecline: (await book()).id,
    bookingToCancel: (await book()).id,
    bookingToComplete: toComplete.id,
    bookingToCompleteStartsAt: toComplete.startsAt,
    seriesToAccept: await series(),
    seriesToDecline: await series(),
    actionToComplete: actionId('Photograph the kitchen'),
    actionToReassign: actionId('Find a DBS umbrella body'),
    checklistItemId: await firstRow(
      t,
      `SELECT id FROM checklist_items WHERE enterprise_id = $1 AND status = 'TODO' ORDER BY id LIMIT 1`,
      [w.enterpriseId],
    ),
    notificationId: '',
    ...(await invoiceObjects(t, w.hourly, budgetA, holderA, w.provider)),
    importId: await importPreview(t, w.tauntonCatalyst.accessToken, w.taunton.id),
    importToRunId: await importPreview(t, w.tauntonCatalyst.accessToken, w.taunton.id),
    delegateInvitationId: '',
    staffInvitationToResend: await staffInvitation(t, w.admin, w.taunton.id),
    staffInvitationToRevoke: await staffInvitation(t, w.admin, w.taunton.id),
  };
  const invitedDelegate = uniqueEmail('invited-delegate');
  await client.ok(INVITE_DELEGATE, { budgetId: budgetA, email: invitedDelegate }, as(holderA));
  a.delegateInvitationId = await firstRow(t, `SELECT id FROM invitations WHERE email = $1`, [
    invitedDelegate,
  ]);
  const resetting = await signUp(client, { role: 'BUDGET_HOLDER' });
  await client.ok(
    graphql(`
      mutation SecurityWorldRequestPasswordReset($email: String!) {
        requestPasswordReset(email: $email)
      }
    `),
    {
      email: resetting.user.email,
    },
  );

  const invitedEmail = uniqueEmail('invited-admin');
  await client.ok(INVITE_USER, { input: { email: invitedEmail, role: 'ADMIN' } }, as(w.admin));
  const unverified = await signUp(client, { role: 'BUDGET_HOLDER' });
  const secrets = {
    invitationToken: Mailbox.tokenIn(await t.mailbox.waitFor(invitedEmail, /invited/)),
    verificationToken: Mailbox.tokenIn(await t.mailbox.waitFor(unverified.user.email)),
    refreshToken: (await signUp(client, { role: 'BUDGET_HOLDER' })).refreshToken,
    signOut: await signUp(client, { role: 'BUDGET_HOLDER' }),
    closing: await signUp(client, { role: 'BUDGET_HOLDER' }),
    resetToken: Mailbox.tokenIn(await t.mailbox.waitFor(resetting.user.email, /new password/)),
    resetEmail: resetting.user.email,
  };

  await stopWorker(t);
  // The worker writes notifications, so this one exists only once it has drained the queues.
  a.notificationId = await firstRow(
    t,
    `SELECT id FROM notifications WHERE user_id = $1 ORDER BY id LIMIT 1`,
    [holderA.user.id],
  );
  const sessions = {
    admin: w.admin,
    catalystA: w.tauntonCatalyst,
    memberA: w.provider,
    holderA,
    delegateA,
    catalystB: w.bristolCatalyst,
    memberB,
    holderB,
    delegateB,
    plainUser,
    removedDelegate,
    closedAccount,
  };
  return {
    t,
    sessions,
    a,
    b: { areaId: w.bristol.id, enterpriseId: enterpriseB.id, budgetId: budgetB },
    secrets,
    tokenOf: (role) => (role === 'anonymous' ? undefined : sessions[role].accessToken),
  };
}

/** An open Catalyst invitation to the Area, by id. */
async function staffInvitation(t: TestApp, admin: Session, areaId: string): Promise<string> {
  const email = uniqueEmail('invited-catalyst');
  await t.client.ok(
    INVITE_USER,
    { input: { email, role: 'CATALYST', areaIds: [areaId] } },
    { token: admin.accessToken },
  );
  return firstRow(t, `SELECT id FROM invitations WHERE email = $1`, [email]);
}

/** Uploads a one-row caseload CSV as a dry run; the worker has previewed it by the time it is stopped. */
async function importPreview(t: TestApp, token: string, areaId: string): Promise<string> {
  const file = {
    name: 'caseload.csv',
    bytes: csvOf([
      ['Name', 'Postcode', 'Founder name'],
      ['Imported Care', 'TA1 1IC', 'Ida'],
    ]),
  };
  const response = await upload(t, token, areaId, file, { dryRun: 'true' });
  if (response.status !== 202 || !response.body.id)
    throw new Error(`The import preview was refused: ${response.status}`);
  return response.body.id;
}

async function firstRow(t: TestApp, sql: string, params: unknown[]): Promise<string> {
  const rows = (await t.dataSource.query(sql, params)) as { id: string }[];
  if (!rows[0]) throw new Error(`The world is missing a row: ${sql}`);
  return rows[0].id;
}

/** Lets the worker finish what the set-up queued (mail, mostly), then stops it. */
async function stopWorker(t: TestApp): Promise<void> {
  const queues = t.app.get(QueueService);
  const deadline = Date.now() + 15_000;
  for (;;) {
    let busy = 0;
    for (const name of Object.values(QueueName)) {
      const counts = await queues.queue(name).getJobCounts('waiting', 'active', 'prioritized');
      busy += Object.values(counts).reduce((sum, n) => sum + n, 0);
    }
    if (busy === 0) break;
    if (Date.now() > deadline) throw new Error('The worker did not finish the set-up’s jobs');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await t.worker?.close();
  t.worker = undefined;
}

/** Runs `work` with the app's clock at `instant`, then back to real time. */
export async function atInstant<T>(t: TestApp, instant: Date, work: () => Promise<T>): Promise<T> {
  const clock = t.app.get(Clock);
  clock.travelTo(instant);
  try {
    return await work();
  } finally {
    clock.reset();
  }
}
