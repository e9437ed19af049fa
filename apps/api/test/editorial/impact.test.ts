// Policy.impact through the real HTTP server on the seeded content: the windows around the effective
// date and their averages, summed here from the published CSV files (read with csv-parse, not the
// importer), never taken from the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestServer, type TestServer } from '../support/server.js';

// ---------------------------------------------------------------------------------------------
// Monthly totals from the published files
// ---------------------------------------------------------------------------------------------

const monthNumbers = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const yearMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** Totals by calendar month (`YYYY-MM`) of the rows `keep` accepts. */
function monthlyTotals(file: string, keep: (row: Record<string, string>) => boolean): Map<string, number> {
  const rows = parse(readFileSync(join(repoRoot, 'prisma', 'data', 'cbp', file)), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (!keep(row)) continue;
    let month: string;
    if (row.quantity !== undefined) {
      month = yearMonth(Number(row.calendar_year), Number(row.calendar_month));
    } else {
      const number = monthNumbers.indexOf(row['Month (abbv)'] ?? '') + 1;
      const fiscalYear = Number.parseInt(row['Fiscal Year'] ?? '', 10);
      month = yearMonth(number >= 10 ? fiscalYear - 1 : fiscalYear, number);
    }
    const count = Number(row.quantity ?? row['Encounter Count']);
    totals.set(month, (totals.get(month) ?? 0) + count);
  }
  return totals;
}

const southwestUsbp = monthlyTotals(
  'sbo-encounters-fy22-fy25-aug.csv',
  (row) => row.Component === 'U.S. Border Patrol',
);
const nationwide = monthlyTotals('nationwide-encounters-fy22-fy25-state.csv', () => true);
const ohssAll = monthlyTotals('ohss_usbp_monthly_region_sector_fy2000_fy2025nov.csv', () => true);
const ohssSouthwest = monthlyTotals(
  'ohss_usbp_monthly_region_sector_fy2000_fy2025nov.csv',
  (row) => row.region === 'Southwest Land Border',
);

function months(from: string, to: string): string[] {
  const [year = 0, month = 1] = from.split('-').map(Number);
  const list: string[] = [];
  for (let i = 0; ; i++) {
    const next = yearMonth(year + Math.floor((month - 1 + i) / 12), ((month - 1 + i) % 12) + 1);
    if (next > to) return list;
    list.push(next);
  }
}

/** The window as Policy.impact should report it, from the file's totals. */
function expectedWindow(totals: Map<string, number>, from: string, to: string) {
  const covered = months(from, to).filter((month) => totals.has(month));
  const total = covered.reduce((sum, month) => sum + (totals.get(month) ?? 0), 0);
  return {
    from,
    to,
    months: covered.length,
    complete: covered.length === months(from, to).length,
    total,
    average: covered.length ? total / covered.length : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

interface Window {
  from: string;
  to: string;
  months: number;
  complete: boolean;
  total: number;
  average: number | null;
}

interface Impact {
  effectiveOn: string;
  window: number;
  transitionMonth: string | null;
  transition: { period: string; value: number } | null;
  before: Window;
  after: Window;
  change: { absolute: number; percent: number | null } | null;
  complete: boolean;
  note: string | null;
  series: {
    dataset: { slug: string };
    datasetSelection: { slug: string; automatic: boolean };
    points: { period: string; value: number; releases: { fileName: string }[] }[];
  };
}

const impactFields = `effectiveOn window transitionMonth transition { period value }
  before { from to months complete total average } after { from to months complete total average }
  change { absolute percent } complete note
  series { dataset { slug } datasetSelection { slug automatic } points { period value releases { fileName } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function impactOf(slug: string, args = ''): Promise<GraphQLResponse<Record<string, unknown>>> {
  return server.query(`{ policy(slug: "${slug}") { impact${args ? `(${args})` : ''} { ${impactFields} } } }`);
}

async function impact(slug: string, args = ''): Promise<Impact | null> {
  const response = await impactOf(slug, args);
  expect(response.errors).toBeUndefined();
  const policy = response.data?.policy as { impact: Impact | null } | undefined;
  if (!policy) throw new Error(`no policy: ${JSON.stringify(response.errors)}`);
  return policy.impact;
}

function expectUserError(response: GraphQLResponse<unknown>, argument: string, ...messageParts: string[]): void {
  const [error] = response.errors ?? [];
  expect(response.errors).toHaveLength(1);
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.extensions?.argument).toBe(argument);
  for (const part of messageParts) expect(error?.message).toContain(part);
}

function expectChange(result: Impact | null, before: Window, after: Window) {
  if (before.average === null || after.average === null) throw new Error('a window without figures');
  expect(result?.change?.absolute).toBeCloseTo(after.average - before.average, 9);
  expect(result?.change?.percent).toBeCloseTo(((after.average - before.average) / before.average) * 100, 9);
}

describe('Policy.impact', () => {
  it('Securing the Border (effective 2024-06-05): June is the transition month, Border Patrol at the Southwest border', async () => {
    const result = await impact('securing-the-border', 'dataset: "cbp-southwest", filter: { components: [USBP] }');
    const before = expectedWindow(southwestUsbp, '2023-12', '2024-05');
    const after = expectedWindow(southwestUsbp, '2024-07', '2024-12');
    expect(result).toMatchObject({
      effectiveOn: '2024-06-05',
      window: 6,
      transitionMonth: '2024-06',
      transition: { period: '2024-06', value: southwestUsbp.get('2024-06') },
      before,
      after,
      complete: true,
      note: null,
    });
    expect(before.months).toBe(6);
    expect(result?.before.average).toBe(before.average);
    expectChange(result, before, after);
    // The series: every month of both windows and the transition, each with its release.
    expect(result?.series.dataset.slug).toBe('cbp-southwest');
    expect(result?.series.datasetSelection).toEqual({ slug: 'cbp-southwest', automatic: false });
    expect(result?.series.points.map((point) => [point.period, point.value])).toEqual(
      months('2023-12', '2024-12').map((month) => [month, southwestUsbp.get(month)]),
    );
    for (const point of result?.series.points ?? []) {
      expect(point.releases).toEqual([{ fileName: 'sbo-encounters-fy22-fy25-aug.csv' }]);
    }
  });

  it('OHSS ends in November 2024: the months after are partial, and the note says so', async () => {
    const result = await impact('securing-the-border', 'dataset: "ohss-usbp-sector", filter: { regions: [SOUTHWEST] }');
    const after = expectedWindow(ohssSouthwest, '2024-07', '2024-12');
    expect(after).toMatchObject({ months: 5, complete: false });
    expect(result).toMatchObject({
      before: expectedWindow(ohssSouthwest, '2023-12', '2024-05'),
      after,
      complete: false,
      note: 'after has 5 of 6 months: ohss-usbp-sector has no figures for 2024-12.',
    });
    expectChange(result, expectedWindow(ohssSouthwest, '2023-12', '2024-05'), after);
  });

  it('Circumvention of Lawful Pathways (2023-05-11): without a dataset, the nationwide figures are picked', async () => {
    const result = await impact('circumvention-of-lawful-pathways');
    const before = expectedWindow(nationwide, '2022-11', '2023-04');
    const after = expectedWindow(nationwide, '2023-06', '2023-11');
    expect(result).toMatchObject({ transitionMonth: '2023-05', before, after, complete: true, note: null });
    expect(result?.series.datasetSelection).toEqual({ slug: 'cbp-nationwide-state', automatic: true });
    expectChange(result, before, after);
    const wider = await impact('circumvention-of-lawful-pathways', 'window: 12');
    expect(wider).toMatchObject({
      window: 12,
      before: expectedWindow(nationwide, '2022-05', '2023-04'),
      after: expectedWindow(nationwide, '2023-06', '2024-05'),
    });
  });

  it('California SB 54 (effective 2018-01-01): the effective month is the first month after', async () => {
    const result = await impact('california-sb-54', 'dataset: "ohss-usbp-sector"');
    const before = expectedWindow(ohssAll, '2017-07', '2017-12');
    const after = expectedWindow(ohssAll, '2018-01', '2018-06');
    expect(result).toMatchObject({ transitionMonth: null, transition: null, before, after, complete: true });
    expect(result?.series.points).toHaveLength(12);
    expectChange(result, before, after);
  });

  it('Title 42 (effective "2020-03", day unknown): March 2020 is a transition month, not the first month after', async () => {
    const result = await impact('title-42-expulsions', 'dataset: "ohss-usbp-sector", window: 3');
    expect(result).toMatchObject({
      effectiveOn: '2020-03-01',
      transitionMonth: '2020-03',
      before: expectedWindow(ohssAll, '2019-12', '2020-02'),
      after: expectedWindow(ohssAll, '2020-04', '2020-06'),
    });
  });

  it('a window no dataset covers whole takes the one covering the months before, and says what is missing', async () => {
    const result = await impact('securing-the-border', 'window: 24');
    expect(result?.series.datasetSelection).toEqual({ slug: 'cbp-nationwide-state', automatic: true });
    expect(result).toMatchObject({
      before: expectedWindow(nationwide, '2022-06', '2024-05'),
      after: expectedWindow(nationwide, '2024-07', '2026-06'),
      complete: false,
      note: 'after has 15 of 24 months: cbp-nationwide-state has no figures for 2025-10 to 2026-06.',
    });
    // Before 2021-10 only OHSS has figures, and it counts Border Patrol alone: no nationwide answer.
    expectUserError(await impactOf('title-42-expulsions'), 'dataset', 'No dataset carries');
  });

  it('is null for a policy without an effective date', async () => {
    for (const slug of ['san-diego-county-non-cooperation', 'migrant-protection-protocols']) {
      const response = await server.query(`{ policy(slug: "${slug}") { effectiveOn impact { window } } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data?.policy).toEqual({ effectiveOn: null, impact: null });
    }
  });

  it('refuses a window outside 1–24 months, months in the filter and dimensions the dataset lacks', async () => {
    expectUserError(await impactOf('securing-the-border', 'window: 0'), 'window', 'between 1 and 24');
    expectUserError(await impactOf('securing-the-border', 'window: 25'), 'window', 'between 1 and 24');
    expectUserError(await impactOf('securing-the-border', 'filter: { from: "2024-01" }'), 'filter.from');
    expectUserError(
      await impactOf('securing-the-border', 'dataset: "cbp-nationwide-state", filter: { components: [USBP] }'),
      'filter.components',
      'does not carry COMPONENT',
    );
  });

  it('a list of policies costs one series statement per dataset, not one per policy', async () => {
    const statements = async (first: number) => {
      server.sql.length = 0;
      const response = await server.query(
        `query ($first: Int) { policies(first: $first) { edges { node { events { kind }
          impact(dataset: "ohss-usbp-sector") { before { average } series { points { value releases { label } } } } } } } }`,
        { first },
      );
      expect(response.errors).toBeUndefined();
      const sql = server.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim()));
      return sql.length;
    };
    // The policies (with their effective date and its precision) and their events; the dataset; one
    // series for every window; the releases.
    expect(await statements(2)).toBe(5);
    expect(await statements(7)).toBe(5);
  });
});

describe('Policy.impact on a list of 100 policies, each dataset picked for its own window', () => {
  let many: TestServer;
  beforeAll(async () => {
    many = await startTestServer();
    // 95 more policies: the even ones effective between 2003 and 2019, whose windows OHSS alone covers;
    // the odd ones in October or November 2023, whose windows reach past every dataset, so the
    // Southwest file is picked for the months up to the effective date.
    for (let i = 0; i < 95; i++) {
      const effective =
        i % 2 === 0
          ? new Date(Date.UTC(2003 + (i % 17), i % 12, 1 + (i % 28)))
          : new Date(Date.UTC(2023, 9, 2 + (i % 50)));
      await many.db.prisma.policy.create({
        data: {
          slug: `count-policy-${i}`,
          title: `Count policy ${String(i).padStart(2, '0')}`,
          shortName: `Count ${i}`,
          kind: 'FEDERAL_RULE',
          jurisdictionLevel: 'FEDERAL',
          jurisdictionName: 'United States',
          status: 'ACTIVE',
          events: { create: [{ kind: 'EFFECTIVE', date: effective }] },
        },
      });
    }
  });
  afterAll(async () => {
    await many?.close();
  });

  interface Listed {
    slug: string;
    effectiveOn: string | null;
    impact: {
      before: { from: string; to: string; months: number; average: number | null };
      series: { dataset: { slug: string }; datasetSelection: { automatic: boolean } };
    } | null;
  }

  async function measured(first: number): Promise<{ statements: number; policies: Listed[] }> {
    many.sql.length = 0;
    const response = await many.query(
      `query ($first: Int) { policies(first: $first) { edges { node { slug effectiveOn
        impact(window: 24, filter: { components: [USBP], regions: [SOUTHWEST] }) {
          before { from to months average } after { average } note
          series { dataset { slug } datasetSelection { automatic } points { value releases { label } } } } } } } }`,
      { first },
    );
    expect(response.errors).toBeUndefined();
    const { edges } = (response.data?.policies ?? { edges: [] }) as { edges: { node: Listed }[] };
    const statements = many.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim())).length;
    return { statements, policies: edges.map((edge) => edge.node) };
  }

  it('costs as many statements for 100 policies as for 5', async () => {
    const five = await measured(5);
    const hundred = await measured(100);
    expect(hundred.policies).toHaveLength(100);
    for (const { policies } of [five, hundred]) {
      const used = policies.flatMap((policy) => (policy.impact ? [policy.impact.series.dataset.slug] : []));
      expect(new Set(used)).toEqual(new Set(['cbp-southwest', 'ohss-usbp-sector']));
      for (const { slug, effectiveOn, impact } of policies) {
        if (effectiveOn === null) {
          expect(impact, slug).toBeNull();
          continue;
        }
        // Each policy's before window has every month, from the dataset picked for it.
        expect(impact?.series.datasetSelection.automatic, slug).toBe(true);
        // The Southwest file (exact counts) from October 2021 on; before that only OHSS has the months.
        expect(impact?.series.dataset.slug, slug).toBe(
          (impact?.before.from ?? '') >= '2021-10' ? 'cbp-southwest' : 'ohss-usbp-sector',
        );
        expect(impact?.before.months, slug).toBe(24);
        const totals = impact?.series.dataset.slug === 'cbp-southwest' ? southwestUsbp : ohssSouthwest;
        expect(impact?.before.average, slug).toBeCloseTo(
          expectedWindow(totals, impact?.before.from ?? '', impact?.before.to ?? '').average ?? Number.NaN,
          6,
        );
      }
    }
    // The policies; one pick for every window; one series per dataset; the releases; the datasets named.
    expect(five.statements).toBe(1 + 1 + 2 + 1 + 1);
    expect(hundred.statements).toBe(five.statements);
  });
});
