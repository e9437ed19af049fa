// Statements that name the policy, most recently said first, a page at a time.
import { useInfiniteQuery } from '@tanstack/react-query';
import { borderdesk } from '../client.ts';
import { PolicyPageMentionsDocument } from '../generated/graphql.ts';
import { MorePages, nextCursor } from '../paging.tsx';
import { StatementQuote } from '../statement-quote.tsx';
import { Empty, ErrorState, Loading } from '../states.tsx';

const pageSize = 5;

export function PolicyMentions({ slug }: { slug: string }) {
  const mentions = useInfiniteQuery({
    queryKey: ['policy', slug, 'mentionedIn'],
    queryFn: ({ pageParam, signal }) =>
      borderdesk.request(PolicyPageMentionsDocument, { slug, first: pageSize, after: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => nextCursor(last.policy?.mentionedIn.pageInfo),
  });

  if (mentions.isPending) return <Loading what="statements" />;
  if (mentions.isError && !mentions.data) {
    return <ErrorState error={mentions.error} what="the statements" onRetry={() => void mentions.refetch()} />;
  }
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
            <StatementQuote
              text={statement.text}
              isParaphrase={statement.isParaphrase}
              speaker={statement.speaker}
              saidOn={statement.saidOn}
              saidOnPrecision={statement.saidOnPrecision}
              setting={statement.setting}
            />
          </li>
        ))}
      </ul>
      <MorePages list={mentions} what="statements" label={`Show more (${total - statements.length} more)`} />
    </>
  );
}
