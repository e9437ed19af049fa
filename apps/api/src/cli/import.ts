// `npm run import -- <file>... [--label <text>] [--published-on YYYY-MM-DD]`: imports published CBP/OHSS
// CSV files into the configured database. Each file is all or nothing; the exit code is 1 if any
// file was rejected. A progress bar on a terminal, one line per file otherwise.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { type ImportOutcome, ImportRejectedError, importRelease } from '../encounters/import-release.js';
import { seedDatasets } from '../seed/seed.js';
import { runWithDatabase } from './command.js';

const usage = 'usage: npm run import -- <file.csv>... [--label <text>] [--published-on YYYY-MM-DD]';
/** Problems printed per rejected file; the count says how many more there were. */
const problemsShown = 50;
const integer = new Intl.NumberFormat('en-US');
const signed = new Intl.NumberFormat('en-US', { signDisplay: 'always' });

let parsed: ReturnType<typeof parseCommandLine>;
try {
  parsed = parseCommandLine();
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { files, label, publishedOn } = parsed;

await runWithDatabase('import failed', async ({ config, db }) => {
  await seedDatasets(db.prisma);
  let rejected = 0;
  for (const file of files.map((name) => resolve(config.invokedFrom, name))) {
    const started = performance.now();
    const bar = process.stderr.isTTY ? await progressBar(file) : undefined;
    try {
      const outcome = await importRelease(db.prisma, file, {
        ...(label ? { label } : {}),
        ...(publishedOn ? { publishedOn } : {}),
        onProgress: ({ bytes, rows }) =>
          bar?.update(bytes, { rows, speed: rowsPerSecond(rows, performance.now() - started) }),
      });
      bar?.stop();
      console.log(describeOutcome(basename(file), outcome, performance.now() - started));
    } catch (error) {
      bar?.stop();
      if (!(error instanceof ImportRejectedError)) throw error;
      rejected++;
      console.error(error.message);
      for (const problem of error.problems.slice(0, problemsShown)) console.error(`  ${problem}`);
      const more = error.problems.length - problemsShown;
      if (more > 0 || error.truncated) console.error(`  … and ${more > 0 ? more : 'more'} more`);
    }
  }
  await db.close();
  if (rejected > 0) process.exit(1);
});

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { label: { type: 'string' }, 'published-on': { type: 'string' } },
  });
  if (positionals.length === 0) throw new Error('import: name at least one file');
  if (values.label !== undefined && positionals.length > 1) {
    throw new Error('import: --label names one release; import one file at a time to label it');
  }
  const publishedOn = values['published-on'];
  if (publishedOn !== undefined && !isCalendarDate(publishedOn)) {
    throw new Error(`import: --published-on '${publishedOn}' is not a date (YYYY-MM-DD)`);
  }
  return { files: positionals, label: values.label, publishedOn };
}

/** `YYYY-MM-DD` naming a day that exists (not 2025-02-30). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

async function progressBar(file: string) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${basename(file)} [{bar}] {percentage}% | {rows} rows | {speed} rows/s`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  bar.start(size, 0, { rows: 0, speed: 0 });
  return bar;
}

function rowsPerSecond(rows: number, elapsedMs: number): number {
  return Math.round((rows * 1000) / Math.max(1, elapsedMs));
}

function describeOutcome(file: string, outcome: ImportOutcome, elapsedMs: number): string {
  if (outcome.status === 'already-imported') {
    return `${file}: already imported as release "${outcome.label}" of ${outcome.dataset}; nothing changed`;
  }
  const lines = [
    `${file}: imported ${integer.format(outcome.rows)} rows into ${outcome.dataset} as release "${outcome.label}" ` +
      `(${outcome.firstMonth} to ${outcome.lastMonth}, ${outcome.months} months) in ${(elapsedMs / 1000).toFixed(1)} s ` +
      `(${integer.format(rowsPerSecond(outcome.rows, elapsedMs))} rows/s)`,
  ];
  const notCurrent = outcome.months - outcome.currentMonths;
  if (notCurrent > 0) lines.push(`  ${notCurrent} months stay with a newer release; this one is kept as their history`);
  if (outcome.revisions.length > 0) {
    lines.push(`  revised ${outcome.revisions.length} months:`);
    for (const r of outcome.revisions) {
      lines.push(
        `    ${r.month}: ${integer.format(r.before)} → ${integer.format(r.after)} (${signed.format(r.after - r.before)}), was "${r.previousRelease}"`,
      );
    }
  }
  return lines.join('\n');
}
