// `Policy.impact`: the encounter series around a policy's effective date, before against after.
import { builder } from '../builder.js';
import { maxWindow, monthBoundsProblem, windowMonths } from '../encounters/month-range.js';
import { monthDate } from '../encounters/periods.js';
import { UserInputError } from '../errors.js';
import { type PolicyImpact, policyImpact, type WindowSummary } from '../policies/impact.js';
import { checkEncounterFilter, EncounterFilterInput, PointRef, SeriesRef } from './encounter.js';

const WindowRef = builder.objectRef<WindowSummary>('PolicyImpactWindow').implement({
  description: 'The months on one side of the effective date, with their total and monthly average.',
  fields: (t) => ({
    from: t.field({ type: 'Month', description: 'The first month of the window.', resolve: (w) => monthDate(w.first) }),
    to: t.field({ type: 'Month', description: 'The last month of the window.', resolve: (w) => monthDate(w.last) }),
    months: t.exposeInt('months', {
      description:
        'Months of the window the dataset has figures for; fewer than `window` when it does not cover it all.',
    }),
    complete: t.boolean({
      description: 'True when the dataset has figures for every month of the window.',
      resolve: (w) => w.months === w.expected,
    }),
    total: t.exposeInt('total', { description: 'Encounters over the months with figures.' }),
    average: t.exposeFloat('average', {
      nullable: true,
      description: 'Encounters per month over the months with figures; null when there are none.',
    }),
  }),
});

const ChangeRef = builder.objectRef<NonNullable<PolicyImpact['change']>>('PolicyImpactChange').implement({
  description: 'The monthly average after the effective date against the one before.',
  fields: (t) => ({
    absolute: t.exposeFloat('absolute', { description: 'After minus before, in encounters per month.' }),
    percent: t.exposeFloat('percent', {
      nullable: true,
      description: 'The change in percent of the average before (−40 means 40% fewer); null when that was zero.',
    }),
  }),
});

const PolicyImpactRef = builder.objectRef<PolicyImpact>('PolicyImpact').implement({
  description:
    'The monthly encounter series around a policy’s effective date: the average of the months before against ' +
    'the months after. Convention: a policy effective on the 1st of a month (to the day) counts that month as ' +
    'the first month after; effective later in the month, or on a day not recorded, the month is a transition ' +
    'month shown on its own (`transition`) and left out of both averages. Only months the dataset covers in full ' +
    'count; when it lacks some, the windows say how many months they have and `note` says which are missing.',
  fields: (t) => ({
    effectiveOn: t.field({
      type: 'Date',
      description: 'The effective date the windows are built around (the policy’s earliest EFFECTIVE event).',
      resolve: (impact) => impact.effectiveOn,
    }),
    window: t.exposeInt('window', { description: 'Months on each side of the effective date.' }),
    before: t.field({
      type: WindowRef,
      description: 'The `window` months before the effective month.',
      resolve: (impact) => impact.before,
    }),
    transitionMonth: t.field({
      type: 'Month',
      nullable: true,
      description: 'The month the policy took effect in, when it is in neither window; null when effective on the 1st.',
      resolve: (impact) => (impact.transition ? monthDate(impact.transition) : null),
    }),
    transition: t.field({
      type: PointRef,
      nullable: true,
      description: 'The figure of the transition month; null when there is none or the dataset lacks it.',
      resolve: ({ transition, series }) => {
        const point = series.points.find((p) => p.start === transition);
        if (!point) return null;
        const releases = series.releases.filter((release) => point.releaseIds.includes(release.id));
        return { point, interval: series.interval, releases };
      },
    }),
    after: t.field({
      type: WindowRef,
      description: 'The `window` months from the first month after the effective date.',
      resolve: (impact) => impact.after,
    }),
    change: t.field({
      type: ChangeRef,
      nullable: true,
      description: 'The average after against the average before; null when either window has no figures.',
      resolve: (impact) => impact.change,
    }),
    series: t.field({
      type: SeriesRef,
      description:
        'Every month from the first month before to the last month after, transition month included, with the ' +
        'releases each figure comes from. Its `dataset` and `datasetSelection` name the dataset used and why.',
      resolve: (impact) => impact.series,
    }),
    complete: t.boolean({
      description: 'True when the dataset has figures for every month of both windows and the transition month.',
      resolve: (impact) => impact.note === null,
    }),
    note: t.exposeString('note', {
      nullable: true,
      description:
        'What the figures lack, e.g. "after has 5 of 6 months: … has no figures for 2024-12."; null when nothing.',
    }),
  }),
});

builder.prismaObjectField('Policy', 'impact', (t) =>
  t.field({
    type: PolicyImpactRef,
    nullable: true,
    description:
      'What the encounter figures did around the policy’s effective date: the monthly average of `window` months ' +
      'before against `window` months after, with the series. Null when the policy has no effective date on record. ' +
      'Without `dataset`, Borderdesk picks one that carries the filter’s dimensions and covers the whole window, ' +
      'like `encounterSeries`; if none does (the months after a recent policy are not published yet), one that ' +
      'covers the months before, and `note` says what is missing. A window no dataset covers at all is an error.',
    args: {
      window: t.arg.int({
        defaultValue: 6,
        description: `Months on each side of the effective date (1–${maxWindow}).`,
      }),
      dataset: t.arg.string({ description: 'Dataset slug, e.g. `cbp-southwest`; omit to let Borderdesk pick.' }),
      filter: t.arg({
        type: EncounterFilterInput,
        description: 'Which encounters to count; without `from`/`to`, which the window sets.',
      }),
    },
    select: { effectiveOn: true, effectivePrecision: true },
    resolve: (policy, args, ctx) => {
      const window = windowMonths(args.window ?? 6, 'window', 1);
      const filter = args.filter ?? {};
      const bounded = monthBoundsProblem(filter, 'filter', 'the window');
      if (bounded) throw new UserInputError(bounded.message, bounded.field);
      checkEncounterFilter(filter);
      if (!policy.effectiveOn) return null;
      // The day of a partial date is not known: such a policy gets a transition month, never a first-of-month start.
      const dayKnown = policy.effectivePrecision === 'DAY';
      return policyImpact(
        ctx,
        { dataset: args.dataset ?? null, filter },
        { effectiveOn: policy.effectiveOn, dayKnown },
        window,
      );
    },
  }),
);
