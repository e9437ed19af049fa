// A statement as quoted anywhere on the dashboard (feed, actor pages, policy stances and mentions,
// claims): the words, marked as a paraphrase when they are the source's and not the speaker's, then who
// said them, when (as precisely as known) and where.
import { Link } from 'wouter';
import { PartialDate } from './dates.tsx';
import { actorPath } from './links.ts';
import './statement-quote.css';

interface StatementQuoteProps {
  text: string;
  isParaphrase: boolean;
  /** Left out where the page is already about the speaker (their actor page). */
  speaker?: { slug: string; name: string } | null;
  saidOn: string | null;
  saidOnPrecision: string | null;
  setting?: string | null;
  /** Shortens the text at a word boundary, with an ellipsis, when it is longer than this. */
  maxLength?: number;
}

export function StatementQuote({
  text,
  isParaphrase,
  speaker,
  saidOn,
  saidOnPrecision,
  setting,
  maxLength,
}: StatementQuoteProps) {
  const shown = maxLength === undefined ? text : shorten(text, maxLength);
  return (
    <figure className="statement-quote">
      {isParaphrase ? (
        <p className="statement-quote-text">
          <span className="badge statement-quote-paraphrase">Paraphrase</span> {shown}
        </p>
      ) : (
        <blockquote className="statement-quote-text">
          <p>{shown}</p>
        </blockquote>
      )}
      <figcaption className="statement-quote-byline">
        {speaker ? (
          <>
            <Link href={actorPath(speaker.slug)}>{speaker.name}</Link>
            {' · '}
          </>
        ) : null}
        <PartialDate date={saidOn} precision={saidOnPrecision} />
        {setting ? ` · ${setting}` : null}
      </figcaption>
    </figure>
  );
}

/** At most `maxLength` characters ending on a whole word, then "…"; a single longer word is cut. */
function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const head = text.slice(0, maxLength + 1);
  const boundary = head.search(/\s\S*$/);
  const cut = boundary > 0 ? head.slice(0, boundary) : text.slice(0, maxLength);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
