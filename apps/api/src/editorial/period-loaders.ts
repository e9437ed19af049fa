// Per-request batching for fields resolved once per period (or per statement) of a list: every
// call made while GraphQL walks the list joins one batch, answered by one SQL statement.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { MonthRange } from './period-records.js';

const loaders = createContextCache((_ctx: Context) => new Map<string, DataLoader<never, unknown>>());

/** The request's loader named `name`, made by `make` on first use. Equal names must mean equal loaders. */
export function requestLoader<K, V>(ctx: Context, name: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
  const byName = loaders(ctx);
  const existing = byName.get(name);
  if (existing) return existing as unknown as DataLoader<K, V>;
  const loader = make();
  byName.set(name, loader as unknown as DataLoader<never, unknown>);
  return loader;
}

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
  const loader = requestLoader(
    ctx,
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
