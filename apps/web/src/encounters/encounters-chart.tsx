// The monthly line: one dot per month (clicking one picks the month to break down), the policies'
// effective dates as vertical markers linking to their pages, and a tooltip with the month's changes.
import {
  CartesianGrid,
  type DotItemDotProps,
  Line,
  LineChart,
  type MouseHandlerDataParam,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocation } from 'wouter';
import { formatChange, formatCompact, formatCount, formatMonth, formatPartialDate, formatPercent } from '../format.ts';
import type { EncountersChartQuery, EncountersPoliciesQuery } from '../generated/graphql.ts';
import { policyPath } from '../links.ts';
import { useQueryParams } from '../url-state.ts';

type ChartPoint = EncountersChartQuery['encounterSeries']['points'][number];
export type PolicyMark = EncountersPoliciesQuery['policies']['edges'][number]['node'];
type Change = NonNullable<ChartPoint['previous']>;

/** Marker labels sit in rows above the plot so that neighbouring policies do not overwrite each other. */
const labelRows = 3;
const labelRowHeight = 15;

/** What a focused dot announces: the tooltip's content in one sentence. */
function pointLabel(point: ChartPoint): string {
  const changes = [point.previous, point.yearAgo].flatMap((change) =>
    change ? [`${changeText(change)} on ${formatMonth(change.period)}`] : [],
  );
  const releases = point.releases.map((release) => release.label).join('; ');
  return [
    `${formatMonth(point.period)}: ${formatCount(point.value)} encounters`,
    ...changes,
    `release ${releases}`,
  ].join(', ');
}

/** "-9,908 (-17.53%)": the change as the tooltip and the table print it. */
export function changeText(change: Change): string {
  return change.percent === null
    ? formatChange(change.absolute)
    : `${formatChange(change.absolute)} (${formatPercent(change.percent)})`;
}

export function policyMonth(policy: PolicyMark): string {
  return policy.effectiveOn?.slice(0, 7) ?? '';
}

export function EncountersChart({
  points,
  policies,
  selected,
  onSelect,
}: {
  points: readonly ChartPoint[];
  policies: readonly PolicyMark[];
  selected: string;
  onSelect(month: string): void;
}) {
  const [, navigate] = useLocation();
  const { hrefWith } = useQueryParams();
  const periods = new Map(points.map((point, index) => [point.period, index]));
  const marks = policies.filter((policy) => periods.has(policyMonth(policy)));
  const rows = Math.min(marks.length, labelRows);

  const select = (state: MouseHandlerDataParam) => {
    if (typeof state.activeLabel === 'string' && periods.has(state.activeLabel)) onSelect(state.activeLabel);
  };

  return (
    <div className="encounters-chart">
      <ResponsiveContainer width="100%" height={340}>
        <LineChart
          data={points}
          margin={{ top: 12 + rows * labelRowHeight, right: 16, bottom: 4, left: 4 }}
          onClick={select}
          // The dots are the keyboard's way in (see MonthDot); a second tab stop on the surface would confuse.
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--line)" vertical={false} />
          <XAxis dataKey="period" tickFormatter={formatMonth} minTickGap={24} tick={{ fontSize: 12 }} />
          <YAxis width={52} tickFormatter={formatCompact} tick={{ fontSize: 12 }} allowDecimals={false} />
          <Tooltip content={({ active, label }) => <PointTooltip active={active} label={label} points={points} />} />
          {marks.map((policy, index) => (
            <ReferenceLine
              key={policy.slug}
              x={policyMonth(policy)}
              shape={(line: MarkerLine) => (
                <PolicyMarker
                  line={line}
                  policy={policy}
                  row={index % labelRows}
                  anchorEnd={(periods.get(policyMonth(policy)) ?? 0) > points.length / 2}
                  onOpen={() => navigate(policyPath(policy.slug))}
                />
              )}
            />
          ))}
          <Line
            type="linear"
            dataKey="value"
            name="Encounters"
            stroke="var(--accent)"
            strokeWidth={2}
            isAnimationActive={false}
            dot={(props: DotItemDotProps) => (
              <MonthDot
                key={props.index}
                dot={props}
                points={points}
                selected={selected}
                monthHref={(month) => hrefWith({ month })}
                onSelect={onSelect}
              />
            )}
            activeDot={{ r: 6 }}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function MonthDot({
  dot,
  points,
  selected,
  monthHref,
  onSelect,
}: {
  dot: DotItemDotProps;
  points: readonly ChartPoint[];
  selected: string;
  /** The address of the view with a month picked: what a middle-click or a copied link opens. */
  monthHref(month: string): string;
  onSelect(month: string): void;
}) {
  const point = points[dot.index];
  if (!point || dot.cx === undefined || dot.cy === undefined) return null;
  const isSelected = point.period === selected;
  const hit = hitArea(dot);
  return (
    // Each dot links to its month's view. One roving tab stop: Tab reaches the selected month, the
    // arrow keys move along the line, Enter picks.
    <a
      href={monthHref(point.period)}
      className={isSelected ? 'encounters-dot encounters-dot-selected' : 'encounters-dot'}
      tabIndex={isSelected ? 0 : -1}
      aria-current={isSelected ? 'true' : undefined}
      aria-label={pointLabel(point)}
      data-period={point.period}
      data-value={point.value}
      onClick={(event) => {
        // The chart's own click handler reads the hovered month, which lags a quick click by a frame.
        event.stopPropagation();
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        onSelect(point.period);
      }}
      onKeyDown={(event) => {
        const step = { ArrowLeft: -1, ArrowRight: 1, Home: -dot.index, End: points.length - 1 - dot.index }[event.key];
        const target = step === undefined ? undefined : points[dot.index + step];
        const svg = event.currentTarget.closest('svg');
        if (!target || !svg) return;
        event.preventDefault();
        svg.querySelector<SVGElement>(`[data-period="${target.period}"]`)?.focus();
      }}
    >
      <rect className="encounters-dot-hit" x={dot.cx - hit / 2} y={dot.cy - 22} width={hit} height={44} />
      <circle cx={dot.cx} cy={dot.cy} r={isSelected ? 6 : 3.5} />
    </a>
  );
}

/**
 * The width a dot answers taps on: its month's whole column up to 44 px, so a finger on a phone (where
 * months are a few pixels apart) picks the month it is nearest to, and neighbours never overlap.
 */
function hitArea(dot: DotItemDotProps): number {
  const first = dot.points[0]?.x;
  const last = dot.points[dot.points.length - 1]?.x;
  if (first == null || last == null || dot.points.length < 2) return 44;
  return Math.min(44, Math.abs(last - first) / (dot.points.length - 1));
}

interface MarkerLine {
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}

function PolicyMarker({
  line,
  policy,
  row,
  anchorEnd,
  onOpen,
}: {
  line: MarkerLine;
  policy: PolicyMark;
  row: number;
  anchorEnd: boolean;
  onOpen(): void;
}) {
  const { x1, y1, y2 } = line;
  if (x1 === undefined || y1 === undefined || y2 === undefined) return <g />;
  const top = Math.min(y1, y2);
  const labelY = top - 6 - row * labelRowHeight;
  const href = policyPath(policy.slug);
  const effective = formatPartialDate(policy.effectiveOn, policy.effectivePrecision);
  // The name read out starts with the text shown, so speech and voice control find the link by it.
  const name = policy.title === policy.shortName ? policy.shortName : `${policy.shortName}: ${policy.title}`;
  return (
    <g className="encounters-marker" data-policy={policy.slug} data-x={x1}>
      <line x1={x1} x2={x1} y1={labelY + 3} y2={Math.max(y1, y2)} />
      <a
        href={href}
        aria-label={`${name}, effective ${effective}`}
        onClick={(event) => {
          // A plain click stays in the dashboard; modified clicks (new tab) keep the browser's behaviour.
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          onOpen();
        }}
      >
        <text x={anchorEnd ? x1 - 4 : x1 + 4} y={labelY} textAnchor={anchorEnd ? 'end' : 'start'}>
          {policy.shortName}
        </text>
      </a>
    </g>
  );
}

function PointTooltip({
  active,
  label,
  points,
}: {
  active: boolean | undefined;
  label: string | number | undefined;
  points: readonly ChartPoint[];
}) {
  const point = active ? points.find((item) => item.period === label) : undefined;
  if (!point) return null;
  return (
    <div className="encounters-tooltip">
      <p className="encounters-tooltip-month">{formatMonth(point.period)}</p>
      <p className="encounters-tooltip-value">{formatCount(point.value)} encounters</p>
      <dl>
        <dt>vs {point.previous ? formatMonth(point.previous.period) : 'previous month'}</dt>
        <dd>{point.previous ? changeText(point.previous) : 'not available'}</dd>
        {point.yearAgo ? (
          <>
            <dt>vs {formatMonth(point.yearAgo.period)}</dt>
            <dd>{changeText(point.yearAgo)}</dd>
          </>
        ) : null}
        <dt>Release</dt>
        <dd>{point.releases.map((release) => release.label).join('; ')}</dd>
      </dl>
    </div>
  );
}
