import { NestExpressApplication } from '@nestjs/platform-express';
import { TestApp } from '@small-places/testing';
import axe from 'axe-core';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page, Response } from 'playwright-core';
import { createWeb } from '../../apps/web/src/bootstrap';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = path.resolve(__dirname, 'screenshots');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 375, height: 800 };

/** Every journey runs twice: JavaScript only enhances, so both ways must work the same. */
export const JAVASCRIPT_MODES = [
  { mode: 'with JavaScript', javaScriptEnabled: true, suffix: 'js' },
  { mode: 'without JavaScript', javaScriptEnabled: false, suffix: 'nojs' },
] as const;
export type JavaScriptMode = (typeof JAVASCRIPT_MODES)[number];

export interface WebApp {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/** The website, in this process, talking to the given test API over HTTP; sessions under a prefix of its own. */
export async function startWeb(api: TestApp): Promise<WebApp> {
  Object.assign(process.env, {
    API_URL: api.url,
    WEB_SESSION_PREFIX: `t${randomBytes(5).toString('hex')}:web:session:`,
  });
  const app = await createWeb({ logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

const withoutJavaScript = new WeakSet<BrowserContext>();

/** A fresh browser profile (no cookies) for one journey, with or without JavaScript. */
export async function newJourney(browser: Browser, web: WebApp, mode: JavaScriptMode): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: web.url, javaScriptEnabled: mode.javaScriptEnabled, viewport: WIDE });
  context.setDefaultTimeout(15_000);
  if (!mode.javaScriptEnabled) withoutJavaScript.add(context);
  return context;
}

/**
 * Opens a path of the site and checks the answer: the status (200 unless told), then the page's
 * accessibility with axe. Every page a journey visits should come through here or `checkA11y`.
 */
export async function visit(page: Page, pathAndQuery: string, expectedStatus = 200): Promise<Response> {
  const response = await page.goto(pathAndQuery);
  if (!response) throw new Error(`No response for ${pathAndQuery}`);
  if (response.status() !== expectedStatus) {
    throw new Error(`${pathAndQuery} answered ${response.status()}, expected ${expectedStatus}`);
  }
  await checkA11y(page);
  return response;
}

/**
 * Runs axe-core (WCAG 2.2 AA rules) on the page as it is now and fails with a readable list of every
 * violation. Evaluated through the DevTools protocol, so our Content-Security-Policy does not stop it.
 */
export async function checkA11y(page: Page): Promise<void> {
  const noScript = withoutJavaScript.has(page.context());
  // With scripts off, Chromium runs no evaluation either; axe needs them for a moment. The page's own
  // scripts never ran, so what axe checks is still the page as a person without JavaScript gets it.
  const cdp = noScript ? await page.context().newCDPSession(page) : undefined;
  await cdp?.send('Emulation.setScriptExecutionDisabled', { value: false });
  try {
    await runAxe(page);
  } finally {
    await cdp?.send('Emulation.setScriptExecutionDisabled', { value: true });
    await cdp?.detach();
  }
}

async function runAxe(page: Page): Promise<void> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
    }));
  }, WCAG_22_AA);
  if (violations.length > 0) {
    const report = violations
      .map(
        (violation) =>
          `- ${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n` +
          violation.nodes.map((node) => `    at ${node.target}\n      ${node.summary?.replace(/\n/g, '\n      ')}`).join('\n'),
      )
      .join('\n');
    throw new Error(`Accessibility violations on ${page.url()} ("${await page.title()}"):\n${report}`);
  }
}

/** Full-page PNGs of the page at 1280 px and 375 px wide, in test/web/screenshots/<name>-<width>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize() ?? WIDE;
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

/** Fills and sends a form the way a person would: by the fields' labels, then the button. */
export async function submit(page: Page, fields: Record<string, string>, button: string): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForLoadState('load');
}
