// Encounter analytics through the real HTTP server on the seeded releases. Every figure is checked
// exactly: against numbers verified by hand, or against sums taken here from the published CSV files
// (read with csv-parse, not the importer), never against the code under test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import {
  type Component,
  DatasetBySlugDocument,
  type Demographic,
  EncounterRecordDocument,
  type EncounterRecordQueryVariables,
  EncounterRevisionsDocument,
  EncounterSeriesDocument,
  type EncounterSeriesQuery,
  type EncounterSeriesQueryVariables,
} from '@borderdesk/sdk';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRelease } from '../../src/encounters/import-release.js';
import { type GraphQLResponse, startTestServer, type TestServer } from '../support/server.js';

const files = {
  southwest: 'sbo-encounters-fy22-fy25-aug.csv',
  state: 'nationwide-encounters-fy22-fy25-state.csv',
  ohss: 'ohss_usbp_monthly_region_sector_fy2000_fy2025nov.csv',
} as const;

const published = (name: string) => join(repoRoot, 'prisma', 'data', 'cbp', name);

// ---------------------------------------------------------------------------------------------
// Expected figures, summed from the published files
// ---------------------------------------------------------------------------------------------

interface CsvRow {
  /** Calendar month, `YYYY-MM`. */
  month: string;
  count: number;
  cells: ReadonlyMap<string, string>;
}

const monthNumbers: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};

function cell(cells: ReadonlyMap<string, string>, column: string): string {
  const value = cells.get(column);
  if (value === undefined) throw new Error(`no column '${column}'`);
  return value;
}

const yearMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** CBP files date rows by fiscal year and month; the OHSS file carries calendar columns too. */
function readCsv(name: string): CsvRow[] {
  const [header = [], ...records] = parse(readFileSync(published(name)), { bom: true });
  return records.map((record) => {
    const cells = new Map(header.map((column, index) => [column, record[index] ?? '']));
    if (cells.has('quantity')) {
      const month = yearMonth(Number(cell(cells, 'calendar_year')), Number(cell(cells, 'calendar_month')));
      return { month, count: Number(cell(cells, 'quantity')), cells };
    }
    const fiscalYear = Number.parseInt(cell(cells, 'Fiscal Year'), 10);
    const calendarMonth = monthNumbers[cell(cells, 'Month (abbv)')];
    if (calendarMonth === undefined) throw new Error(`unknown month in ${name}`);
    const month = yearMonth(calendarMonth >= 10 ? fiscalYear - 1 : fiscalYear, calendarMonth);
    return { month, count: Number(cell(cells, 'Encounter Count')), cells };
  });
}

const southwestCsv = readCsv(files.southwest);
const stateCsv = readCsv(files.state);
const ohssCsv = readCsv(files.ohss);

type Where = (row: CsvRow) => boolean;
const is =
  (column: string, ...values: string[]): Where =>
  (row) =>
    values.includes(cell(row.cells, column));
const inMonths =
  (first: string, last = first): Where =>
  (row) =>
    row.month >= first && row.month <= last;
const all =
  (...conditions: Where[]): Where =>
  (row) =>
    conditions.every((condition) => condition(row));
const sum = (rows: readonly CsvRow[], where: Where): number =>
  rows.reduce((total, row) => (where(row) ? total + row.count : total), 0);
/** Totals by a key (month, or a column), largest first, ties by key. */
function totalsBy(rows: readonly CsvRow[], where: Where, key: (row: CsvRow) => string): [string, number][] {
  const totals = new Map<string, number>();
  for (const row of rows) if (where(row)) totals.set(key(row), (totals.get(key(row)) ?? 0) + row.count);
  return [...totals].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}

const usbp = is('Component', 'U.S. Border Patrol');
const ofo = is('Component', 'Office of Field Operations');
const ohssSouthwest = is('region', 'Southwest Land Border');
const componentOf: Record<string, Component> = { 'U.S. Border Patrol': 'USBP', 'Office of Field Operations': 'OFO' };
const demographicOf: Record<string, Demographic> = {
  'Accompanied Minors': 'ACCOMPANIED_MINORS',
  FMUA: 'FMUA',
  'Single Adults': 'SINGLE_ADULTS',
  UAC: 'UAC',
};

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

type Series = EncounterSeriesQuery['encounterSeries'];

function dataOf<TData>(response: GraphQLResponse<TData>): TData {
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error(`no data: ${JSON.stringify(response.errors)}`);
  return response.data;
}

async function seriesOn(on: TestServer, variables: EncounterSeriesQueryVariables): Promise<Series> {
  return dataOf(await on.request(EncounterSeriesDocument, variables)).encounterSeries;
}

async function recordOn(on: TestServer, variables: EncounterRecordQueryVariables) {
  return dataOf(await on.request(EncounterRecordDocument, variables)).encounterRecord;
}

const valuesOf = (series: Series) => series.points.map((point) => [point.period, point.value]);
const periodsOf = (series: Series) =>
  series.points.map(({ period, start, end, months, complete, value }) => ({
    period,
    start,
    end,
    months,
    complete,
    value,
  }));

/**
 * A refused request: BAD_USER_INPUT naming the argument, with a message a person can act on, and
 * nothing of our insides (stacks, SQL, Prisma) in the response.
 */
function expectUserError(response: GraphQLResponse<unknown>, argument: string | null, ...messageParts: string[]): void {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors ?? [];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  if (argument !== null) expect(error?.extensions?.argument).toBe(argument);
  for (const part of messageParts) expect(error?.message).toContain(part);
  const text = JSON.stringify(response);
  expect(text).not.toMatch(/stacktrace|\bat \S+\.[jt]s:\d+|select\s|"EncounterFact"|prisma|postgres|pglite/i);
}

// ---------------------------------------------------------------------------------------------
// The seeded releases
// ---------------------------------------------------------------------------------------------

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const series = (variables: EncounterSeriesQueryVariables) => seriesOn(server, variables);
const record = (variables: EncounterRecordQueryVariables) => recordOn(server, variables);

describe('encounterSeries: the reference figures', () => {
  it('USBP at the Southwest border, September to November 2024, with November 17.5% below October', async () => {
    const result = await series({
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'], from: '2024-09', to: '2024-11' },
    });
    expect(result.dataset).toEqual({ slug: 'cbp-southwest', roundingUnit: 1 });
    expect(result.datasetSelection).toEqual({ slug: 'cbp-southwest', automatic: false, reason: 'named by the caller' });
    expect(result.interval).toBe('MONTH');
    expect(result.groupBy).toEqual([]);
    expect(valuesOf(result)).toEqual([
      ['2024-09', 53858],
      ['2024-10', 56520],
      ['2024-11', 46612],
    ]);
    for (const point of result.points) {
      expect(point).toMatchObject({ start: point.period, end: point.period, months: 1, complete: true });
      expect(point.group).toBeNull();
      expect(point.share).toBeNull();
    }
    const [september, october, november] = result.points;
    expect(november?.previous).toMatchObject({ period: '2024-10', value: 56520, absolute: -9908 });
    expect(november?.previous?.percent).toBeCloseTo(-17.53, 2);
    expect(november?.previous?.percent?.toFixed(1)).toBe('-17.5');
    expect(october?.previous).toMatchObject({ period: '2024-09', value: 53858, absolute: 2662 });
    // The change of the first point looks back before `from`: August is read, not shown.
    const august = sum(southwestCsv, all(usbp, inMonths('2024-08')));
    expect(september?.previous).toMatchObject({ period: '2024-08', value: august, absolute: 53858 - august });
    expect(result.firstToLast).toMatchObject({ period: '2024-09', value: 53858, absolute: 46612 - 53858 });
  });

  it('USBP Southwest by fiscal year FY2022–FY2024, and the fall from May to November 2024', async () => {
    const years = await series({
      dataset: 'cbp-southwest',
      interval: 'FISCAL_YEAR',
      filter: { components: ['USBP'], from: '2021-10', to: '2024-09' },
    });
    expect(years.interval).toBe('FISCAL_YEAR');
    expect(periodsOf(years)).toEqual([
      { period: 'FY2022', start: '2021-10', end: '2022-09', months: 12, complete: true, value: 2206436 },
      { period: 'FY2023', start: '2022-10', end: '2023-09', months: 12, complete: true, value: 2045838 },
      { period: 'FY2024', start: '2023-10', end: '2024-09', months: 12, complete: true, value: 1530523 },
    ]);
    // FY2021 is before the file: no change to show, rather than a change against nothing.
    expect(years.points[0]?.previous).toBeNull();
    expect(years.points[0]?.yearAgo).toBeNull();
    expect(years.points[1]?.previous).toMatchObject({ period: 'FY2022', value: 2206436, absolute: -160598 });
    expect(years.points[2]?.yearAgo).toMatchObject({ period: 'FY2023', value: 2045838, absolute: -515315 });

    const mayToNovember = await series({
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'], from: '2024-05', to: '2024-11' },
    });
    expect(mayToNovember.points.map((point) => point.period)).toEqual([
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
    ]);
    expect(mayToNovember.firstToLast).toMatchObject({ period: '2024-05', value: 117905, absolute: -71293 });
    expect(mayToNovember.firstToLast?.percent).toBeCloseTo((-71293 / 117905) * 100, 10);
    expect(mayToNovember.firstToLast?.percent?.toFixed(1)).toBe('-60.5');
  });

  it('November 2024 is the first month in which Field Operations outnumbered Border Patrol', async () => {
    const result = await series({ dataset: 'cbp-southwest', groupBy: ['COMPONENT'] });
    expect(result.groupBy).toEqual(['COMPONENT']);
    const byMonth = new Map<string, Partial<Record<Component, number>>>();
    for (const point of result.points) {
      const component = point.group?.component;
      if (!component) throw new Error(`a point of ${point.period} has no component`);
      expect(point.group?.other).toBe(false);
      byMonth.set(point.period, { ...byMonth.get(point.period), [component]: point.value });
    }
    // Two groups in every month of the file, October 2021 to August 2025, and no "other" bucket.
    expect(byMonth.size).toBe(47);
    expect(result.points).toHaveLength(94);
    const first = [...byMonth].find(([, values]) => (values.OFO ?? 0) > (values.USBP ?? 0));
    expect(first).toEqual(['2024-11', { OFO: 47574, USBP: 46612 }]);
    // And each monthly pair is what the file says.
    for (const [month, values] of byMonth) {
      expect(values).toEqual({
        OFO: sum(southwestCsv, all(ofo, inMonths(month))),
        USBP: sum(southwestCsv, all(usbp, inMonths(month))),
      });
    }
  });

  it('nationwide (state file) by fiscal year FY2022–FY2024, with no filter', async () => {
    const result = await series({
      dataset: 'cbp-nationwide-state',
      interval: 'FISCAL_YEAR',
      filter: { from: '2021-10', to: '2024-09' },
    });
    expect(valuesOf(result)).toEqual([
      ['FY2022', 2766582],
      ['FY2023', 3201144],
      ['FY2024', 2901142],
    ]);
    expect(result.points.every((point) => point.complete && point.months === 12)).toBe(true);
  });
});

describe('encounterSeries: periods and changes', () => {
  it('quarters: labelled 2024-Q4 …, widened to whole quarters, the last one partial', async () => {
    // From November: the whole fourth quarter is counted. To August: the file ends there, so Q3 has 2 months.
    const result = await series({
      dataset: 'cbp-southwest',
      interval: 'QUARTER',
      filter: { components: ['USBP'], from: '2024-11', to: '2025-08' },
    });
    const quarters = [
      { period: '2024-Q4', start: '2024-10', end: '2024-12', months: 3, complete: true },
      { period: '2025-Q1', start: '2025-01', end: '2025-03', months: 3, complete: true },
      { period: '2025-Q2', start: '2025-04', end: '2025-06', months: 3, complete: true },
      { period: '2025-Q3', start: '2025-07', end: '2025-09', months: 2, complete: false },
    ];
    expect(periodsOf(result)).toEqual(
      quarters.map((q) => ({ ...q, value: sum(southwestCsv, all(usbp, inMonths(q.start, q.end))) })),
    );
    const q3of2024 = sum(southwestCsv, all(usbp, inMonths('2024-07', '2024-09')));
    const q4of2023 = sum(southwestCsv, all(usbp, inMonths('2023-10', '2023-12')));
    const q4of2024 = sum(southwestCsv, all(usbp, inMonths('2024-10', '2024-12')));
    expect(result.points[0]?.previous).toMatchObject({
      period: '2024-Q3',
      value: q3of2024,
      absolute: q4of2024 - q3of2024,
    });
    expect(result.points[0]?.yearAgo).toMatchObject({
      period: '2023-Q4',
      value: q4of2023,
      absolute: q4of2024 - q4of2023,
    });
    expect(result.points[0]?.yearAgo?.percent).toBeCloseTo(((q4of2024 - q4of2023) / q4of2023) * 100, 10);
  });

  it('calendar years: 2021 and 2025 are partial, with the months the file has', async () => {
    const result = await series({ dataset: 'cbp-southwest', interval: 'CALENDAR_YEAR' });
    expect(result.interval).toBe('CALENDAR_YEAR');
    expect(periodsOf(result)).toEqual(
      [
        ['2021', 3],
        ['2022', 12],
        ['2023', 12],
        ['2024', 12],
        ['2025', 8],
      ].map(([year, covered]) => ({
        period: year,
        start: `${year}-01`,
        end: `${year}-12`,
        months: covered,
        complete: covered === 12,
        value: sum(southwestCsv, inMonths(`${year}-01`, `${year}-12`)),
      })),
    );
  });

  it('compares with a year earlier, and shows no change where the earlier period is outside the data', async () => {
    const result = await series({ dataset: 'cbp-southwest', filter: { components: ['USBP'] } });
    const point = (period: string) => result.points.find((p) => p.period === period);
    const usbpIn = (month: string) => sum(southwestCsv, all(usbp, inMonths(month)));

    // October 2021 is the file's first month: neither September 2021 nor October 2020 is in it.
    expect(result.points[0]?.period).toBe('2021-10');
    expect(point('2021-10')?.previous).toBeNull();
    expect(point('2021-10')?.yearAgo).toBeNull();
    // September 2022 has a previous month but no year-ago month; October 2022 has both.
    expect(point('2022-09')?.yearAgo).toBeNull();
    expect(point('2022-09')?.previous).toMatchObject({ period: '2022-08', value: usbpIn('2022-08') });
    expect(point('2022-10')?.yearAgo).toMatchObject({
      period: '2021-10',
      value: usbpIn('2021-10'),
      absolute: usbpIn('2022-10') - usbpIn('2021-10'),
    });
    const lastYear = usbpIn('2023-11');
    expect(point('2024-11')?.yearAgo).toMatchObject({ period: '2023-11', value: lastYear, absolute: 46612 - lastYear });
    expect(point('2024-11')?.yearAgo?.percent).toBeCloseTo(((46612 - lastYear) / lastYear) * 100, 10);
    // With `from` set, the year-ago figure is still read from before it.
    const bounded = await series({
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'], from: '2024-11', to: '2024-11' },
    });
    expect(bounded.points).toHaveLength(1);
    expect(bounded.points[0]?.yearAgo).toEqual(point('2024-11')?.yearAgo);
    expect(bounded.firstToLast).toBeNull();
  });

  it('a month with no matching rows counts 0, and a change from 0 has no percent', async () => {
    // Title 42 ended in May 2023: from June on the file has no Title 42 rows at all.
    const result = await series({
      dataset: 'cbp-southwest',
      filter: { titles: ['TITLE_42'], from: '2023-04', to: '2023-07' },
    });
    const may = sum(southwestCsv, all(is('Title of Authority', 'Title 42'), inMonths('2023-05')));
    expect(may).toBeGreaterThan(0);
    expect(sum(southwestCsv, all(is('Title of Authority', 'Title 42'), inMonths('2023-06', '2023-07')))).toBe(0);
    expect(valuesOf(result)).toEqual([
      ['2023-04', sum(southwestCsv, all(is('Title of Authority', 'Title 42'), inMonths('2023-04')))],
      ['2023-05', may],
      ['2023-06', 0],
      ['2023-07', 0],
    ]);
    expect(result.points[2]?.previous).toMatchObject({ value: may, absolute: -may, percent: -100 });
    expect(result.points[3]?.previous).toMatchObject({ period: '2023-06', value: 0, absolute: 0, percent: null });
  });
});

describe('encounterSeries: groups', () => {
  it('citizenships nationwide, top 3 for November 2024: three named groups and "All others"', async () => {
    const result = await series({
      dataset: 'cbp-nationwide-state',
      filter: { from: '2024-11', to: '2024-11' },
      groupBy: ['CITIZENSHIP'],
      top: 3,
    });
    const november = inMonths('2024-11');
    const ranked = totalsBy(stateCsv, november, (row) => cell(row.cells, 'Citizenship'));
    const top3 = ranked.slice(0, 3);
    const total = sum(stateCsv, november);
    const othersValue = total - top3.reduce((acc, [, value]) => acc + value, 0);
    expect(top3.map(([citizenship]) => citizenship)).toEqual(['MEXICO', 'VENEZUELA', 'OTHER']);
    expect(result.points.map((p) => [p.period, p.group?.label, p.group?.citizenship, p.group?.other, p.value])).toEqual(
      [
        ...top3.map(([citizenship, value]) => ['2024-11', citizenship, citizenship, false, value]),
        // "OTHER" above is a citizenship CBP publishes; the bucket beyond the top 3 is told apart by `other`.
        ['2024-11', 'All others', null, true, othersValue],
      ],
    );
    expect(result.points.reduce((acc, point) => acc + point.value, 0)).toBe(total);
    expect(result.points.reduce((acc, point) => acc + (point.share ?? Number.NaN), 0)).toBeCloseTo(1, 10);
    for (const point of result.points) expect(point.share).toBeCloseTo(point.value / total, 10);
    expect(result.points[3]?.group).toMatchObject({
      component: null,
      landBorderRegion: null,
      state: null,
      demographic: null,
      titleOfAuthority: null,
    });

    // Each group's change compares the same group a month earlier, the bucket included.
    const october = inMonths('2024-10');
    const mexicoInOctober = sum(stateCsv, all(october, is('Citizenship', 'MEXICO')));
    expect(result.points[0]?.previous).toMatchObject({ period: '2024-10', value: mexicoInOctober });
    const top3Names = top3.map(([citizenship]) => citizenship);
    const othersInOctober = sum(
      stateCsv,
      all(october, (row) => !top3Names.includes(cell(row.cells, 'Citizenship'))),
    );
    expect(result.points[3]?.previous).toMatchObject({ period: '2024-10', value: othersInOctober });
    expect(result.firstToLast).toBeNull();
  });

  it('top N picks the groups largest over the whole range, even in a month where another is larger', async () => {
    const citizenship = (row: CsvRow) => cell(row.cells, 'Citizenship Grouping').toUpperCase();
    const citizenshipIn = (month: string, name: string) =>
      sum(southwestCsv, (row) => row.month === month && citizenship(row) === name);
    // Over December 2024 and January 2025 Guatemala is third, yet in January alone Honduras outnumbered it.
    expect(citizenshipIn('2025-01', 'HONDURAS')).toBeGreaterThan(citizenshipIn('2025-01', 'GUATEMALA'));
    const kept = totalsBy(southwestCsv, inMonths('2024-12', '2025-01'), citizenship)
      .slice(0, 3)
      .map(([name]) => name);
    expect(kept).toEqual(['OTHER', 'MEXICO', 'GUATEMALA']);
    const result = await series({
      dataset: 'cbp-southwest',
      filter: { from: '2024-12', to: '2025-01' },
      groupBy: ['CITIZENSHIP'],
      top: 3,
    });
    expect(result.points.map((point) => [point.period, point.group?.label, point.value])).toEqual(
      ['2024-12', '2025-01'].flatMap((month) => {
        const values = kept.map((name) => citizenshipIn(month, name));
        const named = values.reduce((acc, value) => acc + value, 0);
        return [
          ...kept.map((name, index) => [month, name, values[index]]),
          [month, 'All others', sum(southwestCsv, inMonths(month)) - named],
        ];
      }),
    );

    const everyGroup = await series({
      dataset: 'cbp-southwest',
      filter: { from: '2024-11', to: '2024-11' },
      groupBy: ['CITIZENSHIP'],
      top: 100,
    });
    expect(everyGroup.points.map((point) => [point.group?.citizenship, point.value])).toEqual(
      totalsBy(southwestCsv, inMonths('2024-11'), (row) => cell(row.cells, 'Citizenship Grouping').toUpperCase()),
    );
    expect(everyGroup.points.some((point) => point.group?.other)).toBe(false);
  });

  it('groups by two dimensions: component and demographic, labelled with both', async () => {
    const november = inMonths('2024-11');
    const expected = totalsBy(
      southwestCsv,
      november,
      (row) => `${componentOf[cell(row.cells, 'Component')]} · ${demographicOf[cell(row.cells, 'Demographic')]}`,
    );
    const result = await series({
      dataset: 'cbp-southwest',
      filter: { from: '2024-11', to: '2024-11' },
      groupBy: ['COMPONENT', 'DEMOGRAPHIC'],
      top: 100,
    });
    expect(result.groupBy).toEqual(['COMPONENT', 'DEMOGRAPHIC']);
    // Not every component has every demographic in a month; the groups are the pairs that occur.
    expect(expected.length).toBeGreaterThan(2);
    expect(result.points.map((point) => [point.group?.label, point.value])).toEqual(expected);
    for (const point of result.points) {
      expect(point.group?.label).toBe(`${point.group?.component} · ${point.group?.demographic}`);
      expect(point.group?.citizenship).toBeNull();
    }

    const topTwo = await series({
      dataset: 'cbp-southwest',
      filter: { from: '2024-11', to: '2024-11' },
      groupBy: ['COMPONENT', 'DEMOGRAPHIC'],
      top: 2,
    });
    const rest = expected.slice(2).reduce((acc, [, value]) => acc + value, 0);
    expect(topTwo.points.map((point) => [point.group?.label, point.group?.other, point.value])).toEqual([
      [expected[0]?.[0], false, expected[0]?.[1]],
      [expected[1]?.[0], false, expected[1]?.[1]],
      ['All others', true, rest],
    ]);
  });
});

describe('encounterSeries: filters', () => {
  it('areas by code or by name, in any case, give the same sector series', async () => {
    const range = { from: '2024-09', to: '2024-11' };
    const results = await Promise.all(
      ['YUM', 'Yuma Sector', 'yuma SECTOR', 'yum'].map((area) =>
        series({ dataset: 'ohss-usbp-sector', filter: { ...range, areas: [area] } }),
      ),
    );
    const expected = ['2024-09', '2024-10', '2024-11'].map((month) => [
      month,
      sum(ohssCsv, all(is('sector', 'Yuma, AZ'), inMonths(month))),
    ]);
    for (const result of results) {
      expect(valuesOf(result)).toEqual(expected);
      expect(result.points).toEqual(results[0]?.points);
    }

    // Grouped by area, each group carries the sector's name and code, largest over the range first.
    const grouped = await series({
      dataset: 'ohss-usbp-sector',
      filter: { ...range, areas: ['YUM', 'Tucson Sector'] },
      groupBy: ['AREA_OF_RESPONSIBILITY'],
    });
    const sectors = new Map([
      ['Tucson, AZ', { name: 'Tucson Sector', code: 'TCA' }],
      ['Yuma, AZ', { name: 'Yuma Sector', code: 'YUM' }],
    ]);
    const order = totalsBy(ohssCsv, all(inMonths(range.from, range.to), is('sector', ...sectors.keys())), (row) =>
      cell(row.cells, 'sector'),
    ).map(([sector]) => sector);
    expect(
      grouped.points.map(({ period, group, value }) => [
        period,
        group?.areaOfResponsibility,
        group?.areaCode,
        group?.label,
        value,
      ]),
    ).toEqual(
      ['2024-09', '2024-10', '2024-11'].flatMap((month) =>
        order.map((sector) => {
          const { name, code } = sectors.get(sector) ?? { name: '', code: '' };
          return [month, name, code, `${name} · ${code}`, sum(ohssCsv, all(is('sector', sector), inMonths(month)))];
        }),
      ),
    );
  });

  it('states, citizenships (with a comma), demographics, encounter types, and filters combined', async () => {
    const november = { from: '2024-11', to: '2024-11' };
    const inNovember = inMonths('2024-11');
    const [states, china, chinaLower, minors, inadmissibles, combined, bothComponents] = await Promise.all([
      series({ dataset: 'cbp-nationwide-state', filter: { ...november, states: ['TX', 'AZ'] } }),
      series({
        dataset: 'cbp-nationwide-state',
        filter: { ...november, citizenships: ['CHINA, PEOPLES REPUBLIC OF'] },
      }),
      series({
        dataset: 'cbp-nationwide-state',
        filter: { ...november, citizenships: ['china, peoples republic of'] },
      }),
      series({ dataset: 'cbp-southwest', filter: { ...november, demographics: ['UAC', 'ACCOMPANIED_MINORS'] } }),
      series({ dataset: 'cbp-southwest', filter: { ...november, encounterTypes: ['INADMISSIBLES'] } }),
      series({
        dataset: 'cbp-southwest',
        filter: { ...november, components: ['USBP'], demographics: ['SINGLE_ADULTS'], citizenships: ['Mexico'] },
      }),
      series({ dataset: 'cbp-southwest', filter: { ...november, components: ['USBP', 'OFO'] } }),
    ]);
    expect(valuesOf(states)).toEqual([['2024-11', sum(stateCsv, all(inNovember, is('State', 'TX', 'AZ')))]]);
    const chinaValue = sum(stateCsv, all(inNovember, is('Citizenship', 'CHINA, PEOPLES REPUBLIC OF')));
    expect(chinaValue).toBe(3644);
    expect(valuesOf(china)).toEqual([['2024-11', chinaValue]]);
    expect(valuesOf(chinaLower)).toEqual([['2024-11', chinaValue]]);
    expect(valuesOf(minors)).toEqual([
      ['2024-11', sum(southwestCsv, all(inNovember, is('Demographic', 'UAC', 'Accompanied Minors')))],
    ]);
    expect(valuesOf(inadmissibles)).toEqual([
      ['2024-11', sum(southwestCsv, all(inNovember, is('Encounter Type', 'Inadmissibles')))],
    ]);
    // Lists on different dimensions must all match.
    expect(valuesOf(combined)).toEqual([
      [
        '2024-11',
        sum(
          southwestCsv,
          all(inNovember, usbp, is('Demographic', 'Single Adults'), is('Citizenship Grouping', 'Mexico')),
        ),
      ],
    ]);
    // Values in one list match any of them.
    expect(valuesOf(bothComponents)).toEqual([['2024-11', 47574 + 46612]]);
  });

  it('titles: Title 42 by fiscal year, down to nothing in FY2024', async () => {
    const result = await series({
      dataset: 'cbp-southwest',
      interval: 'FISCAL_YEAR',
      filter: { titles: ['TITLE_42'], from: '2021-10', to: '2024-09' },
    });
    const title42 = is('Title of Authority', 'Title 42');
    const fy2022 = sum(southwestCsv, all(title42, inMonths('2021-10', '2022-09')));
    const fy2023 = sum(southwestCsv, all(title42, inMonths('2022-10', '2023-09')));
    expect(fy2022).toBeGreaterThan(0);
    expect(valuesOf(result)).toEqual([
      ['FY2022', fy2022],
      ['FY2023', fy2023],
      ['FY2024', 0],
    ]);
    expect(result.points[2]?.previous).toMatchObject({
      period: 'FY2023',
      value: fy2023,
      absolute: -fy2023,
      percent: -100,
    });
  });
});

describe('encounterRecord', () => {
  it('Southwest Border Patrol sectors (OHSS): November 2024 the lowest since July 2020; December 2023 the highest', async () => {
    const november = await series({
      dataset: 'ohss-usbp-sector',
      filter: { regions: ['SOUTHWEST'], from: '2024-11', to: '2024-11' },
    });
    expect(november.dataset.roundingUnit).toBe(10);
    expect(valuesOf(november)).toEqual([['2024-11', 46620]]);

    const monthly = totalsBy(ohssCsv, ohssSouthwest, (row) => row.month);
    expect(monthly).toHaveLength(302);
    const lowest = await record({
      dataset: 'ohss-usbp-sector',
      filter: { regions: ['SOUTHWEST'] },
      kind: 'LOWEST',
      period: '2024-11',
    });
    expect(lowest).toMatchObject({
      dataset: { slug: 'ohss-usbp-sector' },
      kind: 'LOWEST',
      period: '2024-11',
      value: 46620,
      rank: monthly.filter(([, value]) => value < 46620).length + 1,
      periods: 302,
      firstPeriod: '1999-10',
      since: { period: '2020-07', value: 38570 },
    });
    expect(lowest.releases.map((release) => release.label)).toHaveLength(1);

    const highest = await record({ dataset: 'ohss-usbp-sector', filter: { regions: ['SOUTHWEST'] }, kind: 'HIGHEST' });
    expect(highest).toMatchObject({ period: '2023-12', value: 249740, rank: 1, periods: 302, since: null });
    expect(monthly[0]).toEqual(['2023-12', 249740]);
  });

  it('ranks only complete periods: fiscal year 2025 to date is not the lowest year', async () => {
    const usbpSouthwest = { dataset: 'cbp-southwest', filter: { components: ['USBP' as const] } };
    const [lowest, highest, fy2023Low, fy2023High] = await Promise.all([
      record({ ...usbpSouthwest, interval: 'FISCAL_YEAR', kind: 'LOWEST' }),
      record({ ...usbpSouthwest, interval: 'FISCAL_YEAR', kind: 'HIGHEST' }),
      record({ ...usbpSouthwest, interval: 'FISCAL_YEAR', kind: 'LOWEST', period: '2023-05' }),
      record({ ...usbpSouthwest, interval: 'FISCAL_YEAR', kind: 'HIGHEST', period: '2023-05' }),
    ]);
    expect(sum(southwestCsv, all(usbp, inMonths('2024-10', '2025-08')))).toBeLessThan(1530523);
    expect(lowest).toMatchObject({ period: 'FY2024', value: 1530523, rank: 1, periods: 3, firstPeriod: 'FY2022' });
    expect(lowest.since).toBeNull();
    expect(highest).toMatchObject({ period: 'FY2022', value: 2206436, rank: 1, since: null });
    expect(fy2023Low).toMatchObject({ period: 'FY2023', value: 2045838, rank: 2, since: null });
    expect(fy2023High).toMatchObject({ period: 'FY2023', rank: 2, since: { period: 'FY2022', value: 2206436 } });

    const partial = await server.request(EncounterRecordDocument, {
      ...usbpSouthwest,
      interval: 'FISCAL_YEAR',
      kind: 'LOWEST',
      period: '2025-03',
    });
    expectUserError(partial, 'period');
  });
});

describe('dataset selection', () => {
  it('picks the Southwest file for Border Patrol at the Southwest border, and says why', async () => {
    const result = await series({
      filter: { components: ['USBP'], regions: ['SOUTHWEST'], from: '2024-09', to: '2024-11' },
    });
    expect(result.dataset.slug).toBe('cbp-southwest');
    expect(result.datasetSelection.automatic).toBe(true);
    expect(result.datasetSelection.slug).toBe('cbp-southwest');
    expect(result.datasetSelection.reason).toContain('cbp-southwest');
    expect(valuesOf(result)).toEqual([
      ['2024-09', 53858],
      ['2024-10', 56520],
      ['2024-11', 46612],
    ]);

    const lowest = await record({
      filter: { components: ['USBP'], regions: ['SOUTHWEST'] },
      kind: 'LOWEST',
      period: '2024-11',
    });
    const monthly = totalsBy(southwestCsv, usbp, (row) => row.month);
    expect(lowest).toMatchObject({
      datasetSelection: { slug: 'cbp-southwest', automatic: true },
      value: 46612,
      rank: monthly.filter(([, value]) => value < 46612).length + 1,
      periods: 47,
    });
    // No month of the file before November 2024 was as low.
    expect(monthly.some(([month, value]) => month < '2024-11' && value <= 46612)).toBe(false);
    expect(lowest.since).toBeNull();
  });

  it('answers a one-month question from the full Southwest file, not from the 5-row excerpt', async () => {
    // cbp-nationwide-aor is a 5-row sample of CBP's richest layout: it "covers" September 2024 with three
    // Yuma rows (106 encounters), which is no answer to a question about the whole Southwest border.
    const result = await series({
      filter: { components: ['USBP'], regions: ['SOUTHWEST'], from: '2024-09', to: '2024-09' },
    });
    expect(result.datasetSelection.slug).toBe('cbp-southwest');
    expect(valuesOf(result)).toEqual([['2024-09', 53858]]);
  });

  it('answers Border Patrol in one sector from the full sector file, not from the 5-row excerpt', async () => {
    // The excerpt's exact counts are a sample (three Yuma rows); the OHSS file has the whole sector, rounded.
    const result = await series({ filter: { components: ['USBP'], areas: ['YUM'], from: '2024-09', to: '2024-09' } });
    expect(result.datasetSelection.slug).toBe('ohss-usbp-sector');
    expect(valuesOf(result)).toEqual([['2024-09', sum(ohssCsv, all(is('sector', 'Yuma, AZ'), inMonths('2024-09')))]]);
  });

  it('never answers a question without a region from the Southwest file', async () => {
    const result = await series({ filter: { components: ['USBP'], from: '2024-09', to: '2024-11' } });
    expect(result.datasetSelection.slug).toBe('ohss-usbp-sector');
    expect(result.datasetSelection.automatic).toBe(true);
    expect(result.datasetSelection.reason).toContain('ohss-usbp-sector');
    expect(result.datasetSelection.reason).not.toContain('cbp-southwest');
    expect(valuesOf(result)).toEqual(
      ['2024-09', '2024-10', '2024-11'].map((month) => [month, sum(ohssCsv, inMonths(month))]),
    );
  });
});

describe('refused requests', () => {
  it('a filter or grouping on a dimension the named dataset does not carry', async () => {
    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'cbp-southwest', filter: { areas: ['YUM'] } }),
      'filter.areas',
      'cbp-southwest',
      'AREA_OF_RESPONSIBILITY',
    );
    expectUserError(
      await server.request(EncounterSeriesDocument, {
        dataset: 'cbp-nationwide-state',
        filter: { components: ['USBP'] },
      }),
      'filter.components',
      'cbp-nationwide-state',
      'COMPONENT',
    );
    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'cbp-southwest', groupBy: ['STATE'] }),
      'groupBy',
      'cbp-southwest',
      'STATE',
    );
    // Carried, but only for the Southwest: a Northern question must not get Southwest figures.
    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'cbp-southwest', filter: { regions: ['NORTHERN'] } }),
      'filter.regions',
      'cbp-southwest',
      'NORTHERN',
    );
    expectUserError(
      await server.request(EncounterRecordDocument, {
        dataset: 'cbp-southwest',
        filter: { areas: ['YUM'] },
        kind: 'LOWEST',
      }),
      'filter.areas',
      'cbp-southwest',
      'AREA_OF_RESPONSIBILITY',
    );
  });

  it('an unknown dataset, a dimension no dataset has with another, months out of order or malformed', async () => {
    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'cbp-moon' }),
      'dataset',
      "'cbp-moon'",
      'cbp-southwest',
    );
    expectUserError(
      await server.request(EncounterSeriesDocument, { filter: { states: ['TX'], components: ['USBP'] } }),
      'dataset',
      'STATE',
      'COMPONENT',
    );
    expectUserError(
      await server.request(EncounterSeriesDocument, {
        dataset: 'cbp-southwest',
        filter: { from: '2024-11', to: '2024-09' },
      }),
      'filter.from',
      '2024-11',
      '2024-09',
    );
    const malformed = await server.request(EncounterSeriesDocument, {
      dataset: 'cbp-southwest',
      filter: { from: '2024-13' },
    });
    expectUserError(malformed, null, 'YYYY-MM', 'filter');
  });

  it('top outside 1–100, a list over 100 values, blank values, more than 3 groupBy dimensions', async () => {
    const grouped = { dataset: 'cbp-nationwide-state', groupBy: ['CITIZENSHIP' as const] };
    for (const top of [0, 101, -1]) {
      expectUserError(await server.request(EncounterSeriesDocument, { ...grouped, top }), 'top', '1', '100');
    }
    const citizenships = Array.from({ length: 101 }, (_, index) => `COUNTRY ${index}`);
    expectUserError(
      await server.request(EncounterSeriesDocument, { ...grouped, filter: { citizenships } }),
      'filter.citizenships',
      '100',
    );
    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'ohss-usbp-sector', filter: { areas: ['  '] } }),
      'filter.areas',
    );
    expectUserError(
      await server.request(EncounterSeriesDocument, {
        dataset: 'cbp-southwest',
        groupBy: ['COMPONENT', 'DEMOGRAPHIC', 'CITIZENSHIP', 'TITLE_OF_AUTHORITY'],
      }),
      'groupBy',
      '3',
    );
  });

  it('an interval that is not one', async () => {
    const query = `query ($interval: EncounterInterval) {
      encounterSeries(dataset: "cbp-southwest", interval: $interval) { interval }
    }`;
    const response = await server.query(query, { interval: 'WEEKLY' });
    expectUserError(response, null, '$interval', 'WEEKLY');
  });

  it('IDs that are not releases, or releases of another dataset', async () => {
    const dataset = dataOf(await server.request(DatasetBySlugDocument, { slug: 'cbp-southwest' })).dataset;
    const ohss = dataOf(await server.request(DatasetBySlugDocument, { slug: 'ohss-usbp-sector' })).dataset;
    const release = dataset?.currentRelease?.id;
    const ohssRelease = ohss?.currentRelease?.id;
    if (!dataset || !release || !ohssRelease) throw new Error('the seed has no cbp-southwest or OHSS release');

    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'cbp-southwest', asOfRelease: dataset.id }),
      'asOfRelease',
      'Release',
    );
    const missing = Buffer.from('Release:999999').toString('base64');
    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'cbp-southwest', asOfRelease: missing }),
      'asOfRelease',
    );
    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'ohss-usbp-sector', asOfRelease: release }),
      'asOfRelease',
      'cbp-southwest',
      'ohss-usbp-sector',
    );
    expectUserError(
      await server.request(EncounterRevisionsDocument, { from: release, to: ohssRelease }),
      'to',
      'same dataset',
    );
    expectUserError(
      await server.request(EncounterRevisionsDocument, { from: dataset.id, to: release }),
      'from',
      'Release',
    );
  });

  it('an ID that is no global ID at all is refused naming the argument it was passed in', async () => {
    // Global IDs are decoded before the resolver runs; the error must still say which argument was wrong.
    expectUserError(
      await server.request(EncounterSeriesDocument, { dataset: 'cbp-southwest', asOfRelease: 'not-an-id' }),
      'asOfRelease',
    );
  });
});

describe('SQL statements', () => {
  /** The statements one request sent, without transaction bookkeeping. */
  async function statementsFor(request: () => Promise<GraphQLResponse<unknown>>): Promise<string[]> {
    server.sql.length = 0;
    const response = await request();
    expect(response.errors).toBeUndefined();
    return server.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(sql.trim()));
  }
  const seriesStatements = (variables: EncounterSeriesQueryVariables) =>
    statementsFor(() => server.request(EncounterSeriesDocument, variables));

  /** One statement reads the facts, and it aggregates them: no fact row travels to JavaScript. */
  function expectFactsAggregatedOnce(statements: readonly string[]): void {
    const factReads = statements.filter((sql) => sql.includes('"EncounterFact"'));
    expect(factReads).toHaveLength(1);
    for (const sql of factReads) expect(sql).toMatch(/GROUP BY|sum\(/i);
  }

  it('a series costs the same 5 statements whatever its length, grouping or top N', async () => {
    const short = await seriesStatements({
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'], from: '2024-09', to: '2024-11' },
    });
    // 302 months instead of 3: the points come from the same statements.
    const long = await seriesStatements({ dataset: 'ohss-usbp-sector' });
    const picked = await seriesStatements({ filter: { components: ['USBP'], regions: ['SOUTHWEST'] } });
    const byCitizenship = { dataset: 'cbp-nationwide-state', groupBy: ['CITIZENSHIP' as const] };
    const top2 = await seriesStatements({ ...byCitizenship, top: 2 });
    const top20 = await seriesStatements({ ...byCitizenship, top: 20 });
    const twoDimensions = await seriesStatements({
      dataset: 'cbp-nationwide-state',
      groupBy: ['LAND_BORDER_REGION', 'CITIZENSHIP'],
      top: 100,
      filter: { from: '2024-01', to: '2024-12' },
    });
    // Observed: dataset pick, the series, its releases, the releases' current flags, the dataset.
    for (const statements of [short, long, picked, top2, top20, twoDimensions]) {
      expect(statements.length).toBeLessThanOrEqual(5);
      expectFactsAggregatedOnce(statements);
    }
    expect(long.length).toBe(short.length);
    expect(top20.length).toBeLessThanOrEqual(top2.length);
    expect(twoDimensions.length).toBeLessThanOrEqual(top2.length);
  });

  it('records and revisions cost a few statements, reading facts once and aggregated', async () => {
    const record = await statementsFor(() =>
      server.request(EncounterRecordDocument, { dataset: 'ohss-usbp-sector', kind: 'LOWEST', period: '2024-11' }),
    );
    // Observed: dataset pick, the record, its releases, the dataset.
    expect(record.length).toBeLessThanOrEqual(4);
    expectFactsAggregatedOnce(record);

    const dataset = dataOf(await server.request(DatasetBySlugDocument, { slug: 'cbp-southwest' })).dataset;
    const release = dataset?.currentRelease?.id;
    if (!release) throw new Error('the seed has no cbp-southwest release');
    const revisions = await statementsFor(() =>
      server.request(EncounterRevisionsDocument, { from: release, to: release }),
    );
    // Observed: both releases, their dataset, its dimensions check, the comparison.
    expect(revisions.length).toBeLessThanOrEqual(5);
    expectFactsAggregatedOnce(revisions);
  });
});

describe('release history: a newer release revises October 2024 and adds September 2025', () => {
  // A server of its own: the other tests see the seed only.
  let history: TestServer;
  let scratch: string;
  let oldRelease: { id: string; label: string };
  let newRelease: { id: string; label: string };
  const newLabel = 'FY23–FY25 (FYTD), September 2025 (test copy)';
  /** An October 2024 (FY2025) Border Patrol row; the copy adds 100 to its count. */
  const revisedRow = '2025 (FYTD),FYTD,OCT,U.S. Border Patrol,FMUA,Mexico,Title 8,Apprehensions,';
  const septemberRows = [
    '2025 (FYTD),FYTD,SEP,U.S. Border Patrol,Single Adults,Mexico,Title 8,Apprehensions,5000',
    '2025 (FYTD),FYTD,SEP,Office of Field Operations,Single Adults,Mexico,Title 8,Inadmissibles,3000',
  ];
  const octoberTotal = sum(southwestCsv, inMonths('2024-10'));

  beforeAll(async () => {
    history = await startTestServer();
    scratch = mkdtempSync(join(tmpdir(), 'borderdesk-analytics-'));
    const seeded = dataOf(await history.request(DatasetBySlugDocument, { slug: 'cbp-southwest' })).dataset;
    if (!seeded?.currentRelease) throw new Error('the seed has no cbp-southwest release');
    oldRelease = seeded.currentRelease;

    const [header = '', ...rows] = readFileSync(published(files.southwest), 'utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '');
    // FY2022 is left out, as a later CBP file would: its months stay with the old release.
    const kept = rows.filter((line) => !line.startsWith('2022,'));
    const edited = kept.map((line) =>
      line.startsWith(revisedRow) ? `${revisedRow}${Number(line.slice(revisedRow.length)) + 100}` : line,
    );
    expect(edited.filter((line, index) => line !== kept[index])).toHaveLength(1);
    const path = join(scratch, 'sbo-encounters-fy23-fy25-sep.csv');
    writeFileSync(path, `${[header, ...edited, ...septemberRows].join('\r\n')}\r\n`);
    const outcome = await importRelease(history.db.prisma, path, { label: newLabel, publishedOn: '2025-10-15' });
    expect(outcome.status).toBe('imported');

    const updated = dataOf(await history.request(DatasetBySlugDocument, { slug: 'cbp-southwest' })).dataset;
    if (!updated?.currentRelease) throw new Error('cbp-southwest lost its current release');
    newRelease = updated.currentRelease;
  });
  afterAll(async () => {
    await history?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('the dataset names the newer release as current and keeps the older one', async () => {
    const dataset = dataOf(await history.request(DatasetBySlugDocument, { slug: 'cbp-southwest' })).dataset;
    expect(newRelease.label).toBe(newLabel);
    expect(newRelease.id).not.toBe(oldRelease.id);
    expect(
      dataset?.releases.map(({ id, label, isCurrent, firstMonth, lastMonth }) => ({
        id,
        label,
        isCurrent,
        firstMonth,
        lastMonth,
      })),
    ).toEqual([
      { ...newRelease, isCurrent: true, firstMonth: '2022-10', lastMonth: '2025-09' },
      { ...oldRelease, isCurrent: false, firstMonth: '2021-10', lastMonth: '2025-08' },
    ]);
    expect(dataset?.coverage).toEqual({ firstMonth: '2021-10', lastMonth: '2025-09', months: 48 });
  });

  it('series answer with the revised figure and name the release it came from', async () => {
    const result = await seriesOn(history, {
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'], from: '2024-09', to: '2024-11' },
    });
    expect(valuesOf(result)).toEqual([
      ['2024-09', 53858],
      ['2024-10', 56620],
      ['2024-11', 46612],
    ]);
    expect(result.points[2]?.previous).toMatchObject({ value: 56620, absolute: 46612 - 56620 });
    expect(result.releases).toEqual([{ ...newRelease, isCurrent: true }]);
    for (const point of result.points) expect(point.releases).toEqual([newRelease]);

    const september = await seriesOn(history, {
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'], from: '2025-08', to: '2025-09' },
    });
    expect(valuesOf(september)).toEqual([
      ['2025-08', sum(southwestCsv, all(usbp, inMonths('2025-08')))],
      ['2025-09', 5000],
    ]);

    // 2022: January to September from the old release (the new one starts in October), the rest from the new.
    const year2022 = await seriesOn(history, {
      dataset: 'cbp-southwest',
      interval: 'CALENDAR_YEAR',
      filter: { from: '2022-01', to: '2022-12' },
    });
    expect(valuesOf(year2022)).toEqual([['2022', sum(southwestCsv, inMonths('2022-01', '2022-12'))]]);
    expect(year2022.points[0]?.releases).toEqual([newRelease, oldRelease]);
    expect(year2022.releases).toEqual([
      { ...newRelease, isCurrent: true },
      { ...oldRelease, isCurrent: false },
    ]);
  });

  it('asOfRelease gives the figures as they stood in the older release', async () => {
    const result = await seriesOn(history, {
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'], from: '2024-09', to: '2025-09' },
      asOfRelease: oldRelease.id,
    });
    expect(result.points.slice(0, 3).map((point) => [point.period, point.value])).toEqual([
      ['2024-09', 53858],
      ['2024-10', 56520],
      ['2024-11', 46612],
    ]);
    // The old release ends in August 2025: September is not shown as of it.
    expect(result.points.at(-1)?.period).toBe('2025-08');
    expect(result.releases).toEqual([{ ...oldRelease, isCurrent: false }]);
    for (const point of result.points) expect(point.releases).toEqual([oldRelease]);

    const usbpSouthwest = { dataset: 'cbp-southwest', filter: { components: ['USBP' as const] } };
    const [asOfOld, current] = await Promise.all([
      recordOn(history, { ...usbpSouthwest, kind: 'LOWEST', period: '2024-10', asOfRelease: oldRelease.id }),
      recordOn(history, { ...usbpSouthwest, kind: 'LOWEST', period: '2024-10' }),
    ]);
    expect(asOfOld).toMatchObject({ value: 56520, releases: [oldRelease], periods: 47 });
    expect(current).toMatchObject({ value: 56620, releases: [newRelease], periods: 48 });
  });

  it('encounterRevisions lists exactly the revised month, with before and after', async () => {
    const compare = (filter?: EncounterSeriesQueryVariables['filter']) =>
      history.request(EncounterRevisionsDocument, { from: oldRelease.id, to: newRelease.id, filter });
    const everything = dataOf(await compare()).encounterRevisions;
    expect(everything.from).toEqual(oldRelease);
    expect(everything.to).toEqual(newRelease);
    // October 2022 to August 2025: the months both releases cover.
    expect(everything.monthsCompared).toBe(35);
    expect(everything.months).toHaveLength(1);
    expect(everything.months[0]).toMatchObject({
      month: '2024-10',
      before: octoberTotal,
      after: octoberTotal + 100,
      absolute: 100,
    });
    expect(everything.months[0]?.percent).toBeCloseTo((100 / octoberTotal) * 100, 10);

    const borderPatrol = dataOf(await compare({ components: ['USBP'] })).encounterRevisions;
    expect(borderPatrol.months).toEqual([
      {
        month: '2024-10',
        before: 56520,
        after: 56620,
        absolute: 100,
        percent: expect.closeTo((100 / 56520) * 100, 10),
      },
    ]);
    const fieldOperations = dataOf(await compare({ components: ['OFO'] })).encounterRevisions;
    expect(fieldOperations).toMatchObject({ monthsCompared: 35, months: [] });
  });
});
