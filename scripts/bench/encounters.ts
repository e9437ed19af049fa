// The encounter benchmarks, each side by side with its best alternative in the same run:
//   Part 1: a reporter's analytics question over GraphQL (HTTP round trip) against the one analytics
//           statement the resolver sends, alone over a plain pg connection. The ratio is what the
//           service layer costs on top of the SQL that no hand-written alternative could avoid.
//   Part 2: importing the 47,100-row state file (hash, parse, validate, insert, release months)
//           against psql \copy of the same rows, already normalised, into the same table.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Database, openDatabase, type Prisma, type PrismaClient, repoRoot } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import { parse } from 'csv-parse';
import { execute, parse as parseGraphQL } from 'graphql';
import pg from 'pg';
import { type Logger, pino } from 'pino';
import { type RunningApp, startApp } from '../../apps/api/src/app.ts';
import { loadConfig, unlimitedRateLimits } from '../../apps/api/src/config.ts';
import { createContext } from '../../apps/api/src/context.ts';
import { queryMonths, recordSql, seriesSql } from '../../apps/api/src/encounters/analytics.ts';
import type { EncounterFilter } from '../../apps/api/src/encounters/filter.ts';
import { importRelease } from '../../apps/api/src/encounters/import-release.ts';
import { matchHeader, RowReader } from '../../apps/api/src/encounters/layouts.ts';
import type { Interval } from '../../apps/api/src/encounters/periods.ts';
import { selectDataset } from '../../apps/api/src/encounters/select-dataset.ts';
import { schema } from '../../apps/api/src/schema/index.ts';
import { seed, seedDatasets } from '../../apps/api/src/seed/seed.ts';
import type { BenchContext } from './index.ts';
import { interleaved, median, ms, print, ratio, table, time, warmupRuns } from './measure.ts';

/** Targets, not assertions: a miss is reported, never fails the run. */
const queryTarget = 1.3;
const importTarget = 3;
const stateFile = join(repoRoot, 'prisma', 'data', 'cbp', 'nationwide-encounters-fy22-fy25-state.csv');
const stateRows = 47_100;
/** EncounterFact's columns the importer writes (all but the generated id), in one order for COPY out and in. */
const factColumns =
  '"releaseId", "datasetId", month, "fiscalYear", component, "landBorderRegion", "areaOfResponsibility", ' +
  '"areaCode", state, demographic, citizenship, "titleOfAuthority", "encounterType", count';

// ---------------------------------------------------------------------------------------------
// Measuring and printing
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Part 1: analytics over GraphQL vs the same SQL alone
// ---------------------------------------------------------------------------------------------

interface QuestionBase {
  name: string;
  /** What a reporter asks, for the JSON results. */
  question: string;
  dataset: string;
  filter: EncounterFilter;
  interval: Interval;
  document: string;
}

type Question =
  | (QuestionBase & { kind: 'series'; groupBy: ('CITIZENSHIP' | 'STATE')[]; top: number })
  | (QuestionBase & { kind: 'record'; period: string; record: 'LOWEST' | 'HIGHEST' });

/** The resolver's arguments, spelled out again so the SQL side runs exactly what the resolver does. */
const questions: Question[] = [
  {
    name: 'a sw USBP monthly 2024-09..11',
    question: 'Border Patrol encounters at the Southwest border, September to November 2024, with changes',
    kind: 'series',
    dataset: 'cbp-southwest',
    filter: { components: ['USBP'], from: '2024-09', to: '2024-11' },
    interval: 'MONTH',
    groupBy: [],
    top: 10,
    document: `query SouthwestUsbpAutumn2024 {
      encounterSeries(dataset: "cbp-southwest", filter: { components: [USBP], from: "2024-09", to: "2024-11" }) {
        points { period value previous { percent } yearAgo { percent } }
      }
    }`,
  },
  {
    name: 'b sw USBP by fiscal year',
    question: 'Border Patrol encounters at the Southwest border by fiscal year, over the whole file',
    kind: 'series',
    dataset: 'cbp-southwest',
    filter: { components: ['USBP'] },
    interval: 'FISCAL_YEAR',
    groupBy: [],
    top: 10,
    document: `query SouthwestUsbpByFiscalYear {
      encounterSeries(dataset: "cbp-southwest", interval: FISCAL_YEAR, filter: { components: [USBP] }) {
        points { period value complete previous { percent } yearAgo { percent } }
      }
    }`,
  },
  {
    name: 'c state top-10 citizenship monthly',
    question: 'Nationwide encounters by citizenship, top 10 and the rest, every month of the file',
    kind: 'series',
    dataset: 'cbp-nationwide-state',
    filter: {},
    interval: 'MONTH',
    groupBy: ['CITIZENSHIP'],
    top: 10,
    document: `query CitizenshipTopTenMonthly {
      encounterSeries(dataset: "cbp-nationwide-state", groupBy: [CITIZENSHIP], top: 10) {
        points { period group { citizenship other } value share previous { percent } yearAgo { percent } }
      }
    }`,
  },
  {
    name: 'd state fiscal-year totals',
    question: 'Nationwide encounters by fiscal year',
    kind: 'series',
    dataset: 'cbp-nationwide-state',
    filter: {},
    interval: 'FISCAL_YEAR',
    groupBy: [],
    top: 10,
    document: `query NationwideByFiscalYear {
      encounterSeries(dataset: "cbp-nationwide-state", interval: FISCAL_YEAR) {
        points { period value complete yearAgo { percent } }
      }
    }`,
  },
  {
    name: 'e ohss SW record 2024-11',
    question: 'Was November 2024 the lowest month at the Southwest border, and since when?',
    kind: 'record',
    dataset: 'ohss-usbp-sector',
    filter: { regions: ['SOUTHWEST'] },
    interval: 'MONTH',
    period: '2024-11',
    record: 'LOWEST',
    document: `query SouthwestLowestNovember2024 {
      encounterRecord(dataset: "ohss-usbp-sector", filter: { regions: [SOUTHWEST] }, period: "2024-11", kind: LOWEST) {
        period value rank periods since { period value } firstPeriod
      }
    }`,
  },
];

function statement(question: Question, datasetId: number): Prisma.Sql {
  const { filter, interval } = question;
  return question.kind === 'series'
    ? seriesSql({ datasetId, filter, interval, groupBy: question.groupBy, top: question.top })
    : recordSql({ datasetId, filter, interval, kind: question.record, period: question.period });
}

interface GraphQLBody {
  data?: {
    encounterSeries?: { points: { value: number }[] };
    encounterRecord?: { value: number; rank: number; periods: number };
  } | null;
  errors?: { message: string }[];
}

/** The figures a response carries, to check both sides answer the same before timing them. */
function graphqlFigures(body: GraphQLBody): number[] {
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  const { encounterSeries, encounterRecord } = body.data;
  if (encounterSeries) return encounterSeries.points.map((point) => point.value);
  if (encounterRecord) return [encounterRecord.value, encounterRecord.rank, encounterRecord.periods];
  throw new Error('GraphQL answered neither a series nor a record');
}

function sqlFigures(question: Question, rows: Record<string, unknown>[]): number[] {
  // pg returns bigint and numeric as strings; Number() is what the resolver does with them too.
  if (question.kind === 'series') return rows.map((row) => Number(row.value));
  const [row] = rows;
  return row ? [Number(row.value), Number(row.rank), Number(row.periods)] : [];
}

interface QuestionResult {
  name: string;
  question: string;
  graphqlMs: number;
  sqlMs: number;
  ratio: number;
  withinTarget: boolean;
  resultRows: number;
  samples: { graphqlMs: number[]; sqlMs: number[] };
}

/** Where a request's time goes: medians of each piece timed alone, all in one interleaved pass. */
interface Breakdown {
  name: string;
  runs: number;
  graphqlMs: number;
  /** The same document through graphql-js `execute` in-process: resolvers and their statements, no HTTP. */
  executeMs: number;
  /** The resolver's statements through Prisma, each alone. */
  selectDatasetMs: number;
  analyticsViaPrismaMs: number;
  releasesMs: number;
  /** The analytics statement over plain pg, in this pass. */
  analyticsViaPgMs: number;
  /** GraphQL over HTTP minus execute: HTTP, Express middleware, Apollo's request pipeline, JSON both ways. */
  httpAndApolloMs: number;
  /** Execute minus the three statements: field resolvers, Prisma's glue, awaiting in turn. */
  resolversMs: number;
}

async function benchAnalytics(context: BenchContext) {
  const url = await context.createDatabase();
  const setupStart = performance.now();
  const db = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
  let app: RunningApp | undefined;
  // Its own connection, as a hand-written client would have: never shares the app's pool.
  const sql = new pg.Client({ connectionString: url });
  sql.on('error', () => {});
  try {
    await migrate(db.adapterFactory);
    await seed(db.prisma);
    const logger = pino({ level: 'silent' });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...unlimitedRateLimits });
    app = await startApp({ config, db, logger });
    await sql.connect();
    // Statistics as a running database has them. Without this, autovacuum analyzes the fresh facts
    // at some point during the measurements and the plans (and timings) change mid-run.
    await sql.query('ANALYZE');
    const datasets = await sql.query<{ id: number; slug: string }>('SELECT id, slug FROM "Dataset"');
    const datasetIds = new Map(datasets.rows.map((row) => [row.slug, row.id]));
    const version = await sql.query<{ server_version: string }>('SHOW server_version');
    const postgres = version.rows[0]?.server_version ?? null;
    // The breakdown is for reading, not the verdict: fewer runs keep the whole bench near two minutes.
    const breakdownRuns = Math.max(5, Math.ceil(context.runs / 3));
    print('Part 1: analytics over GraphQL (HTTP round trip) vs the same SQL alone (plain pg)');
    print(
      `  setup (migrate, seed, analyze, start server) ${ms(performance.now() - setupStart)} ms; PostgreSQL ${postgres ?? '?'}`,
    );
    print(`  medians of ${context.runs} runs per side after ${warmupRuns} warm-up, the two sides interleaved`);
    print();

    const origin = app.origin;
    const post = async (query: string): Promise<GraphQLBody> => {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as GraphQLBody;
    };

    const results: QuestionResult[] = [];
    const breakdowns: Breakdown[] = [];
    for (const question of questions) {
      const datasetId = datasetIds.get(question.dataset);
      if (datasetId === undefined) throw new Error(`dataset ${question.dataset} is missing after the seed`);
      const analytics = statement(question, datasetId);
      // `.text` has the $1… placeholders pg expects (`.sql` has `?`). Dates in the values go to pg as
      // Date objects: pg serialises them itself, as a hand-written client would let it.
      const runSql = () => sql.query(analytics.text, analytics.values as unknown[]);

      // Both sides must answer the same figures, or the ratio compares different work.
      const figures = graphqlFigures(await post(question.document));
      const { rows } = await runSql();
      const sqlSide = sqlFigures(question, rows);
      if (JSON.stringify(figures) !== JSON.stringify(sqlSide)) {
        throw new Error(`${question.name}: GraphQL and SQL disagree: ${figures.join(',')} vs ${sqlSide.join(',')}`);
      }

      const [graphqlSamples = [], sqlSamples = []] = await interleaved(
        [() => post(question.document), runSql],
        context.runs,
      );
      const graphqlMs = median(graphqlSamples);
      const sqlMs = median(sqlSamples);
      results.push({
        name: question.name,
        question: question.question,
        graphqlMs,
        sqlMs,
        ratio: graphqlMs / sqlMs,
        withinTarget: graphqlMs / sqlMs <= queryTarget,
        resultRows: rows.length,
        samples: { graphqlMs: graphqlSamples, sqlMs: sqlSamples },
      });
      breakdowns.push(
        await breakdown(question, {
          prisma: db.prisma,
          logger,
          analytics,
          releaseIds: [...new Set(rows.flatMap((row) => (row.release_ids as number[] | undefined) ?? []))],
          post: () => post(question.document),
          runSql,
          runs: breakdownRuns,
        }),
      );
    }
    // A request that touches no database: the floor of HTTP, Express, Apollo and JSON.
    const [floorSamples = []] = await interleaved([() => post('{ __typename }')], context.runs);
    const floorMs = median(floorSamples);

    const geometricMean = Math.exp(results.reduce((sum, r) => sum + Math.log(r.ratio), 0) / results.length);
    const totalGraphql = results.reduce((sum, r) => sum + r.graphqlMs, 0);
    const totalSql = results.reduce((sum, r) => sum + r.sqlMs, 0);
    const target = `≤ ${queryTarget}×`;
    const verdict = (value: number) => (value <= queryTarget ? 'ok' : 'MISS');
    print(
      table(
        ['query', 'rows', 'GraphQL ms', 'SQL ms', 'ratio', 'target', ''],
        [
          ...results.map((r) => [
            r.name,
            String(r.resultRows),
            ms(r.graphqlMs),
            ms(r.sqlMs),
            ratio(r.ratio),
            target,
            verdict(r.ratio),
          ]),
          [
            'overall (sum of medians)',
            '',
            ms(totalGraphql),
            ms(totalSql),
            ratio(totalGraphql / totalSql),
            target,
            verdict(totalGraphql / totalSql),
          ],
          ['overall (geometric mean of ratios)', '', '', '', ratio(geometricMean), target, verdict(geometricMean)],
        ],
      ),
    );
    print();
    print(`Where the GraphQL time goes (medians of ${breakdownRuns} runs, every piece timed alone in one pass):`);
    print(
      table(
        [
          'query',
          'GraphQL',
          'HTTP+Apollo',
          'execute',
          'pick dataset',
          'analytics',
          'releases',
          'resolvers',
          'Prisma/pg',
        ],
        breakdowns.map((b) => [
          b.name,
          ms(b.graphqlMs),
          ms(b.httpAndApolloMs),
          ms(b.executeMs),
          ms(b.selectDatasetMs),
          ms(b.analyticsViaPrismaMs),
          ms(b.releasesMs),
          ms(b.resolversMs),
          ratio(b.analyticsViaPrismaMs / b.analyticsViaPgMs),
        ]),
      ),
    );
    print('  HTTP+Apollo = GraphQL over HTTP − execute (graphql-js in-process, same document and context);');
    print('  execute runs the three statements through Prisma in turn: pick dataset, analytics, releases;');
    print('  resolvers = execute − those three (differences of medians: within noise, a few ms either way);');
    print('  Prisma/pg = the analytics statement through Prisma vs plain pg, both in this pass.');
    print(`  A request touching no database ({ __typename }) takes ${ms(floorMs)} ms over HTTP.`);
    print();
    const within = results.filter((r) => r.withinTarget).length;
    print(
      `Part 1 summary: GraphQL/SQL ${ratio(geometricMean)} (geometric mean), ${ratio(totalGraphql / totalSql)} ` +
        `(total time); ${within} of ${results.length} queries within the target ${target}`,
    );
    print();
    return {
      target: queryTarget,
      runs: context.runs,
      warmupRuns,
      postgres,
      queries: results,
      overall: {
        geometricMeanRatio: geometricMean,
        totalGraphqlMs: totalGraphql,
        totalSqlMs: totalSql,
        totalRatio: totalGraphql / totalSql,
      },
      breakdown: breakdowns,
      floorMs,
    };
  } finally {
    await sql.end().catch(() => {});
    await app?.close();
    await db.close();
  }
}

/** Each piece of a request timed alone, interleaved in one pass so they share the machine's conditions. */
async function breakdown(
  question: Question,
  sides: {
    prisma: PrismaClient;
    logger: Logger;
    analytics: Prisma.Sql;
    releaseIds: number[];
    post: () => Promise<unknown>;
    runSql: () => Promise<unknown>;
    runs: number;
  },
): Promise<Breakdown> {
  const { prisma, logger, analytics, releaseIds } = sides;
  const { dataset: slug, filter, interval } = question;
  const months = queryMonths(interval, filter);
  const groupBy = question.kind === 'series' ? question.groupBy : [];
  const document = parseGraphQL(question.document);
  const [graphql = [], executed = [], pick = [], main = [], releases = [], pgMain = []] = await interleaved(
    [
      sides.post,
      async () => {
        const result = await execute({ schema, document, contextValue: createContext(prisma, 'bench', logger) });
        if (result.errors?.length) throw new Error(`execute: ${result.errors.map((e) => e.message).join('; ')}`);
      },
      () => selectDataset(prisma, { slug, filter, groupBy, firstMonth: months.first, lastMonth: months.last }),
      () => prisma.$queryRaw(analytics),
      // The resolver's `releasesOf`.
      () =>
        prisma.release.findMany({
          where: { id: { in: releaseIds } },
          orderBy: [{ lastMonth: 'desc' }, { importedAt: 'desc' }, { id: 'desc' }],
        }),
      sides.runSql,
    ],
    sides.runs,
  );
  const graphqlMs = median(graphql);
  const executeMs = median(executed);
  const selectDatasetMs = median(pick);
  const analyticsViaPrismaMs = median(main);
  const releasesMs = median(releases);
  return {
    name: question.name,
    runs: sides.runs,
    graphqlMs,
    executeMs,
    selectDatasetMs,
    analyticsViaPrismaMs,
    releasesMs,
    analyticsViaPgMs: median(pgMain),
    httpAndApolloMs: graphqlMs - executeMs,
    resolversMs: executeMs - selectDatasetMs - analyticsViaPrismaMs - releasesMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Part 2: importing the state file vs psql \copy
// ---------------------------------------------------------------------------------------------

interface PsqlResult {
  stdout: string;
  /** Wall time of the psql process: start, connect, every statement, exit. */
  processMs: number;
}

function psql(url: string, scriptPath: string): Promise<PsqlResult> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      'psql',
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', scriptPath],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        const processMs = performance.now() - start;
        if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
          reject(new Error('psql is not installed (apt-get install postgresql-client)'));
        } else if (error) {
          reject(new Error(`psql failed: ${stderr.trim() || error.message}`));
        } else {
          resolve({ stdout, processMs });
        }
      },
    );
  });
}

/** What the importer spends before the database: each phase alone, as the importer reads the file. */
async function importPhases(runs: number) {
  const csvOptions = { bom: true, relax_column_count: true, max_record_size: 10_000 };
  const hash = async () => {
    const sha = createHash('sha256');
    for await (const chunk of createReadStream(stateFile)) sha.update(chunk as Buffer);
    return sha.digest('hex');
  };
  const parseOnly = async () => {
    let records = 0;
    for await (const _record of createReadStream(stateFile).pipe(parse(csvOptions))) records++;
    return records;
  };
  const parseAndValidate = async () => {
    let header: string[] | undefined;
    let columnIndex: ReadonlyMap<string, number> = new Map();
    let read: ((reader: RowReader) => unknown) | undefined;
    const facts: unknown[] = [];
    for await (const record of createReadStream(stateFile).pipe(parse(csvOptions))) {
      const cells = record as string[];
      if (!header) {
        header = cells;
        const match = matchHeader(cells);
        if ('problem' in match) throw new Error(match.problem);
        columnIndex = match.columnIndex;
        read = (reader) => match.layout.read(reader);
        continue;
      }
      const reader = new RowReader(cells, columnIndex);
      facts.push(read?.(reader));
    }
    // The importer sends each 5,000-row batch as one JSON parameter.
    return JSON.stringify(facts).length;
  };
  const [hashMs = [], parseMs = [], validateMs = []] = await interleaved([hash, parseOnly, parseAndValidate], runs);
  return { hashMs: median(hashMs), parseMs: median(parseMs), parseValidateSerialiseMs: median(validateMs) };
}

async function benchImport(context: BenchContext) {
  const url = await context.createDatabase();
  const db: Database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
  const admin = new pg.Client({ connectionString: url });
  admin.on('error', () => {});
  const scratch = await mkdtemp(join(tmpdir(), 'borderdesk-bench-'));
  try {
    await migrate(db.adapterFactory);
    await seedDatasets(db.prisma);
    await admin.connect();
    // Dead rows of the previous run would make each run slower than the last: both sides start clean.
    const vacuum = () => admin.query('VACUUM "EncounterFact", "ReleaseMonth", "Release"');
    const runs = context.importRuns;
    print(
      `Part 2: importing the state file (${stateRows.toLocaleString('en-US')} rows) vs psql \\copy of the same rows`,
    );
    print(`  median of ${runs} runs after 1 warm-up; each side starts from an empty, vacuumed table`);
    print();

    // Our side. The last run's rows stay, to be written out as the \copy side's input.
    const importSamples: number[] = [];
    let releaseId = 0;
    for (let round = 0; round <= runs; round++) {
      if (releaseId) {
        await admin.query('DELETE FROM "Release" WHERE id = $1', [releaseId]);
        await vacuum();
      }
      let outcome: Awaited<ReturnType<typeof importRelease>> | undefined;
      const took = await time(async () => {
        outcome = await importRelease(db.prisma, stateFile);
      });
      if (outcome?.status !== 'imported' || outcome.rows !== stateRows) {
        throw new Error(`the import did not import ${stateRows} rows: ${JSON.stringify(outcome)}`);
      }
      releaseId = outcome.releaseId;
      if (round > 0) importSamples.push(took);
    }

    // The alternative's input: the same rows, normalised by our importer, in the order it wrote them.
    const csvPath = join(scratch, 'facts.csv');
    const exportScript = join(scratch, 'export.sql');
    await writeFile(
      exportScript,
      `\\copy (SELECT ${factColumns} FROM "EncounterFact" WHERE "releaseId" = ${releaseId} ORDER BY id) TO '${csvPath}' WITH (FORMAT csv)\n`,
    );
    await psql(url, exportScript);
    const release = await admin.query<{ datasetId: number }>('SELECT "datasetId" FROM "Release" WHERE id = $1', [
      releaseId,
    ]);
    const datasetId = release.rows[0]?.datasetId;
    await admin.query('DELETE FROM "Release" WHERE id = $1', [releaseId]);

    // The rows point at the release id they were exported with, so the transaction recreates it.
    const copyScript = join(scratch, 'copy.sql');
    await writeFile(
      copyScript,
      [
        'BEGIN;',
        `INSERT INTO "Release" (id, "datasetId", label, "fileName", sha256, "rowCount", "firstMonth", "lastMonth")
          VALUES (${releaseId}, ${datasetId}, 'bench', 'facts.csv', 'bench', ${stateRows}, '1900-01-01', '1900-01-01');`,
        '\\timing on',
        `\\copy "EncounterFact" (${factColumns}) FROM '${csvPath}' WITH (FORMAT csv)`,
        '\\timing off',
        'ROLLBACK;',
        '',
      ].join('\n'),
    );
    const copySamples: number[] = [];
    const copyProcessSamples: number[] = [];
    for (let round = 0; round <= runs; round++) {
      await vacuum();
      const { stdout, processMs } = await psql(url, copyScript);
      const timing = /Time: ([\d.]+) ms/.exec(stdout)?.[1];
      if (timing === undefined) throw new Error(`psql printed no timing for \\copy: ${stdout.trim()}`);
      if (round > 0) {
        copySamples.push(Number(timing));
        copyProcessSamples.push(processMs);
      }
    }

    const phases = await importPhases(runs);
    const importMs = median(importSamples);
    const copyMs = median(copySamples);
    const copyProcessMs = median(copyProcessSamples);
    const importRatio = importMs / copyMs;
    const target = `≤ ${importTarget}×`;
    print(
      table(
        ['side', 'median ms', 'ratio to \\copy', 'target', ''],
        [
          [
            'importRelease (hash, parse, validate, insert, months)',
            ms(importMs),
            ratio(importRatio),
            target,
            importRatio <= importTarget ? 'ok' : 'MISS',
          ],
          ['psql \\copy statement (\\timing)', ms(copyMs), ratio(1), '', ''],
          [
            'psql process (connect, BEGIN, release, \\copy, ROLLBACK)',
            ms(copyProcessMs),
            ratio(copyProcessMs / copyMs),
            '',
            '',
          ],
        ],
      ),
    );
    print();
    print('Where the import time goes (each phase alone, medians):');
    const database = importMs - phases.parseValidateSerialiseMs - phases.hashMs;
    print(
      table(
        ['phase', 'ms', 'share'],
        [
          ['hash the file (SHA-256)', ms(phases.hashMs), `${((phases.hashMs / importMs) * 100).toFixed(0)}%`],
          ['parse (csv-parse)', ms(phases.parseMs), `${((phases.parseMs / importMs) * 100).toFixed(0)}%`],
          [
            'parse + validate + JSON batches',
            ms(phases.parseValidateSerialiseMs),
            `${((phases.parseValidateSerialiseMs / importMs) * 100).toFixed(0)}%`,
          ],
          [
            'rest: database (inserts, release months, compare)',
            ms(database),
            `${((database / importMs) * 100).toFixed(0)}%`,
          ],
        ],
      ),
    );
    print('  The importer overlaps parsing with the previous batch\'s insert, so "rest" is an upper bound on waiting.');
    print();
    print(
      `Part 2 summary: import/\\copy ${ratio(importRatio)} (${ms(importMs)} ms vs ${ms(copyMs)} ms, target ${target}): ` +
        (importRatio <= importTarget ? 'ok' : 'MISS'),
    );
    print();
    return {
      target: importTarget,
      runs,
      rows: stateRows,
      importMs,
      copyMs,
      copyProcessMs,
      ratio: importRatio,
      withinTarget: importRatio <= importTarget,
      phases: { ...phases, databaseMs: database },
      samples: { importMs: importSamples, copyMs: copySamples, copyProcessMs: copyProcessSamples },
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await admin.end().catch(() => {});
    await db.close();
  }
}

export async function run(context: BenchContext): Promise<void> {
  const started = new Date();
  const analytics = await benchAnalytics(context);
  const imports = await benchImport(context);
  const path = await context.writeResults('encounters', {
    benchmark: 'encounters',
    ranAt: started.toISOString(),
    seconds: (Date.now() - started.getTime()) / 1000,
    node: process.version,
    analytics,
    import: imports,
  });
  print(`Results written to ${path} (${((Date.now() - started.getTime()) / 1000).toFixed(1)} s in all)`);
}
