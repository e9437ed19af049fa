// The dashboard's home: a dataset's monthly encounters with the policies that took effect, a month
// broken down, and where every figure comes from. Every choice lives in the query string.
import './encounters.css';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { borderdesk } from '../client.ts';
import { type DatasetInfo, useDatasets } from '../datasets.ts';
import { PartialDate } from '../dates.tsx';
import { formatCount, formatMonth } from '../format.ts';
import {
  type Component,
  type EncounterFilter,
  EncountersChartDocument,
  type EncountersChartQuery,
  EncountersPoliciesDocument,
  type EncountersPoliciesQuery,
  type LandBorderRegion,
} from '../generated/graphql.ts';
import { httpUrl, policyPath } from '../links.ts';
import { usePageTitle } from '../page-title.ts';
import { Empty, ErrorState, Loading, Notice } from '../states.tsx';
import { type QueryParams, useDraft, useQueryParams } from '../url-state.ts';
import { EncountersBreakdown } from './encounters-breakdown.tsx';
import { changeText, EncountersChart, type PolicyMark, policyMonth } from './encounters-chart.tsx';
import {
  allComponents,
  type BreakdownDimension,
  componentLabels,
  components,
  coverageOf,
  type EncountersView,
  firstMonth,
  isMonth,
  lastDayOf,
  movePeriod,
  regionLabels,
  regions,
  resolveView,
  switchDataset,
} from './view-state.ts';

export function EncountersPage() {
  usePageTitle('Encounters at U.S. borders');
  const params = useQueryParams();
  const datasets = useDatasets();

  let body: ReactNode;
  if (datasets.isPending) body = <Loading what="the datasets" />;
  else if (datasets.isError)
    body = <ErrorState error={datasets.error} what="the datasets" onRetry={() => void datasets.refetch()} />;
  else {
    const list = datasets.data;
    const view = resolveView(list, {
      dataset: params.get('dataset'),
      component: params.getAll('component'),
      region: params.get('region'),
      from: params.get('from'),
      to: params.get('to'),
      month: params.get('month'),
      by: params.get('by'),
    });
    body = view ? (
      <DatasetView view={view} datasets={list} update={params.update} />
    ) : (
      <Empty>No encounter datasets are imported yet.</Empty>
    );
  }

  return (
    <section className="encounters">
      <h1>Encounters at U.S. borders</h1>
      <p className="lede">
        Monthly encounters from CBP and DHS releases, the policies that took effect, and what each month is made of.
      </p>
      {body}
    </section>
  );
}

type Update = QueryParams['update'];

function DatasetView({
  view,
  datasets,
  update,
}: {
  view: EncountersView;
  datasets: readonly DatasetInfo[];
  update: Update;
}) {
  const { dataset } = view;
  const coverage = coverageOf(dataset);
  const filter: EncounterFilter = {
    ...(view.component.value ? { components: [view.component.value] } : {}),
    ...(view.region.value ? { regions: [view.region.value] } : {}),
  };

  const chart = useQuery({
    queryKey: ['encounters', 'chart', dataset.slug, filter, view.from, view.to],
    queryFn: ({ signal }) =>
      borderdesk.request(
        EncountersChartDocument,
        { dataset: dataset.slug, filter: { ...filter, from: view.from, to: view.to } },
        { signal },
      ),
    enabled: coverage !== undefined,
  });
  const policies = useQuery({
    queryKey: ['encounters', 'policies', view.from, view.to],
    queryFn: ({ signal }) =>
      borderdesk.request(
        EncountersPoliciesDocument,
        { effectiveOn: { from: `${view.from}-01`, to: lastDayOf(view.to) } },
        { signal },
      ),
    enabled: coverage !== undefined,
  });

  const changeDataset = (slug: string) => {
    const next = datasets.find((item) => item.slug === slug);
    if (next) update(switchDataset(view, next));
  };
  const changeRange = (changes: { from?: string; to?: string }) => {
    const { from, to } = movePeriod(view, changes, coverage);
    // A picked month outside the new period would only earn a notice: drop it instead.
    const keepMonth = view.month && view.month >= from && view.month <= to;
    update({ from, to, month: keepMonth ? view.month : undefined });
  };

  return (
    <>
      <form className="filters encounters-filters" onSubmit={(event) => event.preventDefault()}>
        <label className="encounters-dataset">
          Dataset
          <select value={dataset.slug} onChange={(event) => changeDataset(event.target.value)}>
            {datasets.map((item) => (
              <option key={item.slug} value={item.slug}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        {view.component.offered ? (
          <label>
            Component
            <select
              value={view.component.value ?? allComponents}
              onChange={(event) => update({ component: event.target.value })}
            >
              <option value={allComponents}>Both components</option>
              {components.map((value) => (
                <option key={value} value={value}>
                  {componentLabels[value]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {view.region.offered ? (
          <label>
            Land border region
            <select value={view.region.value ?? ''} onChange={(event) => update({ region: event.target.value })}>
              <option value="">Every region</option>
              {regions.map((value) => (
                <option key={value} value={value}>
                  {regionLabels[value]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <MonthInput
          label="From"
          value={view.from}
          min={coverage?.first}
          max={coverage?.last}
          onCommit={(from) => changeRange({ from })}
        />
        <MonthInput
          label="To"
          value={view.to}
          min={coverage?.first}
          max={coverage?.last}
          onCommit={(to) => changeRange({ to })}
        />
      </form>
      <DatasetSummary dataset={dataset} component={view.component.fixed} region={view.region.fixed} />
      {view.notices.length > 0 ? (
        <Notice>
          <p>Part of the address could not be shown as asked:</p>
          <ul>
            {view.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {!coverage ? (
        <Empty>{dataset.name} has no figures imported yet.</Empty>
      ) : chart.isPending ? (
        <Loading what="the encounter figures" />
      ) : chart.isError ? (
        <ErrorState error={chart.error} what="the encounter figures" onRetry={() => void chart.refetch()} />
      ) : chart.data.encounterSeries.points.length === 0 ? (
        <Empty>
          No encounters recorded for these filters between {formatMonth(view.from)} and {formatMonth(view.to)}.
        </Empty>
      ) : (
        <Figures
          view={view}
          filter={filter}
          series={chart.data.encounterSeries}
          policies={policies}
          onMonth={(month) => update({ month })}
          onBy={(by) => update({ by })}
        />
      )}
    </>
  );
}

function Figures({
  view,
  filter,
  series,
  policies,
  onMonth,
  onBy,
}: {
  view: EncountersView;
  filter: EncounterFilter;
  series: EncountersChartQuery['encounterSeries'];
  policies: UseQueryResult<EncountersPoliciesQuery>;
  onMonth(month: string): void;
  onBy(by: BreakdownDimension): void;
}) {
  const { dataset } = view;
  const { points } = series;
  const months = points.map((point) => point.period);
  const last = months[months.length - 1] ?? view.to;
  const month = view.month || last;
  // A month in the period without figures (a gap in the dataset) stays pickable: its breakdown says so.
  const choices = months.includes(month) ? months : [...months, month].sort();
  const marks = policies.data?.policies.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <section className="card" aria-labelledby="encounters-chart-title">
        <h2 id="encounters-chart-title">
          {seriesTitle(view.component.value ?? view.component.fixed, view.region.value ?? view.region.fixed)},{' '}
          {formatMonth(view.from)} – {formatMonth(view.to)}
        </h2>
        <p className="encounters-hint">Point at a month for its changes; click it to break it down below.</p>
        <EncountersChart points={points} policies={marks} selected={month} onSelect={onMonth} />
        <PolicyList policies={policies} marks={marks} months={new Set(months)} />
        <details className="encounters-table">
          <summary>Figures as a table</summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col" className="number">
                    Encounters
                  </th>
                  <th scope="col" className="number">
                    On the month before
                  </th>
                  <th scope="col" className="number">
                    On a year earlier
                  </th>
                  <th scope="col">Release</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.period}>
                    <th scope="row">{formatMonth(point.period)}</th>
                    <td className="number">{formatCount(point.value)}</td>
                    <td className="number">{point.previous ? changeText(point.previous) : '–'}</td>
                    <td className="number">{point.yearAgo ? changeText(point.yearAgo) : '–'}</td>
                    <td>{point.releases.map((release) => release.label).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <Provenance view={view} series={series} />
      </section>
      <EncountersBreakdown
        dataset={dataset.slug}
        filter={filter}
        month={month}
        months={[...choices].reverse()}
        by={view.by}
        breakdowns={view.breakdowns}
        onMonth={onMonth}
        onBy={onBy}
      />
    </>
  );
}

function PolicyList({
  policies,
  marks,
  months,
}: {
  policies: UseQueryResult<EncountersPoliciesQuery>;
  marks: readonly PolicyMark[];
  months: ReadonlySet<string>;
}) {
  if (policies.isPending) return <Loading what="the policies of the period" />;
  if (policies.isError) {
    return (
      <ErrorState error={policies.error} what="the policies of the period" onRetry={() => void policies.refetch()} />
    );
  }
  return (
    <div className="encounters-policies">
      <h3>Policies that took effect in this period</h3>
      {marks.length === 0 ? (
        <p className="provenance">None on record.</p>
      ) : (
        <ul>
          {marks.map((policy) => (
            <li key={policy.slug} data-policy={policy.slug}>
              <PartialDate date={policy.effectiveOn} precision={policy.effectivePrecision} />{' '}
              <Link href={policyPath(policy.slug)}>{policy.shortName}</Link>
              {policy.shortName === policy.title ? null : <span className="provenance"> — {policy.title}</span>}
              {months.has(policyMonth(policy)) ? null : (
                <span className="provenance"> (no figure for that month, so no marker)</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {policies.data.policies.pageInfo.hasNextPage ? (
        <p className="provenance">
          More took effect in this period than the chart can mark: see them all under{' '}
          <Link href="/policies">Policies</Link>.
        </p>
      ) : null}
    </div>
  );
}

function Provenance({ view, series }: { view: EncountersView; series: EncountersChartQuery['encounterSeries'] }) {
  const { dataset } = view;
  const landingPage = httpUrl(dataset.landingPage);
  return (
    <div className="provenance encounters-provenance">
      <p>
        Source: {landingPage ? <a href={landingPage}>{dataset.name}</a> : dataset.name}, {dataset.publisher}. Why this
        dataset: {series.datasetSelection.reason}
        {view.defaultDataset
          ? '; it is the dashboard’s default, the figures behind “crossings fell 18% in November”'
          : ''}
        .
      </p>
      <p>
        Release{series.releases.length === 1 ? '' : 's'}: {series.releases.map((release) => release.label).join('; ')}.
        {dataset.roundingUnit === 1 ? ' Exact counts.' : ` Figures rounded to the nearest ${dataset.roundingUnit}.`}
      </p>
    </div>
  );
}

function DatasetSummary({
  dataset,
  component,
  region,
}: {
  dataset: DatasetInfo;
  component: Component | undefined;
  region: LandBorderRegion | undefined;
}) {
  const { firstMonth, lastMonth, months } = dataset.coverage;
  const fixed = [component ? componentLabels[component] : '', region ? regionLabels[region] : ''].filter(Boolean);
  return (
    <p className="provenance encounters-dataset-summary">
      <strong>{dataset.name}</strong> · {dataset.publisher} ·{' '}
      {firstMonth && lastMonth
        ? `${formatMonth(firstMonth)} – ${formatMonth(lastMonth)} (${formatCount(months)} months with figures)`
        : 'no figures yet'}
      {fixed.length > 0 ? ` · ${fixed.join(', ')} only` : ''}
    </p>
  );
}

function seriesTitle(component: Component | undefined, region: LandBorderRegion | undefined): string {
  const who =
    component === 'USBP'
      ? 'Border Patrol encounters'
      : component === 'OFO'
        ? 'Field Operations encounters'
        : 'Encounters';
  return region ? `${who}, ${regionLabels[region].toLowerCase()}` : who;
}

/**
 * A month input that edits a draft and commits only whole months: while a year is typed digit by digit
 * the browser reports years like 0002, which must not reach the URL or the API.
 */
function MonthInput({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: string;
  min: string | undefined;
  max: string | undefined;
  onCommit(month: string): void;
}) {
  const [draft, setDraft] = useDraft(value);
  return (
    <label>
      {label}
      <input
        type="month"
        value={draft}
        min={min ?? firstMonth}
        max={max}
        onChange={(event) => {
          const month = event.target.value;
          setDraft(month);
          if (isMonth(month) && month !== value) onCommit(month);
        }}
        // A corrected month (moved into the dataset's months) or an unfinished one shows the period in use.
        onBlur={() => setDraft(value)}
      />
    </label>
  );
}
