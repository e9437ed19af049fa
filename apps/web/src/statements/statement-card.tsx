// One statement with everything a reader needs to weigh it: the words, who said them when and where,
// where it was reported, what it is about, and the claims in it.
import { Link } from 'wouter';
import { formatEnum, formatPartialDate } from '../format.ts';
import type { StatementsCardFragment } from '../generated/graphql.ts';
import { httpUrl } from './http-url.ts';

export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

export function StatementCard({
  statement,
  snippet,
  showSpeaker = true,
}: {
  statement: StatementsCardFragment;
  /** The search excerpt around the matches, when the card is a search hit. */
  snippet?: readonly SnippetPart[];
  showSpeaker?: boolean;
}) {
  const { speaker, source, topics, claims } = statement;
  const policies = statement.mentions.policies;
  const sourceUrl = source.url ? httpUrl(source.url) : undefined;
  return (
    <article className="card statements-card" data-slug={statement.slug}>
      {snippet ? (
        <p className="statements-snippet">
          <span className="statements-label">Match: </span>
          <Highlighted parts={snippet} />
        </p>
      ) : null}
      <StatementText text={statement.text} isParaphrase={statement.isParaphrase} />
      <p className="statements-byline">
        {showSpeaker ? (
          <>
            <Link href={`/actors/${encodeURIComponent(speaker.slug)}`}>{speaker.name}</Link>
            {' · '}
          </>
        ) : null}
        <SaidOn date={statement.saidOn} precision={statement.saidOnPrecision} />
        {statement.setting ? ` · ${statement.setting}` : null}
      </p>
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
      {policies.length > 0 ? (
        <p className="statements-mentions">
          <span className="statements-label">Mentions: </span>
          {policies.map((policy, index) => (
            <span key={policy.slug}>
              {index > 0 ? ', ' : null}
              <Link href={`/policies/${encodeURIComponent(policy.slug)}`}>{policy.shortName}</Link>
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
                <Link href="/claims">see the claims</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

/** A quotation in a blockquote; a paraphrase (the source's own words) marked as such. */
export function StatementText({ text, isParaphrase }: { text: string; isParaphrase: boolean }) {
  if (isParaphrase) {
    return (
      <p className="statements-text statements-paraphrase">
        <span className="badge statements-paraphrase-badge">Paraphrase</span> {text}
      </p>
    );
  }
  return (
    <blockquote className="statements-text">
      <p>{text}</p>
    </blockquote>
  );
}

export function SaidOn({ date, precision }: { date: string | null; precision: string | null }) {
  return date ? <time dateTime={date}>{formatPartialDate(date, precision)}</time> : <span>undated</span>;
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
