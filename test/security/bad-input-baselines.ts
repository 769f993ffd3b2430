import { londonDate } from '@small-places/platform';
import { TEST_PASSWORD, uniqueEmail } from '@small-places/testing';
import { AUTHORISATION_CASES } from './authorisation-cases';
import { SecurityWorld } from './security-world';

/**
 * A valid call of a mutation, made by someone allowed to make it: the fuzzer spoils one value at a time, so
 * every refusal is the spoilt value's. The valid call itself runs last and must succeed.
 */
export interface ValidCall {
  token(w: SecurityWorld): string | undefined;
  args(w: SecurityWorld): Record<string, unknown>;
  /** The valid call only succeeds at another moment (after a booking started, say). */
  at?(w: SecurityWorld): Date;
}

const today = () => londonDate(new Date());

/** Mutations without an id; those with one reuse their authorisation case (its allowed role and args). */
export const VALID_CALLS_WITHOUT_IDS: Record<string, ValidCall> = {
  'Mutation.acceptInvitation': {
    token: () => undefined,
    args: (w) => ({
      input: { token: w.secrets.invitationToken, password: TEST_PASSWORD, displayName: 'Ivy Invited' },
    }),
  },
  'Mutation.closeMyAccount': {
    token: (w) => w.secrets.closing.accessToken,
    args: () => ({ password: TEST_PASSWORD }),
  },
  'Mutation.createArea': {
    token: (w) => w.tokenOf('admin'),
    args: () => ({ input: { name: 'Exeter', postcodeDistricts: ['EX1', 'EX2'] } }),
  },
  'Mutation.muteNotificationKind': {
    token: (w) => w.tokenOf('holderA'),
    args: () => ({ kind: 'BOOKING_UPDATE', muted: true }),
  },
  'Mutation.refreshSession': {
    token: () => undefined,
    args: (w) => ({ refreshToken: w.secrets.refreshToken }),
  },
  'Mutation.requestPasswordReset': {
    token: () => undefined,
    args: (w) => ({ email: w.sessions.plainUser.user.email }),
  },
  'Mutation.resetPassword': {
    token: () => undefined,
    args: (w) => ({ input: { token: w.secrets.resetToken, password: 'a-fresh-long-password' } }),
  },
  'Mutation.resendVerificationEmail': { token: (w) => w.tokenOf('plainUser'), args: () => ({}) },
  'Mutation.resetCalendarFeed': { token: (w) => w.tokenOf('holderA'), args: () => ({}) },
  'Mutation.runReminderScan': { token: (w) => w.tokenOf('admin'), args: () => ({ asOf: today() }) },
  'Mutation.setUpBudget': {
    token: (w) => w.tokenOf('holderB'),
    args: () => ({ input: { label: 'Respite budget', paymentPence: 20_000, startsOn: today() } }),
  },
  'Mutation.signIn': {
    token: () => undefined,
    args: (w) => ({ input: { email: w.sessions.plainUser.user.email, password: TEST_PASSWORD } }),
  },
  'Mutation.signOut': {
    token: (w) => w.secrets.signOut.accessToken,
    args: (w) => ({ refreshToken: w.secrets.signOut.refreshToken }),
  },
  'Mutation.signUp': {
    token: () => undefined,
    args: () => ({
      input: {
        email: uniqueEmail('new'),
        password: TEST_PASSWORD,
        displayName: 'Nia New',
        role: 'BUDGET_HOLDER',
      },
    }),
  },
  'Mutation.verifyEmail': {
    token: () => undefined,
    args: (w) => ({ token: w.secrets.verificationToken }),
  },
};

/** Queries with arguments but no id; those with one reuse their authorisation case. */
export const VALID_QUERY_CALLS_WITHOUT_IDS: Record<string, ValidCall> = {
  'Query.complianceDue': { token: (w) => w.tokenOf('catalystA'), args: () => ({ days: 30 }) },
  'Query.complianceOverdue': { token: (w) => w.tokenOf('catalystA'), args: () => ({ first: 5 }) },
  'Query.checklistItemsToCheck': { token: (w) => w.tokenOf('catalystA'), args: () => ({ first: 5 }) },
  'Query.districtCentres': { token: () => undefined, args: () => ({ districts: ['TA1', 'BS1'] }) },
  'Query.invoices': { token: (w) => w.tokenOf('memberA'), args: () => ({ side: 'PROVIDER', first: 5 }) },
  'Query.moneyOwed': { token: (w) => w.tokenOf('delegateA'), args: () => ({ side: 'HOLDER' }) },
  'Query.myBookings': { token: (w) => w.tokenOf('holderA'), args: () => ({ side: 'HOLDER' }) },
  'Query.notifications': { token: (w) => w.tokenOf('holderA'), args: () => ({ unreadOnly: true }) },
  'Query.searchListings': {
    token: () => undefined,
    args: () => ({ input: { postcode: 'TA1 1AA', radiusMiles: 10, text: 'companionship' } }),
  },
};

/** The valid call of every mutation, and of every query with arguments, by `Mutation.<name>` or `Query.<name>`. */
export function validCalls(): Record<string, ValidCall> {
  const fromCases = Object.entries(AUTHORISATION_CASES).map(([key, matrixCase]): [string, ValidCall] => [
    key,
    { token: (w) => w.tokenOf(matrixCase.allowed), args: matrixCase.args, at: matrixCase.allowedAt },
  ]);
  return { ...Object.fromEntries(fromCases), ...VALID_CALLS_WITHOUT_IDS, ...VALID_QUERY_CALLS_WITHOUT_IDS };
}
