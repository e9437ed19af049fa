// Claims checked against the encounter data, through the real HTTP server on the seeded content.
// Expected figures are the ones verified by hand from the published files (46,612 USBP Southwest in
// November 2024 in CBP's file, 46,620 as the sum of OHSS's rounded sectors, …) or summed here from the
// CSV; the claims themselves come from the seed file, never from the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestServer, type TestServer } from '../support/server.js';

interface SeedClaim {
  slug: string;
  statement: string;
  assertion: string;
  dataset?: string;
  period?: string;
  notCheckableReason?: string;
}

const seed = JSON.parse(readFileSync(join(repoRoot, 'prisma', 'seed', 'article.json'), 'utf8')) as {
  claims: SeedClaim[];
};

interface Check {
  verdict: string;
  reason: string;
  assertion: string;
  unit: string | null;
  computedValue: number | null;
  assertedValue: number | null;
  tolerance: number | null;
  period: string | null;
  periodValue: number | null;
  comparePeriod: string | null;
  compareValue: number | null;
  assertedSince: string | null;
  since: { month: string; value: number } | null;
  firstExceeded: string | null;
  dataFrom: string | null;
  dataTo: string | null;
  dataset: { slug: string } | null;
  releases: { fileName: string }[];
}

const checkFields = `verdict reason assertion unit computedValue assertedValue tolerance period periodValue
  comparePeriod compareValue assertedSince since { month value } firstExceeded dataFrom dataTo
  dataset { slug } releases { fileName }`;

const files = {
  'cbp-southwest': 'sbo-encounters-fy22-fy25-aug.csv',
  'ohss-usbp-sector': 'ohss_usbp_monthly_region_sector_fy2000_fy2025nov.csv',
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function dataOf(response: GraphQLResponse<Record<string, unknown>>): Record<string, unknown> {
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error(`no data: ${JSON.stringify(response.errors)}`);
  return response.data;
}

async function storedChecks(): Promise<Map<string, Check>> {
  const data = dataOf(
    await server.query(`{ claims(first: 20) { totalCount edges { node { slug check { ${checkFields} } } } } }`),
  );
  const { edges } = data.claims as { edges: { node: { slug: string; check: Check } }[] };
  return new Map(edges.map(({ node }) => [node.slug, node.check]));
}

async function adHoc(input: Record<string, unknown>): Promise<GraphQLResponse<Record<string, unknown>>> {
  return server.query(`query ($input: ClaimInput!) { checkClaim(input: $input) { ${checkFields} } }`, { input });
}

async function adHocCheck(input: Record<string, unknown>): Promise<Check> {
  return dataOf(await adHoc(input)).checkClaim as Check;
}

function expectUserError(response: GraphQLResponse<unknown>, argument: string, ...messageParts: string[]): void {
  expect(response.data ?? null).toBeNull();
  const [error] = response.errors ?? [];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.extensions?.argument).toBe(argument);
  for (const part of messageParts) expect(error?.message).toContain(part);
  expect(JSON.stringify(response)).not.toMatch(/stacktrace|select\s|"EncounterFact"|prisma|postgres|pglite/i);
}

describe('the article’s claims', () => {
  it('lists every seeded claim, in the order entered', async () => {
    const data = dataOf(await server.query('{ claims(first: 100) { totalCount edges { node { slug } } } }'));
    const claims = data.claims as { totalCount: number; edges: { node: { slug: string } }[] };
    expect(claims.totalCount).toBe(seed.claims.length);
    expect(claims.edges.map(({ node }) => node.slug)).toEqual(seed.claims.map((claim) => claim.slug));
  });

  it('46,610 stopped between ports in November: supported by OHSS’s 46,620, within its rounding', async () => {
    const check = (await storedChecks()).get('usbp-southwest-november-2024-46610');
    expect(check).toEqual({
      verdict: 'SUPPORTED',
      reason: '46,620 computed vs 46,610 asserted: within the tolerance of 10 (the data is rounded to 10).',
      assertion: 'VALUE',
      unit: 'COUNT',
      computedValue: 46620,
      assertedValue: 46610,
      tolerance: 10,
      period: '2024-11',
      periodValue: 46620,
      comparePeriod: null,
      compareValue: null,
      assertedSince: null,
      since: null,
      firstExceeded: null,
      dataFrom: '1999-10',
      dataTo: '2024-11',
      dataset: { slug: 'ohss-usbp-sector' },
      releases: [{ fileName: files['ohss-usbp-sector'] }],
    });
  });

  it('down 18% from October: supported, −17.53% (56,520 to 46,612)', async () => {
    const check = (await storedChecks()).get('usbp-southwest-november-2024-down-18-percent');
    expect(check).toMatchObject({
      verdict: 'SUPPORTED',
      unit: 'PERCENT',
      computedValue: -17.53,
      assertedValue: -18,
      tolerance: 0.5,
      period: '2024-11',
      periodValue: 46612,
      comparePeriod: '2024-10',
      compareValue: 56520,
      dataset: { slug: 'cbp-southwest' },
      releases: [{ fileName: files['cbp-southwest'] }],
    });
    expect(check?.reason).toBe(
      '-17.53% computed (56,520 in 2024-10, 46,612 in 2024-11) vs -18% asserted: within the tolerance of 0.5 percentage points.',
    );
  });

  it('the lowest since July 2020: supported, 46,620 against 38,570 then', async () => {
    const check = (await storedChecks()).get('usbp-southwest-november-2024-lowest-since-july-2020');
    expect(check).toMatchObject({
      verdict: 'SUPPORTED',
      reason: '46,620 in 2024-11 is the lowest since 2020-07 (38,570 then), as asserted.',
      unit: 'COUNT',
      computedValue: 46620,
      periodValue: 46620,
      assertedSince: '2020-07',
      since: { month: '2020-07', value: 38570 },
      dataset: { slug: 'ohss-usbp-sector' },
    });
  });

  it('a 60% drop between May and November: supported, −60.47% (117,905 to 46,612)', async () => {
    const check = (await storedChecks()).get('usbp-southwest-may-november-2024-down-60-percent');
    expect(check).toMatchObject({
      verdict: 'SUPPORTED',
      computedValue: -60.47,
      assertedValue: -60,
      tolerance: 1,
      periodValue: 46612,
      comparePeriod: '2024-05',
      compareValue: 117905,
    });
  });

  it('November the first time most encounters were at ports of entry: supported within the data since 2021-10', async () => {
    const check = (await storedChecks()).get('ofo-exceeds-usbp-southwest-november-2024-first-time');
    expect(check).toMatchObject({
      verdict: 'SUPPORTED',
      reason: 'In 2024-11, OFO (47,574) exceeded USBP (46,612) for the first time within the data since 2021-10.',
      unit: 'COUNT',
      computedValue: 47574,
      periodValue: 47574,
      compareValue: 46612,
      firstExceeded: '2024-11',
      dataFrom: '2021-10',
      dataset: { slug: 'cbp-southwest' },
    });
  });

  it('deportations and street releases: not checkable, with the reason entered', async () => {
    const checks = await storedChecks();
    const notCheckable = seed.claims.filter((claim) => claim.assertion === 'NOT_CHECKABLE');
    expect(notCheckable).toHaveLength(4);
    for (const claim of notCheckable) {
      expect(checks.get(claim.slug)).toEqual({
        verdict: 'NOT_CHECKABLE',
        reason: claim.notCheckableReason,
        assertion: 'NOT_CHECKABLE',
        unit: null,
        computedValue: null,
        assertedValue: null,
        tolerance: null,
        period: null,
        periodValue: null,
        comparePeriod: null,
        compareValue: null,
        assertedSince: null,
        since: null,
        firstExceeded: null,
        dataFrom: null,
        dataTo: null,
        dataset: null,
        releases: [],
      });
    }
    // Every numeric claim is supported: the five above.
    const verdicts = seed.claims.map((claim) => checks.get(claim.slug)?.verdict);
    expect(verdicts.filter((verdict) => verdict === 'SUPPORTED')).toHaveLength(5);
  });

  it('a claim by slug, and claims filtered by statement, assertion and dataset', async () => {
    const one = dataOf(
      await server.query(
        '{ claim(slug: "usbp-southwest-november-2024-46610") { text statement { slug } check { verdict } } none: claim(slug: "nope") { slug } }',
      ),
    );
    expect(one).toEqual({
      claim: {
        text: 'In November, 46,610 people were stopped between ports of entry.',
        statement: { slug: 'cbp-november-2024-between-ports-46610' },
        check: { verdict: 'SUPPORTED' },
      },
      none: null,
    });
    const slugsOf = async (filter: string) => {
      const data = dataOf(await server.query(`{ claims(filter: ${filter}) { totalCount edges { node { slug } } } }`));
      const claims = data.claims as { totalCount: number; edges: { node: { slug: string } }[] };
      expect(claims.totalCount).toBe(claims.edges.length);
      return claims.edges.map(({ node }) => node.slug);
    };
    const statement = 'cbp-november-2024-down-18-percent-lowest-since-july-2020';
    expect(await slugsOf(`{ statements: ["${statement}"] }`)).toEqual(
      seed.claims.filter((claim) => claim.statement === statement).map((claim) => claim.slug),
    );
    expect(await slugsOf('{ assertions: [NOT_CHECKABLE, RECORD_LOW] }')).toEqual(
      seed.claims.filter((c) => ['NOT_CHECKABLE', 'RECORD_LOW'].includes(c.assertion)).map((c) => c.slug),
    );
    expect(await slugsOf('{ datasets: ["cbp-southwest"], assertions: [PERCENT_CHANGE] }')).toEqual([
      'usbp-southwest-november-2024-down-18-percent',
      'usbp-southwest-may-november-2024-down-60-percent',
    ]);
    expect(await slugsOf('{ datasets: ["no-such-dataset"] }')).toEqual([]);

    const byPeriod = dataOf(await server.query('{ claims(orderBy: { field: PERIOD }) { edges { node { slug } } } }'));
    // Latest month first, claims without a month last; ties by entry, latest first.
    const expected = seed.claims
      .map((claim, index) => ({ ...claim, index }))
      .sort((a, b) => (b.period ?? '').localeCompare(a.period ?? '') || b.index - a.index)
      .map((claim) => claim.slug);
    expect((byPeriod.claims as { edges: { node: { slug: string } }[] }).edges.map(({ node }) => node.slug)).toEqual(
      expected,
    );
  });

  it('checks every claim of a list with a fixed number of statements, whatever their number', async () => {
    const statements = async (first: number) => {
      server.sql.length = 0;
      dataOf(
        await server.query(`query ($first: Int) { claims(first: $first) { edges { node { check { verdict } } } } }`, {
          first,
        }),
      );
      return server.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim())).length;
    };
    // The claims and their datasets' slugs; one dataset pick and one coverage query for all; a series
    // for each dataset and filter of the values and changes (OHSS Southwest, Southwest USBP); one
    // statement for the records and one for the "first time".
    expect(await statements(5)).toBe(2 + 2 + 2 + 1 + 1);
    // The four claims the data cannot check cost nothing.
    expect(await statements(9)).toBe(2 + 2 + 2 + 1 + 1);
  });
});

describe('checks of a longer list of claims', () => {
  let more: TestServer;
  /** Claims added to the seeded ones: every kind, on other months, over the same datasets and filters. */
  const extra: { slug: string; input: Record<string, unknown> }[] = [
    ...['2023-01', '2023-06', '2024-02', '2024-08'].map((period, i) => ({
      slug: `count-value-${period}`,
      input: {
        assertion: 'VALUE',
        dataset: 'ohss-usbp-sector',
        filter: { regions: ['SOUTHWEST'] },
        period,
        assertedValue: 100000 + i,
        tolerance: 10,
      },
    })),
    ...[
      ['2023-02', '2023-01'],
      ['2024-03', '2023-03'],
      ['2025-01', '2024-12'],
    ].map(([period, comparePeriod]) => ({
      slug: `count-change-${period}`,
      input: {
        assertion: 'PERCENT_CHANGE',
        dataset: 'cbp-southwest',
        filter: { components: ['USBP'] },
        period,
        comparePeriod,
        assertedValue: -12.5,
      },
    })),
    ...[
      ['2024-04', '2023-01', 'RECORD_LOW'],
      ['2023-09', '2022-05', 'RECORD_HIGH'],
      ['2017-04', '2000-01', 'RECORD_LOW'],
    ].map(([period, assertedSince, assertion]) => ({
      slug: `count-record-${period}`,
      input: { assertion, dataset: 'ohss-usbp-sector', filter: { regions: ['SOUTHWEST'] }, period, assertedSince },
    })),
    ...['2023-06', '2024-10'].map((period) => ({
      slug: `count-first-time-${period}`,
      input: {
        assertion: 'FIRST_TIME_EXCEEDS',
        dataset: 'cbp-southwest',
        filter: { components: ['OFO'] },
        compareFilter: { components: ['USBP'] },
        period,
      },
    })),
    // Not checkable once stored: the Southwest file has no figures for 2019.
    {
      slug: 'count-uncovered',
      input: {
        assertion: 'VALUE',
        dataset: 'cbp-southwest',
        filter: { components: ['USBP'] },
        period: '2019-05',
        assertedValue: 1,
      },
    },
  ];

  beforeAll(async () => {
    more = await startTestServer();
    const prisma = more.db.prisma;
    const statement = await prisma.statement.findUniqueOrThrow({
      where: { slug: 'cbp-november-2024-between-ports-46610' },
    });
    for (const { slug, input } of extra) {
      const { dataset, filter, compareFilter, ...fields } = input as {
        dataset: string;
        filter: object;
        compareFilter?: object;
        assertion: 'VALUE';
      };
      await prisma.claim.create({
        data: {
          ...fields,
          slug,
          text: `Claim ${slug} of the count test.`,
          statement: { connect: { id: statement.id } },
          dataset: { connect: { slug: dataset } },
          filter,
          ...(compareFilter ? { compareFilter } : {}),
        },
      });
    }
  });
  afterAll(async () => {
    await more?.close();
  });

  const listed = `query ($first: Int, $filter: ClaimFilter) { claims(first: $first, filter: $filter) { edges { node { slug
    check { ${checkFields} } } } } }`;

  async function measured(
    variables: Record<string, unknown>,
  ): Promise<{ statements: number; checks: Map<string, Check> }> {
    more.sql.length = 0;
    const response = await more.query(listed, variables);
    expect(response.errors).toBeUndefined();
    const { edges } = (response.data?.claims ?? { edges: [] }) as { edges: { node: { slug: string; check: Check } }[] };
    const statements = more.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim())).length;
    return { statements, checks: new Map(edges.map(({ node }) => [node.slug, node.check])) };
  }

  it('costs as many statements for 2 values and changes as for 9, releases and datasets included', async () => {
    const filter = { assertions: ['VALUE', 'PERCENT_CHANGE'] };
    const two = await measured({ first: 2, filter });
    const all = await measured({ first: 100, filter });
    expect(two.checks.size).toBe(2);
    expect(all.checks.size).toBe(3 + 4 + 3 + 1);
    // The claims and their datasets' slugs; the pick; the coverage; one series per dataset and filter;
    // the releases; the datasets named.
    expect(two.statements).toBe(2 + 1 + 1 + 2 + 1 + 1);
    expect(all.statements).toBe(two.statements);
  });

  it('costs as many statements for the 9 seeded claims as for 22 of every kind', async () => {
    const nine = await measured({ first: 9 });
    const all = await measured({ first: 100 });
    expect(nine.checks.size).toBe(9);
    expect(all.checks.size).toBe(9 + extra.length);
    // As above, and one statement for the records and one for the "first time".
    expect(nine.statements).toBe(2 + 1 + 1 + 2 + 1 + 1 + 1 + 1);
    expect(all.statements).toBe(nine.statements);
  });

  it('gives each claim of the list the check it gets alone', async () => {
    const { checks } = await measured({ first: 100 });
    for (const { slug, input } of extra) {
      const alone = dataOf(
        await more.query(`query ($input: ClaimInput!) { checkClaim(input: $input) { ${checkFields} } }`, { input }),
      ).checkClaim;
      expect(checks.get(slug), slug).toEqual(alone);
    }
    expect(checks.get('count-uncovered')).toMatchObject({
      verdict: 'NOT_CHECKABLE',
      reason: 'cbp-southwest has figures from 2021-10 to 2025-08, none for 2019-05.',
    });
    // The seeded claims keep their verdicts in the longer list.
    const verdicts = seed.claims.map((claim) => checks.get(claim.slug)?.verdict);
    expect(verdicts.filter((verdict) => verdict === 'SUPPORTED')).toHaveLength(5);
  });
});

describe('checkClaim: numbers nobody stored yet', () => {
  const usbpNovember = { filter: { components: ['USBP'] }, period: '2024-11' };

  it('"down 25%" is contradicted: the drop was 17.53%', async () => {
    const check = await adHocCheck({
      assertion: 'PERCENT_CHANGE',
      dataset: 'cbp-southwest',
      ...usbpNovember,
      comparePeriod: '2024-10',
      assertedValue: -25,
    });
    expect(check).toMatchObject({ verdict: 'CONTRADICTED', computedValue: -17.53, tolerance: 0.5 });
    expect(check.reason).toBe(
      '-17.53% computed (56,520 in 2024-10, 46,612 in 2024-11) vs -25% asserted: off by 7.47 percentage points, more than the tolerance of 0.5 percentage points.',
    );
  });

  it('without a dataset, picks the one that carries the filter and says which', async () => {
    const check = await adHocCheck({
      assertion: 'PERCENT_CHANGE',
      filter: { components: ['USBP'], regions: ['SOUTHWEST'] },
      period: '2024-11',
      comparePeriod: '2024-10',
      assertedValue: -17.5,
    });
    // A decimal stated is a precision stated: −17.5% covers −17.45 to −17.55.
    expect(check).toMatchObject({ verdict: 'SUPPORTED', computedValue: -17.53, tolerance: 0.05 });
    expect(check.dataset).toEqual({ slug: 'cbp-southwest' });
  });

  it('the precision stated sets the tolerance: −17.53% asserted is supported exactly, −17.5% within 0.05', async () => {
    const change = { assertion: 'PERCENT_CHANGE', dataset: 'cbp-southwest', ...usbpNovember, comparePeriod: '2024-10' };
    // (46,612 − 56,520) / 56,520 = −17.5300…%, rounded to −17.53.
    const exact = await adHocCheck({ ...change, assertedValue: -17.53 });
    expect(exact).toMatchObject({ verdict: 'SUPPORTED', computedValue: -17.53, tolerance: 0.005 });
    expect(exact.reason).toBe('-17.53% computed (56,520 in 2024-10, 46,612 in 2024-11) vs -17.53% asserted: exactly.');
    const finer = await adHocCheck({ ...change, assertedValue: -17.5301 });
    expect(finer).toMatchObject({ verdict: 'CONTRADICTED', tolerance: 0.00005 });
    expect(finer.reason).toContain('more than the tolerance of 0.00005 percentage points');
  });

  it('"the lowest since January 2019" is contradicted: only since July 2020', async () => {
    const check = await adHocCheck({
      assertion: 'RECORD_LOW',
      dataset: 'ohss-usbp-sector',
      filter: { regions: ['SOUTHWEST'] },
      period: '2024-11',
      assertedSince: '2019-01',
    });
    expect(check).toMatchObject({
      verdict: 'CONTRADICTED',
      reason: '46,620 in 2024-11 is the lowest since 2020-07 (38,570 then), not since 2019-01.',
      since: { month: '2020-07', value: 38570 },
    });
    const later = await adHocCheck({
      assertion: 'RECORD_LOW',
      dataset: 'ohss-usbp-sector',
      filter: { regions: ['SOUTHWEST'] },
      period: '2024-11',
      assertedSince: '2021-01',
    });
    expect(later).toMatchObject({
      verdict: 'CONTRADICTED',
      reason: '46,620 in 2024-11 is the lowest since 2020-07 (38,570 then), not since 2021-01: 2021-01 was not as low.',
    });
  });

  it('a value off by more than the tolerance is contradicted', async () => {
    const check = await adHocCheck({
      assertion: 'VALUE',
      dataset: 'cbp-southwest',
      ...usbpNovember,
      assertedValue: 46000,
      tolerance: 100,
    });
    expect(check).toMatchObject({
      verdict: 'CONTRADICTED',
      reason: '46,612 computed vs 46,000 asserted: off by 612, more than the tolerance of 100.',
      computedValue: 46612,
    });
    const exact = await adHocCheck({
      assertion: 'VALUE',
      dataset: 'cbp-southwest',
      ...usbpNovember,
      assertedValue: 46612,
    });
    expect(exact).toMatchObject({
      verdict: 'SUPPORTED',
      tolerance: 0,
      reason: '46,612 computed vs 46,612 asserted: exactly.',
    });
  });

  it('"Border Patrol outnumbered Field Operations for the first time in November 2024" is contradicted', async () => {
    const check = await adHocCheck({
      assertion: 'FIRST_TIME_EXCEEDS',
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'] },
      compareFilter: { components: ['OFO'] },
      period: '2024-10',
    });
    expect(check.verdict).toBe('CONTRADICTED');
    expect(check.firstExceeded).toBe('2021-10');
    expect(check.reason).toMatch(
      /^In 2024-10, USBP \(56,520\) exceeded OFO \([\d,]+\), but not for the first time: it already did in 2021-10 \(/,
    );
  });

  it('a month the dataset does not cover is not checkable, with the months it has', async () => {
    const check = await adHocCheck({
      assertion: 'VALUE',
      dataset: 'cbp-southwest',
      ...usbpNovember,
      period: '2019-05',
      assertedValue: 1,
    });
    expect(check).toMatchObject({
      verdict: 'NOT_CHECKABLE',
      reason: 'cbp-southwest has figures from 2021-10 to 2025-08, none for 2019-05.',
      computedValue: null,
      dataset: { slug: 'cbp-southwest' },
      dataFrom: '2021-10',
      dataTo: '2025-08',
    });
  });

  it('a record claimed further back than the dataset reaches is not checkable', async () => {
    const check = await adHocCheck({
      assertion: 'RECORD_LOW',
      dataset: 'cbp-southwest',
      ...usbpNovember,
      assertedSince: '2020-07',
    });
    expect(check).toMatchObject({
      verdict: 'NOT_CHECKABLE',
      reason:
        '46,612 in 2024-11 is the lowest of the data, which only reaches back to 2021-10: whether 2020-07 was as low is not in it.',
      since: null,
    });
  });

  it('a dimension the dataset lacks is not checkable, naming the datasets that carry it', async () => {
    const check = await adHocCheck({
      assertion: 'VALUE',
      dataset: 'cbp-nationwide-state',
      ...usbpNovember,
      assertedValue: 1,
    });
    expect(check.verdict).toBe('NOT_CHECKABLE');
    expect(check.reason).toContain('Dataset cbp-nationwide-state does not carry COMPONENT');
    expect(check.dataset).toBeNull();
  });

  it('refuses malformed claims, naming the input field', async () => {
    const percent = { assertion: 'PERCENT_CHANGE', dataset: 'cbp-southwest', ...usbpNovember, assertedValue: -18 };
    expectUserError(await adHoc(percent), 'input.comparePeriod', 'comparePeriod is required');
    expectUserError(await adHoc({ ...percent, comparePeriod: '2024-13' }), 'input.comparePeriod', 'YYYY-MM');
    expectUserError(await adHoc({ ...percent, comparePeriod: '2024-12' }), 'input.comparePeriod', 'before period');
    expectUserError(
      await adHoc({ ...percent, comparePeriod: '2024-10', period: 'Nov 2024' }),
      'input.period',
      'YYYY-MM',
    );
    expectUserError(await adHoc({ ...percent, comparePeriod: '2024-10', tolerance: -1 }), 'input.tolerance');
    expectUserError(
      await adHoc({ ...percent, comparePeriod: '2024-10', assertedSince: '2020-07' }),
      'input.assertedSince',
      'does not apply',
    );
    expectUserError(
      await adHoc({ ...percent, assertion: 'RECORD_LOW', assertedValue: undefined }),
      'input.assertedSince',
    );
    expectUserError(
      await adHoc({ ...percent, comparePeriod: '2024-10', filter: { components: ['USBP'], from: '2024-01' } }),
      'input.filter.from',
    );
    expectUserError(
      await adHoc({
        assertion: 'FIRST_TIME_EXCEEDS',
        period: '2024-11',
        compareFilter: { areas: Array(101).fill('YUM') },
      }),
      'input.compareFilter.areas',
    );
    expectUserError(await adHoc({ assertion: 'NOT_CHECKABLE', period: '2024-11' }), 'input.assertion');
    // Values are stored with at most 4 decimals, below 10^10: 1e-7 is no stated precision to read.
    for (const [field, value] of [
      ['assertedValue', 1e-7],
      ['assertedValue', -17.53125],
      ['assertedValue', 1e10],
      ['tolerance', 0.00001],
    ] as const) {
      expectUserError(
        await adHoc({ ...percent, comparePeriod: '2024-10', [field]: value }),
        `input.${field}`,
        'at most 4 decimals',
      );
    }
    expectUserError(await adHoc({ ...percent, comparePeriod: '2024-10', dataset: 'nope' }), 'input.dataset', "'nope'");
  });
});
