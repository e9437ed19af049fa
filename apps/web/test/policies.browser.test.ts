// The policies list, a policy's page with its impact window, and the claims page, in a real Chromium
// against the real API on its own seeded database. Expected figures come from the seed file and from
// direct GraphQL queries, formatted here the way the page prints them (en-US).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../api/test/support/server.js';
import { type BrowserSession, desktop, openBrowser, phone, skipBrowserTests, waitFor } from './support/browser.js';

interface SeedPolicy {
  slug: string;
  title: string;
  kind: string;
  events?: { kind: string; date: string }[];
}
interface SeedClaim {
  slug: string;
  assertion: string;
  assertedValue?: number;
}
const article = JSON.parse(readFileSync(join(repoRoot, 'prisma/seed/article.json'), 'utf8')) as {
  policies: SeedPolicy[];
  claims: SeedClaim[];
};
const effectiveDate = (policy: SeedPolicy) => policy.events?.find((event) => event.kind === 'EFFECTIVE')?.date;

const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const percent = (value: number) =>
  `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value)}%`;
const signed = (value: number) => (value > 0 ? `+${count(value)}` : count(value));
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

interface ImpactAnswer {
  policy: {
    impact: {
      before: { average: number };
      after: { average: number };
      change: { absolute: number; percent: number };
    };
  };
}
const impactQuery = `query ($slug: String!, $window: Int!) {
  policy(slug: $slug) { impact(window: $window) { before { average } after { average } change { absolute percent } } }
}`;

interface ClaimsAnswer {
  claims: {
    totalCount: number;
    edges: { node: { slug: string; check: { verdict: string; computedValue: number | null } } }[];
  };
}

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim();
const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.skipIf(skipBrowserTests('the policies and claims browser test'))(
  'policies and claims in a browser',
  { timeout: 40_000 },
  () => {
    let server: TestServer;
    let session: BrowserSession | undefined;

    async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const response = await server.query(query, variables);
      expect(response.errors).toBeUndefined();
      return response.data as T;
    }

    async function expectImpact(page: Page, slug: string, window: number) {
      const { impact } = (await ask<ImpactAnswer>(impactQuery, { slug, window })).policy;
      await expect
        .poll(() => text(page, '.policy-impact-before .policy-impact-average'), waitFor)
        .toBe(count(Math.round(impact.before.average)));
      await expect
        .poll(() => text(page, '.policy-impact-after .policy-impact-average'), waitFor)
        .toBe(count(Math.round(impact.after.average)));
      await expect
        .poll(() => text(page, '.policy-impact-change .figure'), waitFor)
        .toBe(percent(impact.change.percent));
      await expect
        .poll(() => text(page, '.policy-impact-change .policy-impact-absolute'), waitFor)
        .toBe(`${signed(Math.round(impact.change.absolute))} a month`);
    }

    beforeAll(async () => {
      server = await startTestServer();
      session = await openBrowser(server.origin);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    const browser = () => {
      if (!session) throw new Error('the browser did not start');
      return session;
    };

    it("a policy's page shows its impact window, which the URL sets, and its timeline", async () => {
      const policy = article.policies.find((item) => effectiveDate(item) === '2024-06-05');
      if (!policy) throw new Error('the seed has no policy effective on 2024-06-05');
      const page = await browser().open(`/policies/${policy.slug}`, desktop);
      await page.getByRole('heading', { level: 1, name: policy.title }).waitFor(waitFor);
      await expectImpact(page, policy.slug, 6);
      const effective = page.locator('.policy-timeline li', { hasText: 'Effective' });
      await expect.poll(() => effective.locator('time').textContent(), waitFor).toBe(day('2024-06-05'));
      await page.locator('.policy-impact-chart svg').first().waitFor(waitFor);
      await browser().screenshot(page, 'policy-desktop');

      await page.getByLabel('Months on each side').selectOption('12');
      await expect.poll(() => new URL(page.url()).searchParams.get('window'), waitFor).toBe('12');
      await expectImpact(page, policy.slug, 12);

      // A window out of range is named and replaced by the default.
      const invalid = await browser().open(`/policies/${policy.slug}?window=99`, desktop);
      await invalid.getByText('“window=99” is not a number of months from 1 to 24').waitFor(waitFor);
      await expectImpact(invalid, policy.slug, 6);

      const small = await browser().open(`/policies/${policy.slug}`, phone);
      await expectImpact(small, policy.slug, 6);
      await small.locator('.policy-impact-chart svg').first().waitFor(waitFor);
      expect(await noSideScroll(small)).toBe(true);
      await browser().screenshot(small, 'policy-phone');
    });

    it("the claims page shows each claim's verdict, counts them, and filters by verdict", async () => {
      const { claims } = await ask<ClaimsAnswer>(
        '{ claims(first: 100) { totalCount edges { node { slug check { verdict computedValue } } } } }',
      );
      expect(claims.totalCount).toBe(article.claims.length);
      const verdictOf = Object.fromEntries(claims.edges.map(({ node }) => [node.slug, node.check.verdict]));
      const tally = (verdict: string) => Object.values(verdictOf).filter((item) => item === verdict).length;

      const page = await browser().open('/claims', desktop);
      await expect
        .poll(() => text(page, '.claims-summary'), waitFor)
        .toBe(
          `${tally('SUPPORTED')} supported, ${tally('CONTRADICTED')} contradicted, ${tally('NOT_CHECKABLE')} not checkable`,
        );
      const shown = await page
        .locator('.claims-card')
        .evaluateAll((cards) =>
          Object.fromEntries(
            cards.map((card) => [
              card.getAttribute('data-claim'),
              /verdict-(\w+)/.exec(card.querySelector('.badge')?.className ?? '')?.[1],
            ]),
          ),
        );
      expect(shown).toEqual(verdictOf);

      const down18 = article.claims.find(
        (claim) => claim.assertion === 'PERCENT_CHANGE' && claim.assertedValue === -18,
      );
      const computed = claims.edges.find(({ node }) => node.slug === down18?.slug)?.node.check.computedValue;
      if (!down18 || typeof computed !== 'number') throw new Error('no computed "down 18%" claim');
      const figures = page.locator(`[data-claim="${down18.slug}"] .claims-figures`);
      await expect
        .poll(() => figures.locator('div', { hasText: 'Computed' }).locator('dd').textContent(), waitFor)
        .toBe(percent(computed));
      expect(percent(computed)).toBe('-17.53%');
      await browser().screenshot(page, 'claims-desktop');

      await page.getByLabel('Verdict').selectOption('CONTRADICTED');
      await expect.poll(() => new URL(page.url()).searchParams.get('verdict'), waitFor).toBe('CONTRADICTED');
      await expect.poll(() => page.locator('.claims-card').count(), waitFor).toBe(tally('CONTRADICTED'));

      const notCheckable = await browser().open('/claims?verdict=NOT_CHECKABLE', desktop);
      await notCheckable.locator('.claims-card').first().waitFor(waitFor);
      const badges = await notCheckable.locator('.claims-card .badge').allTextContents();
      expect(badges).toEqual(Array(tally('NOT_CHECKABLE')).fill('Not checkable'));
      await notCheckable.getByText('Why it cannot be checked:').first().waitFor(waitFor);

      const small = await browser().open('/claims', phone);
      await expect.poll(() => small.locator('.claims-card').count(), waitFor).toBe(claims.totalCount);
      expect(await noSideScroll(small)).toBe(true);
      await browser().screenshot(small, 'claims-phone');
    });

    it('the policies list, newest effective first, filters by kind and links to each policy; an unknown slug is not found', async () => {
      const dated = article.policies
        .filter((policy) => effectiveDate(policy))
        .sort((a, b) => String(effectiveDate(b)).localeCompare(String(effectiveDate(a))))
        .map(({ title }) => title);
      const undated = article.policies.filter((policy) => !effectiveDate(policy)).map(({ title }) => title);
      const titles = '.policies-table tbody th[scope="row"] a';

      const page = await browser().open('/policies', phone);
      await expect.poll(() => page.locator(titles).count(), waitFor).toBe(article.policies.length);
      const listed = await page.locator(titles).allTextContents();
      expect(listed.slice(0, dated.length)).toEqual(dated);
      expect(listed.slice(dated.length).sort()).toEqual(undated.sort());
      expect(await noSideScroll(page)).toBe(true);

      await page.getByLabel('Kind').selectOption('FEDERAL_RULE');
      await expect.poll(() => new URL(page.url()).searchParams.get('kind'), waitFor).toBe('FEDERAL_RULE');
      const rules = article.policies.filter((policy) => policy.kind === 'FEDERAL_RULE').map(({ title }) => title);
      await expect
        .poll(async () => (await page.locator(titles).allTextContents()).sort(), waitFor)
        .toEqual(rules.sort());

      const [first] = rules;
      const target = article.policies.find((policy) => policy.title === first);
      if (!first || !target) throw new Error('the seed has no federal rule');
      await page.getByRole('link', { name: first }).click();
      await expect.poll(() => new URL(page.url()).pathname, waitFor).toBe(`/policies/${target.slug}`);
      await page.getByRole('heading', { level: 1, name: first }).waitFor(waitFor);

      const missing = await browser().open('/policies/no-such-policy', desktop);
      await missing.getByRole('heading', { level: 1, name: 'Policy not found' }).waitFor(waitFor);
      await missing.getByText('There is no policy “no-such-policy” on record').waitFor(waitFor);
    });

    it('logged no errors, loaded only from its own origin, and sent only persisted documents', () => {
      const { errors, failedRequests, foreignRequests, graphqlRequests } = browser();
      expect(errors).toEqual([]);
      expect(failedRequests).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(graphqlRequests.length).toBeGreaterThan(0);
      for (const request of graphqlRequests) {
        expect(request.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(request.query).toBeUndefined();
      }
    });
  },
);
