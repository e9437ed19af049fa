// What a policy did to the figures: the monthly series around its effective date, the months before
// against the months after. A list of policies is answered together (encounters/figures.ts): one
// dataset pick for all, one series per dataset over the months their windows span.
import type { Context } from '../context.js';
import { percentChange } from '../encounters/analytics.js';
import { type Figures, loadFigures } from '../encounters/figures.js';
import type { EncounterFilter } from '../encounters/filter.js';
import { contains, type MonthRange, monthCount, monthsIn, monthsInWords } from '../encounters/month-range.js';
import { monthFromIndex, monthIndex, toMonth } from '../encounters/periods.js';

/**
 * The months compared. Effective on the 1st of a month (to the day), that month is the first after;
 * effective later in the month, or on a day not known, it is a transition month in neither window.
 */
interface ImpactWindows {
  before: MonthRange;
  transition: string | null;
  after: MonthRange;
}

export interface WindowSummary extends MonthRange {
  /** Months of the window the dataset has figures for. */
  months: number;
  /** Months in the window. */
  expected: number;
  total: number;
  /** Mean over the months with figures; null when there are none. */
  average: number | null;
}

export interface PolicyImpact {
  effectiveOn: Date;
  window: number;
  transition: string | null;
  /** The window's monthly series. */
  series: Figures;
  before: WindowSummary;
  after: WindowSummary;
  /** After against before (averages); null when either window has no figures. */
  change: { absolute: number; percent: number | null } | null;
  /** What the figures lack, in words; null when every month has one. */
  note: string | null;
}

interface ImpactQuery {
  /** Dataset slug; null lets Borderdesk pick one. */
  dataset: string | null;
  /** Without `from`/`to`: the window sets the months. */
  filter: EncounterFilter;
}

function impactWindows(effectiveOn: Date, dayKnown: boolean, window: number): ImpactWindows {
  const month = monthIndex(toMonth(effectiveOn));
  const onFirst = dayKnown && effectiveOn.getUTCDate() === 1;
  const firstAfter = onFirst ? month : month + 1;
  return {
    before: { first: monthFromIndex(month - window), last: monthFromIndex(month - 1) },
    transition: onFirst ? null : monthFromIndex(month),
    after: { first: monthFromIndex(firstAfter), last: monthFromIndex(firstAfter + window - 1) },
  };
}

/**
 * A named dataset answers whatever it covers. Otherwise the pick must cover the whole window; when
 * none does, one that covers the months up to the effective date will do (after a recent policy the
 * later months are not published yet), and the note says what is missing.
 */
export async function policyImpact(
  ctx: Context,
  query: ImpactQuery,
  policy: { effectiveOn: Date; dayKnown: boolean },
  window: number,
): Promise<PolicyImpact> {
  const { before, transition, after } = impactWindows(policy.effectiveOn, policy.dayKnown, window);
  const series = await loadFigures(ctx, {
    ...query,
    interval: 'MONTH',
    months: { first: before.first, last: after.last },
    fallback: { first: before.first, last: transition ?? before.last },
  });
  const { points, choice } = series;
  const beforeSummary = summarize(series, before);
  const afterSummary = summarize(series, after);
  const change =
    beforeSummary.average === null || afterSummary.average === null
      ? null
      : {
          absolute: afterSummary.average - beforeSummary.average,
          percent: percentChange(beforeSummary.average, afterSummary.average),
        };
  const has = new Set(points.map((point) => point.start));
  const gaps = (name: string, summary: WindowSummary) => {
    const missing = monthsIn(summary).filter((month) => !has.has(month));
    return missing.length
      ? `${name} has ${summary.months} of ${summary.expected} months: ${choice.slug} has no figures for ${monthsInWords(missing)}.`
      : null;
  };
  const lacking = [
    gaps('before', beforeSummary),
    gaps('after', afterSummary),
    transition && !has.has(transition) ? `${choice.slug} has no figure for the transition month ${transition}.` : null,
  ].filter((sentence) => sentence !== null);
  return {
    effectiveOn: policy.effectiveOn,
    window,
    transition,
    series,
    before: beforeSummary,
    after: afterSummary,
    change,
    note: lacking.length ? lacking.join(' ') : null,
  };
}

function summarize({ points }: Figures, range: MonthRange): WindowSummary {
  const inside = points.filter((point) => contains(range, point.start));
  const total = inside.reduce((sum, point) => sum + point.value, 0);
  return {
    ...range,
    months: inside.length,
    expected: monthCount(range),
    total,
    average: inside.length ? total / inside.length : null,
  };
}
