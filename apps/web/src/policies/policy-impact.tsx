// What the encounter figures did around a policy's effective date: the monthly average of `window`
// months before against `window` months after (URL `window`, `dataset`), with the series charted.
import { GraphQLRequestError } from '@borderdesk/sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { borderdesk } from '../client.ts';
import { useDatasets } from '../datasets.ts';
import { PartialDate } from '../dates.tsx';
import { formatChange, formatCompact, formatCount, formatMonth, formatPercent } from '../format.ts';
import { type DatePrecision, PolicyPageImpactDocument, type PolicyPageImpactQuery } from '../generated/graphql.ts';
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

export function PolicyImpactSection({ slug, precision }: { slug: string; precision: DatePrecision | null }) {
  const params = useQueryParams();
  const { months, invalid } = parseWindow(params.get('window'));
  const datasetParam = params.get('dataset');

  const datasets = useDatasets();
  const datasetOptions = datasets.data ?? [];
  const unknownDataset =
    datasets.isSuccess && datasetParam !== '' && !datasetOptions.some(({ slug: known }) => known === datasetParam);
  const dataset = datasetParam === '' || unknownDataset ? undefined : datasetParam;

  const impact = useQuery({
    queryKey: ['policy', slug, 'impact', months, dataset ?? null],
    queryFn: ({ signal }) =>
      borderdesk.request(PolicyPageImpactDocument, { slug, window: months, dataset }, { signal }),
    // A dataset named in the URL is checked against the list first, so an unknown one is not sent.
    enabled: datasetParam === '' || !datasets.isPending,
    placeholderData: keepPreviousData,
  });

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
      ) : impact.isError ? (
        <>
          <ErrorState
            error={impact.error}
            what="the encounter figures around the effective date"
            onRetry={() => void impact.refetch()}
          />
          {impact.error instanceof GraphQLRequestError && impact.error.argument === 'dataset' ? (
            <Notice>Choose a dataset that covers these months, or fewer months on each side.</Notice>
          ) : null}
        </>
      ) : impact.data.policy?.impact ? (
        <ImpactView impact={impact.data.policy.impact} precision={precision} updating={impact.isPlaceholderData} />
      ) : (
        <Empty>No encounter figures for this policy.</Empty>
      )}
    </div>
  );
}

function ImpactView({
  impact,
  precision,
  updating,
}: {
  impact: Impact;
  precision: DatePrecision | null;
  updating: boolean;
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
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" vertical={false} />
          <WindowArea points={series.points} side={before} fill="#e7f0fb" />
          <WindowArea points={series.points} side={after} fill="#e3f4ea" />
          <XAxis dataKey="period" tickFormatter={formatMonth} minTickGap={16} fontSize={12} />
          <YAxis tickFormatter={formatCompact} width={48} fontSize={12} />
          <Tooltip
            labelFormatter={(label) => formatMonth(String(label))}
            formatter={(value) => [typeof value === 'number' ? formatCount(value) : String(value), 'Encounters']}
          />
          <ReferenceLine
            x={effectiveMonth}
            stroke="#b3261e"
            strokeDasharray="4 3"
            label={{ value: 'Effective', position: 'insideTopRight', fill: '#b3261e', fontSize: 12 }}
          />
          <Line
            type="monotone"
            dataKey="value"
            name="Encounters"
            stroke="#1f5fa8"
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
        {series.datasetSelection.automatic
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
