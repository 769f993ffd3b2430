import { londonDate } from '@small-places/platform';
import { signUp, TEST_PASSWORD, graphql } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { CREATE_LISTING } from '../e2e/marketplace/marketplace-fixture';
import {
  ACCEPT,
  BookingWorld,
  bookingWorld,
  REQUEST,
  setUpBudget,
  slot,
} from '../e2e/bookings/bookings-fixture';
import { checkA11y, JAVASCRIPT_MODES, JavaScriptMode, submit, visit, webJourney } from './web-harness';
import { holderSteps } from './holder-steps';

/** Each mode books its own hours, so the provider can accept both without an overlap. */
const HOURS: Record<JavaScriptMode['suffix'], { start: string; end: string }> = {
  js: { start: '10:00', end: '12:00' },
  nojs: { start: '14:00', end: '16:00' },
};

const PUBLISH = graphql(`
  mutation HolderBookingPublish($id: ID!) {
    publishListing(id: $id) {
      id
      status
    }
  }
`);

/** The next date (London) after today that falls on this weekday (0 Sunday … 6 Saturday). */
function nextWeekday(weekday: number): string {
  for (let days = 1; days <= 7; days += 1) {
    const candidate = new Date(Date.now() + days * 86_400_000);
    if (new Date(`${londonDate(candidate)}T12:00:00Z`).getUTCDay() === weekday) return londonDate(candidate);
  }
  throw new Error('no such weekday');
}

/** Where a locator's box starts down the page, at the current width. */
async function topOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return box.y;
}

describe('A holder finds, books and sees the budget change', () => {
  let world: BookingWorld;

  /** A listing offered on Mondays and Thursdays only, for the error that names the weekday. */
  let mondaysAndThursdays: string;

  const site = webJourney(async () => {
    world = await bookingWorld();
    const created = await world.t.client.ok<{ createListing: { id: string } }>(
      CREATE_LISTING,
      {
        input: {
          enterpriseId: world.enterpriseId,
          title: 'Garden help',
          description: 'Weeding, mowing and tidying up, in and around Taunton.',
          category: 'HOME_HELP',
          pricePence: 2000,
          priceUnit: 'HOUR',
          postcode: 'TA1 1AA',
          travelMiles: 10,
          availability: ['MONDAY', 'THURSDAY'].map((dayOfWeek) => ({
            dayOfWeek,
            startTime: '09:00',
            endTime: '17:00',
          })),
        },
      },
      { token: world.provider.accessToken },
    );
    mondaysAndThursdays = created.createListing.id;
    await world.t.client.ok(PUBLISH, { id: mondaysAndThursdays }, { token: world.provider.accessToken });
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

    it('finds support: the nearest when none are near, "in TA1", miles, and the results first on a phone', async () => {
      // Signed out: find support. A far postcode is told where the nearest services are and how far.
      await visit(page, '/find-support');
      await submit(page, { Postcode: 'EX1 1AA' }, 'Search');
      await checkA11y(page);
      const far = await page.locator('#nearest').innerText();
      expect(far).toContain('There are services further away. The nearest are:');
      expect(far).toMatch(/Companionship visits, by Kind Hands: \d+\.\d miles away \(TA1\)/);
      expect(await main()).not.toContain('Try a longer distance');
      await shot('find-support-nearest');
      // In the searcher's own district only its centre is known: "in TA1", never "less than 0.1 miles".
      await visit(page, '/find-support?postcode=TA1+1AA&distance=5&verifiedOnly=yes');
      const own = await page.locator('.app-result', { hasText: 'Companionship visits' }).innerText();
      expect(own).toMatch(/Distance\s+In TA1, your postcode district/);
      expect(await main()).not.toContain('less than 0.1 miles');
      // From the next district: miles, and the results come before the filters on a phone.
      await submit(page, { Postcode: 'TA2 7AA' }, 'Search');
      await checkA11y(page);
      const near = await page.locator('.app-result', { hasText: 'Companionship visits' }).innerText();
      expect(near).toMatch(/Distance\s+1\.4 miles away \(TA1\)/);
      expect(near).toMatch(/Price\s+£18\.00 an hour/);
      const wide = page.viewportSize()!;
      // Side by side on a wide screen, the filters on the left.
      const leftOf = async (selector: string) => (await page.locator(selector).first().boundingBox())!.x;
      expect(await leftOf('#postcode')).toBeLessThan(await leftOf('#results-heading'));
      await page.setViewportSize({ width: 375, height: 800 });
      expect(await topOf(page, '#results-heading')).toBeLessThan(await topOf(page, '#postcode'));
      await checkA11y(page);
      await page.setViewportSize(wide);
      await shot('find-support-results');
    });

    /** What the request test leaves for the one after it: who asked, and the booking. */
    let requester: { email: string; bookingId: string } | undefined;

    it('finds a service and requests it from the budget, with where and how to reach them', async () => {
      const holder = await signUp(world.t.client, { role: 'BUDGET_HOLDER', displayName: 'Hana Holder' });
      await setUpBudget(world, holder, 40_000);
      const bookingDate = londonDate(new Date(Date.now() + 7 * 86_400_000));
      const hours = HOURS[mode.suffix];

      // Signed out: find support, open the listing, and be asked to sign in to book.
      await visit(page, '/find-support');
      await submit(page, { Postcode: 'TA2 7AA' }, 'Search');
      await checkA11y(page);
      await clickLink('Companionship visits');
      expect(new URL(page.url()).pathname).toMatch(/^\/listings\//);
      expect(await page.title()).toBe('Companionship visits – Small Places');
      const listingText = await main();
      expect(listingText).toContain('By Kind Hands');
      expect(listingText).toMatch(/^Verified$/m);
      expect(listingText).toMatch(/Price\s+£18\.00 an hour/);
      expect(listingText).toMatch(/Based in the TA1 area, 1\.4 miles from TA2 7AA/);
      expect(listingText).not.toContain('TA1 1AA');
      expect(listingText).toContain('Mondays, 08:00 to 20:00');
      expect(listingText).toContain('What verified means');
      expect(await page.getByRole('button', { name: 'Request a booking', exact: true }).count()).toBe(0);
      await shot('listing-signed-out');

      await clickLink('Sign in to request a booking');
      await submit(page, { 'Email address': holder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      expect(new URL(page.url()).pathname).toMatch(/^\/listings\//);
      await checkA11y(page);
      // Back where they were, distance and all.
      expect(await main()).toMatch(/Based in the TA1 area, 1\.4 miles from TA2 7AA/);
      await shot('listing');

      // Request two hours next week, charged to the budget: the free times are listed to pick from.
      await clickButtonLink('Request a booking');
      expect(await page.title()).toBe('When do you want the support? – Small Places');
      const freeTimes = page.locator('table.app-free-times tbody tr');
      expect(await freeTimes.count()).toBeGreaterThanOrEqual(27);
      const firstFree = await freeTimes.first().innerText();
      await shot('book-when');
      await page.locator('table.app-free-times tbody tr').nth(1).getByRole('link').click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      // The typed form (the path without JavaScript too) is filled in from the chosen free time.
      expect(await page.getByLabel('Day', { exact: true }).inputValue()).toMatch(/^\d{1,2}$/);
      expect(await page.getByLabel('Start time', { exact: true }).inputValue()).toBe('08:00');
      expect(await page.getByLabel('End time', { exact: true }).inputValue()).toBe('09:00');
      expect(firstFree).toMatch(/to 20:00/);
      await submit(page, { Day: '', 'Start time': '' }, 'Continue');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#date-day"]').count()).toBe(1);
      expect(await page.locator('.govuk-error-summary a[href="#start"]').count()).toBe(1);
      const [year, month, day] = bookingDate.split('-');
      await submit(
        page,
        { Day: day, Month: month, Year: year, 'Start time': hours.start, 'End time': '21:00' },
        'Continue',
      );
      await checkA11y(page);
      expect(await page.locator('#date-error').innerText()).toMatch(
        /On [A-Z][a-z]+days this service works 08:00 to 20:00; choose a start and end time inside that/,
      );
      await submit(page, { 'End time': hours.end }, 'Continue');
      await checkA11y(page);
      expect(await page.title()).toBe('How often do you want it? – Small Places');
      await shot('book-how-often');
      await page.getByLabel('Once', { exact: true }).check();
      await submit(page, {}, 'Continue');
      await checkA11y(page);
      expect(await page.title()).toBe('How will you pay? – Small Places');
      expect(await main()).toContain('£400.00 left this period');
      await shot('book-pay');
      await page.getByLabel('From my budget: Direct payment').check();
      await submit(page, {}, 'Continue');
      await checkA11y(page);
      // Where, and how to reach them: the provider sees it only once they say yes.
      expect(await page.title()).toBe('Where will the support happen? – Small Places');
      expect(await main()).toContain(
        'Kind Hands sees the address and how to reach you only once they say yes',
      );
      await submit(page, { 'Phone number (optional)': 'call me' }, 'Continue');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#placeKind"]').count()).toBe(1);
      expect(await page.locator('.govuk-error-summary a[href="#placeAddress"]').count()).toBe(1);
      expect(await page.locator('.govuk-error-summary a[href="#contactPhone"]').count()).toBe(1);
      await page.getByLabel('At home').check();
      await shot('book-where');
      await submit(
        page,
        { Address: '4 Mill Lane, Taunton, TA2 7AA', 'Phone number (optional)': '01632 960 001' },
        'Continue',
      );
      await checkA11y(page);
      expect(await page.title()).toBe('Is there anything Kind Hands should know? – Small Places');
      await shot('book-note');
      await submit(
        page,
        { 'Is there anything Kind Hands should know? (optional)': 'Ring the bell twice.' },
        'Continue',
      );
      await checkA11y(page);
      expect(await page.title()).toBe('Check your booking request – Small Places');
      const answers = await main();
      expect(answers).toMatch(/How often\s+Once/);
      expect(answers).toMatch(/How you will pay\s+From my budget: Direct payment/);
      expect(answers).toContain(`${hours.start} to ${hours.end}`);
      expect(answers).toMatch(/Cost\s+£36\.00/);
      expect(answers).toMatch(/Where\s+At home: 4 Mill Lane, Taunton, TA2 7AA/);
      expect(answers).toMatch(/How to reach you\s+01632 960 001/);
      await shot('book-check');
      await submit(page, {}, 'Send request');
      await checkA11y(page);
      expect(await page.title()).toBe('Request sent – Small Places');
      expect(await main()).toContain('Kind Hands has 48 hours to answer');
      expect(await main()).not.toContain('The provider');
      expect(await main()).toContain('What happens next');
      await shot('request-sent');
      const bookingId = /\/bookings\/([^/]+)\/request-sent/.exec(page.url())?.[1];
      expect(bookingId).toBeDefined();

      await visit(page, '/bookings');
      expect(await page.locator('.app-booking').first().innerText()).toContain('Waiting for an answer');
      await visit(page, '/budget');
      expect(await page.locator('#awaiting + p').innerText()).toContain('£36.00 will be set aside');
      requester = { email: holder.user.email, bookingId: bookingId! };
    });

    it('sees the business, where and who on the accepted booking, and the money set aside', async () => {
      expect(requester).toBeDefined();
      const { email, bookingId } = requester!;
      await visit(page, '/sign-in');
      await submit(page, { 'Email address': email, Password: TEST_PASSWORD }, 'Sign in');
      await checkA11y(page);

      // The provider says yes, through the API.
      const accepted = await world.t.client.ok<{ acceptBooking: { status: string } }>(
        ACCEPT,
        { id: bookingId },
        { token: world.provider.accessToken },
      );
      expect(accepted.acceptBooking.status).toBe('ACCEPTED');

      await visit(page, '/bookings');
      expect(await page.title()).toBe('Your bookings – Small Places');
      const listed = await page.locator('.app-booking').first().innerText();
      expect(listed).toMatch(/Status:\s+Accepted/);
      expect(listed).toContain('£36.00');
      expect(listed).toContain('With Kind Hands');
      await shot('bookings');

      await clickLink(/^Companionship visits/);
      expect(await page.title()).toBe('Booking: Companionship visits – Small Places');
      expect(await summaryValue('Provider').innerText()).toBe('Kind Hands');
      expect(await summaryValue('Where').innerText()).toBe('At home: 4 Mill Lane, Taunton, TA2 7AA');
      expect(await summaryValue('How to reach Kind Hands').innerText()).toBe(world.provider.user.email);
      await submit(page, { 'Send a message to Kind Hands': '' }, 'Send message');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#message"]').count()).toBe(1);
      await submit(page, { 'Send a message to Kind Hands': 'Can you bring the crossword?' }, 'Send message');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Message sent');
      expect(await page.locator('#messages + ol').innerText()).toContain('Can you bring the crossword?');
      await shot('booking');

      // The budget: £36 set aside, £36 less left, the bar's figures in words, the booking it is set aside for.
      await visit(page, '/budget');
      expect(await summaryValue('Set aside for bookings').innerText()).toBe('£36.00');
      expect(await summaryValue('Left to spend').innerText()).toBe('£364.00');
      expect(await summaryValue('Payment for this period').innerText()).toBe('£400.00');
      expect(await page.locator('#budget-bar-desc').textContent()).toBe(
        'Of £400.00 this period: £0.00 spent, £36.00 set aside, £364.00 left.',
      );
      const key = await page.locator('.app-budget-bar__key').innerText();
      expect(key).toMatch(/Spent: £0\.00\s+Set aside: £36\.00\s+Left: £364\.00/);
      const setAside = await page.locator('#set-aside ~ table').first().innerText();
      expect(setAside).toMatch(/Companionship visits, with Kind Hands/);
      expect(setAside).toContain('£36.00');
      expect(await page.locator('#awaiting ~ p').first().innerText()).toBe(
        'No requests are waiting for an answer.',
      );
      expect(await main()).toMatch(/Next period: .+ to .+/);
      expect(await main()).toMatch(/This period runs from .+ to .+\./);
      await shot('budget');
    });

    it('refuses someone else’s budget, statement, CSV and booking, and finds no unknown listing', async () => {
      const owner = await signUp(world.t.client, { role: 'BUDGET_HOLDER' });
      const budgetId = await setUpBudget(world, owner, 20_000);
      const requested = await world.t.client.ok<{ requestBooking: { id: string } }>(
        REQUEST,
        { input: { listingId: world.session40, ...slot(10, mode.suffix === 'js' ? 9 : 15), budgetId } },
        { token: owner.accessToken },
      );
      const stranger = await signUp(world.t.client, { role: 'BUDGET_HOLDER' });
      await visit(page, '/sign-in');
      await submit(page, { 'Email address': stranger.user.email, Password: TEST_PASSWORD }, 'Sign in');
      await visit(page, '/budget');
      expect(await main()).toContain('You have not set up a budget yet.');
      await shot('budgets-none-stranger');
      await visit(page, `/budgets/${budgetId}`, 403);
      await visit(page, `/budgets/${budgetId}/statement`, 403);
      await visit(page, `/bookings/${requested.requestBooking.id}`, 403);
      const csv = await page.request.get(`/budgets/${budgetId}/statement.csv?from=2026-01-01&to=2026-12-31`);
      expect(csv.status()).toBe(403);
      expect(await csv.text()).not.toContain('Council payment');
      await visit(page, '/listings/00000000-0000-0000-0000-000000000000', 404);
    });

    it('names the weekday when a date is not one the service works', async () => {
      const holder = await signUp(world.t.client, { role: 'BUDGET_HOLDER' });
      await visit(page, '/sign-in');
      await submit(page, { 'Email address': holder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      await visit(page, `/listings/${mondaysAndThursdays}/book/when`);
      const tuesday = nextWeekday(2);
      const [year, month, day] = tuesday.split('-');
      await submit(
        page,
        { Day: day, Month: month, Year: year, 'Start time': '10:00', 'End time': '11:00' },
        'Continue',
      );
      await checkA11y(page);
      const dayInWords = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }).format(new Date(`${tuesday}T12:00:00Z`));
      expect(await page.locator('#date-error').innerText()).toContain(
        `${dayInWords} is a Tuesday; this service works on Mondays and Thursdays`,
      );
      await shot('book-when-weekday-error');
    });
  });
});
