// What the encounter figures did around a policy's effective date: the monthly average of `window`
// months before against `window` months after (URL `window`, `dataset`), with the series charted. When
// Borderdesk's automatic dataset pick refuses the window, the page picks a narrower dataset and says so.
import { GraphQLRequestError } from '@borderdesk/sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { Link } from 'wouter';
import { borderdesk } from '../client.ts';
import { type DatasetInfo, useDatasets } from '../datasets.ts';
import { PartialDate } from '../dates.tsx';
import { formatChange, formatCompact, formatCount, formatEnum, formatMonth, formatPercent } from '../format.ts';
import { type DatePrecision, PolicyPageImpactDocument, type PolicyPageImpactQuery } from '../generated/graphql.ts';
import { addMonths, monthIndex } from '../months.ts';
import { Empty, ErrorState, Loading, Notice } from '../states.tsx';
import { useQueryParams } from '../url-state.ts';

type Impact = NonNullable<NonNullable<PolicyPageImpactQuery['policy']>['impact']>;
type ImpactWindow = Impact['before'];

const defaultWindow = 6;
const windows = Array.from({ length: 24 }, (_, index) => index + 1);

/** `?window=` as months on each side: a whole number from 1 to 24, else the default (and says so). */
function parseWindow(raw: string): { months: number; invalid: boolean } {
  const value = /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
  if (value >= 1 && value <= 24) return { months: value, invalid: false };
  return { months: defaultWindow, invalid: raw !== '' };
}

export function PolicyImpactSection({
  slug,
  effectiveOn,
  precision,
}: {
  slug: string;
  effectiveOn: string;
  precision: DatePrecision | null;
}) {
  const params = useQueryParams();
  const { months, invalid } = parseWindow(params.get('window'));
  const datasetParam = params.get('dataset');

  const datasets = useDatasets();
  const datasetOptions = datasets.data ?? [];
  const unknownDataset =
    datasets.isSuccess && datasetParam !== '' && !datasetOptions.some(({ slug: known }) => known === datasetParam);
  const dataset = datasetParam === '' || unknownDataset ? undefined : datasetParam;

  const impact = useQuery({
    queryKey: impactKey(slug, months, dataset),
    queryFn: ({ signal }) =>
      borderdesk.request(PolicyPageImpactDocument, { slug, window: months, dataset }, { signal }),
    // A dataset named in the URL is checked against the list first, so an unknown one is not sent.
    enabled: datasetParam === '' || !datasets.isPending,
    placeholderData: keepPreviousData,
  });
  // Asking again cannot help: no dataset of every encounter covers the window, so the page picks one itself.
  const refused =
    dataset === undefined && impact.error instanceof GraphQLRequestError && impact.error.argument === 'dataset';

  return (
    <div className="policy-impact">
      <form className="filters" aria-label="Impact window" onSubmit={(event) => event.preventDefault()}>
        <label>
          Months on each side
          <select
            value={months}
            onChange={(event) => {
              const value = Number(event.target.value);
              params.update({ window: value === defaultWindow ? undefined : String(value) });
            }}
          >
            {windows.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <label>
          Dataset
          <select value={dataset ?? ''} onChange={(event) => params.update({ dataset: event.target.value })}>
            <option value="">Automatic (Borderdesk picks)</option>
            {datasetOptions.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
                {option.coverage.firstMonth && option.coverage.lastMonth
                  ? ` (${formatMonth(option.coverage.firstMonth)}–${formatMonth(option.coverage.lastMonth)})`
                  : ''}
              </option>
            ))}
          </select>
        </label>
      </form>
      {invalid ? (
        <Notice>
          “window={params.get('window')}” is not a number of months from 1 to 24; showing {defaultWindow} months on each
          side.
        </Notice>
      ) : null}
      {unknownDataset ? <Notice>There is no dataset “{datasetParam}”; Borderdesk picks one instead.</Notice> : null}
      {datasets.isError ? (
        <ErrorState error={datasets.error} what="the list of datasets" onRetry={() => void datasets.refetch()} />
      ) : null}

      {impact.isPending ? (
        <Loading what="the encounter figures" />
      ) : refused ? (
        datasets.isPending ? (
          <Loading what="the list of datasets" />
        ) : datasets.isSuccess ? (
          <StandInImpact
            slug={slug}
            months={months}
            span={impactSpan(effectiveOn, precision, months)}
            datasets={datasets.data}
            precision={precision}
          />
        ) : null
      ) : impact.isError ? (
        <ErrorState
          error={impact.error}
          what="the encounter figures around the effective date"
          onRetry={() => void impact.refetch()}
        />
      ) : (
        <ImpactResult data={impact.data} precision={precision} updating={impact.isPlaceholderData} standIn={false} />
      )}
    </div>
  );
}

/** One cache entry per policy, window and dataset, whether the reader or the page named the dataset. */
function impactKey(slug: string, months: number, dataset: string | undefined) {
  return ['policy', slug, 'impact', months, dataset ?? null];
}

type Span = { first: string; last: string };

/**
 * The months the impact compares, as the API builds them (see `PolicyImpact`): `window` months before the
 * effective month, and `window` after it — from the effective month itself only when the policy took effect
 * on the 1st (known to the day); otherwise that month is a transition month between the two.
 */
function impactSpan(effectiveOn: string, precision: DatePrecision | null, window: number): Span {
  const month = effectiveOn.slice(0, 7);
  const onTheFirst = precision === 'DAY' && effectiveOn.slice(8, 10) === '01';
  return { first: addMonths(month, -window), last: addMonths(month, onTheFirst ? window - 1 : window) };
}

/**
 * The dataset to show when the automatic pick refuses: one whose coverage spans the whole window. The pick
 * refuses only when no dataset of every encounter covers it, so each candidate leaves some encounters out
 * (its `scope`) or has gaps. Fewest scoped dimensions first, as that answers the question nearest to the one
 * asked (all encounters); then coverage without gaps; then the one that carries more dimensions.
 */
function standInFor(datasets: DatasetInfo[], span: Span): DatasetInfo | undefined {
  return datasets
    .filter(({ coverage: { firstMonth, lastMonth } }) =>
      firstMonth && lastMonth ? firstMonth <= span.first && lastMonth >= span.last : false,
    )
    .sort(
      (a, b) =>
        a.scope.length - b.scope.length ||
        Number(hasGaps(a)) - Number(hasGaps(b)) ||
        b.dimensions.length - a.dimensions.length,
    )[0];
}

function hasGaps({ coverage: { firstMonth, lastMonth, months } }: DatasetInfo): boolean {
  return !firstMonth || !lastMonth || monthIndex(lastMonth) - monthIndex(firstMonth) + 1 > months;
}

const componentNames: Record<string, string> = { USBP: 'Border Patrol', OFO: 'Field Operations' };

/** What a dataset leaves out, in words: "Border Patrol only", "Southwest border only". */
function scopeOf(dataset: DatasetInfo): string {
  if (dataset.scope.length === 0) return 'all encounters';
  const parts = dataset.scope.map(({ dimension, values }) => {
    if (dimension === 'COMPONENT') return values.map((value) => componentNames[value] ?? value).join(' and ');
    const named = values.map(formatEnum).join(' and ');
    return dimension === 'LAND_BORDER_REGION' ? `${named} border` : `${formatEnum(dimension)} ${named}`;
  });
  return `${parts.join(', ')} only`;
}

function StandInImpact({
  slug,
  months,
  span,
  datasets,
  precision,
}: {
  slug: string;
  months: number;
  span: Span;
  datasets: DatasetInfo[];
  precision: DatePrecision | null;
}) {
  const params = useQueryParams();
  const standIn = standInFor(datasets, span);
  const period = `${formatMonth(span.first)} – ${formatMonth(span.last)}`;
  if (!standIn) {
    // The most months on each side some dataset covers, to offer instead.
    const fits = windows.filter((size) => size < months && standInFor(datasets, shrink(span, months, size)));
    const widest = fits.at(-1);
    return (
      <Empty>
        No dataset covers all of {period}, the {months} months on each side of the effective date.{' '}
        {widest ? (
          <>
            Choose fewer:{' '}
            <Link href={params.hrefWith({ window: widest === defaultWindow ? undefined : String(widest) })}>
              {widest} {widest === 1 ? 'month' : 'months'} on each side
            </Link>{' '}
            is the most a dataset covers.
          </>
        ) : (
          'Choose fewer months on each side.'
        )}
      </Empty>
    );
  }
  return (
    <>
      <Notice>
        Borderdesk’s automatic pick needs a dataset of all encounters that covers {period}, and none does; showing{' '}
        <strong>{standIn.name}</strong> ({scopeOf(standIn)}), which covers these months.
      </Notice>
      <StandInFigures slug={slug} months={months} dataset={standIn.slug} precision={precision} />
    </>
  );
}

/** The span for `size` months on each side, from the span for `months`. */
function shrink(span: Span, months: number, size: number): Span {
  return { first: addMonths(span.first, months - size), last: addMonths(span.last, size - months) };
}

function StandInFigures({
  slug,
  months,
  dataset,
  precision,
}: {
  slug: string;
  months: number;
  dataset: string;
  precision: DatePrecision | null;
}) {
  const impact = useQuery({
    queryKey: impactKey(slug, months, dataset),
    queryFn: ({ signal }) =>
      borderdesk.request(PolicyPageImpactDocument, { slug, window: months, dataset }, { signal }),
    placeholderData: keepPreviousData,
  });
  if (impact.isPending) return <Loading what="the encounter figures" />;
  if (impact.isError) {
    return (
      <ErrorState
        error={impact.error}
        what="the encounter figures around the effective date"
        onRetry={() => void impact.refetch()}
      />
    );
  }
  return <ImpactResult data={impact.data} precision={precision} updating={impact.isPlaceholderData} standIn />;
}

function ImpactResult({
  data,
  precision,
  updating,
  standIn,
}: {
  data: PolicyPageImpactQuery;
  precision: DatePrecision | null;
  updating: boolean;
  /** The page named the dataset because the automatic pick refused. */
  standIn: boolean;
}) {
  if (!data.policy?.impact) return <Empty>No encounter figures for this policy.</Empty>;
  return <ImpactView impact={data.policy.impact} precision={precision} updating={updating} standIn={standIn} />;
}

function ImpactView({
  impact,
  precision,
  updating,
  standIn,
}: {
  impact: Impact;
  precision: DatePrecision | null;
  updating: boolean;
  standIn: boolean;
}) {
  const { before, after, change, series } = impact;
  const effectiveMonth = impact.effectiveOn.slice(0, 7);
  return (
    <div aria-busy={updating} className={updating ? 'policy-impact-updating' : undefined}>
      <dl className="figures policy-impact-figures">
        <WindowFigure name="before" label="Before" side={before} size={impact.window} />
        <WindowFigure name="after" label="After" side={after} size={impact.window} />
        <div className="policy-impact-change">
          <dt>Change in the monthly average</dt>
          {change ? (
            <>
              <dd className="figure">{change.percent === null ? 'n/a' : formatPercent(change.percent)}</dd>
              <dd className="policy-impact-absolute">{formatChange(Math.round(change.absolute))} a month</dd>
            </>
          ) : (
            <dd>Not computable: a window has no figures.</dd>
          )}
        </div>
      </dl>

      {impact.transitionMonth ? (
        <p className="policy-impact-transition">
          <strong>Transition month, {formatMonth(impact.transitionMonth)}:</strong>{' '}
          {impact.transition
            ? `${formatCount(impact.transition.value)} encounters. `
            : 'the dataset has no figures for it. '}
          The policy took effect {precision === 'DAY' ? 'on' : 'in'}{' '}
          <PartialDate date={impact.effectiveOn} precision={precision} />
          {precision === 'DAY' ? ', after the month began' : ' (the day is not on record)'}, so the month is shown apart
          and left out of both averages.
        </p>
      ) : null}
      {impact.note ? (
        <p className="policy-impact-note">
          <strong>Incomplete data:</strong> {impact.note}
        </p>
      ) : null}

      <figure className="policy-impact-chart">
        <LineChart
          responsive
          style={{ width: '100%', height: 260 }}
          data={series.points}
          margin={{ top: 16, right: 12, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" vertical={false} />
          <WindowArea points={series.points} side={before} fill="var(--accent-wash)" />
          <WindowArea points={series.points} side={after} fill="var(--good-wash)" />
          <XAxis dataKey="period" tickFormatter={formatMonth} minTickGap={16} fontSize={12} />
          <YAxis tickFormatter={formatCompact} width={48} fontSize={12} />
          <Tooltip
            labelFormatter={(label) => formatMonth(String(label))}
            formatter={(value) => [typeof value === 'number' ? formatCount(value) : String(value), 'Encounters']}
          />
          <ReferenceLine
            x={effectiveMonth}
            stroke="var(--bad)"
            strokeDasharray="4 3"
            label={{ value: 'Effective', position: 'insideTopRight', fill: 'var(--bad)', fontSize: 12 }}
          />
          <Line
            type="monotone"
            dataKey="value"
            name="Encounters"
            stroke="var(--accent)"
            strokeWidth={2}
            dot={{ r: 2 }}
            isAnimationActive={false}
          />
        </LineChart>
        <figcaption className="provenance">
          Encounters a month, {formatMonth(before.from)} to {formatMonth(after.to)}: the months before shaded blue, the
          months after green; the dashed line marks {formatMonth(effectiveMonth)}, when the policy took effect.
        </figcaption>
      </figure>

      <p className="provenance policy-impact-dataset">
        Figures from <strong>{series.dataset.name}</strong>.{' '}
        {standIn
          ? 'This page chose it, as the note above says.'
          : series.datasetSelection.automatic
            ? `Why this dataset: ${series.datasetSelection.reason}.`
            : 'The dataset chosen above.'}
      </p>
    </div>
  );
}

/** A window shaded over the months of it the series has (an area ending on a missing month is not drawn). */
function WindowArea({ points, side, fill }: { points: Impact['series']['points']; side: ImpactWindow; fill: string }) {
  const inside = points.filter(({ period }) => period >= side.from && period <= side.to);
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last) return null;
  return <ReferenceArea x1={first.period} x2={last.period} fill={fill} fillOpacity={0.7} />;
}

function WindowFigure({
  name,
  label,
  side,
  size,
}: {
  name: 'before' | 'after';
  label: string;
  side: ImpactWindow;
  size: number;
}) {
  return (
    <div className={`policy-impact-${name}`}>
      <dt>
        {label}: {formatMonth(side.from)} – {formatMonth(side.to)}
      </dt>
      {side.average === null ? (
        <dd>No figures for these months.</dd>
      ) : (
        <>
          <dd>
            <span className="figure policy-impact-average">{formatCount(Math.round(side.average))}</span> a month
          </dd>
          <dd className="policy-impact-total">
            {formatCount(side.total)} in {side.months === size ? `${size} months` : `${side.months} of ${size} months`}
          </dd>
        </>
      )}
    </div>
  );
}
