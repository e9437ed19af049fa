// One month broken down by citizenship, area of responsibility or state: the API ranks the top 10
// and buckets the rest, so the page only draws what it is given.
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { borderdesk } from '../client.ts';
import { formatCompact, formatCount, formatMonth, formatShare } from '../format.ts';
import { type EncounterFilter, EncountersBreakdownDocument } from '../generated/graphql.ts';
import { Empty, ErrorState, Loading } from '../states.tsx';
import { type BreakdownDimension, breakdownLabels } from './view-state.ts';

export function EncountersBreakdown({
  dataset,
  filter,
  month,
  months,
  by,
  breakdowns,
  onMonth,
  onBy,
}: {
  dataset: string;
  /** The chart's filter; the month replaces its period. */
  filter: EncounterFilter;
  month: string;
  /** The months the chart shows, to pick from. */
  months: readonly string[];
  by: BreakdownDimension | undefined;
  breakdowns: readonly BreakdownDimension[];
  onMonth(month: string): void;
  onBy(by: BreakdownDimension): void;
}) {
  return (
    <section className="card encounters-breakdown" aria-labelledby="encounters-breakdown-title">
      <h2 id="encounters-breakdown-title">
        {by ? `${breakdownLabels[by]} in ${formatMonth(month)}` : `${formatMonth(month)} in detail`}
      </h2>
      <div className="filters">
        <label>
          Month
          <select value={month} onChange={(event) => onMonth(event.target.value)}>
            {months.map((item) => (
              <option key={item} value={item}>
                {formatMonth(item)}
              </option>
            ))}
          </select>
        </label>
        {breakdowns.length > 1 && by ? (
          <fieldset>
            <legend>Break down by</legend>
            {breakdowns.map((item) => (
              <label key={item}>
                <input
                  type="radio"
                  name="encounters-by"
                  value={item}
                  checked={item === by}
                  onChange={() => onBy(item)}
                />
                {breakdownLabels[item]}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      {by ? (
        <BreakdownFigures dataset={dataset} filter={{ ...filter, from: month, to: month }} by={by} month={month} />
      ) : (
        <Empty>This dataset has no citizenship, area of responsibility or state to break a month down by.</Empty>
      )}
    </section>
  );
}

function BreakdownFigures({
  dataset,
  filter,
  by,
  month,
}: {
  dataset: string;
  filter: EncounterFilter;
  by: BreakdownDimension;
  month: string;
}) {
  const breakdown = useQuery({
    queryKey: ['encounters', 'breakdown', dataset, by, filter],
    queryFn: ({ signal }) =>
      borderdesk.request(EncountersBreakdownDocument, { dataset, groupBy: by, filter }, { signal }),
  });
  const what = `the ${breakdownLabels[by].toLowerCase()} breakdown`;
  if (breakdown.isPending) return <Loading what={what} />;
  if (breakdown.isError) {
    return <ErrorState error={breakdown.error} what={what} onRetry={() => void breakdown.refetch()} />;
  }
  const rows = breakdown.data.encounterSeries.points.map((point) => ({
    label: point.group?.label ?? 'All',
    other: point.group?.other ?? false,
    value: point.value,
    share: point.share,
  }));
  if (rows.length === 0) return <Empty>No encounters recorded in {formatMonth(month)} for these filters.</Empty>;
  return (
    <div className="encounters-breakdown-body">
      <div className="table-scroll">
        <table className="encounters-breakdown-table">
          <caption>
            Top {Math.min(rows.filter((row) => !row.other).length, 10)} by {breakdownLabels[by].toLowerCase()},{' '}
            {formatMonth(month)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{breakdownLabels[by]}</th>
              <th scope="col" className="number">
                Encounters
              </th>
              <th scope="col" className="number">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className={row.other ? 'encounters-other' : undefined}>
                <th scope="row">{row.label}</th>
                <td className="number">{formatCount(row.value)}</td>
                <td className="number">{row.share === null ? '–' : formatShare(row.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="encounters-bars" aria-hidden="true">
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 30 + 30)}>
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <XAxis type="number" tickFormatter={formatCompact} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 11 }} interval={0} />
            <Bar dataKey="value" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
