// The record in a real Chromium against the real server: the statements feed (search, speaker and topic
// filters, paging, history, errors) and actor pages. Expected values come from the seed file and from
// direct GraphQL queries.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../api/test/support/server.js';
import {
  type BrowserSession,
  desktop,
  documentIdOf,
  fitsWidth,
  openBrowser,
  phone,
  refuse,
  skipBrowserTests,
  waitFor,
} from './support/browser.js';

interface SeedStatement {
  slug: string;
  speaker: string;
  text: string;
  topics: string[];
}
interface Seed {
  actors: { slug: string; name: string }[];
  roles: { person: string; title: string; start?: string }[];
  statements: SeedStatement[];
  claims: { slug: string; statement: string }[];
  stances: { actor: string; policy: string; statement: string; position: 'SUPPORTS' | 'OPPOSES' | 'MIXED' }[];
  policies: { slug: string; title: string }[];
}

const seed = JSON.parse(await readFile(join(repoRoot, 'prisma/seed/article.json'), 'utf8')) as Seed;
const manifest = JSON.parse(
  await readFile(join(repoRoot, 'apps/web/src/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

/** The badge tone of a stance's position (styles.css). */
const positionTones = { SUPPORTS: 'tone-good', OPPOSES: 'tone-bad', MIXED: 'tone-neutral' } as const;

/** The statement slugs the page lists, in order (each card carries its statement's slug). */
function cardSlugs(page: Page, within = 'main'): Promise<string[]> {
  return page
    .locator(`${within} article.statements-card`)
    .evaluateAll((cards) => cards.map((card) => (card instanceof HTMLElement ? (card.dataset.slug ?? '') : '')));
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

    async function searchHits(query: string): Promise<{ slug: string; speaker: string }[]> {
      const answer = await server.query(
        `query ($query: String!) {
          search(query: $query, types: [STATEMENT], first: 100) {
            node { ... on Statement { slug speaker { slug } } }
          }
        }`,
        { query },
      );
      expect(answer.errors).toBeUndefined();
      const { search } = answer.data as { search: { node: { slug: string; speaker: { slug: string } } }[] };
      return search.map(({ node }) => ({ slug: node.slug, speaker: node.speaker.slug }));
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

    it('searches on Enter: the API’s hits in its order, the match marked, a seed statement on sanctuary among them', async () => {
      const expected = (await searchHits('sanctuary')).map((hit) => hit.slug);
      // The seed has statements about sanctuary policies, fewer than one page of them.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(20);
      // Tagged sanctuary in the seed, so any search for the word must find it.
      const prosecution = seed.statements.find((statement) => statement.slug === 'homan-sanctuary-cities-prosecution');
      expect(prosecution?.topics).toContain('sanctuary');

      const page = await session.open('/statements', desktop);
      await page.locator('article.statements-card').first().waitFor(waitFor);
      const box = page.getByLabel('Search statements');
      await box.fill('sanctuary');
      await box.press('Enter');

      await expect.poll(() => cardSlugs(page), waitFor).toEqual(expected);
      expect(new URL(page.url()).searchParams.get('q')).toBe('sanctuary');
      expect(await page.locator('article.statements-card', { hasText: prosecution?.text }).count()).toBe(1);
      const marks = await page.locator('.statements-snippet mark').allTextContents();
      expect(marks.length).toBeGreaterThanOrEqual(expected.length);
      for (const mark of marks) expect(mark.toLowerCase()).toContain('sanctuary');
      await expect
        .poll(() => page.locator('.statements-count').textContent(), waitFor)
        .toContain(`${expected.length} statements match`);
      expect(await fitsWidth(page)).toBe(true);
      await session.screenshot(page, 'statements-desktop');

      expect(await searchHits('xqzvvkplm')).toEqual([]);
      await box.fill('xqzvvkplm');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('status').filter({ hasText: 'No statements match “xqzvvkplm”' }).waitFor(waitFor);
      expect(await page.locator('article.statements-card').count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe('xqzvvkplm');
      // Each submitted search is a step back.
      await page.goBack();
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(expected);
      expect(await box.inputValue()).toBe('sanctuary');
      await page.close();
    });

    it('counts a hit’s claims without checking them, and keeps a speaker’s hits among the search’s', async () => {
      const hits = await searchHits('crossings');
      const byCbp = hits.filter((hit) => hit.speaker === 'cbp').map((hit) => hit.slug);
      expect(byCbp.length).toBeGreaterThan(0);
      expect(byCbp.length).toBeLessThan(hits.length);
      const claimed = 'cbp-november-2024-down-18-percent-lowest-since-july-2020';
      const claims = seed.claims.filter((claim) => claim.statement === claimed).length;
      expect(claims).toBe(2);

      const page = await session.open('/statements?q=crossings&speaker=cbp', desktop);
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(byCbp);
      expect(await page.locator('.statements-count').textContent()).toContain(
        `${byCbp.length} statements by U.S. Customs and Border Protection match “crossings”`,
      );
      const card = page.locator(`article.statements-card[data-slug="${claimed}"]`);
      expect(await card.locator('.statements-claims').textContent()).toContain(`${claims} claims`);
      // Verdicts (a ClaimCheck each) are the feed's and the claims page's, not the search's.
      expect(await page.locator('article.statements-card [class*="verdict-"]').count()).toBe(0);
      const seedClaims = seed.claims.filter((claim) => claim.statement === claimed).map((claim) => claim.slug);
      const hitLink = await card.locator('.statements-claims a').getAttribute('href');
      expect(seedClaims.map((slug) => `/claims#${encodeURIComponent(slug)}`)).toContain(hitLink);
      await page.close();
    });

    it('links each claim in a feed card to that claim on the claims page', async () => {
      const statement = 'cbp-november-2024-down-18-percent-lowest-since-july-2020';
      const seedClaims = seed.claims.filter((claim) => claim.statement === statement).map((claim) => claim.slug);
      expect(seedClaims.length).toBe(2);

      const page = await session.open('/statements?speaker=cbp', desktop);
      const links = page.locator(`article.statements-card[data-slug="${statement}"] .statements-claims a`);
      await expect.poll(() => links.count(), waitFor).toBe(seedClaims.length);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(hrefs.sort()).toEqual(seedClaims.map((slug) => `/claims#${encodeURIComponent(slug)}`).sort());
      await links.first().click();
      await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor(waitFor);
      const address = new URL(page.url());
      expect(address.pathname).toBe('/claims');
      expect(seedClaims).toContain(decodeURIComponent(address.hash.slice(1)));
      await page.close();
    });

    it('pages the whole feed with "Show more", filters by the speaker chosen (Back undoes it), also from a fresh URL', async () => {
      const all = await statementsBy('');
      expect(all.totalCount).toBe(seed.statements.length);
      expect(all.totalCount).toBeGreaterThan(20);

      const page = await session.open('/statements', desktop);
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(all.slugs.slice(0, 20));
      expect(await page.locator('.statements-count').textContent()).toContain(`${all.totalCount} statements`);
      expect(await page.title()).toBe('Statements · Borderdesk');
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
      const filtered = new URL(page.url());
      expect(filtered.searchParams.get('speaker')).toBe(speaker);

      await page.goBack();
      await expect.poll(() => select.inputValue(), waitFor).toBe('');
      expect(new URL(page.url()).searchParams.has('speaker')).toBe(false);
      // The pages already shown, from the cache.
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(all.slugs);

      const fresh = await session.open(filtered.pathname + filtered.search, desktop);
      await expect.poll(() => cardSlugs(fresh), waitFor).toEqual(expected.slugs);
      expect(await fresh.getByLabel('Speaker').inputValue()).toBe(speaker);
      await Promise.all([page.close(), fresh.close()]);
    });

    it('reads the address once: ?q=%2541 searches for “%41”; an unknown speaker is named and ignored', async () => {
      const page = await session.open('/statements?q=%2541&speaker=no-such-speaker', desktop);
      await expect.poll(() => page.getByLabel('Search statements').inputValue(), waitFor).toBe('%41');
      await page.locator('.notice').filter({ hasText: 'No speaker named “no-such-speaker”' }).waitFor(waitFor);
      expect(await page.getByLabel('Speaker').inputValue()).toBe('');
      await page.close();
    });

    it('names a topic no statement is on, and clearing the topic brings the feed back', async () => {
      const topic = 'no-such-topic';
      expect(seed.statements.some((statement) => statement.topics.includes(topic))).toBe(false);
      const all = await statementsBy('');

      const page = await session.open(`/statements?topic=${topic}`, desktop);
      await page
        .getByRole('status')
        .filter({ hasText: `No statements on the topic “${topic}”.` })
        .waitFor(waitFor);
      expect(await page.locator('article.statements-card').count()).toBe(0);
      await page.getByRole('button', { name: 'Clear topic' }).click();
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(all.slugs.slice(0, 20));
      expect(new URL(page.url()).searchParams.has('topic')).toBe(false);
      await page.close();
    });

    it('shows 20 hits of a longer search, the rest with "Show more", and says when 50 may not be all', async () => {
      // The seed has too few statements for a search of more than 20 (or 50) hits: the search's answer is
      // built here, of every statement in the shape the page asks for (its own fragments), and for the
      // 50-hit case the same statements again under other slugs.
      const searchDocument = documentIdOf('StatementsSearch');
      const text = manifest[searchDocument] ?? '';
      const fragments = text.slice(0, text.indexOf('query StatementsSearch'));
      const answer = await server.query(
        `${fragments} query {
          statements(first: 100, orderBy: { field: SAID_ON, direction: DESC }) { edges { node { ...StatementsHit } } }
        }`,
      );
      expect(answer.errors).toBeUndefined();
      const { statements } = answer.data as { statements: { edges: { node: { slug: string; text: string } }[] } };
      const everyStatement = statements.edges.map((edge) => edge.node);
      expect(everyStatement.length).toBe(seed.statements.length);
      expect(everyStatement.length).toBeGreaterThan(21);
      expect(everyStatement.length).toBeLessThan(50);
      const twice = [...everyStatement, ...everyStatement.map((node) => ({ ...node, slug: `${node.slug}-again` }))];
      const pools: Record<string, typeof everyStatement> = { border: everyStatement, record: twice };
      const asked: number[] = [];
      let release = () => {};
      const longerListHeld = new Promise<void>((resolve) => {
        release = resolve;
      });
      const page = await session.open('about:blank', desktop);
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as {
          documentId?: string;
          variables?: { query: string; first: number };
        } | null;
        const pool = body?.variables ? pools[body.variables.query] : undefined;
        if (body?.documentId !== searchDocument || !pool || !body.variables) return route.continue();
        const { query, first } = body.variables;
        asked.push(first);
        if (query === 'border' && first > 21) await longerListHeld;
        const search = pool.slice(0, first).map((node) => ({
          node,
          snippet: { parts: [{ highlighted: false, text: node.text }] },
        }));
        return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { search } }) });
      });

      await page.goto(new URL('/statements?q=border', server.origin).toString());
      const slugsOf = (nodes: { slug: string }[]) => nodes.map((node) => node.slug);
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(slugsOf(everyStatement.slice(0, 20)));
      expect(asked).toEqual([21]);
      expect(await page.locator('.statements-count').textContent()).toBe('The 20 best matches for “border”');
      await page.getByRole('button', { name: 'Show more' }).click();
      // While the longer list loads, the 20 stay and the button says so.
      const loading = page.getByRole('button', { name: 'Loading more…' });
      await loading.waitFor(waitFor);
      expect(await loading.isDisabled()).toBe(true);
      expect(await cardSlugs(page)).toEqual(slugsOf(everyStatement.slice(0, 20)));
      release();
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(slugsOf(everyStatement));
      expect(asked).toEqual([21, 50]);
      expect(await page.getByRole('button', { name: /Show more|Loading more/ }).count()).toBe(0);
      expect(await page.locator('.statements-count').textContent()).toBe(
        `${everyStatement.length} statements match “border”, best match first`,
      );

      await page.goto(new URL('/statements?q=record', server.origin).toString());
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(slugsOf(twice.slice(0, 20)));
      await page.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(slugsOf(twice.slice(0, 50)));
      expect(await page.locator('.statements-count').textContent()).toBe(
        'The 50 best matches for “record”: add words to the search to find others.',
      );
      expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
      await page.close();
    });

    it('shows an error with Try again when the feed fails, and the feed once it loads', async () => {
      const expected = await statementsBy('');
      const page = await session.open('about:blank', desktop);
      const errorsBefore = session.errors.length;
      const feed = await refuse(page, 'StatementsFeed');
      await page.goto(new URL('/statements', server.origin).toString());
      const error = page.locator('.state-error');
      await expect.poll(() => error.textContent(), waitFor).toContain('Could not load statements.');
      expect(await error.textContent()).toContain('The figures are being imported.');
      expect(feed.refused()).toBeGreaterThan(0);

      await feed.restore();
      await error.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => cardSlugs(page), waitFor).toEqual(expected.slugs.slice(0, 20));
      expect(await error.count()).toBe(0);
      // The browser logs each refused answer; nothing else went wrong.
      const logged = session.errors.splice(errorsBefore);
      expect(logged.length).toBeGreaterThan(0);
      for (const message of logged) expect(message).toContain('503');
      await page.close();
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
      await expect.poll(() => page.title(), waitFor).toBe(`${actor?.name} · Borderdesk`);
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
        expect(await item.locator('.badge').first().getAttribute('class')).toContain(positionTones[stance.position]);
      }
      expect(await fitsWidth(page)).toBe(true);
      await session.screenshot(page, 'actor-desktop');
      await page.close();

      const missing = await session.open('/actors/no-such-actor', desktop);
      await missing.getByRole('heading', { level: 1, name: 'Actor not found' }).waitFor(waitFor);
      expect(await missing.getByRole('status').textContent()).toContain('No actor named “no-such-actor”');
      await missing.close();
    });

    it('fits a phone (screenshots; the desktop ones are taken above)', async () => {
      const statements = await session.open('/statements?q=sanctuary', phone);
      await statements.locator('.statements-snippet mark').first().waitFor(waitFor);
      expect(await fitsWidth(statements)).toBe(true);
      await session.screenshot(statements, 'statements-phone');

      const actor = await session.open('/actors/tom-homan', phone);
      await actor
        .locator('section[aria-labelledby="actors-statements"] article.statements-card')
        .first()
        .waitFor(waitFor);
      expect(await fitsWidth(actor)).toBe(true);
      await session.screenshot(actor, 'actor-phone');
      await Promise.all([statements.close(), actor.close()]);
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
