// The web benchmark: what the dashboard costs a reader on first load.
//   Size:  a production build of apps/web; the bytes the dashboard's first view loads (index.html,
//          its entry script, the chunks it preloads and its stylesheet), raw, gzip and brotli, beside
//          GraphiQL's page from the same build.
//   Time:  Debian's Chromium loading the dashboard from the local API server until the chart has
//          drawn its points, with an empty cache (a new browser context each run) and with a warm one
//          (a reload), against the floor: the same GraphQL requests the page sends, fired at once
//          with fetch from a blank page of the same origin. The ratio is what the app adds (its
//          scripts, React, the chart, requests made one after another) on top of the data itself.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { openDatabase } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import { pino } from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningApp, startApp } from '../../apps/api/src/app.ts';
import { loadConfig, unlimitedRateLimits } from '../../apps/api/src/config.ts';
import { seed } from '../../apps/api/src/seed/seed.ts';
import type { BenchContext } from './index.ts';
import { interleaved, interleavedReports, median, ms, print, ratio, table } from './measure.ts';

const root = new URL('../..', import.meta.url).pathname;
const chromiumPath = '/usr/bin/chromium';
/** The first view is drawn: the chart has its points, nothing is loading any more and nothing failed. Runs in the page. */
function chartDrawn(): boolean {
  // Typed by hand: the scripts' TypeScript has no DOM library, and a string predicate would need 'unsafe-eval'.
  const { document } = globalThis as unknown as {
    document: { querySelectorAll(selector: string): ArrayLike<unknown> };
  };
  return (
    document.querySelectorAll('[data-period]').length > 0 &&
    document.querySelectorAll('.state-loading').length === 0 &&
    document.querySelectorAll('.state-error').length === 0
  );
}

interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** What a page loads before it can run: its HTML, entry scripts, preloaded chunks and stylesheets. */
async function firstLoadSizes(distDir: string, page: string): Promise<Sizes> {
  const html = await readFile(join(distDir, page), 'utf8');
  const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
  const files = [page, ...new Set(urls)].map((url) => join(distDir, url));
  const sizes: Sizes = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = await readFile(file);
    sizes.raw += bytes.length;
    sizes.gzip += gzipSync(bytes, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(bytes).length;
  }
  return sizes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(context: BenchContext): Promise<void> {
  const distDir = await mkdtemp(join(tmpdir(), 'borderdesk-web-'));
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: join(root, 'apps/web'),
      stdio: 'inherit',
    });
    const dashboard = await firstLoadSizes(distDir, 'index.html');
    const graphiql = await firstLoadSizes(distDir, 'graphiql.html');
    print('\nFirst load of each page of a production build (what the browser fetches before it runs):\n');
    print(
      table(
        ['page', 'files', 'raw', 'gzip', 'brotli'],
        [
          ['dashboard (/)', String(dashboard.files), kb(dashboard.raw), kb(dashboard.gzip), kb(dashboard.brotli)],
          ['GraphiQL (/graphql)', String(graphiql.files), kb(graphiql.raw), kb(graphiql.gzip), kb(graphiql.brotli)],
        ],
      ),
    );

    db = await openDatabase({ kind: 'postgres', url: await context.createDatabase(), poolSize: 4 });
    await migrate(db.adapterFactory);
    await seed(db.prisma);
    app = await startApp({
      config: loadConfig({ PORT: '0', WEB_DIST_DIR: distDir, ...unlimitedRateLimits }),
      db,
      logger: pino({ level: 'silent' }),
    });
    const { origin } = app;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const openedBrowser = browser;

    // The requests the first view sends, recorded once, become the floor's requests.
    const bodies: string[] = [];
    const recorder = await openedBrowser.newContext();
    recorder.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
        bodies.push(request.postData() ?? '');
      }
    });
    const recording = await recorder.newPage();
    await recording.goto(`${origin}/`);
    await recording.waitForFunction(chartDrawn, undefined, { timeout: 60_000 });
    await recorder.close();

    const warm = await openedBrowser.newContext();
    const warmPage = await warm.newPage();
    await warmPage.goto(`${origin}/`);
    await warmPage.waitForFunction(chartDrawn);

    // Each side reads the browser's own clock, so creating a context or driving the page over the
    // DevTools protocol is not counted: the dashboard from navigation start until the chart is drawn,
    // the floor from the first fetch until the last answer is parsed.
    const load = async (page: Page) => {
      await page.goto(`${origin}/`);
      await page.waitForFunction(chartDrawn, undefined, { polling: 'raf' });
      return page.evaluate(() => performance.now());
    };
    const [cold = [], reloaded = [], floor = []] = await interleavedReports(
      [
        async () => {
          const fresh = await openedBrowser.newContext();
          const elapsed = await load(await fresh.newPage());
          await fresh.close();
          return elapsed;
        },
        () => load(warmPage),
        async () => {
          const fresh = await openedBrowser.newContext();
          const page = await fresh.newPage();
          await page.goto(`${origin}/healthz`);
          const elapsed = await page.evaluate(async (requests) => {
            const start = performance.now();
            await Promise.all(
              requests.map(async (body) => {
                const response = await fetch('/graphql', {
                  method: 'POST',
                  headers: { 'content-type': 'application/json' },
                  body,
                });
                return response.json();
              }),
            );
            return performance.now() - start;
          }, bodies);
          await fresh.close();
          return elapsed;
        },
      ],
      context.runs,
    );
    const floorMs = median(floor);

    // Each request alone, from Node, to show where the floor's time goes.
    const manifest = JSON.parse(await readFile(join(root, 'apps/web/src/generated/persisted-documents.json'), 'utf8'));
    const perRequest: string[][] = [];
    for (const body of bodies) {
      const { documentId } = JSON.parse(body) as { documentId?: string };
      const text: unknown = documentId ? manifest[documentId] : undefined;
      const name = (typeof text === 'string' && /(?:query|mutation) (\w+)/.exec(text)?.[1]) || 'unnamed';
      const [samples = []] = await interleaved(
        [
          () =>
            fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
              (r) => r.json(),
            ),
        ],
        context.runs,
      );
      perRequest.push([name, ms(median(samples))]);
    }
    print(`\nFirst load until the chart is drawn (Chromium, local server; medians of ${context.runs}, interleaved):\n`);
    print(
      table(
        ['load', 'ms', 'vs the data alone'],
        [
          ['dashboard, empty cache (new browser context)', ms(median(cold)), ratio(median(cold) / floorMs)],
          ['dashboard, warm cache (reload)', ms(median(reloaded)), ratio(median(reloaded) / floorMs)],
          [`the data alone: its ${bodies.length} GraphQL requests by fetch, at once`, ms(floorMs), ratio(1)],
        ],
      ),
    );
    const path = await context.writeResults('web', {
      firstLoad: { dashboard, graphiql },
      timesMs: { cold, reloaded, floor },
      graphqlRequests: bodies.length,
    });
    print('\nEach of those requests alone (Node fetch, medians):\n');
    print(table(['operation', 'ms'], perRequest));
    print(`\nresults: ${path}`);
  } finally {
    await browser?.close();
    await app?.close();
    await db?.close();
    await rm(distDir, { recursive: true, force: true });
  }
}
