// Cross-links between the encounter series and the record, through the HTTP server on the seed.
// Expected policies, events and statements are computed here from prisma/seed/article.json with the
// documented rules; expected figures are summed here from the published CSV file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

// ---------------------------------------------------------------------------------------------
// Expectations from the seed
// ---------------------------------------------------------------------------------------------

interface SeedEvent {
  kind: string;
  date: string;
}
interface SeedPolicy {
  slug: string;
  title: string;
  events: SeedEvent[];
}
interface SeedStatement {
  slug: string;
  said?: string;
}

const seed = JSON.parse(readFileSync(join(repoRoot, 'prisma', 'seed', 'article.json'), 'utf8')) as {
  policies: SeedPolicy[];
  statements: SeedStatement[];
};

/** The first and last day (`YYYY-MM-DD`) a partial date `2024`, `2024-12` or `2024-12-10` can mean. */
function daysOf(partial: string): { first: string; last: string } {
  const [year = 0, month, day] = partial.split('-').map(Number);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  if (day !== undefined) return { first: partial, last: partial };
  if (month !== undefined) {
    return { first: `${partial}-01`, last: iso(new Date(Date.UTC(year, month, 0))) };
  }
  return { first: `${partial}-01-01`, last: `${partial}-12-31` };
}

/** First and last day of the months `first` to `last` (`YYYY-MM`). */
const period = (first: string, last = first) => ({ first: daysOf(first).first, last: daysOf(last).last });

const within = (partial: string, range: { first: string; last: string }) => {
  const days = daysOf(partial);
  return days.first >= range.first && days.last <= range.last;
};

function expectedPoliciesInEffect(range: { first: string; last: string }): string[] {
  return seed.policies
    .flatMap((policy) => {
      const effective = policy.events
        .filter((e) => e.kind === 'EFFECTIVE')
        .map((e) => daysOf(e.date).first)
        .sort()[0];
      const ended = policy.events.some(
        (e) => (e.kind === 'RESCINDED' || e.kind === 'EXPIRED') && daysOf(e.date).last <= range.first,
      );
      return effective !== undefined && effective <= range.last && !ended ? [{ effective, policy }] : [];
    })
    .sort((a, b) => a.effective.localeCompare(b.effective) || a.policy.title.localeCompare(b.policy.title))
    .map(({ policy }) => policy.slug);
}

/** `policy KIND date`, oldest first; the seed's order (the order of insertion) breaks ties. */
function expectedEvents(range: { first: string; last: string }): string[] {
  return seed.policies
    .flatMap((policy) => policy.events.map((event) => ({ policy: policy.slug, kind: event.kind, date: event.date })))
    .filter((event) => within(event.date, range))
    .map((event) => ({ ...event, first: daysOf(event.date).first }))
    .sort((a, b) => a.first.localeCompare(b.first))
    .map((event) => `${event.policy} ${event.kind} ${event.first}`);
}

function expectedStatements(range: { first: string; last: string }): string[] {
  return seed.statements
    .filter((statement) => statement.said !== undefined && within(statement.said, range))
    .map((statement) => statement.slug)
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Expected figures from the CBP Southwest file
// ---------------------------------------------------------------------------------------------

const monthNumbers = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Encounters by month, `YYYY-MM`, summed from the rows of a CBP file that `keep` accepts. */
function monthlyTotals(file: string, keep: (row: Record<string, string>) => boolean): Map<string, number> {
  const rows = parse(readFileSync(join(repoRoot, 'prisma', 'data', 'cbp', file)), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (!keep(row)) continue;
    const fiscalYear = Number.parseInt(row['Fiscal Year'] ?? '', 10);
    const month = monthNumbers.indexOf(row['Month (abbv)'] ?? '') + 1;
    const key = `${month >= 10 ? fiscalYear - 1 : fiscalYear}-${String(month).padStart(2, '0')}`;
    totals.set(key, (totals.get(key) ?? 0) + Number(row['Encounter Count']));
  }
  return totals;
}

/** Border Patrol encounters at the Southwest border by month. */
const southwestUsbp = monthlyTotals(
  'sbo-encounters-fy22-fy25-aug.csv',
  (row) => row.Component === 'U.S. Border Patrol',
);
/** All encounters nationwide by month, FY2022 to FY2025. */
const nationwide = monthlyTotals('nationwide-encounters-fy22-fy25-state.csv', () => true);
/** The excerpt of the nationwide file by area of responsibility: a few rows of two sample months. */
const nationwideExcerpt = monthlyTotals(
  'nationwide-encounters-fy21-fy24-aor_EXCERPT_cbp_original_headers.csv',
  () => true,
);

/**
 * The figure of a month for all encounters, as picked without a dataset named: the nationwide file,
 * gapless, where it has the month; else the excerpt, where it has it; else none.
 */
function allEncounters(month: string): { slug: string; value: number } | null {
  const full = nationwide.get(month);
  if (full !== undefined) return { slug: 'cbp-nationwide-state', value: full };
  const sample = nationwideExcerpt.get(month);
  return sample === undefined ? null : { slug: 'cbp-nationwide-aor', value: sample };
}

function previousMonth(month: string): string {
  const [year = 0, number = 0] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 2, 1)).toISOString().slice(0, 7);
}

function usbp(month: string): number {
  const value = southwestUsbp.get(month);
  if (value === undefined) throw new Error(`no figure for ${month}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await server.query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

interface RecordLists {
  policiesInEffect: { slug: string }[];
  policyEvents: { kind: string; date: string; policy: { slug: string } }[];
  statements: { slug: string }[];
}

const recordSelection = `policiesInEffect { slug } policyEvents { kind date policy { slug } } statements(first: 100) { slug }`;

const eventKeys = (lists: RecordLists) =>
  lists.policyEvents.map((event) => `${event.policy.slug} ${event.kind} ${event.date}`);
const statementSlugs = (lists: RecordLists) => lists.statements.map((statement) => statement.slug).sort();

async function context(month: string, interval = 'MONTH'): Promise<RecordLists> {
  const { periodContext } = await data<{ periodContext: RecordLists }>(
    `query ($month: Month!, $interval: EncounterInterval) {
       periodContext(month: $month, interval: $interval) { ${recordSelection} } }`,
    { month, interval },
  );
  return periodContext;
}

describe('periodContext', () => {
  it('lists the policies in effect in November 2024', async () => {
    const november = await context('2024-11');
    const slugs = november.policiesInEffect.map((policy) => policy.slug);
    expect(slugs).toEqual(expectedPoliciesInEffect(period('2024-11')));
    expect(slugs).toEqual([
      'california-sb-54',
      'cbp-one-appointments',
      'circumvention-of-lawful-pathways',
      'securing-the-border',
    ]);
    // Title 42 expired 2023-05-11, MPP was rescinded in 2022-08, San Diego County only voted 2024-12-10.
    expect(slugs).not.toContain('title-42-expulsions');
    expect(slugs).not.toContain('migrant-protection-protocols');
    expect(slugs).not.toContain('san-diego-county-non-cooperation');
  });

  it('keeps an expiring policy in effect through the month it expired in, not after', async () => {
    const [may, june] = await Promise.all([context('2023-05'), context('2023-06')]);
    expect(may.policiesInEffect.map((p) => p.slug)).toContain('title-42-expulsions');
    expect(june.policiesInEffect.map((p) => p.slug)).not.toContain('title-42-expulsions');
    expect(may.policiesInEffect.map((p) => p.slug)).toEqual(expectedPoliciesInEffect(period('2023-05')));
    expect(june.policiesInEffect.map((p) => p.slug)).toEqual(expectedPoliciesInEffect(period('2023-06')));
    expect(eventKeys(may)).toEqual(expectedEvents(period('2023-05')));
  });

  it('lists the San Diego County vote among the events of December 2024', async () => {
    const december = await context('2024-12');
    expect(eventKeys(december)).toEqual(['san-diego-county-non-cooperation VOTE 2024-12-10']);
    expect(eventKeys(december)).toEqual(expectedEvents(period('2024-12')));
    expect(december.policiesInEffect.map((p) => p.slug)).not.toContain('san-diego-county-non-cooperation');
  });

  it('lists exactly the statements said in November 2024', async () => {
    const november = await context('2024-11');
    expect(statementSlugs(november)).toEqual(expectedStatements(period('2024-11')));
    expect(statementSlugs(november)).toEqual([
      'trump-record-numbers-national-guard',
      'trump-time-military-deportations',
    ]);
  });

  it('widens events and statements by months before and after', async () => {
    const { periodContext } = await data<{ periodContext: RecordLists }>(`{
      periodContext(month: "2024-11") {
        policiesInEffect { slug }
        policyEvents(monthsBefore: 6) { kind date policy { slug } }
        statements(first: 100, monthsAfter: 1) { slug } } }`);
    expect(eventKeys(periodContext)).toEqual(expectedEvents(period('2024-05', '2024-11')));
    expect(eventKeys(periodContext)).toContain('securing-the-border EFFECTIVE 2024-06-05');
    expect(statementSlugs(periodContext)).toEqual(expectedStatements(period('2024-11', '2024-12')));
  });

  it('refuses a window beyond two years or more than 100 statements, naming the argument', async () => {
    for (const [args, argument] of [
      ['monthsAfter: 25', 'monthsAfter'],
      ['monthsBefore: -1', 'monthsBefore'],
      ['first: 101', 'first'],
    ]) {
      const { errors } = await server.query(`{ periodContext(month: "2024-11") { statements(${args}) { slug } } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('encounterSeries points', () => {
  interface Point extends RecordLists {
    period: string;
  }
  async function points(interval: string, from: string, to: string): Promise<Point[]> {
    const { encounterSeries } = await data<{ encounterSeries: { points: Point[] } }>(
      `query ($interval: EncounterInterval, $from: Month, $to: Month) {
         encounterSeries(dataset: "cbp-southwest", interval: $interval, filter: { components: [USBP], from: $from, to: $to }) {
           points { period ${recordSelection} } } }`,
      { interval, from, to },
    );
    return encounterSeries.points;
  }

  it('carry the record of each month', async () => {
    const series = await points('MONTH', '2024-10', '2024-12');
    expect(series.map((p) => p.period)).toEqual(['2024-10', '2024-11', '2024-12']);
    for (const point of series) {
      expect(point.policiesInEffect.map((p) => p.slug)).toEqual(expectedPoliciesInEffect(period(point.period)));
      expect(eventKeys(point)).toEqual(expectedEvents(period(point.period)));
      expect(statementSlugs(point)).toEqual(expectedStatements(period(point.period)));
    }
  });

  it('carry the record of quarters and years: month-dated statements count, year-dated ones only for their year', async () => {
    const [quarter, calendar, fiscal] = await Promise.all([
      points('QUARTER', '2024-10', '2024-12'),
      points('CALENDAR_YEAR', '2024-01', '2024-12'),
      points('FISCAL_YEAR', '2024-10', '2025-09'),
    ]);
    const cases = [
      { point: quarter[0], range: period('2024-10', '2024-12'), label: '2024-Q4' },
      { point: calendar[0], range: period('2024-01', '2024-12'), label: '2024' },
      { point: fiscal[0], range: period('2024-10', '2025-09'), label: 'FY2025' },
    ];
    for (const { point, range, label } of cases) {
      expect(point?.period).toBe(label);
      expect(point && statementSlugs(point)).toEqual(expectedStatements(range));
      expect(point && eventKeys(point)).toEqual(expectedEvents(range));
      expect(point?.policiesInEffect.map((p) => p.slug)).toEqual(expectedPoliciesInEffect(range));
    }
    const yearDated = seed.statements.filter((s) => s.said === '2024').map((s) => s.slug);
    expect(yearDated.length).toBeGreaterThan(0);
    expect(calendar[0] && statementSlugs(calendar[0])).toEqual(expect.arrayContaining(yearDated));
    expect(fiscal[0]?.statements.map((s) => s.slug)).not.toContain(yearDated[0]);
    // Securing the Border took effect in 2024 and is in effect in calendar 2024; the San Diego vote is in Q4.
    expect(calendar[0]?.policiesInEffect.map((p) => p.slug)).toContain('securing-the-border');
    expect(quarter[0] && eventKeys(quarter[0])).toContain('san-diego-county-non-cooperation VOTE 2024-12-10');
  });
});

describe('Statement.encountersWhenSaid', () => {
  interface Figure {
    datasetSelection: { slug: string; automatic: boolean };
    releases: { label: string }[];
    points: { period: string; value: number; previous: { value: number; percent: number } | null }[];
  }
  interface StatementFigure {
    slug: string;
    saidOn: string | null;
    saidOnPrecision: string | null;
    encountersWhenSaid: Figure | null;
  }

  async function statementFigures(args: string): Promise<StatementFigure[]> {
    const { statements } = await data<{ statements: { edges: { node: StatementFigure }[] } }>(`{
      statements(first: 30) { edges { node { slug saidOn saidOnPrecision
        encountersWhenSaid(${args}) {
          datasetSelection { slug automatic } releases { label }
          points { period value previous { value percent } } } } } } }`);
    return statements.edges.map((edge) => edge.node);
  }

  it('gives the figure of the month said, with the change on the month before, naming dataset and release', async () => {
    const figures = await statementFigures(`dataset: "cbp-southwest", filter: { components: [USBP] }`);
    expect(figures).toHaveLength(seed.statements.length);
    for (const { slug, saidOn, saidOnPrecision, encountersWhenSaid } of figures) {
      if (saidOn === null || saidOnPrecision === 'YEAR') {
        expect(encountersWhenSaid, slug).toBeNull();
        continue;
      }
      const month = saidOn.slice(0, 7);
      const before = previousMonth(month);
      expect(encountersWhenSaid, slug).toEqual({
        datasetSelection: { slug: 'cbp-southwest', automatic: false },
        releases: [{ label: 'FY22–FY25 (FYTD), August 2025' }],
        points: [
          {
            period: month,
            value: usbp(month),
            previous: {
              value: usbp(before),
              percent: expect.closeTo(((usbp(month) - usbp(before)) / usbp(before)) * 100, 9),
            },
          },
        ],
      });
    }
    const november = figures.find((f) => f.slug === 'trump-time-military-deportations');
    // The README's November drop: 46,612 Border Patrol encounters at the Southwest border, −17.5% on October.
    expect(november?.encountersWhenSaid?.points[0]?.value).toBe(46_612);
    expect(november?.encountersWhenSaid?.points[0]?.previous?.percent).toBeCloseTo(-17.53, 2);
  });

  it('picks the dataset for each statement’s month as encounterSeries would, and says so', async () => {
    const figures = await statementFigures(`filter: { components: [USBP], regions: [SOUTHWEST] }`);
    const dated = figures.filter((f) => f.encountersWhenSaid !== null);
    expect(dated.length).toBe(seed.statements.filter((s) => s.said && s.said.length >= 7).length);
    for (const { slug, saidOn, encountersWhenSaid } of dated) {
      expect(encountersWhenSaid?.datasetSelection, slug).toMatchObject({ slug: 'cbp-southwest', automatic: true });
      expect(encountersWhenSaid?.points[0]?.value).toBe(usbp(saidOn?.slice(0, 7) ?? ''));
    }
  });

  it('refuses from and to in the filter: the month is the statement’s', async () => {
    const { errors } = await server.query(`{ statements(first: 1) { edges { node {
      encountersWhenSaid(filter: { from: "2024-01" }) { points { value } } } } } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
  });
});

describe('PolicyEvent.encountersThatMonth', () => {
  it('gives the figure of the event’s month, and no point where the dataset does not reach', async () => {
    const { policy } = await data<{
      policy: { events: { kind: string; encountersThatMonth: { points: { period: string; value: number }[] } }[] };
    }>(`{ policy(slug: "securing-the-border") { events { kind
        encountersThatMonth(dataset: "cbp-southwest", filter: { components: [USBP] }) { points { period value } } } } }`);
    expect(policy.events).toEqual([
      { kind: 'SIGNED', encountersThatMonth: { points: [{ period: '2024-06', value: usbp('2024-06') }] } },
      { kind: 'EFFECTIVE', encountersThatMonth: { points: [{ period: '2024-06', value: usbp('2024-06') }] } },
    ]);
    const { policy: sb54 } = await data<{ policy: { events: { encountersThatMonth: { points: unknown[] } }[] } }>(
      `{ policy(slug: "california-sb-54") { events { encountersThatMonth(dataset: "cbp-southwest") { points { value } } } } }`,
    );
    // The Southwest file starts in October 2021; SB 54 was signed in 2017.
    expect(sb54.events.map((event) => event.encountersThatMonth.points)).toEqual([[], []]);
  });
});

describe('figures for months no dataset covers', () => {
  interface EventFigure {
    kind: string;
    date: string;
    encountersThatMonth: {
      datasetSelection: { slug: string; automatic: boolean };
      points: { period: string; value: number }[];
    } | null;
  }

  it('PolicyEvent.encountersThatMonth without a dataset is null where none has the month, not an error', async () => {
    const { policies } = await data<{ policies: { edges: { node: { slug: string; events: EventFigure[] } }[] } }>(`{
      policies(first: 100) { edges { node { slug events { kind date
        encountersThatMonth { datasetSelection { slug automatic } points { period value } } } } } } }`);
    const events = policies.edges.flatMap(({ node }) => node.events.map((event) => ({ policy: node.slug, ...event })));
    expect(events).toHaveLength(seed.policies.reduce((sum, policy) => sum + policy.events.length, 0));
    // Without a filter only the nationwide figures count every encounter: October 2021 to September 2025.
    for (const { policy, kind, date, encountersThatMonth } of events) {
      const month = date.slice(0, 7);
      const expected = allEncounters(month);
      expect(encountersThatMonth, `${policy} ${kind} ${date}`).toEqual(
        expected && {
          datasetSelection: { slug: expected.slug, automatic: true },
          points: [{ period: month, value: expected.value }],
        },
      );
    }
    const without = (slug: string) =>
      events.filter((event) => event.policy === slug).map((event) => event.encountersThatMonth);
    expect(without('california-sb-54')).toEqual([null, null]);
    expect(without('migrant-protection-protocols')[0]).toBeNull();
    expect(without('migrant-protection-protocols')[1]?.points).toEqual([
      { period: '2022-08', value: nationwide.get('2022-08') },
    ]);
  });

  it('PeriodContext.encounters without a dataset is null for a month none covers; a bad argument is still an error', async () => {
    const { periodContext } = await data<{ periodContext: { encounters: unknown } }>(
      `{ periodContext(month: "2018-12") { encounters { points { value } } } }`,
    );
    expect(periodContext.encounters).toBeNull();
    const covered = await data<{ periodContext: { encounters: { points: { value: number }[] } } }>(
      `{ periodContext(month: "2024-11") { encounters { points { value } } } }`,
    );
    expect(covered.periodContext.encounters.points).toEqual([{ value: nationwide.get('2024-11') }]);
    for (const [args, argument] of [
      ['dataset: "no-such-dataset"', 'dataset'],
      // No dataset carries both states and components, for any month.
      ['filter: { states: ["TX"], components: [USBP] }', 'dataset'],
      ['dataset: "cbp-nationwide-state", filter: { components: [USBP] }', 'filter.components'],
      ['filter: { to: "2018-12" }', 'filter.to'],
    ]) {
      const { errors } = await server.query(
        `{ periodContext(month: "2018-12") { encounters(${args}) { points { value } } } }`,
      );
      expect(errors?.[0]?.extensions, args).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('SQL statements', () => {
  async function statementsFor(query: string, variables: Record<string, unknown>): Promise<string[]> {
    server.sql.length = 0;
    const { errors } = await server.query(query, variables);
    expect(errors).toBeUndefined();
    return server.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim()));
  }

  it('are as many for 36 points as for 6, nested selections included', async () => {
    const query = `query ($from: Month) {
      encounterSeries(dataset: "cbp-southwest", filter: { components: [USBP], from: $from, to: "2024-09" }) {
        points { period value
          policiesInEffect { title issuer { name } events { kind date } }
          policyEvents(monthsBefore: 3) { kind date policy { title issuer { name } } }
          statements(monthsAfter: 2) { text speaker { name roles { title organization { name } } } source { title } } } } }`;
    const six = await statementsFor(query, { from: '2024-04' });
    const thirtySix = await statementsFor(query, { from: '2021-10' });
    expect(thirtySix.length).toBe(six.length);
    // Dataset, releases and series (3), then per field one statement for membership, one for the rows
    // (3 + 3), and one per nested relation (8): 17 however long the series.
    expect(six.length).toBeLessThanOrEqual(17);
  });

  it('are as many for 27 statements’ figures as for 5', async () => {
    const query = `query ($first: Int) { statements(first: $first) { edges { node { text
      encountersWhenSaid(dataset: "cbp-southwest", filter: { components: [USBP] }) {
        dataset { slug } datasetSelection { reason } releases { label } points { period value previous { percent } } } } } } }`;
    const five = await statementsFor(query, { first: 5 });
    const all = await statementsFor(query, { first: 100 });
    expect(all.length).toBe(five.length);
    // The statements, the dataset check, one series, its releases, the datasets named.
    expect(five.length).toBeLessThanOrEqual(5);
  });
});

describe('SQL statements for figures picked month by month', () => {
  const topic = 'count-test';
  const firstMonth = '2013-09';
  /** Border Patrol at the Southwest border by month, from OHSS's rounded sector rows. */
  const ohssSouthwest = (() => {
    const rows = parse(
      readFileSync(join(repoRoot, 'prisma', 'data', 'cbp', 'ohss_usbp_monthly_region_sector_fy2000_fy2025nov.csv')),
      { bom: true, columns: true },
    ) as Record<string, string>[];
    const totals = new Map<string, number>();
    for (const row of rows) {
      if (row.region !== 'Southwest Land Border') continue;
      const key = `${row.calendar_year}-${String(row.calendar_month).padStart(2, '0')}`;
      totals.set(key, (totals.get(key) ?? 0) + Number(row.quantity));
    }
    return totals;
  })();
  const monthAfter = (month: string, count: number) => {
    const [year = 0, number = 1] = month.split('-').map(Number);
    return new Date(Date.UTC(year, number - 1 + count, 1)).toISOString().slice(0, 7);
  };

  let longer: TestServer;
  beforeAll(async () => {
    longer = await startTestServer();
    const prisma = longer.db.prisma;
    const speaker = await prisma.actor.findUniqueOrThrow({ where: { slug: 'cbp' } });
    const source = await prisma.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
    // One statement a month for 100 months, September 2013 to December 2021: OHSS's months, then
    // from October 2021 the Southwest file's.
    await prisma.statement.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        slug: `count-test-${i}`,
        text: `Statement ${i} of the count test.`,
        speakerId: speaker.id,
        sourceId: source.id,
        saidOn: new Date(`${monthAfter(firstMonth, i)}-15T00:00:00Z`),
        saidOnPrecision: 'DAY' as const,
        topics: [topic],
      })),
    });
  });
  afterAll(async () => {
    await longer?.close();
  });

  interface Said {
    saidOn: string;
    encountersWhenSaid: { datasetSelection: { slug: string }; points: { period: string; value: number }[] } | null;
  }

  async function measured(args: string, first: number): Promise<{ statements: number; said: Said[] }> {
    longer.sql.length = 0;
    const response = await longer.query(
      `query ($first: Int, $topic: String!) { statements(first: $first, filter: { topics: [$topic] }) { edges { node {
        saidOn encountersWhenSaid${args} { datasetSelection { slug } points { period value } } } } } }`,
      { first, topic },
    );
    expect(response.errors).toBeUndefined();
    const { edges } = (response.data?.statements ?? { edges: [] }) as { edges: { node: Said }[] };
    const statements = longer.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim())).length;
    return { statements, said: edges.map((edge) => edge.node) };
  }

  it('are as many for statements in 100 distinct months as in 5, each month with its own pick', async () => {
    const args = '(filter: { components: [USBP], regions: [SOUTHWEST] })';
    const five = await measured(args, 5);
    const hundred = await measured(args, 100);
    expect(hundred.said).toHaveLength(100);
    // Newest first: 2021-12 to 2021-10 from the Southwest file, 2021-09 and 2021-08 from OHSS.
    for (const { said } of [five, hundred]) {
      for (const { saidOn, encountersWhenSaid } of said) {
        const month = saidOn.slice(0, 7);
        const exact = month >= '2021-10';
        expect(encountersWhenSaid, month).toEqual({
          datasetSelection: { slug: exact ? 'cbp-southwest' : 'ohss-usbp-sector' },
          points: [{ period: month, value: (exact ? southwestUsbp : ohssSouthwest).get(month) }],
        });
      }
      expect(new Set(said.map((s) => s.encountersWhenSaid?.datasetSelection.slug))).toEqual(
        new Set(['cbp-southwest', 'ohss-usbp-sector']),
      );
    }
    // The statements; one pick for every month; one series per dataset; their releases.
    expect(five.statements).toBe(1 + 1 + 2 + 1);
    expect(hundred.statements).toBe(five.statements);
  });

  it('give null, not an error, for the months no dataset has, one series per dataset used', async () => {
    const five = await measured('', 5);
    const hundred = await measured('', 100);
    for (const { saidOn, encountersWhenSaid } of hundred.said) {
      const month = saidOn.slice(0, 7);
      const expected = allEncounters(month);
      expect(encountersWhenSaid, month).toEqual(
        expected && { datasetSelection: { slug: expected.slug }, points: [{ period: month, value: expected.value }] },
      );
    }
    // Three months of the nationwide file, one of the excerpt (2021-04), and 96 months no dataset has.
    expect(hundred.said.filter((s) => s.encountersWhenSaid === null)).toHaveLength(96);
    // The statements; one pick for every month; one series per dataset used; their releases.
    for (const { said, statements } of [five, hundred]) {
      const used = new Set(
        said.flatMap((s) => (s.encountersWhenSaid ? [s.encountersWhenSaid.datasetSelection.slug] : [])),
      );
      expect(statements).toBe(1 + 1 + used.size + 1);
    }
  });
});
