// The access benchmark: what API keys and rate limits cost per request, all over HTTP on one
// database, side by side in one run.
//   Reads: one typical list read on servers that differ only in how the caller is known and where
//          the limits count: anonymous with budgets no run reaches (limits cannot be switched off,
//          so "off" still counts, in memory), anonymous with the default budgets in process memory,
//          a PARTNER key (one indexed lookup by hash) with them in memory, and a PARTNER key with
//          them in Redis (shared by every process: a peek before parsing and a charge after pricing,
//          each a round trip). Each is compared with the first.
//   Write: `updateActor` with an EDITOR key (authentication, validation, the versioned UPDATE, the
//          audit event, the record read back) against the same change as the best hand-written
//          SQL: one statement, hence one transaction, that updates the row only at the version
//          read and appends the audit event with the row before and after.
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import { parse as parseGraphQL } from 'graphql';
import { Redis } from 'ioredis';
import pg from 'pg';
import { pino } from 'pino';
import { issueKey } from '../../apps/api/src/access/keys.ts';
import { queryCost } from '../../apps/api/src/access/query-cost.ts';
import { type RunningApp, startApp } from '../../apps/api/src/app.ts';
import { loadConfig, unlimitedRateLimits } from '../../apps/api/src/config.ts';
import { schema } from '../../apps/api/src/schema/index.ts';
import { seed } from '../../apps/api/src/seed/seed.ts';
import type { BenchContext } from './index.ts';
import { interleaved, median, ms, print, ratio, table, warmupRuns } from './measure.ts';

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs under tsx, never as a cached turbo task.
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const readDocument = 'query Statements { statements(first: 20) { edges { node { text speaker { name } } } } }';

/** The actor both sides of the write edit, one new summary per run. */
const editedActor = 'tom-homan';
const updateDocument = `mutation UpdateActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    __typename
    ... on MutationError { message }
    ... on UpdateActorSuccess { record { id version summary } }
  }
}`;

/**
 * The write as a hand-written client would send it. The self-join reads the row as it was before
 * this statement (the audit's `before`); the version in the WHERE clause lets exactly one of two
 * editors saving the same version through, as the API's UPDATE does; no row updated, no audit event.
 */
const updateSql = `
  WITH links AS (
    SELECT coalesce(jsonb_agg(jsonb_build_object('url', url, 'note', note) ORDER BY id), '[]') AS links
    FROM "ActorLink" WHERE "actorId" = $1
  ), updated AS (
    UPDATE "Actor" a SET summary = $3, version = a.version + 1, "updatedAt" = now()
    FROM "Actor" old, links
    WHERE a.id = $1 AND a.version = $2 AND old.id = a.id
    RETURNING a.id, a.version,
      to_jsonb(old) || jsonb_build_object('links', links.links) AS before,
      to_jsonb(a) || jsonb_build_object('links', links.links) AS after
  )
  INSERT INTO "AuditEvent" ("apiKeyId", "requestId", action, "entityType", "entityId", before, after)
  SELECT $4, $5, 'UPDATE', 'Actor', id, before, after FROM updated
  RETURNING (after->>'version')::int AS version`;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

interface UpdateOutcome {
  __typename: string;
  message?: string;
  record?: { id: string; version: number; summary: string };
}

interface ReadSide {
  name: string;
  statements: number;
  ms: number;
  ratio: number;
  samples: number[];
}

/** Why Redis at `url` cannot be used (one attempt, no retries), or null when it answers. */
async function redisProblem(url: string): Promise<string | null> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0 });
  // The connection's own error (ECONNREFUSED …) says more than the rejected connect ("Connection is closed").
  let cause: string | undefined;
  client.on('error', (error: Error) => {
    cause ??= error.message;
  });
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    return cause ?? (error as Error).message;
  } finally {
    client.disconnect();
  }
}

/** Drops this run's counters (they would expire with their window anyway). */
async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 0 });
  client.on('error', () => {});
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 100);
      if (keys.length) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

export async function run(context: BenchContext): Promise<void> {
  const started = new Date();
  const url = await context.createDatabase();
  const target = { kind: 'postgres', url, poolSize: 4 } as const;
  const db = await openDatabase(target);
  // Its own client and server, counting every statement Prisma sends; only for counting, so that
  // the timed servers pay nothing for the query log.
  let sent = 0;
  const counting = await openDatabase({ ...target, poolSize: 2 }, { onQuery: () => sent++ });
  const apps: RunningApp[] = [];
  const sql = new pg.Client({ connectionString: url });
  sql.on('error', () => {});
  const redisPrefix = `borderdesk-bench-${randomBytes(4).toString('hex')}`;
  const redisDown = await redisProblem(redisUrl);
  try {
    const setupStart = performance.now();
    await migrate(db.adapterFactory);
    await seed(db.prisma);
    await sql.connect();
    const partnerKey = (await issueKey(db.prisma, 'bench partner', 'PARTNER')).key;
    const editor = await issueKey(db.prisma, 'bench editor', 'EDITOR');
    const editorKeyId = (await sql.query<{ id: number }>('SELECT id FROM "ApiKey" WHERE prefix = $1', [editor.prefix]))
      .rows[0]?.id;
    const actor = (
      await sql.query<{ id: number; version: number }>('SELECT id, version FROM "Actor" WHERE slug = $1', [editedActor])
    ).rows[0];
    if (editorKeyId === undefined || !actor) throw new Error(`no editor key or no actor ${editedActor}`);

    // The default budgets, raised only when this many runs would spend them within one window.
    const readCost = queryCost(schema, parseGraphQL(readDocument), undefined, undefined);
    const defaults = loadConfig({}).rateLimits;
    const spend = readCost * (warmupRuns + context.runs + 2);
    const limited = {
      PORT: '0',
      HOST: '127.0.0.1',
      RATE_LIMIT_ANONYMOUS: String(Math.max(defaults.anonymous, spend)),
      RATE_LIMIT_PARTNER: String(Math.max(defaults.partner, spend)),
    };
    const logger = pino({ level: 'silent' });
    const start = async (env: Record<string, string>, database = db) => {
      const app = await startApp({ config: loadConfig(env), db: database, logger });
      apps.push(app);
      return app.origin;
    };
    const unlimited = await start({ PORT: '0', HOST: '127.0.0.1', ...unlimitedRateLimits });
    const memory = await start(limited);
    const redis = redisDown ? null : await start({ ...limited, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: redisPrefix });
    const countingOrigin = await start(limited, counting);
    const postgres = (await sql.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version;

    print('Access: API keys and rate limits per request, and a write over GraphQL vs hand-written SQL (all over HTTP)');
    print(
      `  setup (migrate, seed, keys, start ${apps.length} servers) ${ms(performance.now() - setupStart)} ms; PostgreSQL ${postgres ?? '?'}`,
    );
    print(`  medians of ${context.runs} runs per side after ${warmupRuns} warm-up, the sides interleaved`);
    print();

    const post = async (origin: string, query: string, key?: string, variables?: unknown): Promise<GraphQLBody> => {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLBody;
      if (!response.ok || body.errors?.length || !body.data) {
        throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
      }
      return body;
    };

    // --- Reads ---------------------------------------------------------------------------------
    const reads = [
      { name: 'anonymous, limits off', origin: unlimited, key: undefined },
      { name: 'anonymous, limits in memory', origin: memory, key: undefined },
      { name: 'PARTNER key, limits in memory', origin: memory, key: partnerKey },
      ...(redis ? [{ name: 'PARTNER key, limits in Redis', origin: redis, key: partnerKey }] : []),
    ];
    // Every side must answer the same page, or the ratios compare different work.
    const expected = JSON.stringify((await post(unlimited, readDocument)).data);
    const readStatements: number[] = [];
    for (const side of reads) {
      const answer = JSON.stringify((await post(side.origin, readDocument, side.key)).data);
      if (answer !== expected) throw new Error(`${side.name} answered differently:\n${answer}\n${expected}`);
      sent = 0;
      await post(countingOrigin, readDocument, side.key);
      readStatements.push(sent);
    }
    const pageSize = (JSON.parse(expected) as { statements: { edges: unknown[] } }).statements.edges.length;
    if (pageSize !== 20) throw new Error(`the read answered ${pageSize} statements, not 20`);
    const readSamples = await interleaved(
      reads.map((side) => () => post(side.origin, readDocument, side.key)),
      context.runs,
    );
    const baseline = median(readSamples[0] ?? []);
    const readResults: ReadSide[] = reads.map((side, index) => {
      const samples = readSamples[index] ?? [];
      return {
        name: side.name,
        statements: readStatements[index] ?? 0,
        ms: median(samples),
        ratio: median(samples) / baseline,
        samples,
      };
    });

    // --- The write -----------------------------------------------------------------------------
    // Both sides edit the same actor in turn, each at the version the other left.
    let version = actor.version;
    let edits = 0;
    const input = () => ({
      id: Buffer.from(`Actor:${actor.id}`).toString('base64'),
      version,
      summary: `Edit ${++edits}.`,
    });
    const graphqlWrite = async (origin: string) => {
      const change = input();
      const body = await post(origin, updateDocument, editor.key, { input: change });
      const outcome = body.data?.updateActor as UpdateOutcome;
      if (!outcome.record || outcome.record.summary !== change.summary) {
        throw new Error(`updateActor: ${outcome.__typename} ${outcome.message ?? ''}`);
      }
      version = outcome.record.version;
    };
    const sqlWrite = async () => {
      const change = input();
      const values = [actor.id, change.version, change.summary, editorKeyId, randomUUID()];
      const [row] = (await sql.query<{ version: number }>(updateSql, values)).rows;
      if (!row) throw new Error(`SQL update: actor ${actor.id} is not at version ${change.version}`);
      version = row.version;
    };
    sent = 0;
    await graphqlWrite(countingOrigin);
    const writeStatements = sent;
    await sqlWrite();
    const writeSamples = await interleaved([() => graphqlWrite(memory), sqlWrite], context.runs);
    // Every edit landed once, with its audit event, whichever side made it.
    const check = await sql.query<{ version: number; summary: string; events: number }>(
      `SELECT version, summary, (SELECT count(*)::int FROM "AuditEvent" WHERE "entityType" = 'Actor' AND "entityId" = $1) AS events
       FROM "Actor" WHERE id = $1`,
      [actor.id],
    );
    const final = check.rows[0];
    if (final?.version !== actor.version + edits || final.summary !== `Edit ${edits}.` || final.events !== edits) {
      throw new Error(`after ${edits} edits the actor reads ${JSON.stringify(final)}`);
    }
    const graphqlMs = median(writeSamples[0] ?? []);
    const sqlMs = median(writeSamples[1] ?? []);

    print(`Read: ${readDocument.replace(/^query Statements /, '')} (cost ${readCost})`);
    print(
      table(
        ['caller, rate limits', 'statements', 'ms', 'vs off'],
        readResults.map((r) => [r.name, String(r.statements), ms(r.ms), ratio(r.ratio)]),
      ),
    );
    if (redisDown)
      print(`  PARTNER key, limits in Redis: skipped, Redis at ${redisUrl} is not reachable (${redisDown})`);
    print('  statements = SQL statements the request sends (Prisma query log), the key lookup included.');
    print('  "off" = budgets no run reaches: the limits still count, in memory (they cannot be switched off).');
    print();
    print(`Write: updateActor (EDITOR key, limits in memory) vs one hand-written statement (plain pg)`);
    print(
      table(
        ['write', 'statements', 'ms', 'ratio'],
        [
          ['updateActor over GraphQL', String(writeStatements), ms(graphqlMs), ratio(graphqlMs / sqlMs)],
          ['UPDATE … WHERE id AND version + INSERT "AuditEvent"', '1', ms(sqlMs), ratio(1)],
        ],
      ),
    );
    print("  Prisma's query log shows the transaction's COMMIT but not its BEGIN; the SQL side is one statement.");
    print();
    const byName = (name: string) => readResults.find((r) => r.name === name);
    const keyInMemory = byName('PARTNER key, limits in memory');
    const anonymousInMemory = byName('anonymous, limits in memory');
    const keyInRedis = byName('PARTNER key, limits in Redis');
    print(
      `Summary: key lookup ${keyInMemory && anonymousInMemory ? ratio(keyInMemory.ms / anonymousInMemory.ms) : '?'}, ` +
        `Redis vs memory ${keyInRedis && keyInMemory ? ratio(keyInRedis.ms / keyInMemory.ms) : 'skipped'}, ` +
        `write GraphQL/SQL ${ratio(graphqlMs / sqlMs)}`,
    );

    const path = await context.writeResults('access', {
      benchmark: 'access',
      ranAt: started.toISOString(),
      seconds: (Date.now() - started.getTime()) / 1000,
      node: process.version,
      postgres,
      redis: redisDown ? { skipped: redisDown } : { url: redisUrl },
      runs: context.runs,
      warmupRuns,
      read: { document: readDocument, cost: readCost, sides: readResults },
      write: {
        document: updateDocument,
        sql: updateSql,
        statements: writeStatements,
        graphqlMs,
        sqlMs,
        ratio: graphqlMs / sqlMs,
        samples: { graphqlMs: writeSamples[0], sqlMs: writeSamples[1] },
      },
    });
    print(`Results written to ${path} (${((Date.now() - started.getTime()) / 1000).toFixed(1)} s in all)`);
  } finally {
    await sql.end().catch(() => {});
    for (const app of apps) await app.close();
    await counting.close();
    await db.close();
    if (!redisDown) await dropRedisKeys(redisUrl, redisPrefix).catch(() => {});
  }
}
