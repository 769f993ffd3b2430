import {
  createTestApp,
  Mailbox,
  Session,
  signIn,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
  acceptInvitation,
  graphql,
} from '@small-places/testing';
import { londonDate } from '@small-places/platform';
import { BrowserContext, Page } from 'playwright-core';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

const SET_UP_BUDGET = graphql(`
  mutation TrustSetUpBudget($input: SetUpBudgetInput!) {
    setUpBudget(input: $input) {
      id
    }
  }
`);
const INVITE_DELEGATE = graphql(`
  mutation TrustInviteDelegate($budgetId: ID!, $email: String!) {
    inviteDelegate(budgetId: $budgetId, email: $email) {
      email
    }
  }
`);

describe('Trust: a forgotten password, and a holder’s control of who helps', () => {
  let t: TestApp;

  const site = webJourney(async () => {
    t = await createTestApp();
    return t;
  });

  const signInAs = async (page: Page, email: string, password = TEST_PASSWORD) => {
    await visit(page, '/sign-in');
    await submit(page, { 'Email address': email, Password: password }, 'Sign in');
    expect(new URL(page.url()).pathname).toBe('/home');
  };

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;

    beforeEach(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
    });

    afterEach(async () => {
      await context.close();
    });

    it('a person who forgot their password asks for a link, chooses a new one from the email, and is signed in', async () => {
      const person = await signUp(t.client, { displayName: 'Freda Forgetful' });
      await visit(page, '/sign-in');
      await page.getByRole('link', { name: 'Forgotten your password?' }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/forgotten-password');
      await checkA11y(page);
      expect(await page.title()).toBe('Forgotten your password? – Small Places');
      await screenshot(page, `forgotten-password-${mode.suffix}`);

      await submit(page, { 'Email address': person.user.email }, 'Send me a link');
      expect(new URL(page.url()).pathname).toBe('/forgotten-password/check-your-email');
      await checkA11y(page);
      expect(await page.locator('main').innerText()).toContain(
        'If there is an account with that email address',
      );
      await screenshot(page, `reset-link-sent-${mode.suffix}`);

      const mail = await t.mailbox.waitFor(person.user.email, /new password/);
      const link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
      expect(link).toBeDefined();
      await visit(page, `/reset-password?token=${Mailbox.tokenIn(mail)}`);
      expect(await page.title()).toBe('Choose a new password – Small Places');
      await submit(page, { 'New password': 'short' }, 'Save my new password');
      await checkA11y(page);
      expect(await page.title()).toBe('Error: Choose a new password – Small Places');
      await screenshot(page, `reset-password-error-${mode.suffix}`);

      await submit(page, { 'New password': 'my-new-long-password' }, 'Save my new password');
      expect(new URL(page.url()).pathname).toBe('/home');
      await checkA11y(page);
      expect(await page.locator('main').innerText()).toContain('Your password has been changed');
      // The old password no longer works; the new one does; the old API session was ended.
      expect(
        await t.client.errorCode(
          graphql(`
            query TrustMe {
              me {
                id
              }
            }
          `),
          {},
          { token: person.accessToken },
        ),
      ).toBe('UNAUTHENTICATED');
      await signIn(t.client, person.user.email, 'my-new-long-password');

      // The same link a second time is refused, in words.
      await visit(page, `/reset-password?token=${Mailbox.tokenIn(mail)}`);
      await submit(page, { 'New password': 'yet-another-password' }, 'Save my new password');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary').innerText()).toContain('expired or was already used');
    });

    it('a holder removes a delegate from “People who help with this budget”, and the delegate is refused at once', async () => {
      const holder: Session = await signUp(t.client, { role: 'BUDGET_HOLDER', displayName: 'Hal Holder' });
      const { setUpBudget } = await t.client.ok<{ setUpBudget: { id: string } }>(
        SET_UP_BUDGET,
        { input: { label: 'Hal’s direct payment', paymentPence: 40_000, startsOn: londonDate(new Date()) } },
        { token: holder.accessToken },
      );
      const deeEmail = uniqueEmail('dee');
      await t.client.ok(
        INVITE_DELEGATE,
        { budgetId: setUpBudget.id, email: deeEmail },
        { token: holder.accessToken },
      );
      const invitation = await t.mailbox.waitFor(deeEmail, /invited/);
      expect(invitation.text).toContain('Hal Holder sent you this invitation');
      await acceptInvitation(t.client, t.mailbox, deeEmail, 'Dee Delegate');
      const pendingEmail = uniqueEmail('pending');
      await t.client.ok(
        INVITE_DELEGATE,
        { budgetId: setUpBudget.id, email: pendingEmail },
        { token: holder.accessToken },
      );

      // The delegate, in a browser of their own, sees whose budget it is.
      const deeContext = await site.journey(mode);
      const deePage = await deeContext.newPage();
      try {
        await signInAs(deePage, deeEmail);
        await visit(deePage, `/budgets/${setUpBudget.id}`);
        expect(await deePage.locator('main').innerText()).toContain(
          'Hal Holder’s budget, which you help with',
        );

        await signInAs(page, holder.user.email);
        await visit(page, `/budgets/${setUpBudget.id}`);
        await page.getByRole('link', { name: 'People who help with this budget' }).click();
        await page.waitForLoadState('load');
        await checkA11y(page);
        expect(await page.title()).toBe('People who help with this budget – Small Places');
        const main = await page.locator('main').innerText();
        expect(main).toContain('Dee Delegate');
        expect(main).toContain(pendingEmail);
        await screenshot(page, `delegates-${mode.suffix}`);

        await page.getByRole('button', { name: 'Remove Dee Delegate' }).click();
        await page.waitForLoadState('load');
        await checkA11y(page);
        expect(await page.locator('main').innerText()).toContain('They can no longer see or use this budget');
        expect(await page.locator('main').innerText()).not.toContain('Dee Delegate');
        await screenshot(page, `delegate-removed-${mode.suffix}`);

        await page.getByRole('button', { name: `Cancel invitation to ${pendingEmail}` }).click();
        await page.waitForLoadState('load');
        await checkA11y(page);
        expect(await page.locator('main').innerText()).toContain('Nobody helps with this budget yet');

        // The delegate's next request is refused.
        await visit(deePage, `/budgets/${setUpBudget.id}`, 403);
      } finally {
        await deeContext.close();
      }
    });
  });
});
