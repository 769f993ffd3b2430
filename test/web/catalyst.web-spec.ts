import { TEST_PASSWORD } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { createEnterprise, CrmWorld, crmWorld, MOVE } from '../e2e/crm/crm-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

/** Today in Europe/London as the three boxes of a date input. */
function todayParts() {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })
    .format(new Date())
    .split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

async function signInAs(page: Page, email: string): Promise<void> {
  await visit(page, '/sign-in');
  await submit(page, { 'Email address': email, Password: TEST_PASSWORD }, 'Sign in');
  expect(new URL(page.url()).pathname).toBe('/home');
  await checkA11y(page);
}

function column(page: Page, stage: string) {
  return page.locator(`section[aria-labelledby="stage-${stage}"]`);
}

describe('A Catalyst records a session and moves an enterprise', () => {
  let world: CrmWorld;

  const site = webJourney(async () => {
    world = await crmWorld();
    return world.t;
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;
    const name = `Village Care ${mode.suffix}`;
    const gated = `Gated Homes ${mode.suffix}`;

    beforeAll(async () => {
      await createEnterprise(world, { name });
      const stuck = await createEnterprise(world, { name: gated });
      await world.t.client.ok(
        MOVE,
        { input: { enterpriseId: stuck.id, stage: 'SETTING_UP' } },
        { token: world.tauntonCatalyst.accessToken },
      );
    });

    beforeEach(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
    });

    afterEach(async () => {
      await context.close();
    });

    it('finds the enterprise, records a session with an action, and moves it on the board', async () => {
      await signInAs(page, world.tauntonCatalyst.user.email);
      await screenshot(page, `home-catalyst-${mode.suffix}`);

      // Caseload, filtered by words.
      await page.getByRole('link', { name: 'My caseload' }).click();
      await page.waitForURL('**/caseload');
      await checkA11y(page);
      expect(await page.title()).toMatch(/^Your caseload: \d+ enterprises – Small Places$/);
      await screenshot(page, `caseload-${mode.suffix}`);
      await submit(page, { 'Name or founder': name }, 'Apply filters');
      await checkA11y(page);
      expect(await page.title()).toBe('Your caseload: 1 enterprise – Small Places');
      await screenshot(page, `caseload-filtered-${mode.suffix}`);

      // The enterprise page.
      await page.getByRole('link', { name }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.title()).toBe(`${name} – Small Places`);
      expect(await page.locator('#checklist + p + table').innerText()).toContain('To do');
      await screenshot(page, `enterprise-${mode.suffix}`);
      const enterprisePath = new URL(page.url()).pathname;

      // Record a coaching session: first with nothing typed, then properly, with one action.
      await page.getByRole('button', { name: 'Record a coaching session' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.title()).toBe(`Record a coaching session – ${name} – Small Places`);
      await screenshot(page, `record-session-${mode.suffix}`);
      await submit(page, {}, 'Record session');
      await checkA11y(page);
      expect(await page.title()).toBe(`Error: Record a coaching session – ${name} – Small Places`);
      expect(await page.locator('.govuk-error-summary a[href="#topic"]').innerText()).toBe(
        'Enter what you talked about',
      );
      await screenshot(page, `record-session-error-${mode.suffix}`);

      const today = todayParts();
      await page.getByLabel('How long was it, in minutes?').fill('45');
      await page.getByLabel('Topic', { exact: true }).fill('Insurance');
      await page.getByLabel('Notes', { exact: true }).fill('Compared three public liability quotes.');
      await page.getByLabel('What needs doing (action 1)').fill('Send the chosen insurance quote');
      await page.getByLabel('Who does it (action 1)').selectOption('CATALYST');
      await page.locator('#action1DueOn-day').fill(today.day);
      await page.locator('#action1DueOn-month').fill(today.month);
      await page.locator('#action1DueOn-year').fill(today.year);
      await page.getByRole('button', { name: 'Record session', exact: true }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe(enterprisePath);
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        'Coaching session recorded',
      );
      expect(await page.locator('ol.app-timeline').innerText()).toContain('45-minute in person session');
      await screenshot(page, `enterprise-after-session-${mode.suffix}`);

      // The pipeline board: a heading and a list for each stage.
      await page.getByRole('link', { name: 'See it on the pipeline board' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.title()).toBe('Pipeline board: Taunton – Small Places');
      expect(await page.getByRole('heading', { level: 2, name: /^Enquiry/ }).count()).toBe(1);
      expect(await column(page, 'ENQUIRY').getByRole('link', { name }).count()).toBe(1);
      await screenshot(page, `pipeline-${mode.suffix}`);

      // Moving by the card's form: the stage list starts at the next stage.
      const card = page.locator('.app-board__card', { hasText: name });
      await card.getByRole('button', { name: 'Move' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        `${name} moved to Exploring`,
      );
      expect(await column(page, 'EXPLORING').getByRole('link', { name }).count()).toBe(1);
      expect(await column(page, 'ENQUIRY').getByRole('link', { name }).count()).toBe(0);
      await screenshot(page, `pipeline-moved-${mode.suffix}`);

      if (mode.javaScriptEnabled) {
        // Drag and drop submits the same form, with the column's stage. The card is picked up by its top
        // edge (its own padding, above the name), as a person would: Playwright's default grabs the card's
        // centre, which sits just above the card's stage <select> (on its label, measured at 1280 px), and a
        // mouse-down that lands on the select opens it instead of starting a drag, so no drop, no banner:
        // a few pixels of layout decided whether this step passed.
        const dragged = page.locator('.app-board__card', { hasText: name });
        const { width } = (await dragged.boundingBox()) ?? { width: 0 };
        await dragged.dragTo(column(page, 'SETTING_UP').locator('h2'), {
          sourcePosition: { x: width / 2, y: 5 },
        });
        // The board again, after the form's post and redirect.
        await page
          .locator('.govuk-notification-banner', { hasText: `${name} moved to Setting up` })
          .waitFor();
        await page.waitForLoadState('load');
        await checkA11y(page);
        expect(await column(page, 'SETTING_UP').getByRole('link', { name }).count()).toBe(1);
        await screenshot(page, `pipeline-dragged-${mode.suffix}`);
      }

      // The compliance gate's refusal, in words, on the card's own field.
      const gatedCard = page.locator('.app-board__card', { hasText: gated });
      await gatedCard.getByRole('button', { name: 'Move' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      const summary = await page.locator('.govuk-error-summary').innerText();
      expect(summary).toContain('This enterprise cannot move on until these are done');
      expect(summary).not.toContain('SETTING_UP');
      expect(await column(page, 'SETTING_UP').getByRole('link', { name: gated }).count()).toBe(1);
      await screenshot(page, `pipeline-refused-${mode.suffix}`);

      // The timeline shows the move.
      await visit(page, enterprisePath);
      expect(await page.locator('ol.app-timeline').innerText()).toContain(
        'Moved from “Enquiry” to “Exploring”',
      );
    });

    it('waives a checklist item, completes an action, and reads deadlines and the impact report', async () => {
      await signInAs(page, world.tauntonCatalyst.user.email);
      await visit(page, '/caseload?search=' + encodeURIComponent(gated));
      await page.getByRole('link', { name: gated }).click();
      await page.waitForLoadState('load');
      await page
        .getByRole('link', { name: /^Confirm or waive/ })
        .first()
        .click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      await screenshot(page, `checklist-item-${mode.suffix}`);
      await page.getByRole('button', { name: 'Waive it' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#waivedReason"]').innerText()).toBe(
        'Enter why this does not apply',
      );
      await screenshot(page, `checklist-item-error-${mode.suffix}`);
      await submit(
        page,
        { 'Why does it not apply?': 'The council confirmed it does not apply.' },
        'Waive it',
      );
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Checklist item waived');
      expect(await page.locator('#checklist + p + table').innerText()).toContain('Waived');

      // Actions (due this week by default): the session's action (due today) can be marked done.
      await page.getByRole('link', { name: 'Actions', exact: true }).click();
      await page.waitForURL('**/actions');
      await checkA11y(page);
      expect(await page.title()).toBe('Actions – Small Places');
      await screenshot(page, `actions-${mode.suffix}`);
      // Each action names the enterprise it was agreed with.
      expect(await page.locator('table').innerText()).toContain('Send the chosen insurance quote');
      expect(
        await page
          .locator('table')
          .getByRole('link', { name: /^Village Care/ })
          .count(),
      ).toBeGreaterThan(0);
      const before = await page.getByRole('button', { name: /^Mark done/ }).count();
      expect(before).toBeGreaterThan(0);
      await page
        .getByRole('button', { name: /^Mark done/ })
        .first()
        .click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Done: ');
      expect(await page.getByRole('button', { name: /^Mark done/ }).count()).toBe(before - 1);

      await page.getByRole('link', { name: 'See checks and documents due or overdue' }).click();
      await page.waitForURL('**/deadlines');
      await checkA11y(page);
      expect(await page.title()).toBe('Due and overdue – Small Places');
      await screenshot(page, `deadlines-${mode.suffix}`);

      await visit(page, '/impact');
      expect(await page.title()).toBe('Impact report: Taunton – Small Places');
      // The period's chart comes first; the quarterly trends and the funnel follow (catalyst-pages.web-spec.ts).
      expect(await page.locator('svg[role="img"] #chart-period-title').textContent()).toContain(
        'Enterprises: Taunton',
      );
      expect(await page.getByRole('row', { name: /New enterprises/ }).innerText()).toMatch(/\d+/);
      await screenshot(page, `impact-${mode.suffix}`);
      const csvHref = await page.getByRole('link', { name: /Download these figures/ }).getAttribute('href');
      const csv = await context.request.get(csvHref ?? '');
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain('Taunton');

      // Dates the wrong way round: an error on the field, no report.
      await visit(page, '/impact?from-day=2&from-month=1&from-year=2027&to-day=1&to-month=1&to-year=2026');
      expect(await page.title()).toBe('Error: Impact report – Small Places');
      expect(await page.locator('.govuk-error-summary a[href="#to-day"]').count()).toBe(1);
    });
  });

  it('pages through a long caseload, 20 at a time, and starts again on a mangled page link', async () => {
    for (let index = 1; index <= 21; index += 1) {
      await createEnterprise(world, { name: `Paged Care ${index}` });
    }
    const context = await site.journey(JAVASCRIPT_MODES[1]);
    try {
      const page = await context.newPage();
      await signInAs(page, world.tauntonCatalyst.user.email);
      await visit(page, '/caseload?search=Paged');
      expect(await page.title()).toBe('Your caseload: 21 enterprises – Small Places');
      expect(await page.locator('table.app-caseload tbody tr').count()).toBe(20);
      await page.getByRole('link', { name: /Next page/ }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('table.app-caseload tbody tr').count()).toBe(1);
      expect(await page.getByRole('link', { name: /First page/ }).count()).toBe(1);
      await screenshot(page, 'caseload-second-page-nojs');

      await visit(page, '/caseload?search=Paged&after=not-a-cursor');
      expect(await page.locator('table.app-caseload tbody tr').count()).toBe(20);
    } finally {
      await context.close();
    }
  });

  it('keeps out the signed out, budget holders and Catalysts of other Areas', async () => {
    const response = await fetch(`${site.web.url}/caseload`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sign-in?returnTo=%2Fcaseload');

    const context = await site.journey(JAVASCRIPT_MODES[0]);
    try {
      const page = await context.newPage();
      await signInAs(page, world.holder.user.email);
      await visit(page, '/pipeline', 403);
      expect(await page.locator('main').innerText()).not.toContain('Taunton');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForLoadState('load');

      // A Catalyst of another Area: the API refuses the enterprise, and the page shows nothing of it.
      const elsewhere = await createEnterprise(world, { name: 'Not Your Care' });
      await signInAs(page, world.bristolCatalyst.user.email);
      const refused = await page.goto(`/caseload/${elsewhere.id}`);
      expect([403, 404]).toContain(refused?.status());
      await checkA11y(page);
      expect(await page.locator('main').innerText()).not.toContain('Not Your Care');
      await visit(page, `/caseload?search=${encodeURIComponent('Not Your Care')}`);
      expect(await page.title()).toBe('Your caseload: 0 enterprises – Small Places');

      // The CSV comes from the API with this person's own token, so its authorisation applies.
      const otherArea = await context.request.get(
        `/impact.csv?areaId=${world.taunton.id}&from=2026-01-01&to=2026-01-31`,
      );
      expect(otherArea.status()).toBe(403);
      expect(await otherArea.text()).not.toContain('Taunton,');
      expect((await context.request.get('/impact.csv?areaId=x&from=soon&to=later')).status()).toBe(404);
    } finally {
      await context.close();
    }
  });
});
