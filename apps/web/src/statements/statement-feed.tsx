// Statements newest first, a page at a time along the connection's cursor: the statements page and
// the actor pages both list them this way.
import { useInfiniteQuery } from '@tanstack/react-query';
import { borderdesk } from '../client.ts';
import { formatCount } from '../format.ts';
import { type StatementFilter, StatementsFeedDocument } from '../generated/graphql.ts';
import { MorePages, nextCursor } from '../paging.tsx';
import { Empty, ErrorState, Loading } from '../states.tsx';
import { FeedCard } from './statement-card.tsx';

const pageSize = 20;

export function useStatementFeed(filter: StatementFilter) {
  return useInfiniteQuery({
    queryKey: ['statements-feed', filter],
    queryFn: ({ pageParam, signal }) =>
      borderdesk.request(StatementsFeedDocument, { first: pageSize, after: pageParam, filter }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: ({ statements: { pageInfo } }) => nextCursor(pageInfo),
  });
}

export function StatementFeed({
  feed,
  empty,
  showSpeaker = true,
}: {
  feed: ReturnType<typeof useStatementFeed>;
  /** What to say when no statement matches. */
  empty: string;
  showSpeaker?: boolean;
}) {
  if (feed.isPending) return <Loading what="statements" />;
  if (feed.isError && !feed.data) {
    return <ErrorState error={feed.error} what="statements" onRetry={() => void feed.refetch()} />;
  }
  const [first] = feed.data.pages;
  const totalCount = first?.statements.totalCount ?? 0;
  const statements = feed.data.pages.flatMap((page) => page.statements.edges.map((edge) => edge.node));
  if (statements.length === 0) return <Empty>{empty}</Empty>;
  return (
    <>
      <p className="statements-count">
        {formatCount(totalCount)} {totalCount === 1 ? 'statement' : 'statements'}
        {statements.length < totalCount ? `, ${formatCount(statements.length)} shown` : null}
      </p>
      <div className="statements-list">
        {statements.map((statement) => (
          <FeedCard key={statement.slug} statement={statement} showSpeaker={showSpeaker} />
        ))}
      </div>
      <MorePages list={feed} what="statements" />
    </>
  );
}
