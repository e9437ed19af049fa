// Debian's Chromium driven by playwright-core (never a downloaded browser), against the real API
// server and its built pages. Each test file opens one browser and records what every page it opens
// logs as an error, what failed to load, and every GraphQL request it made.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
const browserMissing = !existsSync(chromiumPath);
// CI sets REQUIRE_BROWSER=1, so there a missing browser fails the suite instead of skipping it.
const browserRequired = process.env.REQUIRE_BROWSER === '1';

/** True when the browser tests must be skipped (no Chromium here, and CI did not ask for it). */
export function skipBrowserTests(what: string): boolean {
  if (browserMissing && !browserRequired) {
    console.warn(
      `Skipping ${what}: ${chromiumPath} is missing. ` +
        'Install it with `apt-get update && apt-get install -y chromium` (set REQUIRE_BROWSER=1 to fail instead).',
    );
    return true;
  }
  return false;
}

export const screenshotDir = join(repoRoot, 'test-results');
/** How long to wait for something to appear: generous, the machine runs two test files at once. */
export const waitFor = { timeout: 20_000, interval: 100 };

export const desktop = { width: 1440, height: 900 };
/** An iPhone-sized screen. */
export const phone = { width: 390, height: 844 };

/** One GraphQL request a page sent: its body as JSON. */
export interface GraphQLRequestRecord {
  operationName?: string;
  documentId?: string;
  query?: string;
  variables?: Record<string, unknown>;
}

export interface BrowserSession {
  browser: Browser;
  /** A new tab; what it logs and loads is recorded in the session's lists. */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Saves a full-page screenshot as test-results/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  /** Console errors and uncaught page errors, from every tab. */
  errors: string[];
  /** Requests to the API's origin that failed or answered ≥ 400 (except GraphQL answers the test expects). */
  failedRequests: string[];
  /** Requests to any other origin: there must be none. */
  foreignRequests: string[];
  graphqlRequests: GraphQLRequestRecord[];
  close(): Promise<void>;
}

export async function openBrowser(origin: string): Promise<BrowserSession> {
  if (browserMissing) {
    throw new Error(`REQUIRE_BROWSER=1 but ${chromiumPath} is missing: run \`apt-get install -y chromium\`.`);
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const session: BrowserSession = {
    browser,
    errors: [],
    failedRequests: [],
    foreignRequests: [],
    graphqlRequests: [],
    async open(path, viewport = desktop) {
      const context = await browser.newContext({ viewport });
      record(context, origin, session);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') session.errors.push(message.text());
      });
      page.on('pageerror', (error) => session.errors.push(error.message));
      await page.goto(new URL(path, origin).toString());
      return page;
    },
    async screenshot(page, name) {
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
    },
    close: () => browser.close(),
  };
  return session;
}

function record(context: BrowserContext, origin: string, session: BrowserSession) {
  // Listening on the context also catches what web workers (GraphiQL's Monaco) fetch.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      session.foreignRequests.push(url.href);
    }
    if (url.origin === origin && url.pathname === '/graphql' && request.method() === 'POST') {
      session.graphqlRequests.push(request.postDataJSON() as GraphQLRequestRecord);
    }
  });
  context.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText;
    // A request the page itself cancelled (a newer filter replaced it) is not a failure.
    if (new URL(request.url()).origin === origin && failure !== 'net::ERR_ABORTED') {
      session.failedRequests.push(`${request.url()}: ${failure}`);
    }
  });
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && url.pathname.startsWith('/assets/') && response.status() >= 400) {
      session.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  });
}

const dashboardManifest = JSON.parse(
  readFileSync(join(repoRoot, 'apps/web/src/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

/** The persisted document id the dashboard sends for one of its operations (`EncountersChart`). */
export function documentIdOf(operation: string): string {
  // The manifest's text starts with the fragments the operation uses, so the operation may come later.
  const entry = Object.entries(dashboardManifest).find(([, text]) =>
    new RegExp(`(?:^|\\s)query ${operation}\\b`).test(text),
  );
  if (!entry) throw new Error(`no persisted document for ${operation}`);
  return entry[0];
}

/** True when the page fits its window's width (tables may scroll inside themselves, the page may not). */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth);
}

/**
 * Answers the page's requests for one operation with a 503 until the returned function is called: how
 * the tests see a view's error state, and its "Try again" once the API is back. Returns that function
 * and a counter of the requests refused.
 */
export async function refuse(page: Page, operation: string): Promise<{ restore(): Promise<void>; refused(): number }> {
  const documentId = documentIdOf(operation);
  let refused = 0;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { documentId?: string } | null;
    if (body?.documentId !== documentId) return route.continue();
    refused += 1;
    return route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ errors: [{ message: 'The figures are being imported.' }] }),
    });
  });
  return { restore: () => page.unroute('**/graphql'), refused: () => refused };
}
