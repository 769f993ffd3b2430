import { londonDate } from '@small-places/platform';
import { signUp, TEST_PASSWORD, uniqueEmail } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import {
  ACCEPT,
  BookingWorld,
  bookingWorld,
  REQUEST,
  SET_UP_BUDGET,
  slot,
} from '../e2e/bookings/bookings-fixture';
import { checkA11y, JAVASCRIPT_MODES, submit, visit, webJourney } from './web-harness';
import { holderSteps } from './holder-steps';

describe('A holder keeps track of their budget: expenses, statement, helpers, weekly bookings', () => {
  let world: BookingWorld;

  const site = webJourney(async () => {
    world = await bookingWorld();
    return world.t;
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;
    const { shot, main, clickLink, clickButtonLink, summaryValue } = holderSteps(() => page, mode);

    beforeEach(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
    });

    afterEach(async () => {
      await context.close();
    });

    it('sets up a budget, adds an expense and sees it in the statement and its CSV, invites a helper, cancels a booking', async () => {
      const holder = await signUp(world.t.client, { role: 'BUDGET_HOLDER', displayName: 'Hana Holder' });
      await visit(page, '/sign-in?returnTo=/budget');
      await submit(page, { 'Email address': holder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      await checkA11y(page);

      // No budget yet: set one up first.
      expect(await page.title()).toBe('Your budgets – Small Places');
      await shot('budgets-none');
      await clickButtonLink('Set up a budget');
      expect(await page.title()).toBe('Set up your budget – Small Places');
      await submit(page, { 'What do you call this budget?': '' }, 'Set up budget');
      await checkA11y(page);
      expect(await page.title()).toBe('Error: Set up your budget – Small Places');
      expect(await page.locator('.govuk-error-summary a[href="#label"]').count()).toBe(1);
      await submit(
        page,
        {
          'What do you call this budget?': 'Direct payment',
          'How much does the council pay each period?': '400',
        },
        'Set up budget',
      );
      await checkA11y(page);
      expect(await page.title()).toBe('Your budget this period: Direct payment – Small Places');
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Budget set up');
      expect(await summaryValue('Left to spend').innerText()).toBe('£400.00');
      await shot('budget-new');

      // A booking from the budget, accepted by the provider (through the API).
      const budgetUrl = new URL(page.url()).pathname;
      const budgetId = budgetUrl.split('/')[2];
      const requested = await world.t.client.ok<{ requestBooking: { id: string } }>(
        REQUEST,
        {
          input: {
            listingId: world.hourly,
            // Each mode books its own hours, so the provider can accept both without an overlap.
            ...slot(8, mode.suffix === 'js' ? 10 : 14, 120),
            budgetId,
          },
        },
        { token: holder.accessToken },
      );
      const bookingId = requested.requestBooking.id;
      await world.t.client.ok(ACCEPT, { id: bookingId }, { token: world.provider.accessToken });
      await visit(page, budgetUrl);
      expect(await summaryValue('Left to spend').innerText()).toBe('£364.00');

      // An expense paid to a close relative needs the council's approval reference.
      await clickLink('Add an expense');
      expect(await page.title()).toBe('Add an expense – Small Places');
      await page.getByLabel('Yes', { exact: true }).check();
      const today = londonDate(new Date()).split('-');
      await submit(
        page,
        {
          'Who did you pay?': 'Sam Helper',
          'What was it for?': 'Help with shopping',
          'How much did you pay?': '45.50',
          Day: today[2],
          Month: today[1],
          Year: today[0],
          'Receipt or invoice number': `R-${mode.suffix}-001`,
        },
        'Add expense',
      );
      await checkA11y(page);
      expect(await page.title()).toBe('Error: Add an expense – Small Places');
      expect(await page.locator('.govuk-error-summary a[href="#councilApprovalReference"]').count()).toBe(1);
      await page.getByLabel('No', { exact: true }).check();
      await submit(page, {}, 'Add expense');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Expense added');
      expect(await summaryValue('Spent').innerText()).toBe('£45.50');
      expect(await summaryValue('Left to spend').innerText()).toBe('£318.50');

      await clickLink('See your statement and download it');
      expect(await page.title()).toBe('Statement: Direct payment – Small Places');
      const table = await page.locator('table').innerText();
      expect(table).toContain('Sam Helper');
      expect(table).toContain(`R-${mode.suffix}-001`);
      expect(table).toContain('−£45.50');
      await shot('statement');
      await submit(page, {}, 'Show statement');
      await checkA11y(page);
      const csvHref = await page.getByRole('link', { name: /Download CSV/ }).getAttribute('href');
      expect(csvHref).toMatch(
        /^\/budgets\/[^/]+\/statement\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/,
      );
      const csv = await page.request.get(csvHref!);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="statement-/);
      expect(await csv.text()).toContain(`R-${mode.suffix}-001`);

      // Someone to help.
      await visit(page, '/budget');
      await clickLink('People who help with this budget');
      expect(await page.title()).toBe('People who help with this budget – Small Places');
      await clickLink('Ask someone to help with this budget');
      expect(await page.title()).toBe('Ask someone to help with your budget – Small Places');
      await submit(page, { 'Their email address': 'not an email' }, 'Send invitation');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#email"]').count()).toBe(1);
      const helper = uniqueEmail('helper');
      await submit(page, { 'Their email address': helper }, 'Send invitation');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        `We have emailed ${helper}`,
      );
      // Back on "People who help with this budget", the invitation waits to be answered.
      expect(await main()).toContain(helper);

      // Cancel the booking, with a reason, and the money comes back.
      await visit(page, `/bookings/${bookingId}`);
      await clickLink('Cancel this booking');
      expect(await page.title()).toBe('Cancel this booking? – Small Places');
      await submit(page, {}, 'Yes, cancel the booking');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#reason"]').count()).toBe(1);
      await submit(page, { 'Why are you cancelling?': 'I am away that week.' }, 'Yes, cancel the booking');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Booking cancelled');
      expect(await main()).toMatch(/Status:\s+Cancelled/);
      await visit(page, '/budget');
      expect(await summaryValue('Set aside for bookings').innerText()).toBe('£0.00');
    });

    it('chooses among two budgets, sees the carried-balance warning, and asks for every week, paying themselves', async () => {
      const holder = await signUp(world.t.client, { role: 'BUDGET_HOLDER', displayName: 'Bea Budgets' });
      // 28-day periods that began 70 days ago: two periods of £500 + £20 carried, above 8 weeks of £500.
      const longAgo = londonDate(new Date(Date.now() - 70 * 86_400_000));
      for (const input of [
        {
          label: 'Council direct payment',
          paymentPence: 50_000,
          contributionPence: 2_000,
          startsOn: longAgo,
        },
        { label: 'Health budget', paymentPence: 10_000, startsOn: londonDate(new Date()) },
      ]) {
        await world.t.client.ok(SET_UP_BUDGET, { input }, { token: holder.accessToken });
      }
      await visit(page, '/sign-in?returnTo=/budget');
      await submit(page, { 'Email address': holder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      await checkA11y(page);
      expect(await page.title()).toBe('Your budgets – Small Places');
      expect(await main()).toContain('£100.00 left this period.');
      await shot('budgets-list');
      await clickLink('Council direct payment');
      expect(await summaryValue('Carried from earlier periods').innerText()).toBe('£1,040.00');
      expect(await page.locator('.govuk-warning-text').innerText()).toContain('more than 8 weeks');
      await shot('budget-surplus');

      const bookingDate = londonDate(new Date(Date.now() + 9 * 86_400_000)).split('-');
      await visit(page, `/listings/${world.session40}`);
      await clickButtonLink('Request a booking');
      await submit(
        page,
        {
          Day: bookingDate[2],
          Month: bookingDate[1],
          Year: bookingDate[0],
          'Start time': '9',
          'End time': '11:30',
        },
        'Continue',
      );
      await checkA11y(page);
      await page.getByLabel('Every week, at the same time').check();
      await submit(page, { 'If every week: for how many weeks?': '1' }, 'Continue');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#weeks"]').count()).toBe(1);
      await submit(page, { 'If every week: for how many weeks?': '3' }, 'Continue');
      await checkA11y(page);
      await page.getByLabel('I’ll pay myself').check();
      await submit(page, {}, 'Continue');
      await checkA11y(page);
      expect(await page.title()).toBe('Where will the support happen? – Small Places');
      await page.getByLabel('Somewhere else').check();
      await submit(page, { Address: 'Taunton Library, Paul Street, TA1 3XZ' }, 'Continue');
      await checkA11y(page);
      await submit(page, {}, 'Continue');
      await checkA11y(page);
      const answers = await main();
      expect(answers).toMatch(/How often\s+Every week, for 3 weeks/);
      // A session costs £40: the cost per week and for the three weeks in all.
      expect(answers).toMatch(/Cost\s+£40\.00 a week, £120\.00 in all for 3 weeks/);
      expect(answers).toMatch(/Where\s+Somewhere else: Taunton Library, Paul Street, TA1 3XZ/);
      expect(answers).toMatch(/How you will pay\s+I’ll pay myself/);
      expect(answers).toContain('09:00 to 11:30');
      await submit(page, {}, 'Send request');
      await checkA11y(page);
      expect(await main()).toContain('every week for 3 weeks');

      await visit(page, '/bookings');
      const bookings = page.locator('.app-booking');
      expect(await bookings.count()).toBe(3);
      for (const text of await bookings.allInnerTexts())
        expect(text).toMatch(/Status:\s+Waiting for an answer/);
    });
  });
});
