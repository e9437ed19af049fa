// The Encounters view (the dashboard's home) in a real Chromium against the real API: dots per month,
// policy markers on their month, the tooltip's changes, a month's breakdown and shareable URLs, with
// expected figures taken from the CBP file the server imported or from direct GraphQL queries.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import type { Locator, Page } from 'playwright-core';
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

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Encounters by calendar month summed from the Southwest file's rows: Border Patrol's, or both components'. */
async function southwestByMonth(components: 'USBP' | 'ALL' = 'USBP'): Promise<Map<string, number>> {
  const text = await readFile(join(repoRoot, 'prisma/data/cbp/sbo-encounters-fy22-fy25-aug.csv'), 'utf8');
  const totals = new Map<string, number>();
  for (const line of text.trim().split('\n').slice(1)) {
    // The file quotes nothing: no field holds a comma.
    const [fiscalYear = '', , monthName = '', component = '', , , , , encounters = ''] = line.trim().split(',');
    if (components === 'USBP' && component !== 'U.S. Border Patrol') continue;
    const index = months.indexOf(monthName);
    const year = Number.parseInt(fiscalYear, 10) - (index >= 9 ? 1 : 0);
    const month = `${year}-${String(index + 1).padStart(2, '0')}`;
    totals.set(month, (totals.get(month) ?? 0) + Number(encounters));
  }
  return totals;
}

function monthsBetween(from: string, to: string): string[] {
  const result: string[] = [];
  for (let month = from; month <= to; ) {
    result.push(month);
    const [year = 0, number = 1] = month.split('-').map(Number);
    month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  }
  return result;
}

/** Goes to a path of the dashboard the way its links do (no reload: the app and its cache stay). */
async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function dots(page: Page): Promise<{ period: string; value: number }[]> {
  return page.locator('.encounters-chart [data-period]').evaluateAll((elements) =>
    elements.map((element) => ({
      period: element.getAttribute('data-period') ?? '',
      value: Number(element.getAttribute('data-value')),
    })),
  );
}

async function periods(page: Page): Promise<string[]> {
  return (await dots(page)).map((dot) => dot.period);
}

/** The horizontal centre of an element; NaN while it is not laid out (the chart measures itself first). */
async function centerX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  return box ? box.x + box.width / 2 : Number.NaN;
}

interface SeriesAnswer {
  encounterSeries: {
    points: {
      period: string;
      value: number;
      share: number | null;
      previous: { period: string; absolute: number; percent: number | null } | null;
      yearAgo: { period: string; absolute: number; percent: number | null } | null;
      releases: { label: string }[];
      group: { label: string } | null;
    }[];
  };
}

const seriesQuery = `query ($dataset: String, $filter: EncounterFilter, $groupBy: [Dimension!]) {
  encounterSeries(dataset: $dataset, filter: $filter, groupBy: $groupBy, top: 10) {
    points {
      period value share
      previous { period absolute percent }
      yearAgo { period absolute percent }
      releases { label }
      group { label }
    }
  }
}`;

describe.skipIf(skipBrowserTests('the Encounters browser test'))(
  'the Encounters view in a browser',
  { timeout: 40_000 },
  () => {
    let server: TestServer;
    let session: BrowserSession;
    let page: Page;
    const chartPath = '/?dataset=cbp-southwest&component=USBP&from=2024-01&to=2024-11';

    async function series(variables: Record<string, unknown>): Promise<SeriesAnswer['encounterSeries']['points']> {
      const answer = await server.query(seriesQuery, variables);
      expect(answer.errors).toBeUndefined();
      return (answer.data as unknown as SeriesAnswer).encounterSeries.points;
    }

    beforeAll(async () => {
      server = await startTestServer();
      session = await openBrowser(server.origin);
      page = await session.open(chartPath);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('draws one dot per month with the figures of the CBP file, and follows the period inputs', async () => {
      const file = await southwestByMonth();
      const expected = monthsBetween('2024-01', '2024-11').map((period) => ({ period, value: file.get(period) }));
      await expect.poll(() => dots(page), waitFor).toEqual(expected);
      expect(expected).toHaveLength(11);
      // The API, asked directly, agrees with the file.
      const direct = await series({
        dataset: 'cbp-southwest',
        filter: { components: ['USBP'], from: '2024-01', to: '2024-11' },
      });
      expect(direct.map(({ period, value }) => ({ period, value }))).toEqual(expected);
      await expect
        .poll(() => page.getByRole('heading', { level: 2, name: /Border Patrol encounters/ }).textContent(), waitFor)
        .toContain('Jan 2024 – Nov 2024');

      await page.getByLabel('From', { exact: true }).fill('2024-06');
      await page.getByLabel('To', { exact: true }).fill('2024-09');
      await expect.poll(() => periods(page), waitFor).toEqual(monthsBetween('2024-06', '2024-09'));
      const url = new URL(page.url());
      expect(url.searchParams.get('from')).toBe('2024-06');
      expect(url.searchParams.get('to')).toBe('2024-09');
      expect((await dots(page)).map((dot) => dot.value)).toEqual(
        monthsBetween('2024-06', '2024-09').map((month) => file.get(month)),
      );
    });

    it("marks the policy effective on 2024-06-05 at June 2024's dot, labelled and linked", async () => {
      const article = JSON.parse(await readFile(join(repoRoot, 'prisma/seed/article.json'), 'utf8')) as {
        policies: { slug: string; shortName: string; events: { kind: string; date: string }[] }[];
      };
      const policy = article.policies.find((item) =>
        item.events.some((event) => event.kind === 'EFFECTIVE' && event.date === '2024-06-05'),
      );
      if (!policy) throw new Error('the seed has no policy effective on 2024-06-05');

      await visit(page, chartPath);
      const marker = page.locator(`.encounters-chart g[data-policy="${policy.slug}"]`);
      const dot = page.locator('.encounters-chart [data-period="2024-06"]');
      await marker.waitFor(waitFor);
      await expect
        .poll(async () => Math.abs((await centerX(marker.locator('line'))) - (await centerX(dot))), waitFor)
        .toBeLessThan(3);
      const label = marker.getByRole('link');
      await expect.poll(() => label.textContent(), waitFor).toBe(policy.shortName);
      expect(await label.isVisible()).toBe(true);
      expect(await label.getAttribute('href')).toBe(`/policies/${policy.slug}`);
      // What a screen reader or voice control calls the link starts with what the eye reads.
      expect(await label.getAttribute('aria-label')).toMatch(new RegExp(`^${policy.shortName}\\b`));
      expect(await label.getAttribute('aria-label')).toContain('effective Jun 5, 2024');
      // Only policies effective within the period are marked: Title 42 (2020) is not.
      expect(await page.locator('.encounters-chart g[data-policy="title-42-expulsions"]').count()).toBe(0);

      // The same policy in the list under the chart, readable at any width.
      const item = page.locator(`.encounters-policies li[data-policy="${policy.slug}"]`);
      expect(await item.textContent()).toContain('Jun 5, 2024');
      expect(await item.getByRole('link', { name: policy.shortName }).getAttribute('href')).toBe(
        `/policies/${policy.slug}`,
      );
    });

    it('shows the month, its value, the change on October and the release when November 2024 is hovered', async () => {
      const [november] = await series({
        dataset: 'cbp-southwest',
        filter: { components: ['USBP'], from: '2024-11', to: '2024-11' },
      });
      if (!november?.previous || november.previous.percent === null) throw new Error('no change for November 2024');
      expect(november.previous.period).toBe('2024-10');

      await page.locator('.encounters-chart [data-period="2024-11"]').hover();
      const tooltip = page.locator('.encounters-tooltip');
      await expect.poll(() => tooltip.textContent(), waitFor).toContain('Nov 2024');
      const text = (await tooltip.textContent()) ?? '';
      expect(text).toContain(`${count(november.value)} encounters`);
      expect(text).toContain('vs Oct 2024');
      expect(text).toContain(`${signed(november.previous.absolute)} (${percent(november.previous.percent)})`);
      expect(text).toContain(november.releases[0]?.label);
      expect(november.value).toBe(46_612);
      expect(text).toContain('-17.53%');
    });

    it("breaks down a clicked month by citizenship, and a sector file's month by area, as the API ranks them", async () => {
      await page.locator('.encounters-chart [data-period="2024-10"]').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('month'), waitFor).toBe('2024-10');
      const heading = page.locator('#encounters-breakdown-title');
      await expect.poll(() => heading.textContent(), waitFor).toBe('Citizenship in Oct 2024');

      const citizenships = await series({
        dataset: 'cbp-southwest',
        filter: { components: ['USBP'], from: '2024-10', to: '2024-10' },
        groupBy: ['CITIZENSHIP'],
      });
      const rows = page.locator('.encounters-breakdown-table tbody tr');
      await expect.poll(() => rows.count(), waitFor).toBe(citizenships.length);
      const [top] = citizenships;
      if (!top?.group) throw new Error('no citizenship breakdown for October 2024');
      expect(await rows.first().locator('th').textContent()).toBe(top.group.label);
      expect(await rows.first().locator('td').first().textContent()).toBe(count(top.value));

      // From the keyboard: Tab lands on the selected month's dot, arrows move along the line, Enter picks.
      await page.locator('.encounters-dot-selected').focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('month'), waitFor).toBe('2024-09');
      // The focused dot says what the tooltip shows: the figure, its changes and its release.
      const [september] = await series({
        dataset: 'cbp-southwest',
        filter: { components: ['USBP'], from: '2024-09', to: '2024-09' },
      });
      if (!september?.previous || !september.yearAgo) throw new Error('no changes for September 2024');
      const announced = (await page.locator('.encounters-dot-selected').getAttribute('aria-label')) ?? '';
      expect(announced).toMatch(
        new RegExp(`^Sep 2024: ${count((await southwestByMonth()).get('2024-09') ?? 0)} encounters, `),
      );
      expect(announced).toContain(`${signed(september.previous.absolute)} `);
      expect(announced).toContain(`on ${monthName(september.previous.period)}`);
      expect(announced).toContain(`on ${monthName(september.yearAgo.period)}`);
      expect(announced).toContain(`release ${september.releases[0]?.label}`);

      await page.goto(
        new URL(
          '/?dataset=ohss-usbp-sector&region=SOUTHWEST&from=2024-01&to=2024-11&by=AREA_OF_RESPONSIBILITY',
          server.origin,
        ).toString(),
      );
      await expect.poll(() => heading.textContent(), waitFor).toBe('Area of responsibility in Nov 2024');
      const areas = await series({
        dataset: 'ohss-usbp-sector',
        filter: { regions: ['SOUTHWEST'], from: '2024-11', to: '2024-11' },
        groupBy: ['AREA_OF_RESPONSIBILITY'],
      });
      const [topArea] = areas;
      if (!topArea?.group) throw new Error('no area breakdown for November 2024');
      await expect.poll(() => rows.first().locator('th').textContent(), waitFor).toBe(topArea.group.label);
      expect(await rows.first().locator('td').first().textContent()).toBe(count(topArea.value));
      expect(await rows.count()).toBe(areas.length);
      // The sector file is Border Patrol only and rounded: the view says so rather than offering a component.
      expect(await page.getByRole('combobox', { name: /^Component/ }).count()).toBe(0);
      expect(await page.locator('.encounters-provenance').textContent()).toContain('rounded to the nearest 10');
    });

    it('reproduces a shared URL, explains an invalid one, and fits desktop and phone screens', async () => {
      await visit(page, chartPath);
      await page.getByLabel('From', { exact: true }).fill('2024-03');
      await expect.poll(() => periods(page), waitFor).toEqual(monthsBetween('2024-03', '2024-11'));
      await page.locator('.encounters-chart [data-period="2024-07"]').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('month'), waitFor).toBe('2024-07');
      await page.locator('.encounters-breakdown-table').waitFor(waitFor);
      const shared = page.url();
      const breakdown = await page.locator('.encounters-breakdown-table tbody').textContent();

      const copy = await session.open(new URL(shared).pathname + new URL(shared).search);
      await expect.poll(() => periods(copy), waitFor).toEqual(monthsBetween('2024-03', '2024-11'));
      expect(await copy.locator('.encounters-dot-selected').getAttribute('data-period')).toBe('2024-07');
      await expect.poll(() => copy.locator('.encounters-breakdown-table tbody').textContent(), waitFor).toBe(breakdown);
      await session.screenshot(copy, 'encounters-desktop');

      await visit(page, '/?dataset=no-such-dataset&from=2024-13');
      const notice = page.locator('.notice');
      await expect.poll(() => notice.textContent(), waitFor).toContain('There is no dataset “no-such-dataset”');
      expect(await notice.textContent()).toContain('“2024-13” is not a month');
      expect(await notice.getAttribute('role')).toBe('status');
      // Not a blank page: the default dataset's chart is shown, and says it is the default.
      await expect.poll(async () => (await periods(page)).length, waitFor).toBeGreaterThan(0);
      await visit(page, '/?dataset=cbp-southwest&from=2024-11&to=2024-01');
      await expect
        .poll(() => page.locator('.notice').textContent(), waitFor)
        .toContain('starts (Nov 2024) after it ends (Jan 2024)');

      // The same view on a phone: nothing wider than the screen (tables scroll inside their box).
      await copy.setViewportSize(phone);
      await expect.poll(() => fitsWidth(copy), waitFor).toBe(true);
      await expect.poll(() => periods(copy), waitFor).toEqual(monthsBetween('2024-03', '2024-11'));
      await session.screenshot(copy, 'encounters-phone');
      await copy.setViewportSize(desktop);

      // A marker's link stays in the dashboard (no page load) and opens the policy's page.
      await copy.evaluate(() => {
        (window as unknown as { stayed: boolean }).stayed = true;
      });
      await copy.locator('.encounters-chart g[data-policy="securing-the-border"] a').click();
      await expect.poll(() => new URL(copy.url()).pathname, waitFor).toBe('/policies/securing-the-border');
      await copy.getByRole('heading', { level: 1 }).waitFor(waitFor);
      expect(await copy.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    });

    it('moves the other end of the period along instead of dropping what was typed, within the dataset', async () => {
      const answer = await server.query('{ dataset(slug: "cbp-southwest") { coverage { firstMonth lastMonth } } }', {});
      const coverage = (answer.data as { dataset: { coverage: { firstMonth: string; lastMonth: string } } }).dataset
        .coverage;
      await visit(page, '/?dataset=cbp-southwest&component=USBP&from=2024-01&to=2024-06');
      const from = page.getByLabel('From', { exact: true });
      const to = page.getByLabel('To', { exact: true });
      await expect.poll(() => periods(page), waitFor).toEqual(monthsBetween('2024-01', '2024-06'));
      for (const input of [from, to]) {
        expect(await input.getAttribute('min')).toBe(coverage.firstMonth);
        expect(await input.getAttribute('max')).toBe(coverage.lastMonth);
      }
      const period = () => {
        const url = new URL(page.url());
        return [url.searchParams.get('from'), url.searchParams.get('to')];
      };

      await from.fill('2024-08');
      await expect.poll(period, waitFor).toEqual(['2024-08', '2024-08']);
      await expect.poll(() => periods(page), waitFor).toEqual(['2024-08']);
      await to.fill('2024-10');
      await expect.poll(period, waitFor).toEqual(['2024-08', '2024-10']);
      await expect.poll(() => periods(page), waitFor).toEqual(monthsBetween('2024-08', '2024-10'));
      await to.fill('2024-05');
      await expect.poll(period, waitFor).toEqual(['2024-05', '2024-05']);
      expect(await from.inputValue()).toBe('2024-05');
      // Back undoes one edit at a time.
      await page.goBack();
      await expect.poll(period, waitFor).toEqual(['2024-08', '2024-10']);
      expect(await from.inputValue()).toBe('2024-08');
      expect(await page.locator('.notice').count()).toBe(0);

      // A month before 1900 in a hand-edited address is refused, and the default period shown.
      await visit(page, '/?dataset=cbp-southwest&to=0000-01');
      await expect.poll(() => page.locator('.notice').textContent(), waitFor).toContain('“0000-01” is before Jan 1900');
      const title = page.locator('#encounters-chart-title');
      await expect.poll(() => title.textContent(), waitFor).toContain(`– ${monthName(coverage.lastMonth)}`);
      expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(coverage.lastMonth);
    });

    it('goes back to the previous component with Back', async () => {
      await visit(page, chartPath);
      const heading = page.locator('#encounters-chart-title');
      await expect.poll(() => heading.textContent(), waitFor).toMatch(/^Border Patrol encounters/);
      const component = page.getByRole('combobox', { name: /^Component/ });
      await component.selectOption('OFO');
      await expect.poll(() => new URL(page.url()).searchParams.get('component'), waitFor).toBe('OFO');
      await expect.poll(() => heading.textContent(), waitFor).toMatch(/^Field Operations encounters/);
      await component.selectOption('ALL');
      await expect.poll(() => heading.textContent(), waitFor).toMatch(/^Encounters,/);

      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('component'), waitFor).toBe('OFO');
      await expect.poll(() => component.inputValue(), waitFor).toBe('OFO');
      await expect.poll(() => heading.textContent(), waitFor).toMatch(/^Field Operations encounters/);
      await page.goBack();
      await expect.poll(() => component.inputValue(), waitFor).toBe('USBP');
      expect(new URL(page.url()).search).toBe(new URL(chartPath, server.origin).search);
    });

    it('keeps the rest of the address as it was in dot links, and reads two components as both', async () => {
      // `%2526` is the text "%26": a dot's link must not decode it a second time.
      await visit(page, `${chartPath}&note=%2526`);
      const dot = page.locator('.encounters-chart [data-period="2024-03"]');
      await dot.waitFor(waitFor);
      const link = new URL((await dot.getAttribute('href')) ?? '', server.origin);
      expect(link.search).toContain('note=%2526');
      expect(link.searchParams.get('note')).toBe('%26');
      expect(link.searchParams.get('month')).toBe('2024-03');
      expect(link.searchParams.getAll('component')).toEqual(['USBP']);

      await visit(page, '/?dataset=cbp-southwest&component=USBP&component=OFO&from=2024-01&to=2024-11');
      await expect.poll(() => page.locator('#encounters-chart-title').textContent(), waitFor).toMatch(/^Encounters,/);
      expect(await page.getByRole('combobox', { name: /^Component/ }).inputValue()).toBe('ALL');
      expect(await page.locator('.notice').textContent()).toContain(
        'more than one component (USBP, OFO); showing both components',
      );
      const both = await southwestByMonth('ALL');
      await expect
        .poll(() => dots(page), waitFor)
        .toEqual(monthsBetween('2024-01', '2024-11').map((period) => ({ period, value: both.get(period) })));
    });

    it('moves the default period back to a month the address names without a period', async () => {
      const answer = await server.query('{ dataset(slug: "cbp-southwest") { coverage { firstMonth lastMonth } } }', {});
      const { firstMonth, lastMonth } = (
        answer.data as { dataset: { coverage: { firstMonth: string; lastMonth: string } } }
      ).dataset.coverage;
      const covered = monthsBetween(firstMonth, lastMonth);
      // The default period is the last 36 months; ask for a month 4 months before it.
      const index = covered.length - 36 - 4;
      const month = covered[index];
      if (index < 0 || !month) throw new Error('cbp-southwest covers too few months for this test');
      const file = await southwestByMonth();
      const expected = covered.slice(index, index + 36).filter((period) => file.has(period));

      await visit(page, `/?month=${month}`);
      await expect.poll(() => periods(page), waitFor).toEqual(expected);
      expect(expected[0]).toBe(month);
      expect(await page.locator('.encounters-dot-selected').getAttribute('data-period')).toBe(month);
      await expect
        .poll(() => page.locator('#encounters-breakdown-title').textContent(), waitFor)
        .toBe(`Citizenship in ${monthName(month)}`);
      expect(await page.locator('.notice').count()).toBe(0);
      expect(new URL(page.url()).search).toBe(`?month=${month}`);
    });

    it('shows an error with Try again when the figures fail, and draws them once they load', async () => {
      const errorsBefore = session.errors.length;
      const chart = await refuse(page, 'EncountersChart');
      // A period this page has not asked for yet, so the figures are not in its cache.
      await visit(page, '/?dataset=cbp-southwest&component=USBP&from=2023-01&to=2023-12');
      const error = page.locator('.state-error');
      await expect.poll(() => error.textContent(), waitFor).toContain('Could not load the encounter figures.');
      expect(await error.textContent()).toContain('The figures are being imported.');
      expect(await error.getAttribute('role')).toBe('alert');
      expect(chart.refused()).toBeGreaterThan(0);

      await chart.restore();
      await error.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => periods(page), waitFor).toEqual(monthsBetween('2023-01', '2023-12'));
      expect(await error.count()).toBe(0);
      // The browser logs each refused answer; nothing else went wrong.
      const logged = session.errors.splice(errorsBefore);
      expect(logged.length).toBeGreaterThan(0);
      for (const message of logged) expect(message).toContain('503');
    });

    it('logged no errors, loaded nothing else, and sent only persisted documents', async () => {
      expect(session.errors).toEqual([]);
      expect(session.failedRequests).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
      expect(session.graphqlRequests.length).toBeGreaterThan(0);
      for (const request of session.graphqlRequests) {
        expect(request.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(request.query).toBeUndefined();
      }
      // This view's four documents are among them.
      const sent = new Set(session.graphqlRequests.map((request) => request.documentId));
      for (const name of ['DashboardDatasets', 'EncountersChart', 'EncountersPolicies', 'EncountersBreakdown']) {
        expect(sent).toContain(documentIdOf(name));
      }
    });
  },
);
