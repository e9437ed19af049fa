// The mutations that differ only by their table: archive<Type> and restore<Type> take the record's
// ID and version and answer with it, for every editorial type alike.
import { withArticle } from '../access/forbidden.js';
import type { BuilderTypes } from '../builder.js';
import { recordVersionArgs } from './inputs.js';
import { type AnyTable, archiveRecord, restoreRecord, writeAndRead } from './records.js';
import { mutationOptions } from './results.js';

export type MutationFieldBuilder = PothosSchemaTypes.MutationFieldBuilder<BuilderTypes, BuilderTypes['Root']>;

/** `archive<Type>` and `restore<Type>` of `table`; `archived` says what archiving does to its records, if anything. */
export function archiveMutations(t: MutationFieldBuilder, table: AnyTable, archived?: string) {
  const restore = `restore${table.type}`;
  const field = (operation: 'archive' | 'restore', description: string, run: typeof archiveRecord) =>
    t.prismaField({
      type: table.type,
      description,
      ...mutationOptions(table, operation),
      args: recordVersionArgs(t.arg),
      resolve: (query, _root, { input }, ctx) => writeAndRead(ctx, table, query, (write) => run(write, table, input)),
    });
  return {
    [`archive${table.type}`]: field(
      'archive',
      `Archives ${withArticle(table.noun)} (a soft delete, undone by \`${restore}\`)${archived ? `: ${archived}` : '.'}`,
      archiveRecord,
    ),
    [restore]: field('restore', `Brings an archived ${table.noun} back.`, restoreRecord),
  };
}
