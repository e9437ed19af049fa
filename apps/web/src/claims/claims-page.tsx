// Every stored claim checked against the encounter data, with its verdict and the figures behind it.
// The verdict is computed, not stored, so the filter (`?verdict=`) applies to the list the API returned.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { borderdesk } from '../client.ts';
import { formatCount, formatEnum, formatMonth, formatPartialDate, formatPercent } from '../format.ts';
import { ClaimsListDocument, type ClaimsListQuery, type ClaimUnit, type ClaimVerdict } from '../generated/graphql.ts';
import { Empty, ErrorState, Loading } from '../states.tsx';
import { useQueryParams } from '../url-state.ts';
import './claims.css';

type Claim = ClaimsListQuery['claims']['edges'][number]['node'];

const verdictNames: Record<ClaimVerdict, string> = {
  SUPPORTED: 'supported',
  CONTRADICTED: 'contradicted',
  NOT_CHECKABLE: 'not checkable',
};
const verdicts = Object.keys(verdictNames).filter((key): key is ClaimVerdict => key in verdictNames);
const pageSize = 100;
const quoteLength = 160;

/** Every page of the list: claims are few, and the counts per verdict need all of them. */
async function allClaims(signal: AbortSignal): Promise<Claim[]> {
  const claims: Claim[] = [];
  let after: string | undefined;
  do {
    const { claims: page } = await borderdesk.request(ClaimsListDocument, { first: pageSize, after }, { signal });
    claims.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
  return claims;
}

export function ClaimsPage() {
  const params = useQueryParams();
  const verdictParam = params.get('verdict');
  const verdict = verdicts.find((item) => item === verdictParam);
  const claims = useQuery({ queryKey: ['claims'], queryFn: ({ signal }) => allClaims(signal) });

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
        <p className="claims-notice">“verdict={verdictParam}” is not a verdict; showing every claim.</p>
      ) : null}

      {claims.isPending ? (
        <Loading what="claims" />
      ) : claims.isError ? (
        <ErrorState error={claims.error} what="the claims" />
      ) : (
        <ClaimList claims={claims.data} verdict={verdict} />
      )}
    </section>
  );
}

function ClaimList({ claims, verdict }: { claims: Claim[]; verdict: ClaimVerdict | undefined }) {
  if (claims.length === 0) return <Empty>No claims on record yet.</Empty>;
  const shown = verdict ? claims.filter((claim) => claim.check.verdict === verdict) : claims;
  return (
    <>
      <p className="claims-summary">
        {verdicts
          .map((item) => `${claims.filter((claim) => claim.check.verdict === item).length} ${verdictNames[item]}`)
          .join(', ')}
        {verdict ? ` — showing the ${shown.length} ${verdictNames[verdict]}` : ''}
      </p>
      {shown.length === 0 ? (
        <Empty>No claim is {verdict ? verdictNames[verdict] : 'on record'}.</Empty>
      ) : (
        <ul className="claims-list">
          {shown.map((claim) => (
            <ClaimCard key={claim.slug} claim={claim} />
          ))}
        </ul>
      )}
    </>
  );
}

function ClaimCard({ claim }: { claim: Claim }) {
  const { check, statement } = claim;
  return (
    <li className="card claims-card" data-claim={claim.slug}>
      <div className="claims-head">
        <span className={`badge verdict-${check.verdict}`}>{formatEnum(check.verdict)}</span>
        {check.assertion === 'NOT_CHECKABLE' ? null : (
          <span className="claims-assertion">{formatEnum(check.assertion)}</span>
        )}
      </div>
      <h2 className="claims-text">{claim.text}</h2>
      <figure className="claims-quote">
        <blockquote>{shortQuote(statement.text)}</blockquote>
        <figcaption className="provenance">
          <Link href={`/actors/${encodeURIComponent(statement.speaker.slug)}`}>{statement.speaker.name}</Link>
          {statement.isParaphrase ? ' (paraphrased)' : ''},{' '}
          {formatPartialDate(statement.saidOn, statement.saidOnPrecision)}
        </figcaption>
      </figure>
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

/** The statement up to a word boundary near `quoteLength` characters. */
function shortQuote(text: string): string {
  if (text.length <= quoteLength) return text;
  const cut = text.lastIndexOf(' ', quoteLength);
  return `${text.slice(0, cut > quoteLength / 2 ? cut : quoteLength).replace(/[\s,;:.]+$/, '')}…`;
}
