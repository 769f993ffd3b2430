import { AnyDocument, catalystOf, graphql, Session, TEST_PASSWORD } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { enterpriseWithFounder } from '../e2e/compliance/compliance-fixture';
import { enterpriseIn } from '../e2e/crm/crm-fixture';
import {
  completeChecklist,
  MarketplaceWorld,
  marketplaceWorld,
  publishedListing,
} from '../e2e/marketplace/marketplace-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

/**
 * Issue 20, the Catalysts' group: actions paged and filtered, the caseload as a sortable table with the next
 * deadline, the timeline paged with time and who, the board's suggested move, and the impact report for
 * commissioners (previous period, quarterly charts with tables, the funnel, CSV labels, print).
 */

const RECORD = graphql(`
  mutation CatalystPagesRecord2($input: RecordCoachingSessionInput!) {
    recordCoachingSession(input: $input) {
      id
    }
  }
`);
const MOVE = graphql(`
  mutation CatalystPagesMove2($input: MoveEnterpriseStageInput!) {
    moveEnterpriseStage(input: $input) {
      id
    }
  }
`);

/** Far enough ahead that none is due this week, whatever today is. */
const LATER = '2027-02-01';

async function signInAs(page: Page, email: string): Promise<void> {
  await visit(page, '/sign-in');
  await submit(page, { 'Email address': email, Password: TEST_PASSWORD }, 'Sign in');
  expect(new URL(page.url()).pathname).toBe('/home');
}

function column(page: Page, stage: string) {
  return page.locator(`section[aria-labelledby="stage-${stage}"]`);
}

describe('A Catalyst works through actions, the caseload, the board and the impact report', () => {
  let world: MarketplaceWorld;
  let colleague: Session;

  const site = webJourney(async () => {
    world = await marketplaceWorld();
    colleague = await catalystOf(
      world.t.client,
      world.t.mailbox,
      world.admin,
      [world.areaId],
      'Cat Colleague',
    );
    return world.t;
  });

  const api = (query: AnyDocument, variables: Record<string, unknown>, as: Session) =>
    world.t.client.ok(query, variables, { token: as.accessToken });

  const enterprise = (name: string, as: Session) =>
    enterpriseIn(world.t, world.areaId, as, { name, activities: ['MEALS'] });

  async function session(enterpriseId: string, as: Session, titles: string[], dueOn = LATER): Promise<void> {
    const actions = titles.map((title) => ({ title, dueOn, owner: 'CATALYST' }));
    const input = {
      enterpriseId,
      heldOn: '2026-11-30',
      minutes: 30,
      mode: 'PHONE',
      summary: 'Catch-up.',
      actions,
    };
    await api(RECORD, { input }, as);
  }

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;
    const acorn = `Acorn Meals ${mode.suffix}`;
    const birch = `Birch Meals ${mode.suffix}`;
    const listed = `Listed Lunches ${mode.suffix}`;
    let acornId: string;
    let listedId: string;

    beforeAll(async () => {
      acornId = await enterprise(acorn, world.catalyst);
      // 22 actions: more than one page of 20.
      await session(
        acornId,
        world.catalyst,
        Array.from({ length: 20 }, (_, index) => `Acorn task ${String(index + 1).padStart(2, '0')}`),
      );
      await session(acornId, world.catalyst, ['Acorn task 21', 'Acorn task 22']);
      // A colleague's enterprise in the same Area: her action is not "mine".
      const birchId = await enterprise(birch, colleague);
      await session(birchId, colleague, [`Birch task ${mode.suffix}`], '2027-01-15');
      // Enough history for more than one page of timeline: back and forth on the board, ending at Exploring.
      for (let move = 0; move < 21; move += 1) {
        const stage = move % 2 === 0 ? 'EXPLORING' : 'ENQUIRY';
        await api(MOVE, { input: { enterpriseId: acornId, stage } }, world.catalyst);
      }
      // Published a listing while the board still says Enquiry.
      const ready = await enterpriseWithFounder(world, { name: listed, activities: ['HOME_HELP'] });
      listedId = ready.id;
      await completeChecklist(world.t, world.catalyst, ready.id);
      await publishedListing({ ...world, enterpriseId: ready.id, founder: ready.founder });
    });

    beforeEach(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
      await signInAs(page, world.catalyst.user.email);
    });

    afterEach(async () => {
      await context.close();
    });

    it('pages and filters actions, and finds a new action where the confirmation says', async () => {
      // One enterprise's actions, any time: 22, paged 20 and 2, never cut short.
      await visit(page, `/actions?enterprise=${acornId}&due=any`);
      expect(await page.title()).toBe(`Actions: ${acorn} – Small Places`);
      expect(await page.locator('#results-heading').innerText()).toBe('22 actions');
      expect(await page.locator('table tbody tr').count()).toBe(20);
      const firstPage = await page.locator('table tbody tr td:first-child').allInnerTexts();
      await screenshot(page, `actions-enterprise-${mode.suffix}`);
      await page.getByRole('link', { name: /Next page/ }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('table tbody tr').count()).toBe(2);
      const secondPage = await page.locator('table tbody tr td:first-child').allInnerTexts();
      const titles = [...firstPage, ...secondPage].map((cell) => cell.split('\n')[0]);
      expect(new Set(titles).size).toBe(22);

      // "Mine": the Catalyst's own actions, never a colleague's (hers is due first, so it would lead the list).
      await visit(page, '/actions?due=any');
      expect(await page.locator('table tbody tr').first().innerText()).toContain('Birch task');
      await visit(page, '/actions');
      expect(await page.getByLabel('Due', { exact: true }).inputValue()).toBe('week');
      await page.getByLabel('Whose').selectOption('mine');
      await page.getByLabel('Due', { exact: true }).selectOption('any');
      await page.getByRole('button', { name: 'Show actions' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(new URL(page.url()).search).toContain('whose=mine');
      const mine = page.locator('table tbody tr');
      expect(await mine.first().innerText()).toContain('Acorn task');
      expect(await page.locator('main').innerText()).not.toContain('Birch task');
      const mineCount = Number((await page.locator('#results-heading').innerText()).split(' ')[0]);
      expect(mineCount).toBeGreaterThanOrEqual(22);
      await screenshot(page, `actions-mine-${mode.suffix}`);
      // Marking one done comes back to the same filtered list, one fewer.
      const doneTitle = (await mine.first().locator('td').first().innerText()).split('\n')[0];
      await mine
        .first()
        .getByRole('button', { name: /^Mark done/ })
        .click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(new URL(page.url()).search).toContain('whose=mine');
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(`Done: ${doneTitle}`);
      expect(await page.locator('#results-heading').innerText()).toBe(`${mineCount - 1} actions`);

      // A session recorded on the website: its action, due in weeks, is where the banner's link goes.
      await visit(page, `/caseload/${acornId}/sessions/new`);
      // The API's clock stands at the fixture's day: the session is dated the day before it.
      await page.locator('#heldOn-day').fill('30');
      await page.locator('#heldOn-month').fill('11');
      await page.locator('#heldOn-year').fill('2026');
      await page.getByLabel('How long was it, in minutes?').fill('30');
      await page.getByLabel('By phone').check();
      await page.getByLabel('Topic', { exact: true }).fill('Menus');
      await page.getByLabel('Notes', { exact: true }).fill('Planned the winter menu.');
      await page.getByLabel('What needs doing (action 1)').fill(`Price the winter menu ${mode.suffix}`);
      await page.getByLabel('Who does it (action 1)').selectOption('ENTREPRENEUR');
      await page.locator('#action1DueOn-day').fill('1');
      await page.locator('#action1DueOn-month').fill('3');
      await page.locator('#action1DueOn-year').fill('2027');
      await page.getByRole('button', { name: 'Record session', exact: true }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      const banner = page.locator('.govuk-notification-banner');
      expect(await banner.innerText()).toContain('Its action is on your actions page');
      await banner.getByRole('link', { name: 'See this enterprise’s actions' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(new URL(page.url()).searchParams.get('enterprise')).toBe(acornId);
      expect(await page.title()).toBe(`Actions: ${acorn} – Small Places`);
      // Due last of Acorn's, it is on the last page: follow "Next page" to it.
      const newAction = `Price the winter menu ${mode.suffix}`;
      for (let pages = 1; !(await page.locator('table').innerText()).includes(newAction); pages += 1) {
        expect(pages).toBeLessThan(3);
        await page.getByRole('link', { name: /Next page/ }).click();
        await page.waitForLoadState('load');
      }
      expect(await page.getByRole('link', { name: /Next page/ }).count()).toBe(0);
    });

    it('sorts the caseload table on the server, and shows the next deadline; the timeline pages with who and when', async () => {
      await visit(page, `/caseload?search=${mode.suffix}`);
      const rows = page.locator('table.app-caseload tbody tr');
      expect(await rows.count()).toBe(3);
      const headers = await page.locator('table.app-caseload thead').innerText();
      expect(headers).toContain('next deadline');
      // By name (the default): Acorn, Birch, Listed.
      expect(await rows.locator('td:first-child a').allInnerTexts()).toEqual([acorn, birch, listed]);
      expect(await page.locator('th[aria-sort="ascending"]').innerText()).toContain('Enterprise');
      // Acorn's checklist is not done: its next deadline is a date in words.
      expect(await rows.nth(0).locator('td').nth(2).innerText()).toMatch(
        /Not ready to trade\s+Next deadline: \d{1,2} [A-Z][a-z]+ \d{4}/,
      );
      await screenshot(page, `caseload-table-${mode.suffix}`);

      // The Stage header sorts by board order (a link, so it works without JavaScript): Exploring last.
      await page.getByRole('link', { name: /^Stage/ }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('stage');
      expect(await page.locator('th[aria-sort="ascending"]').innerText()).toContain('Stage');
      expect(await rows.locator('td:first-child a').allInnerTexts()).toEqual([birch, listed, acorn]);
      expect(await page.getByLabel('Order').inputValue()).toBe('stage');
      if (mode.javaScriptEnabled) {
        // At 375 px the table fits: nothing off the side of the screen.
        await page.setViewportSize({ width: 375, height: 800 });
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
        await page.setViewportSize({ width: 1280, height: 900 });
      }

      // The enterprise's timeline: 20 at a time, each with its time and who did it.
      await page.getByRole('link', { name: acorn }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      const entries = page.locator('ol.app-timeline > li');
      expect(await entries.count()).toBe(20);
      expect(await entries.first().innerText()).toMatch(
        /^[A-Z][a-z]+day,? \d{1,2} [A-Z][a-z]+ \d{4},? (at )?\d{2}:\d{2}, by Tess Taunton\n/,
      );
      // Each checklist item links to its own page (the Catalyst's check of the evidence).
      const itemHref = await page.locator('#checklist + p + table tbody a').first().getAttribute('href');
      expect(itemHref).toMatch(/^\/catalyst\/checklist-items\/[0-9a-f-]{36}$/);
      await screenshot(page, `enterprise-timeline-${mode.suffix}`);
      await page.getByRole('link', { name: /Earlier entries/ }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await entries.count()).toBeGreaterThan(0);
      expect(await page.locator('ol.app-timeline').innerText()).toContain(`${acorn} joined the pipeline`);
      expect(await page.getByRole('link', { name: /Back to the latest entries/ }).count()).toBe(1);
    });

    it('suggests the move a published listing implies, and takes it with one click', async () => {
      if (mode.javaScriptEnabled) {
        await visit(page, '/pipeline');
        const card = column(page, 'ENQUIRY').locator('.app-board__card', { hasText: listed });
        expect(await card.innerText()).toContain('Suggested move: it has a published listing');
        expect(
          await column(page, 'ENQUIRY')
            .getByRole('button', { name: /^Move to Trading/ })
            .count(),
        ).toBeGreaterThan(0);
        await screenshot(page, `pipeline-suggestion-${mode.suffix}`);
        await card
          .locator('.app-suggestion')
          .getByRole('button', { name: /^Move to Trading/ })
          .click();
        await page.waitForLoadState('load');
        await checkA11y(page);
        expect(new URL(page.url()).pathname).toBe('/pipeline');
        expect(await column(page, 'TRADING').getByRole('link', { name: listed }).count()).toBe(1);
      } else {
        await visit(page, `/caseload/${listedId}`);
        expect(await page.locator('.app-suggestion').innerText()).toContain('it has a published listing');
        await screenshot(page, `enterprise-suggestion-${mode.suffix}`);
        await page
          .locator('.app-suggestion')
          .getByRole('button', { name: /^Move to Trading/ })
          .click();
        await page.waitForLoadState('load');
        await checkA11y(page);
        expect(new URL(page.url()).pathname).toBe(`/caseload/${listedId}`);
        expect(await page.locator('.govuk-summary-list').innerText()).toContain('Trading for 0 days');
      }
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        `${listed} moved to Trading`,
      );
      // Nothing left to suggest.
      await visit(page, `/caseload/${listedId}`);
      expect(await page.locator('.app-suggestion').count()).toBe(0);
    });

    it('reports impact beside the previous period, by quarter and as a funnel, in the CSV’s words, and prints clean', async () => {
      await visit(page, '/impact');
      const figures = page.locator('table', { has: page.locator('caption', { hasText: 'Figures' }) });
      const heads = await figures.locator('thead th').allInnerTexts();
      expect(heads[2]).toMatch(/^Previous period: \d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}$/);
      const labels = await figures.locator('tbody th').allInnerTexts();

      // Every label on the page is the CSV's, in the same order.
      const csvHref = await page.getByRole('link', { name: /Download these figures/ }).getAttribute('href');
      const csv = await (await context.request.get(csvHref ?? '')).text();
      const csvLabels = csv
        .trim()
        .split(/\r?\n/)
        .slice(4)
        .map((line) => line.split(',')[0].replace(/^"|"$/g, ''));
      expect(labels).toEqual(csvLabels);

      // Four quarters, each chart with its table of the same numbers.
      const trends = page.locator('svg[role="img"] title', { hasText: 'by quarter' });
      expect(await trends.count()).toBe(4);
      const supported = page.locator('.app-keep-together', { hasText: 'Enterprises supported by quarter' });
      expect(await supported.locator('tbody tr').count()).toBe(4);
      expect(await supported.locator('desc').textContent()).toContain(
        (await supported.locator('tbody tr').first().locator('th').innerText()) + ':',
      );

      // The pipeline as a funnel: each step holds every later one, so it never grows.
      const funnelRows = page
        .locator('.app-keep-together', { hasText: 'The pipeline now' })
        .locator('tbody tr');
      expect(await funnelRows.count()).toBe(6);
      expect(await funnelRows.first().locator('th').innerText()).toBe('Enquiry or further');
      const steps = (await funnelRows.locator('td').allInnerTexts()).map(Number);
      expect(steps).toEqual([...steps].sort((a, b) => b - a));
      expect(steps[0]).toBeGreaterThanOrEqual(3);
      await screenshot(page, `impact-report-${mode.suffix}`);

      // Printed: no menus, form, footer or download link; the figures and charts stay.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('form[action="/impact"]').isVisible()).toBe(false);
      expect(await page.locator('.govuk-footer').isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: /Download these figures/ }).isVisible()).toBe(false);
      expect(await figures.isVisible()).toBe(true);
      expect(await page.locator('svg[role="img"]').first().isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  it('keeps another Area’s enterprise out of the actions page', async () => {
    const elsewhere = await catalystOf(
      world.t.client,
      world.t.mailbox,
      world.admin,
      [world.otherAreaId],
      'Olly Other',
    );
    const context = await site.journey(JAVASCRIPT_MODES[1]);
    try {
      const page = await context.newPage();
      await signInAs(page, elsewhere.user.email);
      await visit(page, `/actions?enterprise=${world.enterpriseId}&due=any`, 403);
      expect(await page.locator('main').innerText()).not.toContain('Margaret');
      await visit(page, '/actions?due=any');
      expect(await page.locator('#results-heading').innerText()).toBe('0 actions');
    } finally {
      await context.close();
    }
  });
});
