// The record of what was said: every statement newest first, or the API's search ranking with `q`;
// narrowed by speaker and topic. The filters are the query string (`?q=&speaker=&topic=`).
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { borderdesk } from '../client.ts';
import { formatCount } from '../format.ts';
import {
  type StatementsCardFragment,
  StatementsSearchDocument,
  type StatementsSearchQuery,
} from '../generated/graphql.ts';
import { Empty, ErrorState, Loading } from '../states.tsx';
import { useQueryParams } from '../url-state.ts';
import { StatementCard } from './statement-card.tsx';
import { ShowMore, StatementFeed, useStatementFeed } from './statement-feed.tsx';
import './statements.css';

/** The API's limits on a search query: at most 200 characters, at least one letter or digit. */
const maxQueryLength = 200;
const searchPage = 20;
const maxSearchHits = 100;

export function StatementsPage() {
  const params = useQueryParams();
  const q = params.get('q').trim();
  const topic = params.get('topic');
  const speakers = useSpeakers();
  const requestedSpeaker = params.get('speaker');
  // A speaker the list does not know (a mistyped or stale URL) is ignored, and the page says so.
  const unknownSpeaker = requestedSpeaker !== '' && speakers.data !== undefined && !speakers.data.has(requestedSpeaker);
  const speaker = unknownSpeaker ? '' : requestedSpeaker;
  const narrowing = describeFilters(speakers.data?.get(speaker) ?? speaker, topic);

  return (
    <section className="statements-page">
      <h1>Statements</h1>
      <p className="lede">
        What officials, agencies, lawmakers and researchers said about the border, newest first, with where it was
        reported and the claims in it checked against the encounter data.
      </p>
      <Filters
        q={q}
        speaker={speaker}
        speakers={speakers}
        onSearch={(value) => params.update({ q: value })}
        onSpeaker={(value) => params.update({ speaker: value })}
      />
      {unknownSpeaker ? (
        <p className="statements-notice" role="status">
          No speaker named “{requestedSpeaker}” has statements on record; showing every speaker.
        </p>
      ) : null}
      {topic ? (
        <p className="statements-active-topic">
          Topic: <span className="badge">{topic.replaceAll('-', ' ')}</span>{' '}
          <button type="button" className="secondary" onClick={() => params.update({ topic: undefined })}>
            Clear topic
          </button>
        </p>
      ) : null}
      {q ? (
        // Keyed by the search, so a new one starts again from its first page.
        <SearchResults key={`${q}\n${speaker}\n${topic}`} q={q} speaker={speaker} topic={topic} narrowing={narrowing} />
      ) : (
        <Feed speaker={speaker} topic={topic} narrowing={narrowing} />
      )}
    </section>
  );
}

/** Everyone with at least one statement on record, by name: the speaker select's options (slug → name). */
function useSpeakers() {
  return useQuery({
    queryKey: ['statements-speakers'],
    queryFn: async ({ signal }) => {
      const actors = await borderdesk.actors.list({ hasStatements: true }, { signal }).toArray();
      return new Map(actors.map((actor) => [actor.slug, actor.name]));
    },
  });
}

function Filters({
  q,
  speaker,
  speakers,
  onSearch,
  onSpeaker,
}: {
  q: string;
  speaker: string;
  speakers: ReturnType<typeof useSpeakers>;
  onSearch: (value: string) => void;
  onSpeaker: (value: string) => void;
}) {
  const [draft, setDraft] = useState(q);
  // The URL changes under the form too (back button, a link): the box shows what is searched.
  useEffect(() => setDraft(q), [q]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <>
      <search>
        <form className="filters statements-filters" onSubmit={submit}>
          <label className="statements-search">
            Search statements
            <input
              type="search"
              name="q"
              value={draft}
              maxLength={maxQueryLength}
              placeholder="e.g. sanctuary, Homan"
              onChange={(event) => setDraft(event.target.value)}
            />
          </label>
          <button type="submit">Search</button>
          <label>
            Speaker
            <select
              name="speaker"
              value={speaker}
              disabled={!speakers.data}
              onChange={(event) => onSpeaker(event.target.value)}
            >
              <option value="">All speakers</option>
              {[...(speakers.data ?? [])].map(([slug, name]) => (
                <option key={slug} value={slug}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </form>
      </search>
      {speakers.isError ? <ErrorState error={speakers.error} what="the list of speakers" /> : null}
    </>
  );
}

/** " by Tom Homan about sanctuary": the filters in words, for the empty states. */
function describeFilters(speakerName: string, topic: string): string {
  return `${speakerName ? ` by ${speakerName}` : ''}${topic ? ` about ${topic.replaceAll('-', ' ')}` : ''}`;
}

function Feed({ speaker, topic, narrowing }: { speaker: string; topic: string; narrowing: string }) {
  const feed = useStatementFeed({
    ...(speaker ? { speakers: [speaker] } : {}),
    ...(topic ? { topics: [topic] } : {}),
  });
  return <StatementFeed feed={feed} empty={`No statements${narrowing} on record.`} />;
}

type SearchHit = StatementsSearchQuery['search'][number];
type StatementHit = SearchHit & { node: StatementsCardFragment };

function isStatementHit(hit: SearchHit): hit is StatementHit {
  return 'slug' in hit.node;
}

function SearchResults({
  q,
  speaker,
  topic,
  narrowing,
}: {
  q: string;
  speaker: string;
  topic: string;
  narrowing: string;
}) {
  const [shown, setShown] = useState(searchPage);
  // Search takes no speaker or topic argument, so with either the page asks for the API's maximum of
  // hits and keeps those by that speaker and on that topic, in the API's order. Without them it asks
  // for just the hits on show (search has no cursor: "Show more" asks for a longer list).
  const narrowed = speaker !== '' || topic !== '';
  const first = narrowed ? maxSearchHits : Math.min(shown + 1, maxSearchHits);
  const valid = /[\p{L}\p{N}]/u.test(q) && q.length <= maxQueryLength;
  const search = useQuery({
    queryKey: ['statements-search', q, first],
    queryFn: ({ signal }) => borderdesk.request(StatementsSearchDocument, { query: q, first }, { signal }),
    enabled: valid,
    // While a longer list of the same search loads, the hits already on show stay.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === q ? previous : undefined),
  });

  if (!valid) {
    return <Empty>Search for a word of letters or digits, at most {maxQueryLength} characters.</Empty>;
  }
  if (search.isPending) return <Loading what="matching statements" />;
  if (search.isError && !search.data) return <ErrorState error={search.error} what="matching statements" />;

  const hits = search.data.search
    .filter(isStatementHit)
    .filter(
      ({ node }) => (speaker === '' || node.speaker.slug === speaker) && (topic === '' || node.topics.includes(topic)),
    );
  if (hits.length === 0)
    return (
      <Empty>
        No statements{narrowing} match “{q}”.
      </Empty>
    );
  const visible = hits.slice(0, shown);
  // While a longer list loads, the shorter one stays on show.
  const loadingMore = search.isPlaceholderData;
  const more = hits.length > shown || loadingMore;
  // Without a speaker or topic, the API's maximum of hits may not be all there are.
  const capped = !narrowed && search.data.search.length >= maxSearchHits;
  return (
    <>
      {search.isError ? <ErrorState error={search.error} what="more matching statements" /> : null}
      <p className="statements-count">
        {more || capped
          ? `The ${formatCount(visible.length)} best matches for “${q}”`
          : `${formatCount(hits.length)} ${hits.length === 1 ? 'statement matches' : 'statements match'} “${q}”, best match first`}
      </p>
      <div className="statements-list">
        {visible.map(({ node, snippet }) => (
          <StatementCard key={node.slug} statement={node} snippet={snippet.parts} />
        ))}
      </div>
      {more ? <ShowMore loading={loadingMore} onClick={() => setShown((count) => count + searchPage)} /> : null}
    </>
  );
}
