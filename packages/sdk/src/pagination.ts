// Connections walked page by page: `for await (const node of list)` asks for the next page only
// when the previous one is used up; `pages()` yields whole pages (with `totalCount`).

/** The part of a Relay connection pagination needs. */
export interface Connection<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: TNode }>;
}

/** Fetches the page after `after` (from the start when undefined), `first` items long. */
export type FetchPage<TPage> = (after: string | undefined, first: number) => Promise<TPage>;

/** The node type of a connection page. */
export type NodeOf<TPage extends Connection<unknown>> = TPage['edges'][number]['node'];

export interface Paginated<TPage extends Connection<unknown>> extends AsyncIterable<NodeOf<TPage>> {
  /** Each page as the API returned it, `pageSize` items at most. */
  pages(): AsyncIterable<TPage>;
  /** Every node, or the first `limit` (only the pages needed are fetched). */
  toArray(options?: { limit?: number }): Promise<NodeOf<TPage>[]>;
}

/** The API serves at most 100 items a page. */
export const maxPageSize = 100;

export function paginate<TPage extends Connection<unknown>>(
  fetchPage: FetchPage<TPage>,
  pageSize = 50,
): Paginated<TPage> {
  type TNode = NodeOf<TPage>;
  const size = Math.min(Math.max(1, Math.trunc(pageSize)), maxPageSize);

  async function* pages(limit = Number.POSITIVE_INFINITY): AsyncGenerator<TPage> {
    let after: string | undefined;
    let remaining = limit;
    while (remaining > 0) {
      const page = await fetchPage(after, Math.min(size, remaining));
      yield page;
      remaining -= page.edges.length;
      if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
      after = page.pageInfo.endCursor;
    }
  }

  async function* nodes(limit?: number): AsyncGenerator<TNode> {
    for await (const page of pages(limit)) {
      for (const edge of page.edges) yield edge.node as TNode;
    }
  }

  return {
    pages: () => pages(),
    [Symbol.asyncIterator]: () => nodes(),
    async toArray({ limit } = {}) {
      const all: TNode[] = [];
      for await (const node of nodes(limit)) {
        if (limit !== undefined && all.length >= limit) break;
        all.push(node);
      }
      return all;
    },
  };
}
