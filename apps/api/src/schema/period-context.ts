// Cross-links between the encounter series and the record: from a period (a point of the series, or
// `periodContext` for a page that starts from a date) to the policies in effect, the policy events and
// the statements of the time; and from a statement or policy event back to the figure of its month.
// Every field is batched across the list it sits in (editorial/period-loaders.ts, encounters/figures.ts).
import type { ArgBuilder } from '@pothos/core';
import { type BuilderTypes, builder, maxPageSize } from '../builder.js';
import type { Context } from '../context.js';
import { loadPerRange } from '../editorial/period-loaders.js';
import { policiesInEffect, policyEventsWithin, statementsWithin } from '../editorial/period-records.js';
import { type Figures, loadFigures } from '../encounters/figures.js';
import type { EncounterFilter } from '../encounters/filter.js';
import { type MonthRange, maxWindow, monthBoundsProblem, widen, windowMonths } from '../encounters/month-range.js';
import { type Interval, monthDate, periodEnd, periodLabel, periodStart, toMonth } from '../encounters/periods.js';
import { MonthsNotCoveredError } from '../encounters/select-dataset.js';
import { UserInputError } from '../errors.js';
import { checkEncounterFilter, EncounterFilterInput, IntervalEnum, PointRef, SeriesRef } from './encounter.js';

/** A period of the series: its length and first month, `YYYY-MM`. */
interface Period {
  interval: Interval;
  start: string;
}

const rangeOf = ({ interval, start }: Period): MonthRange => ({ first: start, last: periodEnd(interval, start) });

/** The record fields every period carries, for a parent type whose period `periodOf` gives. */
function recordFields<Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Parent>,
  periodOf: (parent: Parent) => Period,
) {
  const windowArgs = {
    monthsBefore: t.arg.int({
      defaultValue: 0,
      description: `Also include this many months before the period (0–${maxWindow}).`,
    }),
    monthsAfter: t.arg.int({
      defaultValue: 0,
      description: `Also include this many months after the period (0–${maxWindow}): reactions come later.`,
    }),
  };
  const windowOf = (parent: Parent, args: { monthsBefore?: number | null; monthsAfter?: number | null }) =>
    widen(
      rangeOf(periodOf(parent)),
      windowMonths(args.monthsBefore ?? 0, 'monthsBefore', 0),
      windowMonths(args.monthsAfter ?? 0, 'monthsAfter', 0),
    );
  return {
    policiesInEffect: t.prismaField({
      type: ['Policy'],
      description:
        'Policies in effect at some time during the period: their earliest EFFECTIVE event is on or before its ' +
        'last day, and no RESCINDED or EXPIRED event falls on or before its first day (a partial date counts ' +
        'from its latest possible day: a policy rescinded in `2022-08` still counts for August 2022). A policy ' +
        'with no EFFECTIVE event on record is not listed. By effective date, then title.',
      resolve: (query, parent, _args, ctx) =>
        loadPerRange(
          ctx,
          `policiesInEffect ${JSON.stringify(query)}`,
          rangeOf(periodOf(parent)),
          (ranges) => policiesInEffect(ctx.prisma, ranges),
          (ids) => ctx.prisma.policy.findMany({ ...query, where: { id: { in: ids } } }),
        ),
    }),
    policyEvents: t.prismaField({
      type: ['PolicyEvent'],
      description:
        'Policy events (signed, effective, votes…) dated within the period, oldest first. A partial date ' +
        'counts only where all of it falls inside: an event of `2020-03` is in March 2020, not in its first week.',
      args: windowArgs,
      resolve: (query, parent, args, ctx) => {
        const range = windowOf(parent, args);
        return loadPerRange(
          ctx,
          `policyEvents ${JSON.stringify(query)}`,
          range,
          (ranges) => policyEventsWithin(ctx.prisma, ranges),
          (ids) => ctx.prisma.policyEvent.findMany({ ...query, where: { id: { in: ids } } }),
        );
      },
    }),
    statements: t.prismaField({
      type: ['Statement'],
      description:
        'Statements said within the period, oldest first. A statement dated only by month counts for that ' +
        'month (and the quarter and years containing it); one dated only by year counts for its calendar year.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `How many statements at most (0–${maxPageSize}).` }),
        ...windowArgs,
      },
      resolve: (query, parent, args, ctx) => {
        const range = windowOf(parent, args);
        const first = args.first ?? 20;
        return loadPerRange(
          ctx,
          `statements ${first} ${JSON.stringify(query)}`,
          range,
          (ranges) => statementsWithin(ctx.prisma, ranges, first),
          (ids) => ctx.prisma.statement.findMany({ ...query, where: { id: { in: ids } } }),
        );
      },
    }),
  };
}

builder.objectFields(PointRef, (t) => recordFields(t, ({ point, interval }) => ({ interval, start: point.start })));

/** `dataset` and `filter`, as `encounterSeries` takes them, for a figure whose period is given. */
function figureArgs(arg: ArgBuilder<BuilderTypes>) {
  return {
    dataset: arg.string({ description: 'Dataset slug, e.g. `cbp-southwest`; omit to let Borderdesk pick.' }),
    filter: arg({
      type: EncounterFilterInput,
      description: 'Which encounters to count. Leave out `from` and `to`: the period sets them.',
    }),
  };
}

/**
 * The figure of the period, batched across the list (encounters/figures.ts). Without a dataset named,
 * a period no dataset covers has no figure: null, not an error.
 */
async function loadFigure(
  ctx: Context,
  args: { dataset?: string | null; filter?: EncounterFilter | null },
  period: Period,
): Promise<Figures | null> {
  const filter = args.filter ?? {};
  const bounded = monthBoundsProblem(filter, 'filter', 'the period');
  if (bounded) throw new UserInputError(bounded.message, bounded.field);
  checkEncounterFilter(filter);
  const { interval } = period;
  try {
    return await loadFigures(ctx, { dataset: args.dataset ?? null, filter, interval, months: rangeOf(period) });
  } catch (error) {
    if (error instanceof MonthsNotCoveredError) return null;
    throw error;
  }
}

const PeriodContextRef = builder.objectRef<Period>('PeriodContext').implement({
  description:
    'What happened in a period: the policies in effect, the policy events and the statements of the time, ' +
    'and the encounter figure. The same fields sit on every point of `encounterSeries`.',
  fields: (t) => ({
    interval: t.field({ type: IntervalEnum, description: 'The period length.', resolve: ({ interval }) => interval }),
    period: t.string({
      description: 'The period: `2024-11`, `2024-Q4`, `FY2024` or `2024`.',
      resolve: ({ interval, start }) => periodLabel(interval, start),
    }),
    start: t.field({ type: 'Month', description: 'Its first month.', resolve: ({ start }) => monthDate(start) }),
    end: t.field({
      type: 'Month',
      description: 'Its last month.',
      resolve: ({ interval, start }) => monthDate(periodEnd(interval, start)),
    }),
    encounters: t.field({
      type: SeriesRef,
      nullable: true,
      description:
        'The encounter figure of the period, with its change on the previous period and a year earlier: the ' +
        'series of this one period, naming its dataset and releases; no point when the dataset named does not ' +
        'cover it. Null when no dataset is named and none has figures for the period.',
      args: figureArgs(t.arg),
      resolve: (period, args, ctx) => loadFigure(ctx, args, period),
    }),
    ...recordFields(t, (period) => period),
  }),
});

builder.queryFields((t) => ({
  periodContext: t.field({
    type: PeriodContextRef,
    description:
      'The record around a period, for pages that start from a date: the policies in effect, the policy events ' +
      'and the statements of the month (or quarter, or year) containing `month`, and its encounter figure.',
    args: {
      month: t.arg({ type: 'Month', required: true, description: 'Any month of the period, e.g. `2024-11`.' }),
      interval: t.arg({
        type: IntervalEnum,
        defaultValue: 'MONTH',
        description: 'The period length: the month itself, or the quarter or year containing it.',
      }),
    },
    resolve: (_root, { month, interval }) => {
      const length = interval ?? 'MONTH';
      return { interval: length, start: periodStart(length, month) };
    },
  }),
}));

/** The month of a partial date, when it is known to the month. */
function monthOf(date: Date | null, precision: string | null): Period | null {
  return date && precision !== 'YEAR' ? { interval: 'MONTH', start: toMonth(date) } : null;
}

builder.prismaObjectFields('Statement', (t) => ({
  encountersWhenSaid: t.field({
    type: SeriesRef,
    nullable: true,
    select: { saidOn: true, saidOnPrecision: true },
    description:
      'The encounter figure of the month the statement was said, with its change on the previous month, from ' +
      'the dataset named (or picked for that month, as `encounterSeries` would). Null when the statement is not ' +
      'dated to the month, or when no dataset is named and none has figures for that month.',
    args: figureArgs(t.arg),
    resolve: (statement, args, ctx) => {
      const month = monthOf(statement.saidOn, statement.saidOnPrecision);
      return month ? loadFigure(ctx, args, month) : null;
    },
  }),
}));

builder.prismaObjectFields('PolicyEvent', (t) => ({
  encountersThatMonth: t.field({
    type: SeriesRef,
    nullable: true,
    select: { date: true, datePrecision: true },
    description:
      'The encounter figure of the month of the event, with its change on the previous month, from the dataset ' +
      'named (or picked for that month). Null when the event is dated only by year, or when no dataset is named ' +
      'and none has figures for that month.',
    args: figureArgs(t.arg),
    resolve: (event, args, ctx) => {
      const month = monthOf(event.date, event.datePrecision);
      return month ? loadFigure(ctx, args, month) : null;
    },
  }),
}));
