import { PostcodeImporter } from '@small-places/marketplace';
import { Clock } from '@small-places/platform';
import { Mailbox, Session, signUp, TEST_PASSWORD, uniqueEmail, graphql } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { REQUEST, slot } from '../e2e/bookings/bookings-fixture';
import { ADD_MEMBER } from '../e2e/compliance/compliance-fixture';
import { createEnterprise, CrmWorld, crmWorld, ENTERPRISE, MOVE } from '../e2e/crm/crm-fixture';
import { OUTCODES } from '../e2e/marketplace/marketplace-fixture';
import {
  checkA11y,
  JAVASCRIPT_MODES,
  JavaScriptMode,
  screenshot,
  submit,
  visit,
  webJourney,
} from './web-harness';

const REQUEST_SERIES = graphql(`
  mutation RequestBookingSeries($input: RequestBookingSeriesInput!) {
    requestBookingSeries(input: $input) {
      id
      bookings {
        id
      }
    }
  }
`);

const DONE_ITEMS = graphql(`
  query ProviderJourneyDoneItems($id: ID!) {
    enterprise(id: $id) {
      checklist {
        items {
          id
          status
          checkedAt
        }
      }
    }
  }
`);

const REVIEW = graphql(`
  mutation ProviderJourneyReview($input: ReviewChecklistItemInput!) {
    reviewChecklistItem(input: $input) {
      id
      checkedAt
    }
  }
`);

interface ChecklistItemNode {
  id: string;
  status: string;
  requirement: { code: string; title: string; mandatory: boolean };
}

/**
 * A provider joins from the invitation email, records every mandatory checklist item, creates a listing,
 * is told why it cannot be published yet and then publishes it, and answers booking requests: accepts one
 * (then marks it delivered), declines a weekly series as a whole, and sends a message. Then the calendar link.
 */
describe('A provider joins, completes the checklist, publishes and accepts', () => {
  let world: CrmWorld;
  let holder: Session;
  const HOLDER_NAME = 'Hana Holder';

  const site = webJourney(async () => {
    world = await crmWorld();
    holder = await signUp(world.t.client, { role: 'BUDGET_HOLDER', displayName: HOLDER_NAME });
    await world.t.app.get(PostcodeImporter).importFile(OUTCODES);
    return world.t;
  });

  // One journey per mode, in steps that run in order and share the browser page (each step has its own timeout).
  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;
    let enterpriseId: string;
    let founderEmail: string;
    let listingPath: string;

    beforeAll(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
      founderEmail = uniqueEmail(`founder-${mode.suffix}`);
      const enterprise = await createEnterprise(world, {
        name: `Kind Company ${mode.suffix}`,
        activities: ['COMPANIONSHIP'],
        legalStructure: 'LIMITED_COMPANY',
        founder: { name: 'Fatima Founder', email: founderEmail },
      });
      enterpriseId = enterprise.id;
      // The Catalyst has moved it along to setting up; it cannot reach READY until the checklist is done.
      for (const stage of ['EXPLORING', 'SETTING_UP']) {
        await world.t.client.ok(
          MOVE,
          { input: { enterpriseId, stage } },
          { token: world.tauntonCatalyst.accessToken },
        );
      }
    });

    afterAll(async () => {
      await context?.close();
    });

    it('joins from the link in the invitation email', async () => {
      await joinFromTheEmail(page, mode, founderEmail);
    });

    it('sees what the business needs to do, most urgent first', async () => {
      await seeWhatToDo(page, mode, enterpriseId);
    });

    it('creates and changes a listing, and is told why it cannot be published yet', async () => {
      listingPath = await createAListingThatCannotBePublishedYet(
        page,
        mode,
        `/your-business/${enterpriseId}`,
      );
    });

    // Five pages an item (one question a page): the first, with its errors, then the rest, as two steps.
    it('records the first mandatory checklist item, one question a page', async () => {
      await recordMandatoryItems(page, mode, enterpriseId, 'first');
    });

    it('records every other mandatory checklist item', async () => {
      await recordMandatoryItems(page, mode, enterpriseId, 'rest');
    });

    // Verified means checked (issue 15): her Catalyst checks each item she recorded (the "To check" pages
    // have their own journey, checks.web-spec.ts); only then can the listing be published as verified.
    it('has what she recorded checked by her Catalyst', async () => {
      await catalystChecksWhatWasRecorded(enterpriseId);
    });

    it('publishes the listing, unpublishes and publishes it again', async () => {
      await publish(page, mode, listingPath);
    });

    it('accepts a booking, sends a message, marks it delivered, and declines a weekly series', async () => {
      await answerBookings(page, mode, listingPath);
    });

    it('sees and resets the calendar link', async () => {
      await calendarLink(page, mode);
    });

    it('chooses among several businesses, and is refused one that is not theirs', async () => {
      await chooseAmongSeveral(page, mode, founderEmail);
    });
  });

  async function joinFromTheEmail(page: Page, mode: JavaScriptMode, email: string) {
    const mail = await world.t.mailbox.waitFor(email, /invited/);
    // The emailed link opens the website's page (WEB_URL), not the API.
    expect(mail.text).toMatch(/http:\/\/localhost:3002\/accept-invitation\?token=/);
    const token = Mailbox.tokenIn(mail);
    await visit(page, `/accept-invitation?token=${token}`);
    expect(await page.title()).toBe('Accept your invitation – Small Places');
    await screenshot(page, `provider-accept-invitation-${mode.suffix}`);

    await submit(page, {}, 'Accept and sign in');
    await checkA11y(page);
    expect(await page.title()).toBe('Error: Accept your invitation – Small Places');
    expect(await page.locator('.govuk-error-summary a[href="#displayName"]').innerText()).toBe(
      'Enter your name',
    );
    expect(await page.locator('.govuk-error-summary a[href="#password"]').innerText()).toBe(
      'Choose a password',
    );
    await screenshot(page, `provider-accept-invitation-error-${mode.suffix}`);

    await submit(page, { 'Your name': 'Fatima Founder', Password: TEST_PASSWORD }, 'Accept and sign in');
    expect(new URL(page.url()).pathname).toBe('/home');
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
      'You have joined Small Places',
    );
    expect(await page.locator('main').innerText()).toContain('Hello, Fatima Founder');
    await screenshot(page, `provider-home-${mode.suffix}`);

    // The link works once: the same token again is refused on the form, in plain words.
    const again = await page.context().newPage();
    await visit(again, `/accept-invitation?token=${token}`);
    await submit(again, { 'Your name': 'Someone Else', Password: TEST_PASSWORD }, 'Accept and sign in');
    await checkA11y(again);
    expect(await again.locator('.govuk-error-summary a[href="#token"]').innerText()).toBe(
      'This invitation link is not valid or has expired. Ask for a new invitation.',
    );
    await again.close();
  }

  async function seeWhatToDo(page: Page, mode: JavaScriptMode, enterpriseId: string) {
    await page.locator('main').getByRole('link', { name: 'What you need to do' }).click();
    await page.waitForLoadState('load');
    // One business: straight to its checklist.
    const toDoPath = `/your-business/${enterpriseId}/to-do`;
    expect(new URL(page.url()).pathname).toBe(toDoPath);
    await checkA11y(page);
    expect(await page.title()).toBe(`What you need to do for Kind Company ${mode.suffix} – Small Places`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('still needed before you can publish a listing');
    expect(main).toContain('To do');
    await screenshot(page, `provider-to-do-${mode.suffix}`);
    return `/your-business/${enterpriseId}`;
  }

  async function recordMandatoryItems(
    page: Page,
    mode: JavaScriptMode,
    enterpriseId: string,
    part: 'first' | 'rest',
  ) {
    const toDoPath = `/your-business/${enterpriseId}/to-do`;
    expect(new URL(page.url()).pathname).toBe(toDoPath);
    const items = await checklistItems(enterpriseId);
    const open = items.filter((item) => item.requirement.mandatory && item.status !== 'DONE');
    expect(open.length).toBeGreaterThan(part === 'first' ? 1 : 0);

    for (const [index, item] of (part === 'first' ? open.slice(0, 1) : open).entries()) {
      const first = part === 'first';
      await page.locator(`main li[data-item="${item.id}"] a[href="${toDoPath}/${item.id}"]`).click();
      await page.waitForLoadState('load');
      // The loop shows the same pages with another item each time: axe and screenshots on the first.
      if (first) await checkA11y(page);
      expect(await page.locator('h1').innerText()).toContain(item.requirement.title);
      // One question a page, and "It is done" is not chosen for them.
      expect(await page.getByLabel('It is done').isChecked()).toBe(false);
      expect(await page.getByLabel('I have started it').isChecked()).toBe(false);
      if (first) {
        await screenshot(page, `provider-record-item-${mode.suffix}`);
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.waitForLoadState('load');
        await checkA11y(page);
        expect(await page.locator('.govuk-error-summary a[href="#status"]').innerText()).toBe(
          'Choose whether it is done or you have started it',
        );
      }
      await page.getByLabel('It is done').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForLoadState('load');
      expect(await page.locator('h1').innerText()).toBe('When was it done?');
      if (first) {
        await checkA11y(page);
        // A date that does not exist is refused on the form, linked to its first box.
        await submit(page, { Day: '31', Month: '2', Year: '2026' }, 'Continue');
        await checkA11y(page);
        expect(await page.locator('.govuk-error-summary a[href="#on-day"]').innerText()).toBe(
          'Enter a real date, like 27 3 2026',
        );
        await screenshot(page, `provider-record-item-error-${mode.suffix}`);
      }
      // Empty: today.
      await submit(page, { Day: '', Month: '', Year: '' }, 'Continue');
      expect(await page.locator('h1').innerText()).toBe('When does it run out?');
      if (first) await checkA11y(page);
      await submit(page, {}, 'Continue');
      expect(await page.locator('h1').innerText()).toBe('Add a reference or note');
      if (first) await checkA11y(page);
      await submit(page, { 'Reference (optional)': `REF-${index + 1}` }, 'Continue');
      expect(new URL(page.url()).pathname).toBe(`${toDoPath}/${item.id}/check`);
      const answers = await page.locator('.govuk-summary-list').innerText();
      expect(answers).toContain('It is done');
      expect(answers).toContain('Today');
      expect(answers).toContain(`REF-${index + 1}`);
      if (first) {
        await checkA11y(page);
        await screenshot(page, `provider-record-item-check-${mode.suffix}`);
      }
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe(toDoPath);
      if (first) await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Recorded as done');
    }
    if (part === 'first') return;
    expect(await page.locator('main').innerText()).toContain('Everything needed before you trade is done');
    await checkA11y(page);
    await screenshot(page, `provider-to-do-done-${mode.suffix}`);
    const recorded = await checklistItems(enterpriseId);
    for (const item of recorded.filter((candidate) => candidate.requirement.mandatory)) {
      expect(item.status).toBe('DONE');
    }
  }

  async function createAListingThatCannotBePublishedYet(
    page: Page,
    mode: JavaScriptMode,
    enterprisePath: string,
  ) {
    await page.locator('main nav').getByRole('link', { name: 'Your listings' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`${enterprisePath}/listings`);
    await checkA11y(page);
    expect(await page.locator('main').innerText()).toContain('You have no listings yet.');
    await screenshot(page, `provider-listings-empty-${mode.suffix}`);

    await page.getByRole('button', { name: 'Create a listing' }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.title()).toBe('Create a listing – Small Places');
    await screenshot(page, `provider-listing-new-${mode.suffix}`);

    await submit(page, { 'Monday from': '17:00', 'Monday until': '09:00' }, 'Save as a draft');
    await checkA11y(page);
    const summary = await page.locator('.govuk-error-summary').innerText();
    expect(summary).toContain('Enter a short name for the service');
    expect(summary).toContain('Monday ends before it starts');
    await screenshot(page, `provider-listing-new-error-${mode.suffix}`);

    const fields: Record<string, string> = {
      'Name of the service': 'Company and a cup of tea',
      'What you offer': 'A friendly visit for a chat, a walk or a game of cards.',
      'Price in pounds': '18.50',
      'Postcode you work from': 'TA1 1AA',
      'How far you travel, in miles': '5',
      'Monday from': '',
      'Monday until': '',
    };
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      fields[`${day} from`] = '08:00';
      fields[`${day} until`] = '20:00';
    }
    await page.getByLabel('Kind of support').selectOption('COMPANIONSHIP');
    await page.getByLabel('An hour').check();
    await submit(page, fields, 'Save as a draft');
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${enterprisePath}/listings/[0-9a-f-]{36}$`));
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
      'Listing saved as a draft',
    );
    expect(await page.locator('main').innerText()).toContain('Draft: not shown in search');
    await screenshot(page, `provider-listing-${mode.suffix}`);
    const listingPath = new URL(page.url()).pathname;

    // Changing it keeps the postcode when the box is left empty.
    await page.getByRole('link', { name: /Change the details/ }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.getByLabel('Name of the service').inputValue()).toBe('Company and a cup of tea');
    await screenshot(page, `provider-listing-edit-${mode.suffix}`);
    await submit(page, { 'Name of the service': 'Company, a walk and a cup of tea' }, 'Save changes');
    expect(new URL(page.url()).pathname).toBe(listingPath);
    await checkA11y(page);
    expect(await page.locator('h1').innerText()).toBe('Company, a walk and a cup of tea');
    expect(await page.locator('main').innerText()).toContain('Based in TA1');

    // The checklist is not done yet: the API refuses, and the page says why and what to do next.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.title()).toBe('Error: Company, a walk and a cup of tea – Small Places');
    const reason = await page.locator('#publish').innerText();
    expect(reason).toContain('cannot be published until it is verified');
    expect(reason).toContain('Still to do:');
    await screenshot(page, `provider-listing-publish-refused-${mode.suffix}`);
    await page
      .locator('#publish')
      .getByRole('link', { name: /record what you have done/ })
      .click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    return listingPath;
  }

  async function catalystChecksWhatWasRecorded(enterpriseId: string) {
    const token = { token: world.tauntonCatalyst.accessToken };
    const before = await world.t.client.ok(DONE_ITEMS, { id: enterpriseId }, token);
    const done = before.enterprise!.checklist.items.filter((item) => item.status === 'DONE');
    expect(done.length).toBeGreaterThan(0);
    for (const item of done) {
      await world.t.client.ok(REVIEW, { input: { itemId: item.id, decision: 'CHECKED' } }, token);
    }
    const after = await world.t.client.ok(DONE_ITEMS, { id: enterpriseId }, token);
    const unchecked = after.enterprise!.checklist.items.filter(
      (item) => item.status === 'DONE' && !item.checkedAt,
    );
    expect(unchecked).toEqual([]);
  }

  async function publish(page: Page, mode: JavaScriptMode, listingPath: string) {
    await visit(page, listingPath);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
      'Your listing is published',
    );
    expect(await page.locator('main').innerText()).toContain('Published: shown in search');

    // Unpublishing and publishing again both say what happens next.
    await page.getByRole('button', { name: 'Unpublish' }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Your listing is hidden');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('main').innerText()).toContain('Published: shown in search');
    await screenshot(page, `provider-listing-published-${mode.suffix}`);
  }

  async function answerBookings(page: Page, mode: JavaScriptMode, listingPath: string) {
    const listingId = listingPath.split('/').pop() as string;
    const asHolder = { token: holder.accessToken };
    const daysAhead = mode.javaScriptEnabled ? 3 : 4;
    const single = await world.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId, ...slot(daysAhead, 10), note: 'Please ring the bell twice.' } },
      asHolder,
    );
    const series = await world.t.client.ok<{
      requestBookingSeries: { id: string; bookings: { id: string }[] };
    }>(REQUEST_SERIES, { input: { listingId, ...slot(daysAhead, 15), weeks: 2 } }, asHolder);

    await page.getByRole('link', { name: 'Booking requests' }).first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/booking-requests');
    await checkA11y(page);
    const list = await page.locator('main').innerText();
    expect(list).toContain('Waiting for your answer');
    expect(list).toContain(`for ${HOLDER_NAME}`);
    expect(list).toContain('part of a weekly booking');
    await screenshot(page, `provider-booking-requests-${mode.suffix}`);

    await page.locator(`main a[href="/booking-requests/${single.requestBooking.id}"]`).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    const detail = await page.locator('main').innerText();
    expect(detail).toContain('Please ring the bell twice.');
    expect(detail).toContain(HOLDER_NAME);
    expect(detail).not.toMatch(/budget/i);
    await screenshot(page, `provider-booking-${mode.suffix}`);

    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
      'You accepted the booking',
    );
    expect(await page.locator('main').innerText()).toContain('Accepted');

    await submit(page, { [`Send a message to ${HOLDER_NAME}`]: 'See you on the day!' }, 'Send message');
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Message sent');
    expect(await page.locator('#messages + ul').innerText()).toContain('See you on the day!');

    // Too early to mark delivered: the API's reason is shown. After it has started, it works.
    await page.getByRole('button', { name: 'Mark as delivered' }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('once it has started');
    await screenshot(page, `provider-booking-accepted-${mode.suffix}`);
    const clock = world.t.app.get(Clock);
    clock.travelTo(new Date(Date.now() + (daysAhead + 1) * 86_400_000));
    try {
      await page.getByRole('button', { name: 'Mark as delivered' }).click();
      await page.waitForLoadState('load');
    } finally {
      clock.reset();
    }
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Marked as delivered');

    // A weekly series is answered as a whole; declining needs a reason.
    await visit(page, `/booking-requests/${series.requestBookingSeries.bookings[0].id}`);
    expect(await page.locator('main').innerText()).toContain('Your answer is for every week of it.');
    await page.getByRole('button', { name: 'Decline every week' }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.locator('.govuk-error-summary a[href="#reason"]').innerText()).toContain('Say why');
    await screenshot(page, `provider-booking-decline-error-${mode.suffix}`);
    await submit(
      page,
      { 'If you cannot do it, say why': 'We are full on that afternoon.' },
      'Decline every week',
    );
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('You declined every week');
    for (const booking of series.requestBookingSeries.bookings) {
      const data = await world.t.client.ok<{ booking: { status: string } }>(
        graphql(`
          query B($id: ID!) {
            booking(id: $id) {
              status
            }
          }
        `),
        { id: booking.id },
        asHolder,
      );
      expect(data.booking.status).toBe('DECLINED');
    }
  }

  async function calendarLink(page: Page, mode: JavaScriptMode) {
    await visit(page, '/calendar-feed');
    expect(await page.title()).toBe('Your calendar link – Small Places');
    const before = await page.locator('#feed-url').innerText();
    expect(before).toMatch(/^http:\/\/localhost:3000\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await screenshot(page, `provider-calendar-feed-${mode.suffix}`);
    await page.getByRole('button', { name: 'Reset the link' }).click();
    await page.waitForLoadState('load');
    await checkA11y(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
      'You have a new calendar link',
    );
    expect(await page.locator('#feed-url').innerText()).not.toBe(before);
  }

  async function chooseAmongSeveral(page: Page, mode: JavaScriptMode, founderEmail: string) {
    const second = await createEnterprise(world, {
      name: `Second Company ${mode.suffix}`,
      activities: ['HOME_HELP'],
      legalStructure: 'LIMITED_COMPANY',
    });
    // Not hers yet: the API refuses, and the page says so.
    await visit(page, `/your-business/${second.id}/to-do`, 403);
    const invitedBefore = (await world.t.mailbox.to(founderEmail, /invited/)).length;
    await world.t.client.ok(
      ADD_MEMBER,
      { input: { enterpriseId: second.id, name: 'Fatima Founder', email: founderEmail } },
      { token: world.tauntonCatalyst.accessToken },
    );
    // Invitations grant nothing until accepted (issue 13): she still has one business, and no choice yet.
    await page.goto('/your-business');
    expect(new URL(page.url()).pathname).toMatch(/^\/your-business\/[0-9a-f-]+\/to-do$/);
    await visit(page, `/your-business/${second.id}/to-do`, 403);
    // She accepts from the email, as anyone with an account does: with her own password.
    const invitation = await world.t.mailbox.waitForMore(founderEmail, /invited/, invitedBefore);
    expect(await world.t.mailbox.to(founderEmail, /invited/)).toHaveLength(invitedBefore + 1);
    await visit(page, `/accept-invitation?token=${Mailbox.tokenIn(invitation)}`);
    await submit(page, { 'Your name': 'Fatima Founder', Password: TEST_PASSWORD }, 'Accept and sign in');
    await page.goto('/your-business');
    expect(new URL(page.url()).pathname).toBe('/your-business/choose');
    await checkA11y(page);
    expect(await page.title()).toBe('Choose your business – Small Places');
    await screenshot(page, `provider-choose-business-${mode.suffix}`);
    await page.getByRole('link', { name: `Second Company ${mode.suffix}` }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/your-business/${second.id}/to-do`);
    await checkA11y(page);
  }

  async function checklistItems(enterpriseId: string): Promise<ChecklistItemNode[]> {
    const data = await world.t.client.ok<{ enterprise: { checklist: { items: ChecklistItemNode[] } } }>(
      ENTERPRISE,
      { id: enterpriseId },
      { token: world.tauntonCatalyst.accessToken },
    );
    return data.enterprise.checklist.items;
  }
});
