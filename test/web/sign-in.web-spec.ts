import {
  createTestApp,
  Mailbox,
  Session,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
} from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

describe('Signing in, out and up', () => {
  let t: TestApp;
  let holder: Session;

  const site = webJourney(async () => {
    t = await createTestApp();
    holder = await signUp(t.client, { role: 'BUDGET_HOLDER', displayName: 'Hana Holder' });
    return t;
  });

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

    it('asks a signed-out person to sign in, brings them back, and signs them out', async () => {
      await page.goto('/home');
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await checkA11y(page);
      expect(await page.title()).toBe('Sign in – Small Places');
      await screenshot(page, `sign-in-${mode.suffix}`);

      await submit(page, { 'Email address': holder.user.email, Password: 'not-the-password' }, 'Sign in');
      await checkA11y(page);
      expect(await page.title()).toBe('Error: Sign in – Small Places');
      expect(await page.locator('.govuk-error-summary a[href="#email"]').count()).toBe(1);
      // What was typed comes back, except the password.
      expect(await page.getByLabel('Email address', { exact: true }).inputValue()).toBe(holder.user.email);
      expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
      await screenshot(page, `sign-in-error-${mode.suffix}`);

      await submit(page, { 'Email address': holder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      expect(new URL(page.url()).pathname).toBe('/home');
      await checkA11y(page);
      expect(await page.title()).toBe('What you can do – Small Places');
      expect(await page.locator('main').innerText()).toContain('Hello, Hana Holder');
      expect(await page.locator('main').getByRole('link', { name: 'Find support' }).count()).toBe(1);
      await screenshot(page, `home-budget-holder-${mode.suffix}`);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('You have signed out');

      await page.goto('/home');
      expect(new URL(page.url()).pathname).toBe('/sign-in');
    });

    it('signs up a budget holder, says to check their email, and confirms it from the emailed link', async () => {
      await visit(page, '/sign-up');
      expect(await page.title()).toBe('Create an account – Small Places');
      await submit(page, {}, 'Create account');
      await checkA11y(page);
      const summary = await page.locator('.govuk-error-summary').innerText();
      expect(summary).toContain('Enter your name');
      expect(summary).toContain('Choose what you want to do');
      await screenshot(page, `sign-up-error-${mode.suffix}`);

      const email = uniqueEmail('web-holder');
      await page.getByLabel('Find and book support').check();
      await submit(
        page,
        { 'Your name': 'Sam Signup', 'Email address': email, Password: TEST_PASSWORD },
        'Create account',
      );
      expect(new URL(page.url()).pathname).toBe('/check-your-email');
      await checkA11y(page);
      expect(await page.locator('main').innerText()).toContain(email);
      await screenshot(page, `check-your-email-${mode.suffix}`);

      const mail = await t.mailbox.waitFor(email);
      await visit(page, `/verify-email?token=${Mailbox.tokenIn(mail)}`);
      await page.getByRole('button', { name: 'Confirm my email address' }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/home');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        'Your email address is confirmed',
      );
    });
  });

  it('refuses a form posted without the session’s CSRF token, and changes nothing', async () => {
    const response = await fetch(`${site.web.url}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: holder.user.email, password: TEST_PASSWORD }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sign-in');
    const cookie = response.headers.get('set-cookie') ?? '';
    const next = await fetch(`${site.web.url}/home`, {
      headers: { cookie: cookie.split(';')[0] },
      redirect: 'manual',
    });
    expect(next.status).toBe(303);
    expect(next.headers.get('location')).toBe('/sign-in?returnTo=%2Fhome');
  });
});
