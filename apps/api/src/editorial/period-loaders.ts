// Per-request batching for fields resolved once per item of a list (a period, a statement, a claim
// check): every call made while GraphQL walks the list joins one batch, answered by one SQL statement.
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { MonthRange } from '../encounters/month-range.js';

const rangeKey = ({ first, last }: MonthRange) => `${first}/${last}`;

/**
 * Rows of one model per month range: `members` names the ids each range holds, for every range of
 * the batch in one statement, and `find` loads those rows once (with the field's Prisma query, so
 * nested selections load with them). `name` must identify the field, its arguments and its query.
 */
export function loadPerRange<Row extends { id: number }>(
  ctx: Context,
  name: string,
  range: MonthRange,
  members: (ranges: readonly MonthRange[]) => Promise<number[][]>,
  find: (ids: number[]) => Promise<Row[]>,
): Promise<Row[]> {
  const loader = ctx.once(
    name,
    () =>
      new DataLoader<MonthRange, Row[], string>(
        async (ranges) => {
          const lists = await members(ranges);
          const ids = [...new Set(lists.flat())];
          const rows = new Map((ids.length ? await find(ids) : []).map((row) => [row.id, row]));
          return lists.map((list) => list.flatMap((id) => rows.get(id) ?? []));
        },
        { cacheKeyFn: rangeKey },
      ),
  );
  return loader.load(range);
}

/**
 * The rows with these ids, in the order `find` returns them, for every item of the list in one `find`
 * (with the field's Prisma query). `name` must identify the field and its query.
 */
export function loadRows<Row extends { id: number }>(
  ctx: Context,
  name: string,
  ids: readonly number[],
  find: (ids: number[]) => Promise<Row[]>,
): Promise<Row[]> {
  const loader = ctx.once(
    name,
    () =>
      new DataLoader<readonly number[], Row[], string>(
        async (lists) => {
          const rows = await find([...new Set(lists.flat())]);
          return lists.map((list) => rows.filter((row) => list.includes(row.id)));
        },
        { cacheKeyFn: (list) => list.join(',') },
      ),
  );
  return ids.length ? loader.load(ids) : Promise.resolve([]);
}
