// The record in a real Chromium against the real server: the statements feed (search, speaker filter,
// paging) and actor pages. Expected values come from the seed file and from direct GraphQL queries.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../api/test/support/server.js';
import { type BrowserSession, desktop, openBrowser, phone, skipBrowserTests, waitFor } from './support/browser.js';

interface SeedStatement {
  slug: string;
  speaker: string;
  text: string;
}
interface Seed {
  actors: { slug: string; name: string }[];
  roles: { person: string; title: string; start?: string }[];
  statements: SeedStatement[];
  stances: { actor: string; policy: string; statement: string }[];
  policies: { slug: string; title: string }[];
}

const seed = JSON.parse(await readFile(join(repoRoot, 'prisma/seed/article.json'), 'utf8')) as Seed;

/** The statement slugs the page lists, in order (each card carries its statement's slug). */
function cardSlugs(page: Page, within = 'main'): Promise<string[]> {
  return page
    .locator(`${within} article.statements-card`)
    .evaluateAll((cards) => cards.map((card) => (card instanceof HTMLElement ? (card.dataset.slug ?? '') : '')));
}

function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth);
}

describe.skipIf(skipBrowserTests('the record browser test'))(
  'the record: statements feed and actor pages',
  { timeout: 40_000 },
  () => {
    let server: TestServer;
    let session: BrowserSession;

    beforeAll(async () => {
      server = await startTestServer();
      session = await openBrowser(server.origin);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    async function searchSlugs(query: string): Promise<string[]> {
      const answer = await server.query(
        'query ($query: String!) { search(query: $query, types: [STATEMENT], first: 100) { node { ... on Statement { slug } } } }',
        { query },
      );
      expect(answer.errors).toBeUndefined();
      const { search } = answer.data as { search: { node: { slug: string } }[] };
      return search.map((hit) => hit.node.slug);
    }

    async function statementsBy(speaker: string): Promise<{ totalCount: number; slugs: string[] }> {
      const answer = await server.query(
        `query ($speakers: [String!]) {
          statements(first: 100, filter: { speakers: $speakers }, orderBy: { field: SAID_ON, direction: DESC }) {
            totalCount
            edges { node { slug } }
          }
        }`,
        { speakers: speaker ? [speaker] : null },
      );
      expect(answer.errors).toBeUndefined();
      const { statements } = answer.data as {
        statements: { totalCount: number; edges: { node: { slug: string } }[] };
      };
      return { totalCount: statements.totalCount, slugs: statements.edges.map((edge) => edge.node.slug) };
    }

    it('searches on Enter: the API’s hits in its order, the match marked, q in the URL; nonsense finds nothing', async () => {
      const expected = await searchSlugs('sanctuary');
      // The seed has statements about sanctuary policies, fewer than one page of them.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(20);

      const page = await session.open('/statements', desktop);
      await page.locator('article.statements-card').first().waitFor(waitFor);
      const box = page.getByLabel('Search statements');
      await box.fill('sanctuary');
      await box.press('Enter');

      await expect.poll(() => cardSlugs(page), waitFor).toEqual(expected);
      expect(new URL(page.url()).searchParams.get('q')).toBe('sanctuary');
      const marks = await page.locator('.statements-snippet mark').allTextContents();
      expect(marks.length).toBeGreaterThanOrEqual(expected.length);
      for (const mark of marks) expect(mark.toLowerCase()).toContain('sanctuary');
      await expect
        .poll(() => page.locator('.statements-count').textContent(), waitFor)
        .toContain(`${expected.length} statements match`);

      expect(await searchSlugs('xqzvvkplm')).toEqual([]);
      await box.fill('xqzvvkplm');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('status').filter({ hasText: 'No statements match “xqzvvkplm”' }).waitFor(waitFor);
      expect(await page.locator('article.statements-card').count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe('xqzvvkplm');
      await page.close();
    });

    it('pages the whole feed with "Show more", and filters by the speaker chosen, also from a fresh URL', async () => {
      const all = await statementsBy('');
      expect(all.totalCount).toBe(seed.statements.length);
      expect(all.totalCount).toBeGreaterThan(20);

      const page = await session.open('/statements', desktop);
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(all.slugs.slice(0, 20));
      expect(await page.locator('.statements-count').textContent()).toContain(`${all.totalCount} statements`);
      await page.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(all.slugs);
      expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);

      const speaker = 'marisa-cianciarulo';
      const expected = await statementsBy(speaker);
      expect(expected.totalCount).toBe(seed.statements.filter((statement) => statement.speaker === speaker).length);
      expect(expected.totalCount).toBeGreaterThan(1);

      const select = page.getByLabel('Speaker');
      await expect.poll(() => select.isEnabled(), waitFor).toBe(true);
      await select.selectOption(speaker);
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(expected.slugs);
      expect(await page.locator('.statements-count').textContent()).toContain(`${expected.totalCount} statements`);
      expect(new URL(page.url()).searchParams.get('speaker')).toBe(speaker);

      const fresh = await session.open(new URL(page.url()).pathname + new URL(page.url()).search, desktop);
      await expect.poll(() => cardSlugs(fresh), waitFor).toEqual(expected.slugs);
      expect(await fresh.getByLabel('Speaker').inputValue()).toBe(speaker);
      await Promise.all([page.close(), fresh.close()]);
    });

    it('shows an actor: a role with its date, their statements and their stances; an unknown slug is not found', async () => {
      const slug = 'tom-homan';
      const actor = seed.actors.find((item) => item.slug === slug);
      const czar = seed.roles.find((role) => role.person === slug && role.start);
      const stances = seed.stances.filter((stance) => stance.actor === slug);
      const theirs = seed.statements.filter((statement) => statement.speaker === slug);
      expect(actor && czar?.start).toBeTruthy();
      expect(stances.length).toBeGreaterThan(0);

      const page = await session.open(`/actors/${slug}`, desktop);
      await page.getByRole('heading', { level: 1, name: actor?.name }).waitFor(waitFor);
      const role = page.locator('.actors-role').filter({ hasText: czar?.title });
      await expect.poll(() => role.locator(`time[datetime="${czar?.start}"]`).count(), waitFor).toBe(1);

      const statements = page.locator('section[aria-labelledby="actors-statements"]');
      await expect
        .poll(async () => (await cardSlugs(page, 'section[aria-labelledby="actors-statements"]')).sort(), waitFor)
        .toEqual(theirs.map((statement) => statement.slug).sort());
      expect(await statements.locator('.statements-count').textContent()).toContain(`${theirs.length} statements`);

      const stanceList = page.locator('section[aria-labelledby="actors-stances"] li');
      expect(await stanceList.count()).toBe(stances.length);
      for (const stance of stances) {
        const policy = seed.policies.find((item) => item.slug === stance.policy);
        const evidence = seed.statements.find((statement) => statement.slug === stance.statement);
        const item = stanceList.filter({ has: page.locator(`a[href="/policies/${stance.policy}"]`) });
        expect(await item.getByRole('link').textContent()).toBe(policy?.title);
        expect(await item.textContent()).toContain(evidence?.text);
      }
      await page.close();

      const missing = await session.open('/actors/no-such-actor', desktop);
      await missing.getByRole('heading', { level: 1, name: 'Actor not found' }).waitFor(waitFor);
      expect(await missing.getByRole('status').textContent()).toContain('No actor named “no-such-actor”');
      await missing.close();
    });

    it('fits a phone and a desktop (screenshots)', async () => {
      for (const [viewport, size] of [
        [desktop, 'desktop'],
        [phone, 'phone'],
      ] as const) {
        const statements = await session.open('/statements?q=sanctuary', viewport);
        await statements.locator('.statements-snippet mark').first().waitFor(waitFor);
        expect(await noHorizontalScroll(statements)).toBe(true);
        await session.screenshot(statements, `statements-${size}`);
        await statements.close();

        const actor = await session.open('/actors/tom-homan', viewport);
        await actor
          .locator('section[aria-labelledby="actors-statements"] article.statements-card')
          .first()
          .waitFor(waitFor);
        expect(await noHorizontalScroll(actor)).toBe(true);
        await session.screenshot(actor, `actor-${size}`);
        await actor.close();
      }
    });

    it('logged no errors, loaded nothing from elsewhere, and sent only persisted documents', () => {
      expect(session.errors).toEqual([]);
      expect(session.failedRequests).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
      expect(session.graphqlRequests.length).toBeGreaterThan(0);
      for (const request of session.graphqlRequests) {
        expect(request.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(request.query).toBeUndefined();
      }
    });
  },
);
