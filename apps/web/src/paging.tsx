// Lists read a connection a page at a time (react-query's infinite queries along the cursor): the
// cursor of the next page, and the end of such a list — a way to load more, or the failure to.
import { ErrorState, ShowMore } from './states.tsx';

/** The cursor to ask `after` for the next page; undefined when this was the last page. */
export function nextCursor(pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined) {
  return pageInfo?.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined;
}

/** The part of an infinite query the end of a list needs. */
interface PagedList {
  error: unknown;
  isError: boolean;
  isFetchNextPageError: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): Promise<unknown>;
  refetch(): Promise<unknown>;
}

/**
 * Below a list's items: the failure to load a page (more of them, or the list again), with Try again
 * for the request that failed; otherwise Show more while there is a next page.
 */
export function MorePages({ list, what, label }: { list: PagedList; what: string; label?: string }) {
  if (list.isError) {
    const more = list.isFetchNextPageError;
    return (
      <ErrorState
        error={list.error}
        what={more ? `more ${what}` : `the ${what}`}
        onRetry={() => void (more ? list.fetchNextPage() : list.refetch())}
      />
    );
  }
  if (!list.hasNextPage) return null;
  return <ShowMore loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} label={label} />;
}
