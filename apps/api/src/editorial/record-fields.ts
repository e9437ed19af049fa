// What the eight editorial types (Actor, Role, Source, Statement, Claim, Policy, PolicyEvent,
// Stance) share: who may find an archived one, and the fields of a record's life (created, changed,
// version, archived), each written once.
import { scopesOf } from '../access/caller.js';
import type { BuilderTypes } from '../builder.js';
import type { Context } from '../context.js';
import { live } from './list-arguments.js';

/** Description of every editable type's `version` field. */
const versionDescription =
  'Raised by one on every edit: an update or archive must name the version it was based on, and one naming an older version is refused as a conflict (two editors never silently overwrite each other).';

/** Description of every editable type's `archivedAt` field. */
const archivedAtDescription =
  'When an editor archived it (a soft delete that can be restored); null while it is live. Archived records are left out of lists, counts, search and the records of a month, and `node(id:)`, a lookup by slug or `updatedSince` finds one only for EDITOR and ADMIN keys (everyone learns of deletions from `archivedSince`). So are the parts of an archived record: the claims of an archived statement, the events of an archived policy. Another reference to one (a statement whose speaker was archived) still resolves and shows this date.';

/** Every editorial record has these columns. */
interface EditorialRecord {
  createdAt: Date;
  updatedAt: Date;
  version: number;
  archivedAt: Date | null;
}

/** The fields of a record's life; Role, PolicyEvent and Stance show no timestamps (`timestamps: false`). */
export function recordFields(
  t: Pick<PothosSchemaTypes.RootFieldBuilder<BuilderTypes, EditorialRecord, 'PrismaObject'>, 'field' | 'int'>,
  { timestamps = true } = {},
) {
  const lifecycle = {
    version: t.int({ description: versionDescription, resolve: (record) => record.version }),
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: archivedAtDescription,
      resolve: (record) => record.archivedAt,
    }),
  };
  if (!timestamps) return lifecycle;
  return {
    createdAt: t.field({
      type: 'DateTime',
      description: 'When the record was created.',
      resolve: (record) => record.createdAt,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When the record last changed.',
      resolve: (record) => record.updatedAt,
    }),
    ...lifecycle,
  };
}

/**
 * Which records a lookup by id or slug (`node`, `nodes`, `actor(slug:)`…) finds: an archived one
 * only for editors and admins (who may restore it); for everyone else it is null, as if gone. `parts`
 * adds what else must be live for a part to be found (a claim's statement).
 */
export function findable<Parts extends object = Record<never, never>>(ctx: Context, parts?: Parts) {
  return scopesOf(ctx.caller).editor ? {} : { ...live, ...parts };
}

/** The `findUnique` of a `prismaNode`: the row of the global ID's number, if the caller may find it. */
export function findById<Parts extends object = Record<never, never>>(parts?: Parts) {
  return (id: string, ctx: Context) => ({ id: Number(id), ...findable(ctx, parts) });
}
