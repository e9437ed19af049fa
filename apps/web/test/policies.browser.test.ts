// The policies list, a policy's page with its impact window, and the claims page, in a real Chromium
// against the real API on its own seeded database. Expected figures come from the seed file, from SQL
// over the imported facts and from direct GraphQL queries, formatted here the way the page prints them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../api/test/support/server.ts';
import { count, monthName, percent, signed } from './support/as-shown.ts';
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
} from './support/browser.ts';

interface SeedPolicy {
  slug: string;
  title: string;
  shortName: string;
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
const seedPolicy = (slug: string) => {
  const policy = article.policies.find((item) => item.slug === slug);
  if (!policy) throw new Error(`the seed has no policy ${slug}`);
  return policy;
};

const day = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
/** "2024-06" plus 7 → "2025-01". */
function addMonths(month: string, months: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = (year ?? 0) * 12 + (number ?? 1) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

interface ImpactAnswer {
  policy: {
    impact: {
      before: { average: number };
      after: { average: number };
      change: { absolute: number; percent: number };
      series: { dataset: { slug: string } };
    };
  };
}
const impactQuery = `query ($slug: String!, $window: Int!) {
  policy(slug: $slug) {
    impact(window: $window) {
      before { average } after { average } change { absolute percent } series { dataset { slug } }
    }
  }
}`;

interface DatasetsAnswer {
  datasets: {
    edges: {
      node: {
        slug: string;
        name: string;
        scope: { dimension: string }[];
        coverage: { firstMonth: string | null; lastMonth: string | null };
      };
    }[];
  };
}
interface NamedImpactAnswer {
  policy: { impact: { before: { total: number; average: number }; after: { total: number } } };
}
const namedImpactQuery = `query ($slug: String!, $dataset: String!) {
  policy(slug: $slug) { impact(window: 6, dataset: $dataset) { before { total average } after { total } } }
}`;

interface ClaimsAnswer {
  claims: {
    totalCount: number;
    edges: { node: { slug: string; check: { verdict: string; computedValue: number | null } } }[];
  };
}

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim();

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
      return impact;
    }

    /** Encounters a month in a dataset, summed from its imported facts (every dimension: the impact's filter is empty). */
    async function monthlyTotals(dataset: string, first: string, last: string): Promise<Map<string, number>> {
      const rows = await server.db.prisma.$queryRaw<{ month: string; total: bigint; releases: number }[]>`
        SELECT to_char(f.month, 'YYYY-MM') AS month, sum(f.count)::int8 AS total,
               count(DISTINCT f."releaseId")::int AS releases
        FROM "EncounterFact" f JOIN "Dataset" d ON d.id = f."datasetId"
        WHERE d.slug = ${dataset} AND f.month BETWEEN ${`${first}-01`}::date AND ${`${last}-01`}::date
        GROUP BY 1 ORDER BY 1`;
      // One release a month, so no newer release supersedes another's figures in these sums.
      for (const row of rows) expect(row.releases).toBe(1);
      return new Map(rows.map((row) => [row.month, Number(row.total)]));
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

    it("a policy's page shows its impact window, summed like the imported facts, which the URL sets", async () => {
      const policy = seedPolicy('securing-the-border');
      const effective = effectiveDate(policy);
      if (!effective) throw new Error('securing-the-border has no effective date in the seed');
      const page = await browser().open(`/policies/${policy.slug}`, desktop);
      await page.getByRole('heading', { level: 1, name: policy.title }).waitFor(waitFor);
      const impact = await expectImpact(page, policy.slug, 6);
      expect(await page.title()).toBe(`${policy.shortName} · Borderdesk`);

      // Effective after the 1st: its month is a transition month, the six before and the six after it are compared.
      expect(effective.slice(8)).not.toBe('01');
      const month = effective.slice(0, 7);
      const before = { from: addMonths(month, -6), to: addMonths(month, -1) };
      const after = { from: addMonths(month, 1), to: addMonths(month, 6) };
      const totals = await monthlyTotals(impact.series.dataset.slug, before.from, after.to);
      const sum = ({ from, to }: { from: string; to: string }) =>
        [...totals].filter(([key]) => key >= from && key <= to).reduce((total, [, value]) => total + value, 0);
      expect([...totals.keys()].filter((key) => key !== month)).toHaveLength(12);
      await expect
        .poll(() => text(page, '.policy-impact-before .policy-impact-total'), waitFor)
        .toBe(`${count(sum(before))} in 6 months`);
      await expect
        .poll(() => text(page, '.policy-impact-after .policy-impact-total'), waitFor)
        .toBe(`${count(sum(after))} in 6 months`);
      expect(await text(page, '.policy-impact-before dt')).toBe(
        `Before: ${monthName(before.from)} – ${monthName(before.to)}`,
      );
      expect(await text(page, '.policy-impact-after dt')).toBe(
        `After: ${monthName(after.from)} – ${monthName(after.to)}`,
      );
      const transition = totals.get(month);
      if (transition === undefined) throw new Error(`no facts for ${month}`);
      expect(await text(page, '.policy-impact-transition')).toContain(`${count(transition)} encounters`);
      const effectiveEvent = page.locator('.policy-timeline li', { hasText: 'Effective' }).locator('time');
      expect(await effectiveEvent.textContent()).toBe(day(effective));
      expect(await effectiveEvent.getAttribute('datetime')).toBe(effective);
      await page.locator('.policy-impact-chart svg').first().waitFor(waitFor);
      await browser().screenshot(page, 'policy-desktop');

      await page.getByLabel('Months on each side').selectOption('12');
      await expect.poll(() => new URL(page.url()).searchParams.get('window'), waitFor).toBe('12');
      await expectImpact(page, policy.slug, 12);
      // A discrete choice adds a history entry: Back returns to six months.
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('window'), waitFor).toBeNull();
      await expect.poll(() => page.getByLabel('Months on each side').inputValue(), waitFor).toBe('6');

      // A window out of range is named and replaced by the default.
      await page.goto(`${server.origin}/policies/${policy.slug}?window=99`);
      await page.getByText('“window=99” is not a number of months from 1 to 24').waitFor(waitFor);
      await expectImpact(page, policy.slug, 6);

      await page.setViewportSize(phone);
      await page.goto(`${server.origin}/policies/${policy.slug}`);
      await expectImpact(page, policy.slug, 6);
      await page.locator('.policy-impact-chart svg').first().waitFor(waitFor);
      expect(await fitsWidth(page)).toBe(true);
      await browser().screenshot(page, 'policy-phone');
      await page.close();
    });

    it('shows an error with Try again when the impact fails, and the figures once it answers', async () => {
      const page = await browser().open('/policies', desktop);
      await page.locator('.policies-table').waitFor(waitFor);
      const errorsBefore = browser().errors.length;
      const impactRefused = await refuse(page, 'PolicyPageImpact');
      await page.getByRole('link', { name: seedPolicy('securing-the-border').title }).click();
      const error = page.locator('.policy-impact .state-error');
      await expect
        .poll(() => error.textContent(), waitFor)
        .toContain('Could not load the encounter figures around the effective date.');
      expect(await error.textContent()).toContain('The figures are being imported.');
      expect(await error.getAttribute('role')).toBe('alert');
      expect(impactRefused.refused()).toBeGreaterThan(0);
      // Only the figures failed: the rest of the page is there.
      await page.locator('.policy-timeline').waitFor(waitFor);
      await browser().screenshot(page, 'policy-impact-error');

      await impactRefused.restore();
      await error.getByRole('button', { name: 'Try again' }).click();
      await expectImpact(page, 'securing-the-border', 6);
      expect(await error.count()).toBe(0);
      // The browser logs each refused answer; nothing else went wrong.
      const logged = browser().errors.splice(errorsBefore);
      expect(logged.length).toBeGreaterThan(0);
      for (const message of logged) expect(message).toContain('503');
      await page.close();
    });

    it('when the automatic pick refuses the window, shows a dataset that covers it and says which', async () => {
      const { datasets } = await ask<DatasetsAnswer>(
        '{ datasets(first: 50) { edges { node { slug name scope { dimension } coverage { firstMonth lastMonth } } } } }',
      );
      // The months compared, from the seed: a policy effective on the 1st counts its month as the first after;
      // one effective in a month with the day unknown has a transition month between the windows.
      const cases = [
        { slug: 'california-sb-54', viewport: desktop, first: '2017-07', last: '2018-06', after: '2018-01' },
        { slug: 'title-42-expulsions', viewport: phone, first: '2019-09', last: '2020-09', after: '2020-04' },
      ];
      expect(effectiveDate(seedPolicy('california-sb-54'))).toBe('2018-01-01');
      expect(effectiveDate(seedPolicy('title-42-expulsions'))).toBe('2020-03');
      for (const { slug, viewport, first, last, after } of cases) {
        // The API's own pick refuses these months…
        const automatic = await server.query(impactQuery, { slug, window: 6 });
        expect(automatic.errors?.[0]?.extensions?.argument).toBe('dataset');
        // …and one dataset alone covers them, for Border Patrol only.
        const covering = datasets.edges
          .map(({ node }) => node)
          .filter(({ coverage }) => (coverage.firstMonth ?? '9999') <= first && (coverage.lastMonth ?? '') >= last);
        expect(covering).toHaveLength(1);
        const [dataset] = covering;
        if (!dataset) throw new Error(`no dataset covers ${first} to ${last}`);
        expect(dataset.scope.map(({ dimension }) => dimension)).toEqual(['COMPONENT']);
        const { impact } = (await ask<NamedImpactAnswer>(namedImpactQuery, { slug, dataset: dataset.slug })).policy;

        const page = await browser().open(`/policies/${slug}`, viewport);
        const notice = page.locator('.policy-impact .notice');
        await expect
          .poll(() => notice.textContent(), waitFor)
          .toBe(
            `Borderdesk’s automatic pick needs a dataset of all encounters that covers ${monthName(first)} – ${monthName(last)}, and none does; showing ${dataset.name} (Border Patrol only), which covers these months.`,
          );
        await expect
          .poll(() => text(page, '.policy-impact-before .policy-impact-total'), waitFor)
          .toBe(`${count(impact.before.total)} in 6 months`);
        expect(await text(page, '.policy-impact-after .policy-impact-total')).toBe(
          `${count(impact.after.total)} in 6 months`,
        );
        expect(await text(page, '.policy-impact-before .policy-impact-average')).toBe(
          count(Math.round(impact.before.average)),
        );
        expect(await text(page, '.policy-impact-after dt')).toBe(`After: ${monthName(after)} – ${monthName(last)}`);
        expect(await text(page, '.policy-impact-dataset')).toContain(`Figures from ${dataset.name}.`);
        expect(await page.locator('.policy-impact .state-error').count()).toBe(0);
        // The page asked Borderdesk to pick, then named the dataset itself.
        const asked = browser()
          .graphqlRequests.filter(
            ({ documentId, variables }) => documentId === documentIdOf('PolicyPageImpact') && variables?.slug === slug,
          )
          .map(({ variables }) => variables?.dataset ?? null);
        expect(asked).toEqual([null, dataset.slug]);
        expect(await fitsWidth(page)).toBe(true);
        await browser().screenshot(page, `policy-stand-in-${viewport === phone ? 'phone' : 'desktop'}`);
        await page.close();
      }

      // No dataset covers 24 months on each side of CBP One (effective mid-January 2023, a transition month): the
      // page says so, with no Try again, and links to the most months on each side one does cover.
      expect(effectiveDate(seedPolicy('cbp-one-appointments'))).toBe('2023-01-12');
      const covers = (size: number) =>
        datasets.edges.some(
          ({ node: { coverage } }) =>
            (coverage.firstMonth ?? '9999') <= addMonths('2023-01', -size) &&
            (coverage.lastMonth ?? '') >= addMonths('2023-01', size),
        );
      expect(covers(24)).toBe(false);
      const widest = Math.max(...Array.from({ length: 23 }, (_, index) => index + 1).filter(covers));
      const page = await browser().open('/policies/cbp-one-appointments?window=24', desktop);
      await page.getByText('No dataset covers all of Jan 2021 – Jan 2025').waitFor(waitFor);
      expect(await page.locator('.policy-impact .state-error').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      const fewer = page.getByRole('link', { name: `${widest} months on each side` });
      expect(await fewer.getAttribute('href')).toBe(`/policies/cbp-one-appointments?window=${widest}`);
      await page.close();
    });

    it("the claims page shows each claim's verdict, counts them, and filters by verdict", async () => {
      const { claims } = await ask<ClaimsAnswer>(
        '{ claims(first: 100) { totalCount edges { node { slug check { verdict computedValue } } } } }',
      );
      expect(claims.totalCount).toBe(article.claims.length);
      const verdictOf = Object.fromEntries(claims.edges.map(({ node }) => [node.slug, node.check.verdict]));
      const tally = (verdict: string) => Object.values(verdictOf).filter((item) => item === verdict).length;

      const page = await browser().open('/claims', desktop);
      // The seed's claims fit one page: the tally is of all of them.
      await expect
        .poll(() => text(page, '.claims-summary'), waitFor)
        .toBe(
          `All ${claims.totalCount} claims: ${tally('SUPPORTED')} supported, ${tally('CONTRADICTED')} contradicted, ${tally('NOT_CHECKABLE')} not checkable`,
        );
      expect(await page.locator('.show-more').count()).toBe(0);
      const shown = await page
        .locator('.claims-card')
        .evaluateAll((cards) =>
          Object.fromEntries(
            cards.map((card) => [
              card.id,
              /verdict-(\w+)/.exec(card.querySelector('.claims-head .badge')?.className ?? '')?.[1],
            ]),
          ),
        );
      expect(shown).toEqual(verdictOf);

      const down18 = article.claims.find(
        (claim) => claim.assertion === 'PERCENT_CHANGE' && claim.assertedValue === -18,
      );
      const computed = claims.edges.find(({ node }) => node.slug === down18?.slug)?.node.check.computedValue;
      if (!down18 || typeof computed !== 'number') throw new Error('no computed "down 18%" claim');
      const figures = page.locator(`[id="${down18.slug}"] .claims-figures`);
      await expect
        .poll(() => figures.locator('div', { hasText: 'Computed' }).locator('dd').textContent(), waitFor)
        .toBe(percent(computed));
      expect(percent(computed)).toBe('-17.53%');
      await browser().screenshot(page, 'claims-desktop');

      await page.getByLabel('Verdict').selectOption('CONTRADICTED');
      await expect.poll(() => new URL(page.url()).searchParams.get('verdict'), waitFor).toBe('CONTRADICTED');
      // The seed's checkable claims all hold: none is contradicted, and the page says so.
      expect(tally('CONTRADICTED')).toBe(0);
      await page.getByText('No claim on record is contradicted.').waitFor(waitFor);
      expect(await page.locator('.claims-card').count()).toBe(0);
      await page.getByLabel('Verdict').selectOption('NOT_CHECKABLE');
      await expect
        .poll(() => page.locator('.claims-card .claims-head .badge').allTextContents(), waitFor)
        .toEqual(Array(tally('NOT_CHECKABLE')).fill('Not checkable'));
      await page.getByText('Why it cannot be checked:').first().waitFor(waitFor);

      await page.setViewportSize(phone);
      await page.goto(`${server.origin}/claims?verdict=nonsense`);
      await page.getByText('“verdict=nonsense” is not a verdict; showing every claim.').waitFor(waitFor);
      await expect.poll(() => page.locator('.claims-card').count(), waitFor).toBe(claims.totalCount);
      expect(await fitsWidth(page)).toBe(true);
      await browser().screenshot(page, 'claims-phone');

      // A link to one claim (the statements feed links `/claims#<slug>`) scrolls the last card into view and marks it.
      const last = claims.edges.at(-1)?.node.slug;
      if (!last) throw new Error('no claims');
      await page.goto(`${server.origin}/claims#${last}`);
      const card = page.locator(`[id="${last}"]`);
      await card.waitFor(waitFor);
      await expect.poll(() => card.getAttribute('class'), waitFor).toContain('claims-card-target');
      await expect
        .poll(
          () =>
            card.evaluate((element) => {
              const { top, bottom } = element.getBoundingClientRect();
              return window.scrollY > 0 && top >= 0 && top < window.innerHeight && bottom > 0;
            }),
          waitFor,
        )
        .toBe(true);
      expect(await page.locator('.claims-card-target').count()).toBe(1);
      await browser().screenshot(page, 'claims-linked-phone');

      await page.goto(`${server.origin}/claims#no-such-claim`);
      await page.getByText('The link names a claim, “no-such-claim”, that is not on record.').waitFor(waitFor);
      await page.close();
    });

    it('the policies list, newest effective first, filters by kind and name and links to each policy; an unknown slug is not found', async () => {
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
      expect(await fitsWidth(page)).toBe(true);
      await browser().screenshot(page, 'policies-phone');

      // A date known to the month is printed and marked up to the month only.
      const monthOnly = article.policies.find((policy) => effectiveDate(policy)?.length === 7);
      const monthOnlyDate = monthOnly && effectiveDate(monthOnly);
      if (!monthOnly || !monthOnlyDate) throw new Error('the seed has no policy effective in a month (day unknown)');
      const monthCell = page
        .locator('.policies-table tbody tr', { has: page.getByRole('link', { name: monthOnly.title }) })
        .locator('td[data-label="Effective"] time');
      expect(await monthCell.getAttribute('datetime')).toBe(monthOnlyDate);
      expect(await monthCell.textContent()).toBe(monthName(monthOnlyDate));

      await page.getByLabel('Kind').selectOption('FEDERAL_RULE');
      await expect.poll(() => new URL(page.url()).searchParams.get('kind'), waitFor).toBe('FEDERAL_RULE');
      const rules = article.policies.filter((policy) => policy.kind === 'FEDERAL_RULE').map(({ title }) => title);
      await expect
        .poll(async () => (await page.locator(titles).allTextContents()).sort(), waitFor)
        .toEqual(rules.sort());
      // Back undoes the choice.
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('kind'), waitFor).toBeNull();
      await expect.poll(() => page.locator(titles).count(), waitFor).toBe(article.policies.length);
      await page.goForward();
      await expect.poll(() => page.getByLabel('Kind').inputValue(), waitFor).toBe('FEDERAL_RULE');

      const [first] = rules;
      const target = article.policies.find((policy) => policy.title === first);
      if (!first || !target) throw new Error('the seed has no federal rule');
      await page.getByRole('link', { name: first }).click();
      await expect.poll(() => new URL(page.url()).pathname, waitFor).toBe(`/policies/${target.slug}`);
      await page.getByRole('heading', { level: 1, name: first }).waitFor(waitFor);
      await page.close();

      // The API refuses a name longer than 200 characters: the page searches for the first 200 and says so.
      const long = 'x'.repeat(250);
      const named = await browser().open(`/policies?name=${long}`, desktop);
      await named.getByText('The name in the address is longer than 200 characters').waitFor(waitFor);
      await named.getByText('No policy matches these filters.').waitFor(waitFor);
      expect(await named.locator('.state-error').count()).toBe(0);
      expect(await named.getByLabel('Name').inputValue()).toBe(long.slice(0, 200));
      expect(await named.getByLabel('Name').getAttribute('maxlength')).toBe('200');
      // Typing refines the search in place: the address follows without adding history entries.
      const historyBefore = await named.evaluate(() => history.length);
      const { shortName } = seedPolicy('securing-the-border');
      await named.getByLabel('Name').fill(shortName);
      await expect.poll(() => new URL(named.url()).searchParams.get('name'), waitFor).toBe(shortName);
      await expect
        .poll(() => named.locator(titles).allTextContents(), waitFor)
        .toEqual([seedPolicy('securing-the-border').title]);
      expect(await named.evaluate(() => history.length)).toBe(historyBefore);
      await named.close();

      const missing = await browser().open('/policies/no-such-policy', desktop);
      await missing.getByRole('heading', { level: 1, name: 'Policy not found' }).waitFor(waitFor);
      await missing.getByText('There is no policy “no-such-policy” on record').waitFor(waitFor);
      await missing.close();
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
