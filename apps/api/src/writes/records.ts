// How every editorial write happens: in one transaction with its audit events, against a record
// named by global ID and the version the editor last read. The version check is the UPDATE's own
// WHERE clause (`id = $1 AND version = $2`, raising the version), so of two editors saving the same
// version PostgreSQL lets exactly one through; the other finds no row and gets a ConflictError with
// the record as the winner left it. Duplicates are left to the unique indexes (no check-then-insert
// race) and reported on the input field they concern.
import { type AuditAction, Prisma } from '@borderdesk/db';
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

interface Versioned {
  id: number;
  version: number;
  archivedAt: Date | null;
}

/** A duplicate the unique index `fields` refuses, blamed on input `field` with `message`. */
export interface UniqueRule {
  fields: string[];
  field: string;
  message: string;
}

/** Setting or clearing `archivedAt`: all archive and restore change. */
export interface ArchiveChange {
  archivedAt: Date | null;
}

/** One editorial table as the writes see it. `Row` is what its audit events record. */
export interface Table<Row extends Versioned, Create, Update> {
  /** The GraphQL type, also the Prisma model. */
  type: EditorialType;
  find(tx: Transaction, id: number): Promise<Row | null>;
  create(tx: Transaction, data: Create): Promise<Row>;
  /** Writes the row only while it has `where.version`, raising it by one (Prisma's P2025 otherwise). */
  update(tx: Transaction, where: { id: number; version: number }, data: Update | ArchiveChange): Promise<Row>;
  unique: UniqueRule[];
}

/** The record a change is about: its global ID, and the version the editor last read. */
export interface Target {
  id: string;
  version: number;
}

/** A transaction and the audit trail of what it wrote. */
export interface Write {
  tx: Transaction;
  audit(action: AuditAction, type: EditorialType, before: Versioned | null, after: Versioned): void;
}

/**
 * Runs `work` in one transaction and appends its audit events (who, which request, what, before
 * and after) in the same transaction: a write and its trail are committed together or not at all.
 */
export async function inTransaction<T>(ctx: Context, work: (write: Write) => Promise<T>): Promise<T> {
  // Scope-auth lets only key holders this far; this keeps the audit trail honest if that changes.
  if (ctx.caller.kind !== 'key') throw new ForbiddenError('Mutations need an EDITOR or ADMIN key.');
  const apiKeyId = ctx.caller.keyId;
  return ctx.prisma.$transaction(async (tx) => {
    const events: Prisma.AuditEventCreateManyInput[] = [];
    const result = await work({
      tx,
      audit: (action, entityType, before, after) => {
        events.push({
          apiKeyId,
          requestId: ctx.requestId,
          action,
          entityType,
          entityId: after.id,
          before: before ? json(before) : Prisma.DbNull,
          after: json(after),
        });
      },
    });
    await tx.auditEvent.createMany({ data: events });
    return result;
  });
}

/** A row as JSON: dates as ISO strings, decimals as strings. */
function json(row: object): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue;
}

export async function createRecord<Row extends Versioned, Create>(
  write: Write,
  table: Table<Row, Create, unknown>,
  data: Create,
  at: FieldPath = ['input'],
): Promise<Row> {
  const row = await blamingDuplicates(table, at, () => table.create(write.tx, data));
  write.audit('CREATE', table.type, null, row);
  return row;
}

/** Changes a live record: `change` turns it into the data to write (and may refuse with problems). */
export async function updateRecord<Row extends Versioned, Update>(
  write: Write,
  table: Table<Row, unknown, Update>,
  target: Target,
  change: (before: Row) => Promise<Update> | Update,
): Promise<Row> {
  const before = await current(write.tx, table, target);
  if (before.archivedAt) {
    throw new ConflictError(`This ${noun(table)} is archived: restore it before editing it.`, table.type, before);
  }
  const after = await writeVersion(write.tx, table, target, await change(before));
  write.audit('UPDATE', table.type, before, after);
  return after;
}

/**
 * Archives a live record (a soft delete). Records that point at it keep pointing at it; what reads
 * show of it is theirs to decide (lists leave it out). New references to it are refused until it
 * is restored.
 */
export async function archiveRecord<Row extends Versioned>(
  write: Write,
  table: Table<Row, unknown, unknown>,
  target: Target,
): Promise<Row> {
  const before = await current(write.tx, table, target);
  if (before.archivedAt) throw new ConflictError(`This ${noun(table)} is already archived.`, table.type, before);
  const after = await writeVersion(write.tx, table, target, { archivedAt: new Date() });
  write.audit('ARCHIVE', table.type, before, after);
  return after;
}

export async function restoreRecord<Row extends Versioned>(
  write: Write,
  table: Table<Row, unknown, unknown>,
  target: Target,
): Promise<Row> {
  const before = await current(write.tx, table, target);
  if (!before.archivedAt) throw new ConflictError(`This ${noun(table)} is not archived.`, table.type, before);
  const after = await writeVersion(write.tx, table, target, { archivedAt: null });
  write.audit('RESTORE', table.type, before, after);
  return after;
}

/** The target's row, provided it exists and still has the version the editor read. */
async function current<Row extends Versioned>(
  tx: Transaction,
  table: Table<Row, unknown, unknown>,
  target: Target,
): Promise<Row> {
  const row = await table.find(tx, idOf(table.type, target.id));
  if (!row) throw new NotFoundError(`No ${noun(table)} has the ID ${target.id}.`);
  if (row.version !== target.version) throw stale(table, row, target.version);
  return row;
}

async function writeVersion<Row extends Versioned, Update>(
  tx: Transaction,
  table: Table<Row, unknown, Update>,
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
    if (!now) throw new NotFoundError(`No ${noun(table)} has the ID ${target.id}.`);
    throw stale(table, now, target.version);
  }
}

function stale(table: Table<Versioned, unknown, unknown>, row: Versioned, version: number): ConflictError {
  return new ConflictError(
    `This ${noun(table)} is at version ${row.version}, not ${version}: someone changed it since you read it. Nothing was written; merge with \`current\` and try again.`,
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
async function blamingDuplicates<T>(
  table: Table<Versioned, unknown, unknown>,
  at: FieldPath,
  run: () => Promise<T>,
): Promise<T> {
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
function duplicateRule(error: unknown, table: Table<Versioned, unknown, unknown>): UniqueRule | undefined {
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

function withArticle(word: string): string {
  return `${/^[AEIOU]/.test(word) ? 'an' : 'a'} ${word}`;
}

function noun(table: Table<Versioned, unknown, unknown>): string {
  return table.type.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
}
