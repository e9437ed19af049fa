// `npm run bench [-- <name>…] [--runs N] [--import-runs N]`: performance measured side by side with
// the best alternative in one run and reported as ratios. Tests never assert timings (they flake on
// shared CI machines); these numbers are for people to read.
//
// This file owns what every benchmark shares: arguments, the PostgreSQL server, fresh databases that
// are dropped whatever happens (success, failure, Ctrl-C), and the results folder.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

export interface BenchContext {
  /** Measured runs per side of each timing (after warm-up). */
  runs: number;
  /** Measured runs of each side of an import benchmark (imports are slow, so fewer). */
  importRuns: number;
  /** Creates an empty database on the server, dropped when the run ends; returns its URL. */
  createDatabase(): Promise<string>;
  /** Writes `bench-results/<name>.json`; returns its path relative to the repository. */
  writeResults(name: string, results: unknown): Promise<string>;
}

interface Benchmark {
  description: string;
  /** Runs without PostgreSQL (no `createDatabase`). */
  offline?: true;
  // Loaded on demand: each benchmark pulls in the whole app, and `--help` should not pay for that.
  load(): Promise<{ run(context: BenchContext): Promise<void> }>;
}

const benchmarks: Record<string, Benchmark> = {
  encounters: {
    description: 'encounter analytics over GraphQL vs the same SQL alone; state file import vs psql \\copy',
    load: () => import('./encounters.ts'),
  },
  editorial: {
    description: 'editorial lists and search over GraphQL vs the best hand-written SQL, one statement each',
    load: () => import('./editorial.ts'),
  },
  access: {
    description: 'a read anonymous, with a key, limits in memory or Redis; updateActor vs hand-written SQL',
    load: () => import('./access.ts'),
  },
  sdk: {
    description: 'the SDK facade bundled for a browser, minified and gzipped, vs graphql-request and @urql/core',
    offline: true,
    load: () => import('./sdk.ts'),
  },
  web: {
    description: "the dashboard's production build size and first load in Chromium vs its data requests alone",
    load: () => import('./web.ts'),
  },
};

const root = fileURLToPath(new URL('../..', import.meta.url));
const defaultAdminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
const startHint = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';

function usage(): string {
  const names = Object.entries(benchmarks).map(([name, b]) => `  ${name.padEnd(12)} ${b.description}`);
  return [
    'usage: npm run bench [-- <name>…] [--runs N] [--import-runs N]',
    'With no name, every benchmark runs. Benchmarks:',
    ...names,
  ].join('\n');
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function positiveInteger(option: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > 10_000) fail(`bench: --${option} must be 1 to 10000`, 2);
  return number;
}

/** The URL without its password, fit for messages. */
function printable(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  // A server going away mid-query must surface as the query's error, not crash the process.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function parseArguments(): { names: string[]; runs: number; importRuns: number } {
  let parsed: { values: { runs?: string; 'import-runs'?: string; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      options: { runs: { type: 'string' }, 'import-runs': { type: 'string' }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    fail(`bench: ${(error as Error).message}\n${usage()}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage()}\n`);
    process.exit(0);
  }
  const names = positionals.length ? [...new Set(positionals)] : Object.keys(benchmarks);
  const unknown = names.filter((name) => !Object.hasOwn(benchmarks, name));
  if (unknown.length) fail(`bench: unknown benchmark ${unknown.map((n) => `'${n}'`).join(', ')}\n${usage()}`, 2);
  return {
    names,
    runs: values.runs === undefined ? 30 : positiveInteger('runs', values.runs),
    importRuns: values['import-runs'] === undefined ? 5 : positiveInteger('import-runs', values['import-runs']),
  };
}

const { names, runs, importRuns } = parseArguments();
// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs under tsx, never as a cached turbo task.
const adminUrl = process.env.DATABASE_URL || defaultAdminUrl;
if (names.some((name) => !benchmarks[name]?.offline)) {
  try {
    await adminQuery(adminUrl, 'SELECT 1');
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    fail(`bench: cannot connect to PostgreSQL at ${printable(adminUrl)} (${reason}); is it running? ${startHint}`, 1);
  }
}

// Databases this run created, dropped at the end whatever happens.
const created: string[] = [];
async function dropDatabases(): Promise<void> {
  for (const name of created.splice(0).reverse()) {
    // FORCE: the app's pool or a psql child may still be connected after a failure or Ctrl-C.
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((error: Error) => {
      process.stderr.write(`bench: could not drop database ${name}: ${error.message}\n`);
    });
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second Ctrl-C while dropping leaves at once; the databases are then left behind, as asked.
    if (interrupted) process.exit(130);
    interrupted = true;
    process.stderr.write(`\nbench: ${signal}, dropping the bench databases\n`);
    void dropDatabases().finally(() => process.exit(130));
  });
}

const context: BenchContext = {
  runs,
  importRuns,
  async createDatabase() {
    const name = `borderdesk_bench_${randomBytes(6).toString('hex')}`;
    // Recorded before creating: a Ctrl-C between the two still drops it (IF EXISTS).
    created.push(name);
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  },
  async writeResults(name, results) {
    const dir = join(root, 'bench-results');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${name}.json`);
    await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
    return relative(root, path);
  },
};

let exitCode = 0;
try {
  for (const name of names) {
    const benchmark = benchmarks[name];
    if (!benchmark) continue;
    process.stdout.write(`# ${name}: ${benchmark.description}\n\n`);
    const { run } = await benchmark.load();
    await run(context);
  }
} catch (error) {
  // After a signal the failure is only the interruption itself; the handler reports and exits.
  if (!interrupted) {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    exitCode = 1;
  }
} finally {
  if (!interrupted) await dropDatabases();
}
if (!interrupted) process.exit(exitCode);
