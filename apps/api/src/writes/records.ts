// How every editorial write happens: in one transaction with its audit events, against a record
// named by global ID and the version the editor last read. The version check is the UPDATE's own
// WHERE clause (`id = $1 AND version = $2`, raising the version), so of two editors saving the same
// version PostgreSQL lets exactly one through; the other finds no row and gets a ConflictError with
// the record as the winner left it. Duplicates are left to the unique indexes (no check-then-insert
// race) and reported on the input field they concern.
import { type AuditAction, Prisma } from '@borderdesk/db';
import type PrismaTypes from '@borderdesk/db/pothos';
import { withArticle } from '../access/forbidden.js';
import { decodeGlobalId } from '../builder.js';
import type { Context } from '../context.js';
import {
  ConflictError,
  type EditorialType,
  type FieldPath,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from './results.js';

export type Transaction = Prisma.TransactionClient;

export interface Versioned {
  id: number;
  version: number;
  archivedAt: Date | null;
}

/** A duplicate the unique index `fields` refuses, blamed on input `field` with `message`. */
interface UniqueRule {
  fields: string[];
  field: string;
  message: string;
}

/** Setting or clearing `archivedAt`: all archive and restore change. */
interface ArchiveChange {
  archivedAt: Date | null;
}

/** What a Pothos field selects on a record of type `Name` (its `query`). */
export interface RecordQuery<Name extends EditorialType> {
  include?: PrismaTypes[Name]['Include'];
  select?: PrismaTypes[Name]['Select'];
}

/** A record whose reads show a row among its parts (a role among its person's), by type and id. */
export interface Parent {
  type: 'Actor' | 'Statement' | 'Policy';
  id: number;
}

/** One editorial table as the writes see it. `Row` is what its audit events record. */
export interface Table<Name extends EditorialType, Row extends Versioned, Create, Update> {
  /** The GraphQL type, also the Prisma model. */
  type: Name;
  /** The type in words, for messages: `policy event`. */
  noun: string;
  find(tx: Transaction, id: number): Promise<Row | null>;
  create(tx: Transaction, data: Create): Promise<Row>;
  /** Writes the row only while it has `where.version`, raising it by one (Prisma's P2025 otherwise). */
  update(tx: Transaction, where: { id: number; version: number }, data: Update | ArchiveChange): Promise<Row>;
  /** The records of `ids` with what `query` selects, in the transaction or not. */
  read(db: Transaction, query: RecordQuery<Name>, ids: number[]): Promise<PrismaTypes[Name]['Shape'][]>;
  /** The records that show this row as one of theirs: each write of it touches their `updatedAt`. */
  parents?(row: Row): Parent[];
  unique: UniqueRule[];
}

/** Any table, for what does not depend on its columns. */
export type AnyTable = Table<EditorialType, Versioned, never, never>;

/** The record a change is about: its global ID, and the version the editor last read. */
export interface Target {
  id: string;
  version: number;
}

/** A transaction, and the trail of what it wrote. */
export interface Write {
  tx: Transaction;
  /** Notes a write of `after` (`before` as it was, null for a new record): its audit event and its parents. */
  wrote(action: AuditAction, type: EditorialType, before: Versioned | null, after: Versioned, parents: Parent[]): void;
}

/**
 * Runs `work` in one transaction, then appends its audit events (who, which request, what, before
 * and after) and touches the `updatedAt` of the records that show what it wrote (a role's person):
 * a write, its trail and its parents' change are committed together or not at all.
 */
async function inTransaction<T>(ctx: Context, work: (write: Write) => Promise<T>): Promise<T> {
  // Scope-auth lets only key holders this far; this keeps the audit trail honest if that changes.
  if (ctx.caller.kind !== 'key') throw new ForbiddenError('Mutations need an EDITOR or ADMIN key.');
  const apiKeyId = ctx.caller.keyId;
  return ctx.prisma.$transaction(async (tx) => {
    const events: Prisma.AuditEventCreateManyInput[] = [];
    const parents = new Map<Parent['type'], Set<number>>();
    const result = await work({
      tx,
      wrote: (action, entityType, before, after, rowParents) => {
        events.push({
          apiKeyId,
          requestId: ctx.requestId,
          action,
          entityType,
          entityId: after.id,
          before: before ? json(before) : Prisma.DbNull,
          after: json(after),
        });
        for (const { type, id } of rowParents) parents.set(type, (parents.get(type) ?? new Set()).add(id));
      },
    });
    // Written records need no touch: their own write moved their `updatedAt`.
    for (const { entityType, entityId } of events) {
      if (entityType === 'Actor' || entityType === 'Statement' || entityType === 'Policy') {
        parents.get(entityType)?.delete(entityId);
      }
    }
    await touch(tx, parents);
    await tx.auditEvent.createMany({ data: events });
    return result;
  });
}

/**
 * Moves the `updatedAt` of the parents, never their `version` (nothing an editor read of them
 * changed, so their next save must not conflict): partners syncing with `updatedSince` see a
 * parent change when one of its roles, events, stances or claims does. One statement per table.
 */
async function touch(tx: Transaction, parents: Map<Parent['type'], Set<number>>): Promise<void> {
  const at = new Date();
  const where = (type: Parent['type']) => ({ id: { in: [...(parents.get(type) ?? [])] } });
  if (parents.get('Actor')?.size) await tx.actor.updateMany({ where: where('Actor'), data: { updatedAt: at } });
  if (parents.get('Statement')?.size) {
    await tx.statement.updateMany({ where: where('Statement'), data: { updatedAt: at } });
  }
  if (parents.get('Policy')?.size) await tx.policy.updateMany({ where: where('Policy'), data: { updatedAt: at } });
}

/**
 * Runs a write (`work`, in `inTransaction`) and answers with its record read in the same
 * transaction, as the mutation's selection `query` asks: what this write left, not a later one.
 */
export function writeAndRead<Name extends EditorialType>(
  ctx: Context,
  table: Pick<Table<Name, Versioned, never, never>, 'type' | 'read'>,
  query: RecordQuery<Name>,
  work: (write: Write) => Promise<Versioned>,
): Promise<PrismaTypes[Name]['Shape']> {
  return inTransaction(ctx, async (write) => {
    const { id } = await work(write);
    const [record] = await table.read(write.tx, query, [id]);
    if (!record) throw new Error(`${table.type} ${id} vanished in its own transaction`);
    return record;
  });
}

/** A row as JSON: dates as ISO strings, decimals as strings. */
function json(row: object): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue;
}

/** The audit event and parents of one write. */
function noteWrite<Name extends EditorialType, Row extends Versioned>(
  write: Write,
  action: AuditAction,
  table: Table<Name, Row, never, never>,
  before: Row | null,
  after: Row,
): void {
  const parents = [...(before ? (table.parents?.(before) ?? []) : []), ...(table.parents?.(after) ?? [])];
  write.wrote(action, table.type, before, after, parents);
}

export async function createRecord<Name extends EditorialType, Row extends Versioned, Create>(
  write: Write,
  table: Table<Name, Row, Create, never>,
  data: Create,
  at: FieldPath = ['input'],
): Promise<Row> {
  const row = await blamingDuplicates(table, at, () => table.create(write.tx, data));
  noteWrite(write, 'CREATE', table, null, row);
  return row;
}

/** Changes a live record: `change` turns it into the data to write (and may refuse with problems). */
export async function updateRecord<Name extends EditorialType, Row extends Versioned, Update>(
  write: Write,
  table: Table<Name, Row, never, Update>,
  target: Target,
  change: (before: Row) => Promise<Update> | Update,
): Promise<Row> {
  const before = await current(write.tx, table, target);
  if (before.archivedAt) {
    throw new ConflictError(`This ${table.noun} is archived: restore it before editing it.`, table.type, before);
  }
  const after = await writeVersion(write.tx, table, target, await change(before));
  noteWrite(write, 'UPDATE', table, before, after);
  return after;
}

/**
 * Archives a live record (a soft delete). Records that point at it keep pointing at it; what reads
 * show of it is theirs to decide (lists leave it out). New references to it are refused until it
 * is restored.
 */
export async function archiveRecord<Name extends EditorialType, Row extends Versioned>(
  write: Write,
  table: Table<Name, Row, never, never>,
  target: Target,
): Promise<Row> {
  const before = await current(write.tx, table, target);
  if (before.archivedAt) throw new ConflictError(`This ${table.noun} is already archived.`, table.type, before);
  const after = await writeVersion(write.tx, table, target, { archivedAt: new Date() });
  noteWrite(write, 'ARCHIVE', table, before, after);
  return after;
}

export async function restoreRecord<Name extends EditorialType, Row extends Versioned>(
  write: Write,
  table: Table<Name, Row, never, never>,
  target: Target,
): Promise<Row> {
  const before = await current(write.tx, table, target);
  if (!before.archivedAt) throw new ConflictError(`This ${table.noun} is not archived.`, table.type, before);
  const after = await writeVersion(write.tx, table, target, { archivedAt: null });
  noteWrite(write, 'RESTORE', table, before, after);
  return after;
}

/** The target's row, provided it exists and still has the version the editor read. */
async function current<Name extends EditorialType, Row extends Versioned>(
  tx: Transaction,
  table: Table<Name, Row, never, never>,
  target: Target,
): Promise<Row> {
  const row = await table.find(tx, idOf(table.type, target.id));
  if (!row) throw new NotFoundError(`No ${table.noun} has the ID ${target.id}.`);
  if (row.version !== target.version) throw stale(table, row, target.version);
  return row;
}

async function writeVersion<Name extends EditorialType, Row extends Versioned, Update>(
  tx: Transaction,
  table: Table<Name, Row, never, Update>,
  target: Target,
  data: Update | ArchiveChange,
): Promise<Row> {
  const id = idOf(table.type, target.id);
  try {
    return await blamingDuplicates(table, ['input'], () => table.update(tx, { id, version: target.version }, data));
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025')) throw error;
    // Another editor saved (or archived) between our read and our write.
    const now = await table.find(tx, id);
    if (!now) throw new NotFoundError(`No ${table.noun} has the ID ${target.id}.`);
    throw stale(table, now, target.version);
  }
}

/** What messages and duplicate checks need of a table. */
type Described = Pick<AnyTable, 'type' | 'noun' | 'unique'>;

function stale(table: Described, row: Versioned, version: number): ConflictError {
  return new ConflictError(
    `This ${table.noun} is at version ${row.version}, not ${version}: someone changed it since you read it. Nothing was written; merge with \`current\` and try again.`,
    table.type,
    row,
  );
}

/** The row id in a global ID of the table's type; any other ID is a problem with `input.id`. */
function idOf(type: EditorialType, globalId: string): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalId(globalId, 'input.id');
  } catch {
    throw new ValidationError([{ path: ['input', 'id'], message: 'is not a global ID this API returned' }]);
  }
  if (decoded.typename !== type) {
    throw new ValidationError([
      { path: ['input', 'id'], message: `is the ID of ${withArticle(decoded.typename)}, not of ${withArticle(type)}` },
    ]);
  }
  return Number(decoded.id);
}

/** Runs a write; a duplicate a unique index refuses becomes a problem with the field it concerns. */
async function blamingDuplicates<T>(table: Described, at: FieldPath, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const rule = duplicateRule(error, table);
    if (!rule) throw error;
    throw new ValidationError([{ path: [...at, rule.field], message: rule.message }]);
  }
}

/**
 * The rule of the unique index a P2002 names. PostgreSQL's driver reports the index name, PGlite's
 * the quoted column names; Prisma names indexes `<Model>_<columns>_key`.
 */
function duplicateRule(error: unknown, table: Described): UniqueRule | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return undefined;
  if (error.meta?.modelName !== table.type) return undefined;
  const cause = (error.meta?.driverAdapterError as { cause?: { constraint?: { index?: string; fields?: string[] } } })
    ?.cause;
  const index = cause?.constraint?.index;
  const fields = cause?.constraint?.fields?.map((field) => field.replaceAll('"', '')).join();
  return table.unique.find(
    (rule) => index === `${table.type}_${rule.fields.join('_')}_key` || fields === rule.fields.join(),
  );
}
