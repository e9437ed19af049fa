// Statements that name the policy, most recently said first, a page at a time.
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { borderdesk } from '../client.ts';
import { formatPartialDate } from '../format.ts';
import { PolicyPageMentionsDocument } from '../generated/graphql.ts';
import { Empty, ErrorState, Loading } from '../states.tsx';

const pageSize = 5;

export function PolicyMentions({ slug }: { slug: string }) {
  const mentions = useInfiniteQuery({
    queryKey: ['policy', slug, 'mentionedIn'],
    queryFn: ({ pageParam, signal }) =>
      borderdesk.request(PolicyPageMentionsDocument, { slug, first: pageSize, after: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => {
      const pageInfo = last.policy?.mentionedIn.pageInfo;
      return pageInfo?.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined;
    },
  });

  if (mentions.isPending) return <Loading what="statements" />;
  if (mentions.isError && !mentions.data) return <ErrorState error={mentions.error} what="the statements" />;
  const statements = mentions.data.pages.flatMap(
    (page) => page.policy?.mentionedIn.edges.map((edge) => edge.node) ?? [],
  );
  const total = mentions.data.pages[0]?.policy?.mentionedIn.totalCount ?? 0;
  if (statements.length === 0) return <Empty>No statement on record names this policy.</Empty>;

  return (
    <>
      <ul className="policy-mentions">
        {statements.map((statement) => (
          <li key={statement.slug} className="card">
            <figure className="policy-quote">
              <blockquote>{statement.text}</blockquote>
              <figcaption className="provenance">
                <Link href={`/actors/${encodeURIComponent(statement.speaker.slug)}`}>{statement.speaker.name}</Link>
                {statement.isParaphrase ? ' (paraphrased)' : ''},{' '}
                {formatPartialDate(statement.saidOn, statement.saidOnPrecision)}
                {statement.setting ? `, ${statement.setting}` : ''}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
      {mentions.isError ? <ErrorState error={mentions.error} what="more statements" /> : null}
      {mentions.hasNextPage ? (
        <button
          type="button"
          className="secondary"
          disabled={mentions.isFetchingNextPage}
          onClick={() => mentions.fetchNextPage()}
        >
          {mentions.isFetchingNextPage ? 'Loading…' : `Show more (${total - statements.length} more)`}
        </button>
      ) : null}
    </>
  );
}
