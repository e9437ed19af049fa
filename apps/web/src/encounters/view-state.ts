// The Encounters view as its URL describes it, checked against the chosen dataset: every value the
// dataset cannot take is replaced by a default and explained in `notices`, so a hand-edited or stale
// URL still shows a chart and says what it changed.
import type { DatasetInfo } from '../datasets.ts';
import { formatMonth } from '../format.ts';
import type { Component, Dimension, LandBorderRegion } from '../generated/graphql.ts';
import { addMonths as addMonthsTo, monthIndex } from '../months.ts';
import { enumValues, pick } from '../options.ts';

/** The reporter's question is about Border Patrol at the Southwest border: this file answers it exactly. */
const defaultDatasetSlug = 'cbp-southwest';
/** Roughly three years: long enough to see a trend, short enough to read month by month. */
const defaultMonths = 36;

export const componentLabels: Record<Component, string> = {
  USBP: 'Border Patrol (USBP)',
  OFO: 'Field Operations (OFO)',
};
export const regionLabels: Record<LandBorderRegion, string> = {
  SOUTHWEST: 'Southwest land border',
  NORTHERN: 'Northern land border',
  COASTAL: 'Coastal',
  OTHER: 'Other (air, sea, interior)',
};
/** The dimensions a month can be broken down by, in the order offered. */
export const breakdownLabels = {
  CITIZENSHIP: 'Citizenship',
  AREA_OF_RESPONSIBILITY: 'Area of responsibility',
  STATE: 'State',
} as const satisfies Partial<Record<Dimension, string>>;
export type BreakdownDimension = keyof typeof breakdownLabels;

export const components = enumValues(componentLabels);
export const regions = enumValues(regionLabels);
const breakdowns = enumValues(breakdownLabels);
/** `component=ALL` asks for both components; without the parameter the view shows Border Patrol. */
export const allComponents = 'ALL';
const defaultComponent: Component = 'USBP';

interface FilterChoice<T extends string> {
  /** The value used; undefined means no filter on this dimension (all of it). */
  value: T | undefined;
  /** Whether the reader can change it (the dataset carries the dimension with more than one value). */
  offered: boolean;
  /** The one value every figure has, when the dataset's scope fixes it. */
  fixed: T | undefined;
}

export interface EncountersView {
  dataset: DatasetInfo;
  /** True when the URL named no dataset. */
  defaultDataset: boolean;
  component: FilterChoice<Component>;
  region: FilterChoice<LandBorderRegion>;
  from: string;
  to: string;
  /** The month asked for in the URL, within from–to; '' for the default (the last month with figures). */
  month: string;
  breakdowns: BreakdownDimension[];
  by: BreakdownDimension | undefined;
  /** What the URL asked for that could not be shown as asked, in sentences. */
  notices: string[];
}

interface ViewParams {
  dataset: string;
  /** Every `component` in the URL: naming both means both. */
  component: readonly string[];
  region: string;
  from: string;
  to: string;
  month: string;
  by: string;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The earliest month the view accepts: no dataset starts before it, and it keeps years four digits long. */
export const firstMonth = '1900-01';

/** A YYYY-MM month from 1900 on. */
export function isMonth(value: string): boolean {
  return monthPattern.test(value) && value >= firstMonth;
}

/** "2024-11" plus 2 → "2025-01"; never before 1900-01. */
function addMonths(month: string, count: number): string {
  return monthIndex(month) + count < monthIndex(firstMonth) ? firstMonth : addMonthsTo(month, count);
}

/** Why a URL value is not a month the view can use, as the end of a sentence. */
function notAMonth(value: string): string {
  return monthPattern.test(value)
    ? `${quoted(value)} is before ${formatMonth(firstMonth)}`
    : `${quoted(value)} is not a month (YYYY-MM)`;
}

/**
 * The period after the reader set one end: the other end moves along when it would be crossed, and
 * both stay within the dataset's months.
 */
export function movePeriod(
  period: { from: string; to: string },
  changes: { from?: string; to?: string },
  coverage: { first: string; last: string } | undefined,
): { from: string; to: string } {
  const within = (month: string) => (coverage ? clamp(month, coverage) : month);
  if (changes.from !== undefined) {
    const from = within(changes.from);
    if (from > period.to) return { from, to: from };
    return { from, to: period.to };
  }
  if (changes.to !== undefined) {
    const to = within(changes.to);
    if (to < period.from) return { from: to, to };
    return { from: period.from, to };
  }
  return period;
}

/** "2024-02" → "2024-02-29". */
export function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 0, number ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

export function coverageOf(dataset: DatasetInfo): { first: string; last: string } | undefined {
  const { firstMonth, lastMonth } = dataset.coverage;
  return firstMonth && lastMonth ? { first: firstMonth, last: lastMonth } : undefined;
}

/**
 * The last three years of the dataset; slid back just far enough to include `month`, so that an address
 * naming a month but no period keeps showing it after an import moves the window on.
 */
function defaultRange(dataset: DatasetInfo, month: string): { from: string; to: string } | undefined {
  const coverage = coverageOf(dataset);
  if (!coverage) return undefined;
  const latest = addMonths(coverage.last, 1 - defaultMonths);
  if (isMonth(month) && month >= coverage.first && month < latest) {
    return { from: month, to: clamp(addMonths(month, defaultMonths - 1), coverage) };
  }
  return { from: clamp(latest, coverage), to: coverage.last };
}

/** The month moved into the dataset's months. */
function clamp(month: string, coverage: { first: string; last: string }): string {
  return month < coverage.first ? coverage.first : month > coverage.last ? coverage.last : month;
}

function scopeOf(dataset: DatasetInfo, dimension: Dimension): string[] | undefined {
  return dataset.scope.find((item) => item.dimension === dimension)?.values;
}

/** Whether the view offers a filter on this dimension, and which single value the dataset fixes. */
function dimensionChoice<T extends string>(
  dataset: DatasetInfo,
  dimension: Dimension,
  known: readonly T[],
): { offered: boolean; fixed: T | undefined; carried: boolean } {
  const carried = dataset.dimensions.includes(dimension);
  const scope = scopeOf(dataset, dimension);
  const fixed = scope?.length === 1 ? pick(known, scope[0] ?? '') : undefined;
  return { carried, offered: carried && fixed === undefined, fixed };
}

function breakdownsOf(dataset: DatasetInfo): BreakdownDimension[] {
  return breakdowns.filter((dimension) => dataset.dimensions.includes(dimension));
}

/**
 * The URL parameters after switching to another dataset: what it can show of the current view is
 * kept (period, component, region, breakdown), the rest goes back to its defaults.
 */
export function switchDataset(view: EncountersView, next: DatasetInfo): Record<keyof ViewParams, string | undefined> {
  const coverage = coverageOf(next);
  const inside = (month: string) => coverage !== undefined && month >= coverage.first && month <= coverage.last;
  const keepRange = inside(view.from) && inside(view.to);
  return {
    dataset: next.slug,
    component:
      view.component.offered && dimensionChoice(next, 'COMPONENT', components).offered
        ? (view.component.value ?? allComponents)
        : undefined,
    region:
      view.region.value && dimensionChoice(next, 'LAND_BORDER_REGION', regions).offered ? view.region.value : undefined,
    from: keepRange ? view.from : undefined,
    to: keepRange ? view.to : undefined,
    month: keepRange && view.month ? view.month : undefined,
    by: view.by && next.dimensions.includes(view.by) ? view.by : undefined,
  };
}

function quoted(value: string): string {
  return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
}

export function resolveView(datasets: readonly DatasetInfo[], params: ViewParams): EncountersView | undefined {
  const notices: string[] = [];
  const fallback = datasets.find((item) => item.slug === defaultDatasetSlug) ?? datasets[0];
  if (!fallback) return undefined;
  let dataset = fallback;
  if (params.dataset) {
    const named = datasets.find((item) => item.slug === params.dataset);
    if (named) dataset = named;
    else notices.push(`There is no dataset ${quoted(params.dataset)}; showing ${fallback.name} instead.`);
  }

  const component = resolveComponent(dataset, params.component, notices);
  const region = resolveRegion(dataset, params.region, notices);
  // A month alone in the address (no period) moves the default period to it rather than being dropped.
  const defaults = defaultRange(dataset, params.from || params.to ? '' : params.month);
  const { from, to } = resolveRange(dataset, defaults, params.from, params.to, notices);

  let month = '';
  if (params.month) {
    if (!isMonth(params.month)) notices.push(`${notAMonth(params.month)}; showing the last month.`);
    else if (params.month < from || params.month > to) {
      notices.push(`${formatMonth(params.month)} is outside the period shown; showing the last month instead.`);
    } else month = params.month;
  }

  const available = breakdownsOf(dataset);
  let by = available[0];
  if (params.by) {
    const asked = pick(available, params.by);
    if (asked) by = asked;
    else {
      const name = pick(breakdowns, params.by);
      notices.push(
        name
          ? `${dataset.name} has no ${breakdownLabels[name].toLowerCase()}; the breakdown uses what it has.`
          : `${quoted(params.by)} is not a breakdown this view offers.`,
      );
    }
  }

  return {
    dataset,
    defaultDataset: dataset === fallback && params.dataset !== fallback.slug,
    component,
    region,
    from,
    to,
    month,
    breakdowns: available,
    by,
    notices,
  };
}

function resolveComponent(dataset: DatasetInfo, asked: readonly string[], notices: string[]): FilterChoice<Component> {
  const values = [...new Set(asked.filter(Boolean))];
  const { carried, offered, fixed } = dimensionChoice(dataset, 'COMPONENT', components);
  if (!offered) {
    if (values.some((value) => value !== allComponents && value !== fixed)) {
      notices.push(
        fixed
          ? `${dataset.name} has ${componentLabels[fixed]} figures only; the component in the address is ignored.`
          : `${dataset.name} does not tell Border Patrol and Field Operations apart; showing all encounters.`,
      );
    }
    return { value: undefined, offered, fixed: carried ? fixed : undefined };
  }
  const named = values.filter((item) => item === allComponents || pick(components, item));
  // Both components named, like `ALL`, ask for both: the address is not read as its first value.
  const both = named.length > 1 || named[0] === allComponents;
  const value = both ? undefined : (pick(components, named[0] ?? '') ?? defaultComponent);
  if (named.length > 1) {
    notices.push(`The address names more than one component (${named.join(', ')}); showing both components.`);
  }
  const unknown = values.filter((item) => !named.includes(item));
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 3).map(quoted).join(', ') + (unknown.length > 3 ? ', …' : '');
    notices.push(
      `${listed} ${unknown.length === 1 ? 'is not a component' : 'are not components'} (USBP or OFO); ` +
        `showing ${value ? componentLabels[value] : 'both components'}.`,
    );
  }
  return { value, offered, fixed };
}

function resolveRegion(dataset: DatasetInfo, asked: string, notices: string[]): FilterChoice<LandBorderRegion> {
  const { offered, fixed } = dimensionChoice(dataset, 'LAND_BORDER_REGION', regions);
  if (!asked) return { value: undefined, offered, fixed };
  const value = pick(regions, asked);
  if (!value) {
    notices.push(`${quoted(asked)} is not a land border region; showing every region.`);
  } else if (!offered && value !== fixed) {
    notices.push(
      fixed
        ? `${dataset.name} covers the ${regionLabels[fixed]} only; the region in the address is ignored.`
        : `${dataset.name} has no land border region; showing every region.`,
    );
  } else if (offered) {
    return { value, offered, fixed };
  }
  return { value: undefined, offered, fixed };
}

function resolveRange(
  dataset: DatasetInfo,
  defaults: { from: string; to: string } | undefined,
  askedFrom: string,
  askedTo: string,
  notices: string[],
) {
  const coverage = coverageOf(dataset);
  if (!coverage || !defaults) return { from: askedFrom, to: askedTo };
  let from = defaults.from;
  let to = defaults.to;
  const fromOk = isMonth(askedFrom);
  const toOk = isMonth(askedTo);
  if (askedFrom && !fromOk) notices.push(`${notAMonth(askedFrom)}; the period starts by default.`);
  if (askedTo && !toOk) notices.push(`${notAMonth(askedTo)}; the period ends by default.`);
  if (fromOk) from = askedFrom;
  if (toOk) to = askedTo;
  // An end alone keeps the default length: `?to=2023-06` shows the three years up to June 2023.
  if (toOk && !fromOk) {
    const start = addMonths(to, 1 - defaultMonths);
    from = start < coverage.first && to >= coverage.first ? coverage.first : start;
  }
  if (from > to) {
    notices.push(
      `The period asked for starts (${formatMonth(from)}) after it ends (${formatMonth(to)}); ` +
        `showing ${formatMonth(defaults.from)} – ${formatMonth(defaults.to)} instead.`,
    );
    return defaults;
  }
  const covered = `${dataset.name} covers ${formatMonth(coverage.first)} – ${formatMonth(coverage.last)}`;
  if (to < coverage.first || from > coverage.last) {
    notices.push(
      `${covered}, nothing of ${formatMonth(from)} – ${formatMonth(to)}; ` +
        `showing ${formatMonth(defaults.from)} – ${formatMonth(defaults.to)} instead.`,
    );
    return defaults;
  }
  if (from < coverage.first) {
    notices.push(`${covered}: the period starts at ${formatMonth(coverage.first)}, not ${formatMonth(from)}.`);
    from = coverage.first;
  }
  if (to > coverage.last) {
    notices.push(`${covered}: the period ends at ${formatMonth(coverage.last)}, not ${formatMonth(to)}.`);
    to = coverage.last;
  }
  return { from, to };
}
