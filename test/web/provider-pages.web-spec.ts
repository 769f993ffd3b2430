import { PostcodeImporter } from '@small-places/marketplace';
import { APP_CONFIG, AppConfig, londonDate } from '@small-places/platform';
import { acceptInvitation, Session, signUp, TEST_PASSWORD, uniqueEmail } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { feedEvents } from '../e2e/bookings/calendar-fixture';
import { ACCEPT, publishedListing, REQUEST, slot } from '../e2e/bookings/bookings-fixture';
import { checklistOf, UPDATE_ITEM } from '../e2e/compliance/compliance-fixture';
import { createEnterprise, CrmWorld, crmWorld, waiveMandatoryItems } from '../e2e/crm/crm-fixture';
import { OUTCODES } from '../e2e/marketplace/marketplace-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, VIEWPORTS, visit, webJourney } from './web-harness';

const HEADER_LINKS = ['What you need to do', 'Your listings', 'Booking requests', 'Calendar link'];
const GROUPS = ['Overdue: do these first', 'Due soon', 'Later', 'Done'];

function daysFromToday(days: number): string {
  return londonDate(new Date(Date.now() + days * 86_400_000));
}

function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

function dateBoxes(date: string): Record<string, string> {
  const [year, month, day] = date.split('-');
  return { Day: String(Number(day)), Month: String(Number(month)), Year: year };
}

/**
 * The provider's pages as issue 20 asks, at 1280 px and 375 px, with and without JavaScript: the header's four
 * places on every page; "What you need to do" opening with x of y done and the next deadlines, grouped by
 * urgency with the guidance folded away; recording an item one question a page with nothing preselected and a
 * change made from the check page; times typed as people type them; and the calendar feed holding the accepted
 * booking, its link opening the booking's page.
 */
describe("The provider's pages: header, what to do, one question a page, typed times, the calendar", () => {
  let world: CrmWorld;
  let holder: Session;
  const HOLDER_NAME = 'Hedda Holder';

  const site = webJourney(async () => {
    world = await crmWorld();
    holder = await signUp(world.t.client, { role: 'BUDGET_HOLDER', displayName: HOLDER_NAME });
    await world.t.app.get(PostcodeImporter).importFile(OUTCODES);
    return world.t;
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    describe.each(VIEWPORTS)('at $width px', (viewport) => {
      const name = `Tidy Homes ${mode.suffix} ${viewport.suffix}`;
      // Both widths are in every screenshot: the narrow run takes none, so names stay one per page and mode.
      const shoot = (page: Page, shot: string) =>
        viewport.width === 1280
          ? screenshot(page, `provider-pages-${shot}-${mode.suffix}`)
          : Promise.resolve();
      let context: BrowserContext;
      let page: Page;
      let provider: Session;
      let enterpriseId: string;
      let toDoPath: string;
      let renew: { id: string; title: string; runsOut: string };
      let bookingId: string;

      beforeAll(async () => {
        const email = uniqueEmail(`tidy-${mode.suffix}-${viewport.suffix}`);
        const enterprise = await createEnterprise(world, {
          name,
          activities: ['HOME_HELP'],
          founder: { name: 'Tam Tidy', email },
        });
        enterpriseId = enterprise.id;
        toDoPath = `/your-business/${enterpriseId}/to-do`;
        provider = await acceptInvitation(world.t.client, world.t.mailbox, email, 'Tam Tidy');
        await waiveMandatoryItems(world, enterpriseId);
        // One item done today that runs out in ten days: "Renew soon", and one of the next deadlines.
        const item = (await checklistOf(world.t, enterpriseId, provider)).items.find(
          (candidate) => candidate.status === 'TODO' && candidate.requirement.validityMonths !== null,
        )!;
        renew = {
          id: item.id,
          title: item.requirement.title + (item.member ? `: ${item.member.name}` : ''),
          runsOut: daysFromToday(10),
        };
        await world.t.client.ok(
          UPDATE_ITEM,
          {
            input: {
              itemId: item.id,
              status: 'DONE',
              completedOn: daysFromToday(0),
              expiresOn: renew.runsOut,
            },
          },
          { token: provider.accessToken },
        );
        // An accepted booking, for the calendar.
        const listingId = await publishedListing(world, enterpriseId, provider, {
          title: `Spring clean ${mode.suffix} ${viewport.suffix}`,
          category: 'HOME_HELP',
          pricePence: 2000,
          priceUnit: 'HOUR',
        });
        const { requestBooking } = await world.t.client.ok<{ requestBooking: { id: string } }>(
          REQUEST,
          { input: { listingId, ...slot(5, 10) } },
          { token: holder.accessToken },
        );
        bookingId = requestBooking.id;
        await world.t.client.ok(ACCEPT, { id: bookingId }, { token: provider.accessToken });

        context = await site.journey(mode);
        page = await context.newPage();
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await visit(page, '/sign-in');
        await submit(page, { 'Email address': email, Password: TEST_PASSWORD }, 'Sign in');
        expect(new URL(page.url()).pathname).toBe('/home');
      });

      afterAll(async () => {
        await context?.close();
      });

      /** The header's links as the person sees them, opening the phone's "Menu" first where there is one. */
      async function headerLinks() {
        const header = page.locator('.govuk-service-navigation');
        const toggle = header.locator('.govuk-service-navigation__toggle');
        if (await toggle.isVisible()) await toggle.click();
        const links = header.locator('.govuk-service-navigation__list a');
        const shown: string[] = [];
        for (const link of await links.all()) if (await link.isVisible()) shown.push(await link.innerText());
        return { shown, links };
      }

      it('has the listings, booking requests and calendar link in the header on every page', async () => {
        for (const path of [
          '/home',
          toDoPath,
          `/your-business/${enterpriseId}/listings`,
          '/booking-requests',
          '/calendar-feed',
        ]) {
          await visit(page, path);
          expect((await headerLinks()).shown).toEqual(expect.arrayContaining(HEADER_LINKS));
        }
        await visit(page, '/home');
        const { links } = await headerLinks();
        await links.filter({ hasText: 'Your listings' }).click();
        await page.waitForLoadState('load');
        expect(new URL(page.url()).pathname).toBe(`/your-business/${enterpriseId}/listings`);
        await checkA11y(page);
        // The header marks where the person is.
        expect((await page.locator('.govuk-service-navigation__item--active').innerText()).trim()).toBe(
          'Your listings',
        );
        const again = await headerLinks();
        await again.links.filter({ hasText: 'Calendar link' }).click();
        await page.waitForLoadState('load');
        expect(new URL(page.url()).pathname).toBe('/calendar-feed');
        await checkA11y(page);
        await shoot(page, 'header');
      });

      it('opens with x of y done and the next three deadlines, then groups by urgency, guidance folded away', async () => {
        await visit(page, toDoPath);
        const items = (await checklistOf(world.t, enterpriseId, provider)).items;
        const counted = items.filter((item) => item.status !== 'WAIVED');
        const done = counted.filter((item) => item.status === 'DONE').length;
        expect(done).toBe(1);
        expect(await page.locator('#progress').innerText()).toBe(`${done} of ${counted.length} done`);

        const today = daysFromToday(0);
        const dated = counted
          .flatMap((item) => {
            const on =
              item.status === 'DONE' ? item.expiresOn : item.status === 'EXPIRED' ? null : item.dueOn;
            const title = item.requirement.title + (item.member ? `: ${item.member.name}` : '');
            return on && on >= today ? [{ on, title }] : [];
          })
          .sort((a, b) => a.on.localeCompare(b.on) || a.title.localeCompare(b.title))
          .slice(0, 3);
        const deadlines = await page.locator('ol[aria-labelledby="next-deadlines"] li').allInnerTexts();
        expect(deadlines.map((text) => text.replace(/: (Due by|Runs out on) .*$/, ''))).toEqual(
          dated.map((deadline) => deadline.title),
        );
        expect(deadlines).toContain(`${renew.title}: Runs out on ${longDate(renew.runsOut)}`);

        const headings = (await page.locator('main h2').allInnerTexts()).map((text) =>
          text.replace(/ \(\d+\)$/, ''),
        );
        const groups = headings.filter((heading) => GROUPS.includes(heading));
        expect(groups).toEqual(GROUPS.filter((group) => groups.includes(group)));
        expect(groups).toEqual(expect.arrayContaining(['Due soon', 'Done']));
        const renewing = page
          .locator(`section, ul`)
          .filter({ has: page.locator(`li[data-item="${renew.id}"]`) });
        expect(await renewing.getAttribute('aria-labelledby')).toBe('group-due-soon');
        const row = page.locator(`li[data-item="${renew.id}"]`);
        expect(await row.locator('.govuk-tag').innerText()).toBe('Renew soon');
        // The long guidance is folded away until asked for.
        const guidance = row.locator('.govuk-details__text');
        expect(await guidance.isVisible()).toBe(false);
        await row.locator('.govuk-details__summary').click();
        expect(await guidance.isVisible()).toBe(true);
        await checkA11y(page);
        await shoot(page, 'to-do');
      });

      it('records an item one question a page, with nothing chosen for them, and changes an answer', async () => {
        const item = (await checklistOf(world.t, enterpriseId, provider)).items.find(
          (candidate) => candidate.status === 'TODO',
        )!;
        await visit(page, toDoPath);
        await page.locator(`li[data-item="${item.id}"] a[href="${toDoPath}/${item.id}"]`).click();
        await page.waitForLoadState('load');
        await checkA11y(page);
        const itemName = item.requirement.title + (item.member ? ` for ${item.member.name}` : '');
        expect(await page.locator('h1').innerText()).toBe(`Where are you with ${itemName}?`);
        expect(await page.getByLabel('It is done').isChecked()).toBe(false);
        expect(await page.getByLabel('I have started it').isChecked()).toBe(false);
        await shoot(page, 'record-status');

        await page.getByLabel('I have started it').check();
        await submit(page, {}, 'Continue');
        expect(await page.locator('h1').innerText()).toBe('When did you apply?');
        await checkA11y(page);
        await submit(page, dateBoxes(daysFromToday(-1)), 'Continue');
        // Something only started does not run out: no expiry question.
        expect(await page.locator('h1').innerText()).toBe('Add a reference or note');
        await checkA11y(page);
        await submit(page, { 'Note (optional)': 'Sent on the council website' }, 'Continue');

        expect(new URL(page.url()).pathname).toBe(`${toDoPath}/${item.id}/check`);
        await checkA11y(page);
        const answers = page.locator('.govuk-summary-list');
        expect(await answers.innerText()).toContain('I have started it');
        expect(await answers.innerText()).toContain(longDate(daysFromToday(-1)));
        await shoot(page, 'record-check');

        // Changing one answer goes back to the check page, not through every question again.
        await page.getByRole('link', { name: 'Change date you applied' }).click();
        await page.waitForLoadState('load');
        await checkA11y(page);
        expect(await page.getByLabel('Day').inputValue()).toBe(dateBoxes(daysFromToday(-1)).Day);
        await submit(page, dateBoxes(daysFromToday(-2)), 'Continue');
        expect(new URL(page.url()).pathname).toBe(`${toDoPath}/${item.id}/check`);
        expect(await answers.innerText()).toContain(longDate(daysFromToday(-2)));
        expect(await answers.innerText()).toContain('Sent on the council website');

        await submit(page, {}, 'Save');
        expect(new URL(page.url()).pathname).toBe(toDoPath);
        await checkA11y(page);
        expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Recorded as started');
        expect(await page.locator(`li[data-item="${item.id}"] .govuk-tag`).innerText()).toBe('Started');
        const saved = (await checklistOf(world.t, enterpriseId, provider)).items.find(
          (candidate) => candidate.id === item.id,
        )!;
        expect(saved).toMatchObject({
          status: 'IN_PROGRESS',
          inProgressSince: daysFromToday(-2),
          note: 'Sent on the council website',
        });
      });

      it('reads times as people type them, and says what it wants for nonsense', async () => {
        await visit(page, `/your-business/${enterpriseId}/listings/new`);
        const fields = {
          'Name of the service': 'Ironing',
          'What you offer': 'Shirts, sheets and the rest, collected and brought back.',
          'Price in pounds': '12',
          'Postcode you work from': 'TA1 1AA',
          'How far you travel, in miles': '3',
        };
        await page.getByLabel('Kind of support').selectOption('HOME_HELP');
        await page.getByLabel('An hour').check();
        await submit(page, { ...fields, 'Monday from': 'morning', 'Monday until': '2pm' }, 'Save as a draft');
        await checkA11y(page);
        expect(await page.locator('.govuk-error-summary').innerText()).toContain(
          'Enter both times for Monday like 9am, 9:30 or 14:00, or leave both empty',
        );
        await page.getByLabel('An hour').check();
        await page.getByLabel('Kind of support').selectOption('HOME_HELP');
        await submit(
          page,
          {
            ...fields,
            'Monday from': '9am',
            'Monday until': '2pm',
            'Tuesday from': '14.00',
            'Tuesday until': '5.30pm',
          },
          'Save as a draft',
        );
        expect(new URL(page.url()).pathname).toMatch(/\/listings\/[0-9a-f-]{36}$/);
        await checkA11y(page);
        const when = await page.locator('main').innerText();
        expect(when).toContain('Monday 09:00 to 14:00');
        expect(when).toContain('Tuesday 14:00 to 17:30');
      });

      it('has the accepted booking in the calendar feed, each event linked to its page on the website', async () => {
        const { shown, links } = await headerLinks();
        expect(shown).toContain('Calendar link');
        await links.filter({ hasText: 'Calendar link' }).click();
        await page.waitForLoadState('load');
        const feedUrl = await page.locator('#feed-url a').getAttribute('href');
        const events = await feedEvents(world.t, feedUrl!);
        const webUrl = world.t.app.get<AppConfig>(APP_CONFIG).webUrl;
        for (const event of events) expect(event.url.startsWith(`${webUrl}/`)).toBe(true);
        const booking = events.find((event) => event.url === `${webUrl}/booking-requests/${bookingId}`);
        expect(booking?.summary).toBe(`Spring clean ${mode.suffix} ${viewport.suffix} with ${HOLDER_NAME}`);
        // No other business's events: every run has its own enterprise in the same Area.
        expect(
          events.every((event) => !/^Tidy Homes/.test(event.summary) || event.summary.startsWith(name)),
        ).toBe(true);
        expect(events.some((event) => event.url.endsWith(`/to-do/${renew.id}`))).toBe(true);

        // The link opens the booking's page on the website.
        await visit(page, new URL(booking!.url).pathname);
        expect(await page.locator('h1').innerText()).toBe(
          `Spring clean ${mode.suffix} ${viewport.suffix} for ${HOLDER_NAME}`,
        );
        await shoot(page, 'booking-from-calendar');
      });
    });
  });
});
