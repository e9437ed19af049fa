// Claims checked against the encounter data, with their verdicts and the figures behind them, a page
// at a time. The verdict is computed on every request, not stored, so the API cannot filter or count
// by it: the filter (`?verdict=`) and the tally apply to the claims loaded, and say so when that is
// not all of them (a separate count would cost the whole list's checks again). A link to one claim
// (`/claims#<slug>`) loads pages until that claim is there, then scrolls it into view and marks it.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { borderdesk } from '../client.ts';
import { formatCount, formatEnum, formatMonth, formatPercent } from '../format.ts';
import { ClaimsListDocument, type ClaimsListQuery, type ClaimUnit, type ClaimVerdict } from '../generated/graphql.ts';
import { enumValues, pick } from '../options.ts';
import { usePageTitle } from '../page-title.ts';
import { MorePages, nextCursor } from '../paging.tsx';
import { StatementQuote } from '../statement-quote.tsx';
import { Empty, ErrorState, Loading, Notice } from '../states.tsx';
import { useQueryParams } from '../url-state.ts';
import './claims.css';

type Claim = ClaimsListQuery['claims']['edges'][number]['node'];

const verdictNames: Record<ClaimVerdict, string> = {
  SUPPORTED: 'supported',
  CONTRADICTED: 'contradicted',
  NOT_CHECKABLE: 'not checkable',
};
const verdicts = enumValues(verdictNames);
const pageSize = 20;
const quoteLength = 160;

export function ClaimsPage() {
  usePageTitle('Claims');
  const params = useQueryParams();
  const verdictParam = params.get('verdict');
  const verdict = pick(verdicts, verdictParam);
  const claims = useInfiniteQuery({
    queryKey: ['claims'],
    queryFn: ({ pageParam, signal }) =>
      borderdesk.request(ClaimsListDocument, { first: pageSize, after: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: ({ claims: page }) => nextCursor(page.pageInfo),
  });
  const loaded = claims.data?.pages.flatMap((page) => page.claims.edges.map((edge) => edge.node)) ?? [];
  const shown = verdict ? loaded.filter((claim) => claim.check.verdict === verdict) : loaded;

  const target = useHashTarget();
  const targetLoaded = target !== '' && loaded.some((claim) => claim.slug === target);
  const targetShown = targetLoaded && shown.some((claim) => claim.slug === target);
  const { isSuccess, hasNextPage, isFetchingNextPage, fetchNextPage } = claims;
  useEffect(() => {
    if (target !== '' && isSuccess && !targetLoaded && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [target, isSuccess, targetLoaded, hasNextPage, isFetchingNextPage, fetchNextPage]);
  // Once per target: a later filter change must not pull the reader back to it.
  const scrolledTo = useRef('');
  useEffect(() => {
    if (!targetShown || scrolledTo.current === target) return;
    scrolledTo.current = target;
    document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, [target, targetShown]);

  return (
    <section className="claims">
      <h1>Claims</h1>
      <p className="lede">
        Assertions about encounter figures made in the article's statements, each checked against the CBP and DHS
        releases: the figure Borderdesk computes next to the one asserted, and the verdict.
      </p>
      <form className="filters" aria-label="Filter claims" onSubmit={(event) => event.preventDefault()}>
        <label>
          Verdict
          <select value={verdict ?? ''} onChange={(event) => params.update({ verdict: event.target.value })}>
            <option value="">Any verdict</option>
            {verdicts.map((item) => (
              <option key={item} value={item}>
                {formatEnum(item)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {verdictParam !== '' && !verdict ? (
        <Notice>“verdict={verdictParam}” is not a verdict; showing every claim.</Notice>
      ) : null}
      {target !== '' && isSuccess && !targetLoaded && !hasNextPage ? (
        <Notice>The link names a claim, “{target}”, that is not on record.</Notice>
      ) : null}
      {targetLoaded && !targetShown && verdict ? (
        <Notice>
          The claim the link names, “{target}”, is not {verdictNames[verdict]}; choose “Any verdict” to see it.
        </Notice>
      ) : null}

      {claims.isPending ? (
        <Loading what="claims" />
      ) : claims.isError && !claims.data ? (
        <ErrorState error={claims.error} what="the claims" onRetry={() => void claims.refetch()} />
      ) : (
        <>
          <ClaimList
            claims={loaded}
            shown={shown}
            total={claims.data.pages[0]?.claims.totalCount ?? 0}
            complete={!claims.hasNextPage}
            verdict={verdict}
            target={target}
          />
          <MorePages list={claims} what="claims" label="Show more claims" />
        </>
      )}
    </section>
  );
}

function ClaimList({
  claims,
  shown,
  total,
  complete,
  verdict,
  target,
}: {
  claims: Claim[];
  shown: Claim[];
  total: number;
  complete: boolean;
  verdict: ClaimVerdict | undefined;
  target: string;
}) {
  if (claims.length === 0) return <Empty>No claims on record yet.</Empty>;
  const counted = complete
    ? claims.length === 1
      ? 'The one claim on record'
      : `All ${claims.length} claims`
    : `The first ${claims.length} of ${total} claims`;
  return (
    <>
      <p className="claims-summary">
        {counted}:{' '}
        {verdicts
          .map((item) => `${claims.filter((claim) => claim.check.verdict === item).length} ${verdictNames[item]}`)
          .join(', ')}
        {verdict ? ` — showing the ${shown.length} ${verdictNames[verdict]}` : ''}
        {complete ? '' : '. Show more to count the rest.'}
      </p>
      {shown.length === 0 && verdict ? (
        <Empty>
          No claim {complete ? 'on record' : `among the first ${claims.length}`} is {verdictNames[verdict]}.
        </Empty>
      ) : (
        <ul className="claims-list">
          {shown.map((claim) => (
            <ClaimCard key={claim.slug} claim={claim} targeted={claim.slug === target} />
          ))}
        </ul>
      )}
    </>
  );
}

function ClaimCard({ claim, targeted }: { claim: Claim; targeted: boolean }) {
  const { check, statement } = claim;
  return (
    <li id={claim.slug} className={targeted ? 'card claims-card claims-card-target' : 'card claims-card'}>
      <div className="claims-head">
        <span className={`badge verdict-${check.verdict}`}>{formatEnum(check.verdict)}</span>
        {check.assertion === 'NOT_CHECKABLE' ? null : (
          <span className="claims-assertion">{formatEnum(check.assertion)}</span>
        )}
      </div>
      <h2 className="claims-text">{claim.text}</h2>
      <div className="claims-quote">
        <StatementQuote
          text={statement.text}
          isParaphrase={statement.isParaphrase}
          speaker={statement.speaker}
          saidOn={statement.saidOn}
          saidOnPrecision={statement.saidOnPrecision}
          maxLength={quoteLength}
        />
      </div>
      {check.verdict === 'NOT_CHECKABLE' ? (
        <p className="claims-reason">
          <strong>Why it cannot be checked:</strong> {claim.notCheckableReason ?? check.reason}
        </p>
      ) : (
        <p className="claims-reason">{check.reason}</p>
      )}
      <Figures claim={claim} />
    </li>
  );
}

function Figures({ claim: { check } }: { claim: Claim }) {
  const rows: [string, string][] = [];
  if (check.computedValue !== null) rows.push(['Computed', formatValue(check.computedValue, check.unit)]);
  if (check.assertedValue !== null) rows.push(['Asserted', formatValue(check.assertedValue, check.unit)]);
  if (check.assertedSince) {
    rows.push(['Asserted since', formatMonth(check.assertedSince)]);
    rows.push(['Computed since', check.since ? formatMonth(check.since.month) : 'no earlier month']);
  }
  if (check.period) {
    rows.push([
      'Period',
      check.comparePeriod
        ? `${formatMonth(check.comparePeriod)} to ${formatMonth(check.period)}`
        : formatMonth(check.period),
    ]);
  }
  if (check.dataset) rows.push(['Dataset', check.dataset.name]);
  if (check.releases.length > 0) {
    rows.push([
      check.releases.length === 1 ? 'Release' : 'Releases',
      check.releases.map(({ label }) => label).join('; '),
    ]);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="claims-figures">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function formatValue(value: number, unit: ClaimUnit | null): string {
  return unit === 'PERCENT' ? formatPercent(value) : formatCount(value);
}

/** The claim slug in the address's fragment ('' when none), following later changes of it. */
function useHashTarget(): string {
  return useSyncExternalStore(subscribeToHash, hashTarget);
}

function subscribeToHash(onChange: () => void): () => void {
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
}

function hashTarget(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape (`#%E0`) names no claim; keep it as typed so the notice can quote it.
    return raw;
  }
}
