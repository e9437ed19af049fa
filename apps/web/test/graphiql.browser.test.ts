// GraphiQL as the API serves it, in a real Chromium: it opens on the reporter's question, runs it and
// other examples, tells partners where their key goes without sending one, and needs nothing but the
// API's own origin.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../api/test/support/server.ts';
import { exampleTabs } from '../src/graphiql/examples.ts';
import { type BrowserSession, openBrowser, phone, skipBrowserTests, waitFor } from './support/browser.ts';

/** Monaco renders one element per visible line and spaces as U+00A0; this is the text a reader sees. */
async function editorText(editor: Locator): Promise<string> {
  const lines = await editor.locator('.view-line').allInnerTexts();
  return lines.join('\n').replaceAll('\u00a0', ' ');
}

/** Monaco only renders the lines in view: find the text the way a reader would, then read what is shown. */
async function findInEditor(page: Page, editor: Locator, text: string): Promise<string> {
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+F');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await editor.locator('.find-widget.visible').waitFor({ state: 'hidden' });
  return editorText(editor);
}

const searchTab = exampleTabs.find((tab) => tab.query?.includes('query Search('));

describe.skipIf(skipBrowserTests('the GraphiQL browser test'))(
  'GraphiQL in a browser, served by the API',
  { timeout: 60_000 },
  () => {
    let server: TestServer;
    let session: BrowserSession;
    let page: Page;
    let contentSecurityPolicy: string | undefined;
    const authorizationSent: string[] = [];

    beforeAll(async () => {
      server = await startTestServer();
      session = await openBrowser(server.origin);
      page = await session.open('/graphql');
      page.on('request', (request) => {
        const authorization = request.headers().authorization;
        if (authorization !== undefined) authorizationSent.push(`${request.url()}: ${authorization}`);
      });
      // Again, now that every request is watched from the start (GraphiQL's introspection included).
      contentSecurityPolicy = (await page.reload())?.headers()['content-security-policy'];
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it("opens on the reporter's question, with the Headers pane showing where a key goes", async () => {
      const queryEditor = page.locator('.graphiql-query-editor');
      await expect.poll(() => editorText(queryEditor), waitFor).toContain('query TheNovemberDropInContext');
      expect(await editorText(queryEditor)).toContain('Headers pane');

      const headers = page.getByRole('region', { name: 'Headers' });
      await expect.poll(() => editorText(headers), waitFor).toContain('// "Authorization": "Bearer bdk_…"');
    });

    it("runs the reporter's question and shows its answer", async () => {
      await page.getByRole('button', { name: /^Execute query/ }).click();
      const responsePane = page.locator('.graphiql-response');
      await expect.poll(() => editorText(responsePane), waitFor).toContain('"drop": {');
      await session.screenshot(page, 'graphiql');

      // November 2024 at the Southwest border (Border Patrol) is 46,612 in the CBP file, and the claims are rated.
      expect(await findInEditor(page, responsePane, '46612')).toContain('"value": 46612');
      expect(await findInEditor(page, responsePane, '"SUPPORTED"')).toContain('"verdict": "SUPPORTED"');
    });

    it('switches to the Search tab and runs it with its variables', async () => {
      const query = searchTab?.query ?? '';
      const variables = JSON.parse(searchTab?.variables ?? '{}') as Record<string, unknown>;
      const expected = await server.query(query, variables);
      // The best hit, by what the tab asks of each kind of node (titles may be too long for one line).
      const hits = (expected.data?.search ?? []) as { node: { slug?: string; url?: string; saidOn?: string } }[];
      const node = hits[0]?.node;
      const best = Object.entries(node ?? {}).find(([, value]) => typeof value === 'string');
      expect(best, 'the search finds something in the seed').toBeDefined();
      const bestLine = `"${best?.[0]}": ${JSON.stringify(best?.[1])}`;

      await page.locator('.graphiql-tab-button', { hasText: /^Search$/ }).click();
      await page.getByRole('button', { name: 'Variables' }).click();
      const variablesPane = page.getByRole('region', { name: 'Variables' });
      await expect.poll(() => editorText(variablesPane), waitFor).toContain(JSON.stringify(variables.query));
      await page.getByRole('button', { name: /^Execute query/ }).click();

      const responsePane = page.locator('.graphiql-response');
      // The pane keeps its scroll position from the previous answer: find the top of the new one.
      await expect.poll(() => findInEditor(page, responsePane, '"search": ['), waitFor).toContain('"search": [');
      await session.screenshot(page, 'graphiql-search');
      expect(await findInEditor(page, responsePane, bestLine)).toContain(bestLine);
      expect(session.graphqlRequests).toContainEqual(expect.objectContaining({ operationName: 'Search', variables }));
    });

    it('stacks the answer under the editors on a phone, with no sideways scrolling', async () => {
      const small = await session.open('/graphql', phone);
      await expect
        .poll(() => editorText(small.locator('.graphiql-query-editor')), waitFor)
        .toContain('TheNovemberDropInContext');
      await small.getByRole('button', { name: /^Execute query/ }).click();
      const responsePane = small.locator('.graphiql-response');
      await expect.poll(() => editorText(responsePane), waitFor).toContain('"drop": {');
      expect((await responsePane.boundingBox())?.width).toBeGreaterThan(phone.width / 2);
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await session.screenshot(small, 'graphiql-phone');
      await small.close();
    });

    it('loads everything from the API origin, within its Content Security Policy, and sends no key', async () => {
      expect(contentSecurityPolicy).toContain("default-src 'self'");
      expect(contentSecurityPolicy).toContain("connect-src 'self'");
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(loaded.filter((url) => url.startsWith(`${server.origin}/assets/`)).length).toBeGreaterThan(0);
      expect(session.foreignRequests).toEqual([]);
      expect(session.failedRequests).toEqual([]);
      expect(session.errors).toEqual([]);
      // Queries and GraphiQL's schema introspection, all by POST to /graphql.
      expect(session.graphqlRequests.length).toBeGreaterThanOrEqual(3);
      expect(authorizationSent).toEqual([]);
    });
  },
);
