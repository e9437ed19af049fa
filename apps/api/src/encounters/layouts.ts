// The four published file layouts: how to recognise each from its header row, and how to turn one
// of its rows into a fact. Columns are found by name, so a reordered file still reads correctly;
// a row's problems are all collected so a person can fix a file in one pass.
import type { Component, Demographic, EncounterType, LandBorderRegion, TitleOfAuthority } from '@borderdesk/db';
import {
  borderPatrolSectors,
  components,
  demographics,
  encounterTypes,
  landBorderRegions,
  monthAbbreviations,
  monthGroupings,
  monthNames,
  titlesOfAuthority,
  vocabularyKey,
} from './vocabulary.js';

export type DatasetSlug = 'cbp-nationwide-aor' | 'cbp-nationwide-state' | 'cbp-southwest' | 'ohss-usbp-sector';

/** One row of a file, normalised: what the importer writes to EncounterFact. */
export interface FactRow {
  /** First day of the calendar month, `YYYY-MM-01`. */
  month: string;
  fiscalYear: number;
  component: Component | null;
  landBorderRegion: LandBorderRegion | null;
  areaOfResponsibility: string | null;
  areaCode: string | null;
  state: string | null;
  demographic: Demographic | null;
  citizenship: string | null;
  titleOfAuthority: TitleOfAuthority | null;
  encounterType: EncounterType | null;
  count: number;
}

export interface Layout {
  dataset: DatasetSlug;
  /** The publisher's name for the layout, for messages. */
  name: string;
  /** Header cells as published. */
  columns: readonly string[];
  read(row: RowReader): FactRow;
}

/** Reads one row's cells by column name, collecting every problem instead of stopping at the first. */
export class RowReader {
  readonly problems: string[] = [];

  constructor(
    private readonly cells: readonly string[],
    private readonly columnIndex: ReadonlyMap<string, number>,
  ) {}

  text(column: string): string {
    return (this.cells[this.columnIndex.get(column) ?? -1] ?? '').trim();
  }

  /** A non-empty value of at most `maxLength` characters. */
  name(column: string, maxLength = 100): string {
    const value = this.text(column).replace(/\s+/g, ' ');
    if (!value) this.problems.push(`empty ${column}`);
    else if (value.length > maxLength) this.problems.push(`${column} is longer than ${maxLength} characters`);
    return value;
  }

  lookup<T>(column: string, table: Readonly<Record<string, T>>): T | null {
    const value = this.text(column);
    const found = lookupCached(table, value);
    if (found === undefined) {
      this.problems.push(value ? `unknown ${column} ${quote(value)}` : `empty ${column}`);
      return null;
    }
    return found;
  }

  /** A whole number of encounters: digits only, within PostgreSQL's integer. */
  count(column: string): number {
    const value = this.text(column);
    if (!/^\d+$/.test(value) || Number(value) > 2_147_483_647) {
      this.problems.push(`${column} ${quote(value)} is not a whole number ≥ 0`);
      return 0;
    }
    return Number(value);
  }

  /** `2024` or `2025 (FYTD)`. */
  fiscalYear(column: string): number {
    const value = this.text(column);
    const match = /^(\d{4})(?:\s*\(FYTD\))?$/i.exec(value);
    const year = Number(match?.[1]);
    if (!match || year < 1990 || year > 2100) {
      this.problems.push(`unknown ${column} ${quote(value)}`);
      return 0;
    }
    return year;
  }

  integer(column: string, min: number, max: number): number {
    const value = this.text(column);
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      this.problems.push(`${column} ${quote(value)} is not a number from ${min} to ${max}`);
      return 0;
    }
    return number;
  }
}

// Files repeat a handful of values thousands of times: normalise each distinct one once.
const lookups = new WeakMap<object, Map<string, unknown>>();

function lookupCached<T>(table: Readonly<Record<string, T>>, value: string): T | undefined {
  let cache = lookups.get(table);
  if (!cache) {
    cache = new Map();
    lookups.set(table, cache);
  }
  if (!cache.has(value)) cache.set(value, table[vocabularyKey(value)]);
  return cache.get(value) as T | undefined;
}

function quote(value: string): string {
  return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
}

/** The calendar month of fiscal month `month` (1–12 calendar) in fiscal year `fiscalYear`. */
function monthOfFiscalYear(fiscalYear: number, calendarMonth: number): string {
  const year = calendarMonth >= 10 ? fiscalYear - 1 : fiscalYear;
  return `${year}-${String(calendarMonth).padStart(2, '0')}-01`;
}

/** The columns every CBP layout opens with: fiscal year, month grouping, month. */
function readCbpMonth(row: RowReader): { month: string; fiscalYear: number } {
  const fiscalYear = row.fiscalYear('Fiscal Year');
  const grouping = row.text('Month Grouping');
  if (!monthGroupings.has(grouping.toLowerCase())) row.problems.push(`unknown Month Grouping '${grouping}'`);
  const calendarMonth = row.lookup('Month (abbv)', monthAbbreviations);
  return { fiscalYear, month: fiscalYear && calendarMonth ? monthOfFiscalYear(fiscalYear, calendarMonth) : '' };
}

type Dimensions = Omit<FactRow, 'month' | 'fiscalYear' | 'count'>;

/**
 * Every key written out in one order: rows then share one object shape, and building them stays
 * fast (spreading a template object per row took longer than parsing the CSV).
 */
function fact(when: { month: string; fiscalYear: number }, dimensions: Partial<Dimensions>, count: number): FactRow {
  return {
    month: when.month,
    fiscalYear: when.fiscalYear,
    component: dimensions.component ?? null,
    landBorderRegion: dimensions.landBorderRegion ?? null,
    areaOfResponsibility: dimensions.areaOfResponsibility ?? null,
    areaCode: dimensions.areaCode ?? null,
    state: dimensions.state ?? null,
    demographic: dimensions.demographic ?? null,
    citizenship: dimensions.citizenship ?? null,
    titleOfAuthority: dimensions.titleOfAuthority ?? null,
    encounterType: dimensions.encounterType ?? null,
    count,
  };
}

export const layouts: readonly Layout[] = [
  {
    dataset: 'cbp-nationwide-aor',
    name: 'CBP Nationwide Encounters by Area of Responsibility',
    columns: [
      'Fiscal Year',
      'Month Grouping',
      'Month (abbv)',
      'Component',
      'Land Border Region',
      'Area of Responsibility',
      'AOR (Abbv)',
      'Demographic',
      'Citizenship',
      'Title of Authority',
      'Encounter Type',
      'Encounter Count',
    ],
    read: (row) =>
      fact(
        readCbpMonth(row),
        {
          component: row.lookup('Component', components),
          landBorderRegion: row.lookup('Land Border Region', landBorderRegions),
          areaOfResponsibility: row.name('Area of Responsibility'),
          areaCode: row.name('AOR (Abbv)', 40),
          demographic: row.lookup('Demographic', demographics),
          citizenship: row.name('Citizenship').toUpperCase(),
          titleOfAuthority: row.lookup('Title of Authority', titlesOfAuthority),
          encounterType: row.lookup('Encounter Type', encounterTypes),
        },
        row.count('Encounter Count'),
      ),
  },
  {
    dataset: 'cbp-nationwide-state',
    name: 'CBP Nationwide Encounters by State',
    columns: [
      'Fiscal Year',
      'Month Grouping',
      'Month (abbv)',
      'Land Border Region',
      'State',
      'Demographic',
      'Citizenship',
      'Title of Authority',
      'Encounter Count',
    ],
    read: (row) => {
      const state = row.text('State').toUpperCase();
      if (!/^[A-Z]{2}$/.test(state)) row.problems.push(`State '${state}' is not a two-letter code`);
      return fact(
        readCbpMonth(row),
        {
          landBorderRegion: row.lookup('Land Border Region', landBorderRegions),
          state,
          demographic: row.lookup('Demographic', demographics),
          citizenship: row.name('Citizenship').toUpperCase(),
          titleOfAuthority: row.lookup('Title of Authority', titlesOfAuthority),
        },
        row.count('Encounter Count'),
      );
    },
  },
  {
    dataset: 'cbp-southwest',
    name: 'CBP Southwest Land Border Encounters',
    columns: [
      'Fiscal Year',
      'Month Grouping',
      'Month (abbv)',
      'Component',
      'Demographic',
      'Citizenship Grouping',
      'Title of Authority',
      'Encounter Type',
      'Encounter Count',
    ],
    // The file has no region column because every row is the Southwest border.
    read: (row) =>
      fact(
        readCbpMonth(row),
        {
          component: row.lookup('Component', components),
          landBorderRegion: 'SOUTHWEST',
          demographic: row.lookup('Demographic', demographics),
          citizenship: row.name('Citizenship Grouping').toUpperCase(),
          titleOfAuthority: row.lookup('Title of Authority', titlesOfAuthority),
          encounterType: row.lookup('Encounter Type', encounterTypes),
        },
        row.count('Encounter Count'),
      ),
  },
  {
    dataset: 'ohss-usbp-sector',
    name: 'OHSS CBP Encounters – USBP, Monthly Region and Sector',
    columns: ['fiscal_year', 'fy_month', 'region', 'sector', 'quantity', 'calendar_month', 'calendar_year'],
    // Border Patrol only, so every row is USBP; the calendar columns must agree with the fiscal ones.
    read: (row) => {
      const fiscalYear = row.fiscalYear('fiscal_year');
      const fyMonth = row.text('fy_month');
      const fyMatch = /^(\d{1,2})\s+([a-z]+)$/i.exec(fyMonth);
      const calendarMonth = fyMatch ? monthNames[vocabularyKey(fyMatch[2] ?? '')] : undefined;
      const fiscalMonth = Number(fyMatch?.[1]);
      if (calendarMonth === undefined || fiscalMonth !== ((calendarMonth + 2) % 12) + 1) {
        row.problems.push(`unknown fy_month '${fyMonth}'`);
      }
      const month = fiscalYear && calendarMonth ? monthOfFiscalYear(fiscalYear, calendarMonth) : '';
      const statedMonth = row.integer('calendar_month', 1, 12);
      const statedYear = row.integer('calendar_year', 1989, 2100);
      const stated = `${statedYear}-${String(statedMonth).padStart(2, '0')}-01`;
      if (month && statedMonth && statedYear && stated !== month) {
        row.problems.push(
          `calendar_month/calendar_year ${statedMonth}/${statedYear} contradict '${fyMonth}' of FY${fiscalYear}`,
        );
      }
      const sector = row.name('sector');
      const known = borderPatrolSectors[vocabularyKey(sector)];
      return fact(
        { month, fiscalYear },
        {
          component: 'USBP',
          landBorderRegion: row.lookup('region', landBorderRegions),
          areaOfResponsibility: known?.name ?? sector,
          areaCode: known?.code ?? null,
        },
        row.count('quantity'),
      );
    },
  },
];

export type HeaderMatch = { layout: Layout; columnIndex: Map<string, number> } | { problem: string };

/** Finds the layout whose columns the header has, in any order; otherwise says how the closest one differs. */
export function matchHeader(header: readonly string[]): HeaderMatch {
  const cells = header.map(vocabularyKey);
  const present = new Set(cells);
  const duplicate = cells.find((cell, index) => cells.indexOf(cell) !== index);
  if (duplicate) return { problem: `column '${duplicate}' appears twice in the header` };
  let closest: { layout: Layout; missing: string[]; unexpected: string[] } | undefined;
  for (const layout of layouts) {
    const expected = new Set(layout.columns.map(vocabularyKey));
    const missing = layout.columns.filter((column) => !present.has(vocabularyKey(column)));
    const unexpected = header.filter((cell) => !expected.has(vocabularyKey(cell)));
    if (missing.length === 0 && unexpected.length === 0) {
      const columnIndex = new Map(layout.columns.map((column) => [column, cells.indexOf(vocabularyKey(column))]));
      return { layout, columnIndex };
    }
    if (!closest || missing.length + unexpected.length < closest.missing.length + closest.unexpected.length) {
      closest = { layout, missing, unexpected };
    }
  }
  const differences = [
    closest?.missing.length ? `missing ${closest.missing.map((c) => `'${c}'`).join(', ')}` : '',
    closest?.unexpected.length ? `unexpected ${closest.unexpected.map((c) => quote(c)).join(', ')}` : '',
  ].filter(Boolean);
  return {
    problem: `the header matches no known layout; closest is ${closest?.layout.name} (${differences.join('; ')})`,
  };
}
