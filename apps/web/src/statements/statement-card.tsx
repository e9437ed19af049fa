// One statement with everything a reader needs to weigh it: the words, who said them when and where,
// where it was reported, what it is about; in the feed also the policies it names and its claims'
// verdicts, in search results the excerpt that matched and how many claims it makes.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatEnum } from '../format.ts';
import type {
  StatementsCardBaseFragment,
  StatementsFeedItemFragment,
  StatementsHitFragment,
} from '../generated/graphql.ts';
import { httpUrl, policyPath } from '../links.ts';
import { StatementQuote } from '../statement-quote.tsx';
import './statements.css';

/** A claim on the claims page, whose cards carry their slug as id. */
const claimPath = (slug: string) => `/claims#${encodeURIComponent(slug)}`;

interface SnippetPart {
  text: string;
  highlighted: boolean;
}

function StatementCard({
  statement,
  showSpeaker,
  before,
  children,
}: {
  statement: StatementsCardBaseFragment;
  showSpeaker: boolean;
  before?: ReactNode;
  children?: ReactNode;
}) {
  const { source, topics } = statement;
  const sourceUrl = httpUrl(source.url);
  return (
    <article className="card statements-card" data-slug={statement.slug}>
      {before}
      <StatementQuote
        text={statement.text}
        isParaphrase={statement.isParaphrase}
        speaker={showSpeaker ? statement.speaker : null}
        saidOn={statement.saidOn}
        saidOnPrecision={statement.saidOnPrecision}
        setting={statement.setting}
      />
      <p className="provenance">
        Source: {source.publisher ? `${source.publisher.name}, ` : null}
        {sourceUrl ? (
          <a href={sourceUrl} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          <cite>{source.title}</cite>
        )}
      </p>
      {topics.length > 0 ? (
        <p className="statements-tags">
          <span className="statements-label">Topics: </span>
          {topics.map((topic) => (
            <Link key={topic} href={`/statements?topic=${encodeURIComponent(topic)}`} className="badge">
              {topic.replaceAll('-', ' ')}
            </Link>
          ))}
        </p>
      ) : null}
      {children}
    </article>
  );
}

/** A statement of the feed: what it names and its claims with their verdicts. */
export function FeedCard({ statement, showSpeaker }: { statement: StatementsFeedItemFragment; showSpeaker: boolean }) {
  const policies = statement.mentions.policies;
  const { claims } = statement;
  return (
    <StatementCard statement={statement} showSpeaker={showSpeaker}>
      {policies.length > 0 ? (
        <p className="statements-mentions">
          <span className="statements-label">Mentions: </span>
          {policies.map((policy, index) => (
            <span key={policy.slug}>
              {index > 0 ? ', ' : null}
              <Link href={policyPath(policy.slug)}>{policy.shortName}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {claims.length > 0 ? (
        <div className="statements-claims">
          <span className="statements-label">{claims.length === 1 ? 'Claim' : 'Claims'} checked against the data:</span>
          <ul>
            {claims.map((claim) => (
              <li key={claim.slug}>
                “{claim.text}”{' '}
                <span className={`badge verdict-${claim.check.verdict}`}>{formatEnum(claim.check.verdict)}</span>{' '}
                <Link href={claimPath(claim.slug)}>see the check</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </StatementCard>
  );
}

/** A search hit: the excerpt that matched above the statement, and how many claims it makes. */
export function HitCard({ statement, snippet }: { statement: StatementsHitFragment; snippet: readonly SnippetPart[] }) {
  const [firstClaim] = statement.claims;
  const claims = statement.claims.length;
  return (
    <StatementCard
      statement={statement}
      showSpeaker
      before={
        <p className="statements-snippet">
          <span className="statements-label">Match: </span>
          <Highlighted parts={snippet} />
        </p>
      }
    >
      {firstClaim ? (
        <p className="statements-claims">
          {claims === 1 ? 'One claim' : `${claims} claims`} in it checked against the data:{' '}
          <Link href={claimPath(firstClaim.slug)}>{claims === 1 ? 'see the check' : 'see the checks'}</Link>
        </p>
      ) : null}
    </StatementCard>
  );
}

/** The API's highlighted runs as text and <mark>: never as HTML. */
function Highlighted({ parts }: { parts: readonly SnippetPart[] }) {
  let offset = 0;
  return (
    <>
      {parts.map((part) => {
        const key = offset;
        offset += part.text.length;
        return part.highlighted ? <mark key={key}>{part.text}</mark> : <span key={key}>{part.text}</span>;
      })}
    </>
  );
}
