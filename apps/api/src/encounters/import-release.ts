// Imports one published CSV file as a release of its dataset. The file is read as a stream and
// written in batches inside one transaction: any bad row, reported with its line, rolls back the
// whole file, and the same file (by SHA-256) is never imported twice.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PrismaClient } from '@borderdesk/db';
import { CsvError, parse } from 'csv-parse';
import { type FactRow, type Layout, matchHeader, RowReader } from './layouts.js';
import { toMonth } from './periods.js';
import { newestReleaseFirst } from './releases.js';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Rows per INSERT: large enough that statement overhead vanishes, small enough to stream. */
const batchSize = 5_000;
/** A file this broken is the wrong file; listing more lines helps nobody. */
const maxProblems = 1_000;

export interface ImportOptions {
  /** How the publisher names the release; defaults to the months it covers. */
  label?: string;
  /** When the publisher released the file, `YYYY-MM-DD`. */
  publishedOn?: string;
  /** Progress while rows are read: bytes of the file read so far, rows accepted so far. */
  onProgress?: (progress: { bytes: number; rows: number }) => void;
}

/** A month whose total the new release changed, against the release that was current before. */
export interface MonthRevision {
  month: string;
  before: number;
  after: number;
  previousRelease: string;
}

export type ImportOutcome =
  | {
      status: 'imported';
      dataset: string;
      releaseId: number;
      label: string;
      rows: number;
      firstMonth: string;
      lastMonth: string;
      months: number;
      /** Months where this release is now the current one. */
      currentMonths: number;
      revisions: MonthRevision[];
    }
  | { status: 'already-imported'; dataset: string; releaseId: number; label: string };

/** The file was not imported; `problems` are `file:line: reason`, every bad row of the file. */
export class ImportRejectedError extends Error {
  override name = 'ImportRejectedError';
  constructor(
    readonly file: string,
    readonly problems: string[],
    readonly truncated = false,
  ) {
    super(`${file}: not imported, ${problems.length}${truncated ? '+' : ''} problem(s)`);
  }
}

export async function importRelease(
  prisma: PrismaClient,
  path: string,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const fileName = basename(path);
  const fileStat = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ImportRejectedError(fileName, [`${fileName}: cannot read the file (${error.code ?? error.message})`]);
  });
  if (!fileStat.isFile()) throw new ImportRejectedError(fileName, [`${fileName}: not a file`]);
  const sha256 = await hashFile(path);

  const file = createReadStream(path);
  const records = file.pipe(
    // No `info` option: it costs more than the parse itself; readRows counts lines instead.
    parse({ bom: true, relax_column_count: true, max_record_size: 10_000 }),
  );
  try {
    return await importRecords(prisma, fileName, sha256, records, () => file.bytesRead, options);
  } finally {
    file.destroy();
    records.destroy();
  }
}

async function importRecords(
  prisma: PrismaClient,
  fileName: string,
  sha256: string,
  records: AsyncIterable<unknown>,
  bytesRead: () => number,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const iterator = records[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await iterator.next().catch((error: unknown) => {
    throw new ImportRejectedError(fileName, [describeCsvError(fileName, error, 1)]);
  });
  if (first.done) throw new ImportRejectedError(fileName, [`${fileName}:1: the file is empty`]);
  const header = first.value;
  const match = matchHeader(header);
  if ('problem' in match) throw new ImportRejectedError(fileName, [`${fileName}:1: ${match.problem}`]);
  const { layout, columnIndex } = match;

  const dataset = await prisma.dataset.findUnique({
    where: { slug: layout.dataset },
    select: { id: true, slug: true },
  });
  if (!dataset)
    throw new ImportRejectedError(fileName, [
      `${fileName}: dataset ${layout.dataset} does not exist; run the seed first`,
    ]);
  const existing = await prisma.release.findUnique({
    where: { datasetId_sha256: { datasetId: dataset.id, sha256 } },
    select: { id: true, label: true },
  });
  if (existing)
    return { status: 'already-imported', dataset: dataset.slug, releaseId: existing.id, label: existing.label };

  const outcome = await prisma.$transaction(
    async (tx) => {
      // Months are placeholders until the rows are in; nothing is visible outside the transaction.
      const release = await tx.release.create({
        data: {
          datasetId: dataset.id,
          label: options.label ?? '',
          fileName,
          sha256,
          rowCount: 0,
          firstMonth: new Date('1900-01-01'),
          lastMonth: new Date('1900-01-01'),
          ...(options.publishedOn ? { publishedOn: new Date(options.publishedOn) } : {}),
        },
      });
      const rows = await readRows(
        fileName,
        iterator,
        { layout, columnCount: header.length, columnIndex, firstLine: 1 + lineBreaks(header) },
        (batch) => insertFacts(tx, release.id, dataset.id, batch),
        (count) => options.onProgress?.({ bytes: bytesRead(), rows: count }),
      );
      if ('problems' in rows) throw new ImportRejectedError(fileName, rows.problems, rows.truncated);

      await tx.$executeRaw`
        INSERT INTO "ReleaseMonth" ("releaseId", "datasetId", month, "rowCount", total)
        SELECT "releaseId", "datasetId", month, count(*), sum(count)
        FROM "EncounterFact" WHERE "releaseId" = ${release.id}
        GROUP BY "releaseId", "datasetId", month`;
      const [span] = await tx.$queryRaw<{ first: Date; last: Date; months: number }[]>`
        SELECT min(month) AS first, max(month) AS last, count(*)::int AS months
        FROM "ReleaseMonth" WHERE "releaseId" = ${release.id}`;
      if (!span) throw new Error('release without months');
      const label = options.label ?? `${monthLabel(span.first)} – ${monthLabel(span.last)}`;
      await tx.release.update({
        where: { id: release.id },
        data: { label, rowCount: rows.count, firstMonth: span.first, lastMonth: span.last },
      });
      const { currentMonths, revisions } = await compareWithPrevious(tx, dataset.id, release.id);
      return {
        status: 'imported',
        dataset: dataset.slug,
        releaseId: release.id,
        label,
        rows: rows.count,
        firstMonth: toMonth(span.first),
        lastMonth: toMonth(span.last),
        months: span.months,
        currentMonths,
        revisions,
      } as const;
    },
    // A large file on a slow disk: minutes, not Prisma's default five seconds.
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  // Fresh statistics now, or the first analytics plan for the new rows until autovacuum gets to them.
  await prisma.$executeRaw`ANALYZE "EncounterFact", "ReleaseMonth"`;
  return outcome;
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

type ReadResult = { count: number } | { problems: string[]; truncated: boolean };

/**
 * Validates every row; while all are good, hands them on in batches. After the first bad row it
 * only keeps reading to report the others.
 */
async function readRows(
  fileName: string,
  records: AsyncIterator<string[]>,
  file: { layout: Layout; columnCount: number; columnIndex: ReadonlyMap<string, number>; firstLine: number },
  write: (batch: FactRow[]) => Promise<void>,
  progress: (rows: number) => void,
): Promise<ReadResult> {
  const problems: string[] = [];
  const lineOfKey = new Map<string, number>();
  let batch: FactRow[] = [];
  // One batch is written while the next is parsed.
  let writing: Promise<void> = Promise.resolve();
  let count = 0;
  let lastLine = file.firstLine;
  while (problems.length < maxProblems) {
    let next: IteratorResult<string[]>;
    try {
      next = await records.next();
    } catch (error) {
      problems.push(describeCsvError(fileName, error, lastLine + 1));
      break;
    }
    if (next.done) break;
    const record = next.value;
    const line = lastLine + 1;
    lastLine = line + lineBreaks(record);
    // A blank line is no row at all.
    if (record.length === 1 && record[0]?.trim() === '') continue;
    if (record.length !== file.columnCount) {
      problems.push(`${fileName}:${line}: expected ${file.columnCount} columns, found ${record.length}`);
      continue;
    }
    const reader = new RowReader(record, file.columnIndex);
    const fact = file.layout.read(reader);
    if (reader.problems.length > 0) {
      problems.push(`${fileName}:${line}: ${reader.problems.join('; ')}`);
      continue;
    }
    const key = factKey(fact);
    const earlier = lineOfKey.get(key);
    if (earlier !== undefined) {
      problems.push(`${fileName}:${line}: repeats line ${earlier} (same month and dimensions)`);
      continue;
    }
    lineOfKey.set(key, line);
    count += 1;
    if (problems.length > 0) continue;
    batch.push(fact);
    if (batch.length >= batchSize) {
      await writing;
      writing = write(batch);
      // Marked handled here; the next `await writing` still throws its error.
      writing.catch(() => {});
      batch = [];
      progress(count);
    }
  }
  await writing;
  if (problems.length > 0) return { problems, truncated: problems.length >= maxProblems };
  if (count === 0)
    return { problems: [`${fileName}:${lastLine}: the file has a header but no data rows`], truncated: false };
  if (batch.length > 0) await write(batch);
  progress(count);
  return { count };
}

/** Line breaks inside quoted fields: a record spans one line more for each. */
function lineBreaks(record: readonly string[]): number {
  let breaks = 0;
  for (const field of record) {
    if (field.includes('\n')) breaks += field.split('\n').length - 1;
    else if (field.includes('\r')) breaks += field.split('\r').length - 1;
  }
  return breaks;
}

function factKey(fact: FactRow): string {
  return [
    fact.month,
    fact.component,
    fact.landBorderRegion,
    fact.areaOfResponsibility,
    fact.state,
    fact.demographic,
    fact.citizenship,
    fact.titleOfAuthority,
    fact.encounterType,
  ].join('\u0000');
}

/**
 * csv-parse's `lines` is where it stopped reading, which for an unclosed quote is far past the row
 * at fault. The row it failed on comes after the records and blank lines it had read (rows spanning
 * lines aside), and no earlier than the row we last received.
 */
function describeCsvError(fileName: string, error: unknown, atLeast: number): string {
  if (!(error instanceof CsvError)) throw error;
  const { records, empty_lines: emptyLines } = error as CsvError & { records?: number; empty_lines?: number };
  const line = Math.max(atLeast, (records ?? 0) + (emptyLines ?? 0) + 1);
  const reasons: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (is the file truncated?)',
    CSV_MAX_RECORD_SIZE: 'a quoted field is never closed, or the row is longer than 10,000 characters',
    CSV_INVALID_CLOSING_QUOTE: 'a quote inside a field is not escaped',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quote inside a field is not escaped',
    INVALID_OPENING_QUOTE: 'a quote inside a field is not escaped',
  };
  return `${fileName}:${line}: ${reasons[error.code] ?? `not valid CSV (${error.code})`}`;
}

/**
 * One statement per batch: the rows travel as a single JSON parameter that PostgreSQL expands with
 * json_to_recordset, which both drivers (pg and PGlite) pass through unchanged.
 */
async function insertFacts(tx: Transaction, releaseId: number, datasetId: number, batch: FactRow[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "EncounterFact" ("releaseId", "datasetId", month, "fiscalYear", component, "landBorderRegion",
      "areaOfResponsibility", "areaCode", state, demographic, citizenship, "titleOfAuthority", "encounterType", count)
    SELECT ${releaseId}, ${datasetId}, f.month, f."fiscalYear", f.component, f."landBorderRegion",
      f."areaOfResponsibility", f."areaCode", f.state, f.demographic, f.citizenship, f."titleOfAuthority",
      f."encounterType", f.count
    FROM json_to_recordset(${JSON.stringify(batch)}::json) AS f(month date, "fiscalYear" int,
      component "Component", "landBorderRegion" "LandBorderRegion", "areaOfResponsibility" text, "areaCode" text,
      state text, demographic "Demographic", citizenship text, "titleOfAuthority" "TitleOfAuthority",
      "encounterType" "EncounterType", count int)`;
}

/**
 * For the months the new release covers: where it is now current, and how its totals differ from
 * the figures that were current before it.
 */
async function compareWithPrevious(
  tx: Transaction,
  datasetId: number,
  releaseId: number,
): Promise<{ currentMonths: number; revisions: MonthRevision[] }> {
  const rows = await tx.$queryRaw<
    { month: Date; isCurrent: boolean; before: bigint | null; after: bigint; previousLabel: string | null }[]
  >`
    WITH ranked AS (
      SELECT rm.month, rm."releaseId", rm.total, r.label,
        row_number() OVER (PARTITION BY rm.month ORDER BY ${newestReleaseFirst}) AS rank_with,
        row_number() OVER (PARTITION BY rm.month, (rm."releaseId" = ${releaseId})
          ORDER BY ${newestReleaseFirst}) AS rank_among
      FROM "ReleaseMonth" rm JOIN "Release" r ON r.id = rm."releaseId"
      WHERE rm."datasetId" = ${datasetId}
    )
    SELECT n.month, (n.rank_with = 1) AS "isCurrent", o.total AS before, n.total AS after, o.label AS "previousLabel"
    FROM ranked n
    LEFT JOIN ranked o ON o.month = n.month AND o."releaseId" <> ${releaseId} AND o.rank_among = 1
    WHERE n."releaseId" = ${releaseId}
    ORDER BY n.month`;
  const revisions = rows
    .filter((row) => row.isCurrent && row.before !== null && row.before !== row.after)
    .map((row) => ({
      month: toMonth(row.month),
      before: Number(row.before),
      after: Number(row.after),
      previousRelease: row.previousLabel ?? '',
    }));
  return { currentMonths: rows.filter((row) => row.isCurrent).length, revisions };
}

function monthLabel(date: Date): string {
  return date.toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
