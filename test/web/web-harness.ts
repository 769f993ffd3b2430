import { NestExpressApplication } from '@nestjs/platform-express';
import { TestApp } from '@small-places/testing';
import axe from 'axe-core';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
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
/**
 * Screenshots are for people looking at the pages, not for the tests: nothing compares or reads them (they are
 * not committed and CI keeps no files). They are taken only when asked, `WEB_SCREENSHOTS=1 npm run test:web`;
 * otherwise `screenshot` does nothing (docs/testing.md: what they cost).
 */
export const SCREENSHOTS_WANTED = process.env.WEB_SCREENSHOTS === '1';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 375, height: 800 };
/** The two widths journeys walk at (and screenshot): a laptop and a phone. */
export const VIEWPORTS = [
  { ...WIDE, suffix: '1280' },
  { ...NARROW, suffix: '375' },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];

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
export async function newJourney(
  browser: Browser,
  web: WebApp,
  mode: JavaScriptMode,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: web.url,
    javaScriptEnabled: mode.javaScriptEnabled,
    viewport: WIDE,
  });
  context.setDefaultTimeout(15_000);
  if (mode.javaScriptEnabled) await withAxe(context);
  else withoutJavaScript.add(context);
  return context;
}

/**
 * axe-core is loaded into every document of the context as it is created (an init script, which Chromium
 * compiles once and caches), instead of sending its 500 KB source to each page at each check. It only
 * defines `window.axe`; `checkA11y` runs it on the page as the page is then. Measured: an `evaluate` of the
 * source took ~0.5 s a check on the busy 2-core machine, about a fifth of a journey's time.
 */
async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(axe.source);
}

/** One journey file's website and browser, set up once before its tests and closed after them. */
export interface WebJourney {
  readonly web: WebApp;
  readonly browser: Browser;
  /** A fresh browser profile (no cookies) on this site, with or without JavaScript. */
  journey(mode: JavaScriptMode): Promise<BrowserContext>;
}

/**
 * Registers the beforeAll that runs `setUp` (the test API and whatever data the journeys start from; it returns
 * the API), then starts the website and the browser, and the afterAll that closes the browser, the website
 * and the API. Call it inside the journey's describe.
 */
export function webJourney(setUp: () => Promise<TestApp>, setUpTimeout?: number): WebJourney {
  let api: TestApp | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    api = await setUp();
    web = await startWeb(api);
    browser = await launchBrowser();
  }, setUpTimeout);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await api?.close();
  });
  const started = <T>(thing: T | undefined, what: string): T => {
    if (!thing)
      throw new Error(`The ${what} is not started: use it from a test or hook, not while declaring.`);
    return thing;
  };
  return {
    get web() {
      return started(web, 'website');
    },
    get browser() {
      return started(browser, 'browser');
    },
    journey: (mode) => newJourney(started(browser, 'browser'), started(web, 'website'), mode),
  };
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

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.2 AA rules) on the page as it is now and fails with a readable list of every
 * violation. Run in the page through Playwright, which our Content-Security-Policy does not stop.
 */
export async function checkA11y(page: Page): Promise<void> {
  const copy = withoutJavaScript.has(page.context()) ? await scriptlessCopy(page) : undefined;
  const target = copy?.page ?? page;
  try {
    // Loaded by the context's init script; a page made some other way gets it here.
    if (await target.evaluate(`typeof axe === 'undefined'`)) await target.evaluate(axe.source);
    // resultTypes: only the violations are read, so axe does not gather every passing node's selector
    // (the violations it finds and reports are the same).
    const violations = (await target.evaluate(`axe
      .run(document, {
        runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} },
        resultTypes: ['violations'],
      })
      .then((result) => result.violations.map((violation) => ({
        id: violation.id, impact: violation.impact, help: violation.help, helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
      })))`)) as AxeViolation[];
    if (violations.length > 0) {
      throw new Error(
        `Accessibility violations on ${page.url()} ("${await page.title()}"):\n${describeViolations(violations)}`,
      );
    }
  } finally {
    copy?.release();
  }
}

/**
 * With JavaScript off, Chromium runs neither Playwright's evaluations nor page timers, so axe cannot run
 * in the page itself. Instead: the page's HTML as the browser has it, served at the same address to a
 * page where only our checks run (page scripts stripped and blocked), styles and all; what it shows is
 * what a person without JavaScript gets.
 */
async function scriptlessCopy(page: Page): Promise<ScriptlessCopy> {
  const cdp = await page.context().newCDPSession(page);
  let html: string;
  try {
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    const answer = await cdp.send('Runtime.evaluate', {
      expression: 'document.documentElement.outerHTML',
      returnByValue: true,
    });
    html = `<!DOCTYPE html>${(answer.result.value as string).replace(/<script\b[\s\S]*?<\/script>/gi, '')}`;
  } finally {
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await cdp.detach();
  }
  const browser = page.context().browser();
  if (!browser) throw new Error('The page has no browser.');
  const copier = await copierOf(browser);
  // One copy at a time per browser (journeys are sequential; this only guards against a slip).
  const previous = copier.queue;
  let release = () => {};
  copier.queue = new Promise<void>((done) => (release = done));
  await previous;
  try {
    const url = page.url();
    copier.serving = { url, html };
    await copier.page.setViewportSize(page.viewportSize() ?? WIDE);
    // A fresh document every time. Another address always makes a new document; the address the copy page
    // already shows (or one differing only by a #hash) might not, so that one goes through about:blank first.
    const withoutHash = (address: string) => address.replace(/#.*$/, '');
    if (withoutHash(copier.page.url()) === withoutHash(url)) await copier.page.goto('about:blank');
    await copier.page.goto(url);
  } catch (error) {
    release();
    throw error;
  }
  return { page: copier.page, release };
}

interface ScriptlessCopy {
  page: Page;
  release(): void;
}

interface Copier {
  page: Page;
  serving?: { url: string; html: string };
  queue: Promise<void>;
}

const copiers = new WeakMap<Browser, Promise<Copier>>();

/**
 * The page scriptless copies are shown in: one per browser, in a profile of its own (no cookies), made once
 * and navigated to each copy, so the stylesheets and images it needs come from its cache after the first
 * (they were fetched again by a fresh profile per check: ~1 s a check without JavaScript, measured).
 */
function copierOf(browser: Browser): Promise<Copier> {
  let copier = copiers.get(browser);
  if (!copier) {
    copier = (async () => {
      const context = await browser.newContext({ viewport: WIDE });
      context.setDefaultTimeout(15_000);
      await withAxe(context);
      const made: Copier = { page: await context.newPage(), queue: Promise.resolve() };
      await made.page.route('**/*', (route) => {
        const request = route.request();
        if (made.serving && request.url() === made.serving.url) {
          return route.fulfill({ status: 200, contentType: 'text/html', body: made.serving.html });
        }
        if (request.resourceType() === 'script') return route.abort();
        return route.continue();
      });
      return made;
    })();
    copiers.set(browser, copier);
  }
  return copier;
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n` +
        violation.nodes
          .map((node) => `    at ${node.target}\n      ${node.summary?.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

/**
 * Full-page PNGs of the page at 1280 px and 375 px wide, in test/web/screenshots/<name>-<width>.png, when
 * WEB_SCREENSHOTS=1 (SCREENSHOTS_WANTED); otherwise nothing.
 * Taken through the DevTools protocol, with JavaScript off from a scripts-free copy of the page (as axe is).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS_WANTED) return;
  const copy = withoutJavaScript.has(page.context()) ? await scriptlessCopy(page) : undefined;
  try {
    await screenshotsOf(copy?.page ?? page, name);
  } finally {
    copy?.release();
  }
}

async function screenshotsOf(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize() ?? WIDE;
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const size of [WIDE, NARROW]) {
      // Resized through Playwright, not with Emulation.setDeviceMetricsOverride on this CDP session: detaching
      // a session that set an override clears it, which left the page at the headless window's size (813 px
      // high, not 900) while Playwright still believed its own viewport, so the steps after a screenshot
      // (the board's drag and drop) ran against a page whose size Playwright did not know.
      await page.setViewportSize(size);
      const { cssContentSize } = await cdp.send('Page.getLayoutMetrics');
      const clip = { x: 0, y: 0, width: size.width, height: Math.ceil(cssContentSize.height), scale: 1 };
      const shot = await cdp.send('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: true,
        // The same picture, a larger file: Chromium's fastest PNG compression (the default's costs ~0.3 s a shot).
        optimizeForSpeed: true,
        clip,
      });
      writeFileSync(path.join(SCREENSHOTS, `${name}-${size.width}.png`), Buffer.from(shot.data, 'base64'));
    }
  } finally {
    await page.setViewportSize(before);
    await cdp.detach();
  }
}

/** Fills and sends a form the way a person would: by the fields' labels, then the button. */
export async function submit(page: Page, fields: Record<string, string>, button: string): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForLoadState('load');
}
