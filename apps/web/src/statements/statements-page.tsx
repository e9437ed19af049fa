// The record of what was said: every statement newest first, or the API's search ranking with `q`;
// narrowed by speaker and topic. The filters are the query string (`?q=&speaker=&topic=`).
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { borderdesk } from '../client.ts';
import { formatCount } from '../format.ts';
import {
  type StatementsHitFragment,
  StatementsSearchDocument,
  type StatementsSearchQuery,
  StatementsSpeakersDocument,
} from '../generated/graphql.ts';
import { usePageTitle } from '../page-title.ts';
import { Empty, ErrorState, Loading, Notice, ShowMore } from '../states.tsx';
import { useDraft, useQueryParams } from '../url-state.ts';
import { HitCard } from './statement-card.tsx';
import { StatementFeed, useStatementFeed } from './statement-feed.tsx';

/** The API's limits on a search query: at most 200 characters, at least one letter or digit. */
const maxQueryLength = 200;
/** Hits on show before "Show more", and the most a search shows (search has no cursor: more costs a longer list). */
const searchPage = 20;
const searchCap = 50;
/** Speakers the select offers; a full list may leave some out. */
const speakersLimit = 100;

export function StatementsPage() {
  usePageTitle('Statements');
  const params = useQueryParams();
  const q = params.get('q').trim();
  const topic = params.get('topic');
  const speakers = useSpeakers();
  const requestedSpeaker = params.get('speaker');
  // A speaker the complete list does not know (a mistyped or stale URL) is ignored, and the page says so.
  const unknownSpeaker =
    requestedSpeaker !== '' &&
    speakers.data !== undefined &&
    speakers.data.complete &&
    !speakers.data.names.has(requestedSpeaker);
  const speaker = unknownSpeaker ? '' : requestedSpeaker;
  const narrowing = describeFilters(speakers.data?.names.get(speaker) ?? speaker, topic);

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
        <Notice>No speaker named “{requestedSpeaker}” has statements on record; showing every speaker.</Notice>
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
      const { actors } = await borderdesk.request(StatementsSpeakersDocument, { first: speakersLimit }, { signal });
      return {
        names: new Map(actors.edges.map(({ node }) => [node.slug, node.name])),
        complete: actors.edges.length < speakersLimit,
      };
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
  const [draft, setDraft] = useDraft(q);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  const names = speakers.data?.names;
  // A speaker beyond the list's limit still shows as chosen, by slug.
  const unlisted = names && speaker !== '' && !names.has(speaker);
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
              disabled={!names}
              onChange={(event) => onSpeaker(event.target.value)}
            >
              <option value="">All speakers</option>
              {unlisted ? <option value={speaker}>{speaker}</option> : null}
              {[...(names ?? [])].map(([slug, name]) => (
                <option key={slug} value={slug}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </form>
      </search>
      {speakers.isError ? (
        <ErrorState error={speakers.error} what="the list of speakers" onRetry={() => void speakers.refetch()} />
      ) : null}
    </>
  );
}

/**
 * " by Tom Homan on the topic “sanctuary”": the filters in words. The topic as the address has it, since
 * topics are free text there and one matching nothing (a typo, another spelling) should be recognizable.
 */
function describeFilters(speakerName: string, topic: string): string {
  return `${speakerName ? ` by ${speakerName}` : ''}${topic ? ` on the topic “${topic}”` : ''}`;
}

function Feed({ speaker, topic, narrowing }: { speaker: string; topic: string; narrowing: string }) {
  const feed = useStatementFeed({
    ...(speaker ? { speakers: [speaker] } : {}),
    ...(topic ? { topics: [topic] } : {}),
  });
  return <StatementFeed feed={feed} empty={`No statements${narrowing}${topic ? '' : ' on record'}.`} />;
}

type SearchNode = StatementsSearchQuery['search'][number]['node'];

function isStatement(node: SearchNode): node is StatementsHitFragment {
  return 'slug' in node;
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
  const [expanded, setExpanded] = useState(false);
  // Search takes no speaker or topic: with either, the page asks for the best `searchCap` hits at once
  // and keeps those by that speaker and on that topic. Without, one more hit than on show tells
  // whether "Show more" (a longer list, up to the cap) has anything to add.
  const narrowed = speaker !== '' || topic !== '';
  const first = narrowed || expanded ? searchCap : searchPage + 1;
  const shown = expanded ? searchCap : searchPage;
  const valid = /[\p{L}\p{N}]/u.test(q) && q.length <= maxQueryLength;
  const search = useQuery({
    queryKey: ['statements-search', q, first],
    queryFn: ({ signal }) => borderdesk.request(StatementsSearchDocument, { query: q, first }, { signal }),
    enabled: valid,
    // While the longer list of the same search loads, the hits already on show stay.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === q ? previous : undefined),
  });

  if (!valid) {
    return <Empty>Search for a word of letters or digits, at most {maxQueryLength} characters.</Empty>;
  }
  if (search.isPending) return <Loading what="matching statements" />;
  if (search.isError) {
    return <ErrorState error={search.error} what="matching statements" onRetry={() => void search.refetch()} />;
  }

  // At the cap, the search may have found more than it returned.
  const capped = search.data.search.length >= searchCap;
  const hits = search.data.search.flatMap(({ node, snippet }) =>
    isStatement(node) &&
    (speaker === '' || node.speaker.slug === speaker) &&
    (topic === '' || node.topics.includes(topic))
      ? [{ statement: node, snippet: snippet.parts }]
      : [],
  );
  if (hits.length === 0) {
    return (
      <Empty>
        {capped
          ? `No statements${narrowing} among the ${searchCap} best matches for “${q}”.`
          : `No statements${narrowing} match “${q}”.`}
      </Empty>
    );
  }
  const loadingMore = search.isPlaceholderData;
  // While the longer list loads, the shorter one's extra hit (asked for only to know there are more) stays hidden.
  const visible = hits.slice(0, loadingMore ? searchPage : shown);
  return (
    <>
      <p className="statements-count">
        {summarize({ q, narrowing, capped, found: hits.length, shown: visible.length })}
      </p>
      <div className="statements-list">
        {visible.map(({ statement, snippet }) => (
          <HitCard key={statement.slug} statement={statement} snippet={snippet} />
        ))}
      </div>
      {hits.length > shown || loadingMore ? <ShowMore loading={loadingMore} onClick={() => setExpanded(true)} /> : null}
    </>
  );
}

/** How much of the search the page shows, and how much of it the search looked at. */
function summarize({
  q,
  narrowing,
  capped,
  found,
  shown,
}: {
  q: string;
  narrowing: string;
  capped: boolean;
  found: number;
  shown: number;
}): string {
  const statements = (count: number) => `${formatCount(count)} ${count === 1 ? 'statement' : 'statements'}`;
  const onShow = shown < found ? `; the ${formatCount(shown)} best are shown` : '';
  if (capped && narrowing) {
    return `Among the ${searchCap} best matches for “${q}”, ${statements(found)} ${found === 1 ? 'is' : 'are'}${narrowing}${onShow}. The search looks no further: add words to find others.`;
  }
  if (capped) return `The ${searchCap} best matches for “${q}”: add words to the search to find others.`;
  // Without a speaker or topic, one hit beyond those on show says there are more, not how many.
  if (shown < found && !narrowing) return `The ${formatCount(shown)} best matches for “${q}”`;
  return `${statements(found)}${narrowing} ${found === 1 ? 'matches' : 'match'} “${q}”, best match first${onShow}`;
}
