import { Locator, Page } from 'playwright-core';
import { checkA11y, JavaScriptMode, screenshot } from './web-harness';

/**
 * The steps both holder journeys take, on the page of the current test (`page()` because each test opens its
 * own): a screenshot named for the holder's pages, the main text, and clicks that wait and run axe.
 */
export function holderSteps(page: () => Page, mode: JavaScriptMode) {
  return {
    shot: (name: string) => screenshot(page(), `holder-${name}-${mode.suffix}`),
    main: () => page().locator('main').innerText(),
    async clickLink(name: string | RegExp): Promise<void> {
      await page()
        .getByRole('link', { name, exact: typeof name === 'string' })
        .first()
        .click();
      await page().waitForLoadState('load');
      await checkA11y(page());
    },
    async clickButtonLink(name: string): Promise<void> {
      await page().getByRole('button', { name, exact: true }).click();
      await page().waitForLoadState('load');
      await checkA11y(page());
    },
    summaryValue: (key: string): Locator =>
      page()
        .locator('.govuk-summary-list__row', { has: page().locator('dt', { hasText: key }) })
        .locator('dd'),
  };
}
