// The editorial benchmark: the lists and search a reporter's client asks for, each over GraphQL (HTTP
// round trip) against the best hand-written SQL that returns the same data, alone over a plain pg
// connection: one statement, nested data built with json_agg where GraphQL nests. The ratio is what
// Apollo, Pothos and Prisma cost on top of it, including the extra statements Prisma sends for each
// level of nesting. The seed has a few dozen editorial rows, so thousands of synthetic ones are added
// first: lists must sort and page, and search must rank, more than a handful of rows.
import { performance } from 'node:perf_hooks';
import { openDatabase, Prisma, SearchType } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import { execute, parse as parseGraphQL } from 'graphql';
import pg from 'pg';
import { pino } from 'pino';
import { type RunningApp, startApp } from '../../apps/api/src/app.ts';
import { loadConfig, unlimitedRateLimits } from '../../apps/api/src/config.ts';
import { createContext } from '../../apps/api/src/context.ts';
import { schema } from '../../apps/api/src/schema/index.ts';
import { searchHitsSql, searchTerms } from '../../apps/api/src/search/search.ts';
import { highlightedParts } from '../../apps/api/src/search/snippet.ts';
import { seed } from '../../apps/api/src/seed/seed.ts';
import type { BenchContext } from './index.ts';
import { interleaved, median, ms, print, ratio, table, warmupRuns } from './measure.ts';

/** The synthetic rows added to the seed. */
const synthetic = { organizations: 20, speakers: 200, sources: 250, statements: 5_000, policies: 300 };

// ---------------------------------------------------------------------------------------------
// Measuring and printing (the same helpers as encounters.ts)
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Synthetic editorial rows
// ---------------------------------------------------------------------------------------------

/**
 * Organizations; speakers with two roles each; sources; statements across the speakers, each with
 * two topics of eight, every sixth saying "sanctuary", mentioning two policies and an organization;
 * policies with an announced, signed and (nine in ten) effective event and four stances each. Some
 * speakers share Homan's surname, so a misspelt name has many fuzzy matches to rank. All go through
 * the triggers that keep the search documents and `Policy.effectiveOn`, as any writer's rows would.
 */
const syntheticRows = `
INSERT INTO "Actor" (slug, kind, name, classification, summary, "updatedAt")
SELECT 'bench-org-' || i, 'ORGANIZATION', 'Bench Agency ' || i, 'FEDERAL_AGENCY', 'A synthetic agency.', now()
FROM generate_series(1, ${synthetic.organizations}) i;

INSERT INTO "Actor" (slug, kind, name, "otherNames", summary, "updatedAt")
SELECT 'bench-person-' || i, 'PERSON',
  (ARRAY['Ana', 'Ben', 'Carla', 'David', 'Elena', 'Frank', 'Grace', 'Hugo', 'Irene', 'Jorge'])[1 + i % 10] || ' ' ||
  (ARRAY['Garcia', 'Homan', 'Nguyen', 'Holman', 'Smith', 'Hoffman', 'Patel', 'Kim', 'Lopez', 'Chen'])[1 + (i / 10) % 10],
  ARRAY['Speaker ' || i], 'A synthetic official who speaks on border policy.', now()
FROM generate_series(1, ${synthetic.speakers}) i;

INSERT INTO "Role" ("personId", "organizationId", title, "startDate", "startPrecision", "updatedAt")
SELECT person.id, org.id, role.title, date '2015-01-01' + (i * 37 + role.n * 400) % 3000, 'DAY', now()
FROM generate_series(1, ${synthetic.speakers}) i
CROSS JOIN (VALUES (0, 'Spokesperson'), (1, 'Senior adviser')) role(n, title)
JOIN "Actor" person ON person.slug = 'bench-person-' || i
JOIN "Actor" org ON org.slug = 'bench-org-' || (1 + (i + role.n * 7) % ${synthetic.organizations});

INSERT INTO "Source" (slug, kind, title, "publisherId", "publishedOn", "publishedOnPrecision", "updatedAt")
SELECT 'bench-source-' || i, 'NEWS_ARTICLE', 'Border report number ' || i, org.id,
  date '2020-01-01' + i * 7, 'DAY', now()
FROM generate_series(1, ${synthetic.sources}) i
JOIN "Actor" org ON org.slug = 'bench-org-' || (1 + i % ${synthetic.organizations});

INSERT INTO "Policy" (slug, title, "shortName", kind, "jurisdictionLevel", "jurisdictionName", status, "issuerId",
  citations, summary, "updatedAt")
SELECT 'bench-policy-' || i,
  (ARRAY['Border Enforcement', 'Asylum Processing', 'Sanctuary Jurisdiction', 'Detention Standards',
    'Removal Priorities'])[1 + i % 5] || ' Rule ' || i,
  'Rule ' || i, 'FEDERAL_RULE', 'FEDERAL', 'United States', 'ACTIVE', org.id, ARRAY[(80 + i % 10) || ' FR ' || i * 101],
  'A synthetic rule on ' || (ARRAY['enforcement', 'asylum', 'sanctuary cities', 'detention', 'removals'])[1 + i % 5] || '.',
  now()
FROM generate_series(1, ${synthetic.policies}) i
JOIN "Actor" org ON org.slug = 'bench-org-' || (1 + i % ${synthetic.organizations});

INSERT INTO "PolicyEvent" ("policyId", kind, date, description, "updatedAt")
SELECT policy.id, event.kind::"PolicyEventKind", date '2015-01-01' + i * 9 + event.days, event.kind || ' (synthetic)', now()
FROM generate_series(1, ${synthetic.policies}) i
CROSS JOIN (VALUES ('ANNOUNCED', 0), ('SIGNED', 10), ('EFFECTIVE', 30)) event(kind, days)
JOIN "Policy" policy ON policy.slug = 'bench-policy-' || i
WHERE event.kind <> 'EFFECTIVE' OR i % 10 <> 0;

INSERT INTO "Statement" (slug, text, "speakerId", "saidOn", "saidOnPrecision", "sourceId", setting, topics, "updatedAt")
SELECT 'bench-statement-' || i,
  (ARRAY['We will keep the border secure', 'Crossings fell again this month', 'The courts must decide',
    'Families deserve a fair hearing', 'The numbers tell a different story', 'Cities cannot ignore the law'])[1 + i % 6]
    || CASE WHEN i % 6 = 0 THEN ', and sanctuary policies stand in the way' ELSE '' END
    || ', said a synthetic speaker in statement ' || i || '.',
  speaker.id,
  CASE WHEN i % 25 = 0 THEN NULL ELSE date '2020-01-01' + (i * 7) % 1800 END,
  CASE WHEN i % 25 = 0 THEN NULL ELSE 'DAY'::"DatePrecision" END,
  source.id, 'at a synthetic briefing',
  ARRAY[topics[1 + i % 8], topics[1 + (i / 8 + 3) % 8]],
  now()
FROM generate_series(1, ${synthetic.statements}) i
CROSS JOIN (SELECT ARRAY['sanctuary', 'enforcement', 'asylum', 'border-crossings', 'deportation', 'economy',
  'deterrence', 'cbp-one'] AS topics) pool
JOIN "Actor" speaker ON speaker.slug = 'bench-person-' || (1 + i % ${synthetic.speakers})
JOIN "Source" source ON source.slug = 'bench-source-' || (1 + i % ${synthetic.sources});

INSERT INTO "_StatementMentionsPolicy" ("A", "B")
SELECT DISTINCT policy.id, statement.id
FROM generate_series(1, ${synthetic.statements}) i
CROSS JOIN (VALUES (0), (1)) mention(n)
JOIN "Statement" statement ON statement.slug = 'bench-statement-' || i
JOIN "Policy" policy ON policy.slug = 'bench-policy-' || (1 + (i + mention.n * 137) % ${synthetic.policies});

INSERT INTO "_StatementMentionsActor" ("A", "B")
SELECT org.id, statement.id
FROM generate_series(1, ${synthetic.statements}) i
JOIN "Statement" statement ON statement.slug = 'bench-statement-' || i
JOIN "Actor" org ON org.slug = 'bench-org-' || (1 + i % ${synthetic.organizations});

INSERT INTO "Stance" ("actorId", "policyId", position, "updatedAt")
SELECT person.id, policy.id, (ARRAY['SUPPORTS', 'OPPOSES', 'MIXED'])[1 + (i + n) % 3]::"StancePosition", now()
FROM generate_series(1, ${synthetic.policies}) i
CROSS JOIN generate_series(0, 3) n
JOIN "Policy" policy ON policy.slug = 'bench-policy-' || i
JOIN "Actor" person ON person.slug = 'bench-person-' || (1 + (i * 7 + n * 50) % ${synthetic.speakers});
`;

/** Fails unless every actor, policy, source and statement has its search document. */
async function checkSearchDocuments(sql: pg.Client): Promise<number> {
  const { rows } = await sql.query<{ type: string; entities: number; documents: number }>(`
    SELECT kind.type, kind.entities, (SELECT count(*)::int FROM "SearchDocument" d WHERE d.type::text = kind.type) AS documents
    FROM (VALUES ('ACTOR', (SELECT count(*)::int FROM "Actor")), ('POLICY', (SELECT count(*)::int FROM "Policy")),
      ('SOURCE', (SELECT count(*)::int FROM "Source")), ('STATEMENT', (SELECT count(*)::int FROM "Statement"))
    ) kind(type, entities)`);
  const missing = rows.filter((row) => row.entities !== row.documents);
  if (missing.length) throw new Error(`search documents out of step with their tables: ${JSON.stringify(missing)}`);
  return rows.reduce((sum, row) => sum + row.documents, 0);
}

// ---------------------------------------------------------------------------------------------
// The requests, each with its hand-written SQL
// ---------------------------------------------------------------------------------------------

interface SqlStatement {
  text: string;
  values: unknown[];
}

interface EditorialQuery {
  name: string;
  /** What a reporter's client asks, for the JSON results. */
  question: string;
  document: string;
  sql: SqlStatement;
  /** The response's items, shaped as `items` shapes the SQL rows, to check both sides answer the same. */
  graphqlItems(data: Record<string, unknown>): unknown[];
  sqlItems(rows: Record<string, unknown>[]): unknown[];
}

interface Connection {
  edges: { node: unknown }[];
}

const nodesOf = (connection: unknown) => (connection as Connection).edges.map((edge) => edge.node);
const nodeColumn = (rows: Record<string, unknown>[]) => rows.map((row) => row.node);

// Statements about a topic, as a client lists them: each with its speaker's roles, source and the
// policies it names. The page is cut first, so the nested data is built for 50 rows only.
const statementsDocument = `query SanctuaryStatements {
  statements(first: 50, filter: { topics: ["sanctuary"] }) {
    edges { node {
      slug text saidOn
      speaker { name roles { title organization { name } } }
      source { title }
      mentions { policies { title } }
    } }
  }
}`;
const statementsSql = `
  WITH page AS (
    SELECT * FROM "Statement" WHERE topics && $1::text[]
    ORDER BY "saidOn" DESC NULLS LAST, id DESC LIMIT 50
  )
  SELECT json_build_object(
    'slug', s.slug, 'text', s.text, 'saidOn', s."saidOn"::text,
    'speaker', json_build_object('name', speaker.name, 'roles', coalesce((
      SELECT json_agg(json_build_object(
          'title', r.title, 'organization', CASE WHEN org.id IS NULL THEN NULL ELSE json_build_object('name', org.name) END
        ) ORDER BY r."startDate" DESC NULLS LAST, r.id)
      FROM "Role" r LEFT JOIN "Actor" org ON org.id = r."organizationId" WHERE r."personId" = speaker.id
    ), '[]')),
    'source', json_build_object('title', source.title),
    'mentions', json_build_object('policies', coalesce((
      SELECT json_agg(json_build_object('title', p.title) ORDER BY p.title, p.id)
      FROM "_StatementMentionsPolicy" m JOIN "Policy" p ON p.id = m."A" WHERE m."B" = s.id
    ), '[]'))
  ) AS node
  FROM page s JOIN "Actor" speaker ON speaker.id = s."speakerId" JOIN "Source" source ON source.id = s."sourceId"
  ORDER BY s."saidOn" DESC NULLS LAST, s.id DESC`;

const policiesDocument = `query PoliciesByEffectiveDate {
  policies(first: 50, orderBy: { field: EFFECTIVE_ON }) {
    edges { node {
      slug title effectiveOn
      events { kind date description }
      stances { position actor { name } }
    } }
  }
}`;
const policiesSql = `
  WITH page AS (SELECT * FROM "Policy" ORDER BY "effectiveOn" DESC NULLS LAST, id DESC LIMIT 50)
  SELECT json_build_object(
    'slug', p.slug, 'title', p.title, 'effectiveOn', p."effectiveOn"::text,
    'events', coalesce((
      SELECT json_agg(json_build_object('kind', e.kind, 'date', e.date::text, 'description', e.description)
        ORDER BY e.date, e.id)
      FROM "PolicyEvent" e WHERE e."policyId" = p.id
    ), '[]'),
    'stances', coalesce((
      SELECT json_agg(json_build_object('position', s.position, 'actor', json_build_object('name', a.name)) ORDER BY s.id)
      FROM "Stance" s JOIN "Actor" a ON a.id = s."actorId" WHERE s."policyId" = p.id
    ), '[]')
  ) AS node
  FROM page p
  ORDER BY p."effectiveOn" DESC NULLS LAST, p.id DESC`;

const searchDocument = (args: string) => `query Search {
  search(${args}) {
    type rank matchedBy
    title { parts { text highlighted } }
    snippet { parts { text highlighted } }
    node {
      ... on Actor { slug name }
      ... on Policy { slug title }
      ... on Source { slug title }
      ... on Statement { slug text }
    }
  }
}`;

/** The search module's statement, with the selected fields of each hit's entity joined in. */
async function searchSql(query: string, first: number): Promise<SqlStatement> {
  const hits = searchHitsSql({ query: searchTerms(query), types: Object.values(SearchType), first });
  const { text, values } = Prisma.sql`
    SELECT hit.type, hit.rank, hit."byText", hit."byFuzzy", hit.title, hit.snippet,
      coalesce(a.slug, p.slug, so.slug, st.slug) AS slug, coalesce(a.name, p.title, so.title, st.text) AS label
    FROM (${hits}) hit
    LEFT JOIN "Actor" a ON hit.type = 'ACTOR' AND a.id = hit."entityId"
    LEFT JOIN "Policy" p ON hit.type = 'POLICY' AND p.id = hit."entityId"
    LEFT JOIN "Source" so ON hit.type = 'SOURCE' AND so.id = hit."entityId"
    LEFT JOIN "Statement" st ON hit.type = 'STATEMENT' AND st.id = hit."entityId"
    ORDER BY hit.rank DESC, hit.type, hit."entityId"`;
  return { text, values };
}

interface GraphQLHit {
  type: string;
  rank: number;
  matchedBy: string[];
  title: { parts: unknown[] };
  snippet: { parts: unknown[] };
  node: { slug: string; name?: string; title?: string; text?: string };
}

function graphqlHits(data: Record<string, unknown>): unknown[] {
  return (data.search as GraphQLHit[]).map((hit) => ({
    type: hit.type,
    rank: hit.rank,
    matchedBy: hit.matchedBy,
    title: hit.title.parts,
    snippet: hit.snippet.parts,
    slug: hit.node.slug,
    label: hit.node.name ?? hit.node.title ?? hit.node.text,
  }));
}

/** The rows as the resolver hands them on: matches as a list, headlines split into parts (not timed). */
function sqlHits(rows: Record<string, unknown>[]): unknown[] {
  return rows.map((row) => ({
    type: row.type,
    rank: row.rank,
    matchedBy: [...(row.byText ? ['FULL_TEXT'] : []), ...(row.byFuzzy ? ['FUZZY'] : [])],
    title: highlightedParts(String(row.title)),
    snippet: highlightedParts(String(row.snippet)),
    slug: row.slug,
    label: row.label,
  }));
}

async function editorialQueries(): Promise<EditorialQuery[]> {
  return [
    {
      name: 'a statements on a topic, nested',
      question:
        "50 statements about sanctuary, newest first, with the speaker's roles, the source and the policies named",
      document: statementsDocument,
      sql: { text: statementsSql, values: [['sanctuary']] },
      graphqlItems: (data) => nodesOf(data.statements),
      sqlItems: nodeColumn,
    },
    {
      name: 'b search "sanctuary", 20 hits',
      question: 'Full-text search for "sanctuary" across every type, best 20 hits with highlighted snippets',
      document: searchDocument('query: "sanctuary", first: 20'),
      sql: await searchSql('sanctuary', 20),
      graphqlItems: graphqlHits,
      sqlItems: sqlHits,
    },
    {
      name: 'c fuzzy search "Homman"',
      question: 'A misspelt name: search for "Homman", best 10 hits',
      document: searchDocument('query: "Homman"'),
      sql: await searchSql('Homman', 10),
      graphqlItems: graphqlHits,
      sqlItems: sqlHits,
    },
    {
      name: 'd policies by effective date, nested',
      question: 'The 50 policies that took effect last, with their timelines and who stands where',
      document: policiesDocument,
      sql: { text: policiesSql, values: [] },
      graphqlItems: (data) => nodesOf(data.policies),
      sqlItems: nodeColumn,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

interface QueryResult {
  name: string;
  question: string;
  /** SQL statements the GraphQL request sends; the hand-written side always sends one. */
  statements: number;
  graphqlMs: number;
  sqlMs: number;
  ratio: number;
  resultRows: number;
  samples: { graphqlMs: number[]; sqlMs: number[] };
}

/** Fails, naming the first item that differs, unless both sides answered the same non-empty list. */
function checkSameItems(name: string, graphqlSide: unknown[], sqlSide: unknown[]): void {
  if (graphqlSide.length === 0) throw new Error(`${name}: no rows, nothing to compare`);
  if (graphqlSide.length !== sqlSide.length) {
    throw new Error(`${name}: GraphQL answered ${graphqlSide.length} items, SQL ${sqlSide.length}`);
  }
  const index = graphqlSide.findIndex((item, i) => JSON.stringify(item) !== JSON.stringify(sqlSide[i]));
  if (index >= 0) {
    throw new Error(
      `${name}: GraphQL and SQL disagree at item ${index}:\n` +
        `GraphQL ${JSON.stringify(graphqlSide[index])}\nSQL     ${JSON.stringify(sqlSide[index])}`,
    );
  }
}

export async function run(context: BenchContext): Promise<void> {
  const started = new Date();
  const url = await context.createDatabase();
  const target = { kind: 'postgres', url, poolSize: 4 } as const;
  const db = await openDatabase(target);
  // Its own client, counting every statement Prisma sends; only for counting, so that the timed
  // server pays nothing for the query log.
  let sent = 0;
  const counting = await openDatabase({ ...target, poolSize: 2 }, { onQuery: () => sent++ });
  let app: RunningApp | undefined;
  // Its own connection, as a hand-written client would have: never shares the app's pool.
  const sql = new pg.Client({ connectionString: url });
  sql.on('error', () => {});
  try {
    const setupStart = performance.now();
    await migrate(db.adapterFactory);
    await seed(db.prisma);
    await sql.connect();
    const syntheticStart = performance.now();
    await sql.query(`BEGIN; ${syntheticRows} COMMIT;`);
    const syntheticMs = performance.now() - syntheticStart;
    const documents = await checkSearchDocuments(sql);
    // Statistics as a running database has them, or autovacuum analyzes the new rows mid-run.
    await sql.query('ANALYZE');
    const logger = pino({ level: 'silent' });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...unlimitedRateLimits });
    app = await startApp({ config, db, logger });
    const version = await sql.query<{ server_version: string }>('SHOW server_version');
    const postgres = version.rows[0]?.server_version ?? null;
    const counts = await sql.query<Record<string, number>>(`SELECT
      (SELECT count(*)::int FROM "Statement") AS statements, (SELECT count(*)::int FROM "Actor") AS actors,
      (SELECT count(*)::int FROM "Policy") AS policies, (SELECT count(*)::int FROM "PolicyEvent") AS events,
      (SELECT count(*)::int FROM "Stance") AS stances`);
    const tableRows = counts.rows[0] ?? {};
    print('Editorial lists and search over GraphQL (HTTP round trip) vs the best hand-written SQL (plain pg)');
    print(
      `  setup (migrate, seed, synthetic rows, analyze, start server) ${ms(performance.now() - setupStart)} ms; ` +
        `PostgreSQL ${postgres ?? '?'}`,
    );
    print(
      `  ${Object.entries(tableRows)
        .map(([name, count]) => `${count.toLocaleString('en-US')} ${name}`)
        .join(
          ', ',
        )}; ${documents.toLocaleString('en-US')} search documents (synthetic rows inserted in ${ms(syntheticMs)} ms)`,
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
    const dataOf = (body: GraphQLBody) => {
      if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    /** The statements one request sends, through graphql-js in-process on the counting client. */
    const statementsSent = async (document: string) => {
      const contextValue = createContext(counting.prisma, 'bench', logger);
      sent = 0;
      const result = await execute({ schema, document: parseGraphQL(document), contextValue });
      if (result.errors?.length) throw new Error(`execute: ${result.errors.map((e) => e.message).join('; ')}`);
      return sent;
    };

    const results: QueryResult[] = [];
    for (const query of await editorialQueries()) {
      const runSql = () => sql.query(query.sql.text, query.sql.values);
      // Both sides must answer the same items, or the ratio compares different work.
      const graphqlSide = query.graphqlItems(dataOf(await post(query.document)));
      const sqlSide = query.sqlItems((await runSql()).rows);
      checkSameItems(query.name, graphqlSide, sqlSide);
      const statements = await statementsSent(query.document);

      const [graphqlSamples = [], sqlSamples = []] = await interleaved(
        [async () => dataOf(await post(query.document)), runSql],
        context.runs,
      );
      const graphqlMs = median(graphqlSamples);
      const sqlMs = median(sqlSamples);
      results.push({
        name: query.name,
        question: query.question,
        statements,
        graphqlMs,
        sqlMs,
        ratio: graphqlMs / sqlMs,
        resultRows: graphqlSide.length,
        samples: { graphqlMs: graphqlSamples, sqlMs: sqlSamples },
      });
    }
    // A request that touches no database: the floor of HTTP, Express, Apollo and JSON.
    const [floorSamples = []] = await interleaved([() => post('{ __typename }')], context.runs);
    const floorMs = median(floorSamples);

    const geometricMean = Math.exp(results.reduce((sum, r) => sum + Math.log(r.ratio), 0) / results.length);
    const totalGraphql = results.reduce((sum, r) => sum + r.graphqlMs, 0);
    const totalSql = results.reduce((sum, r) => sum + r.sqlMs, 0);
    print(
      table(
        ['query', 'rows', 'statements', 'GraphQL ms', 'SQL ms', 'ratio'],
        [
          ...results.map((r) => [
            r.name,
            String(r.resultRows),
            String(r.statements),
            ms(r.graphqlMs),
            ms(r.sqlMs),
            ratio(r.ratio),
          ]),
          ['overall (sum of medians)', '', '', ms(totalGraphql), ms(totalSql), ratio(totalGraphql / totalSql)],
          ['overall (geometric mean of ratios)', '', '', '', '', ratio(geometricMean)],
        ],
      ),
    );
    print('  statements = SQL statements the GraphQL request sends (Prisma query log); the SQL side sends one.');
    print(`  A request touching no database ({ __typename }) takes ${ms(floorMs)} ms over HTTP.`);
    print();
    print(
      `Summary: GraphQL/SQL ${ratio(geometricMean)} (geometric mean), ${ratio(totalGraphql / totalSql)} (total time)`,
    );
    const path = await context.writeResults('editorial', {
      benchmark: 'editorial',
      ranAt: started.toISOString(),
      seconds: (Date.now() - started.getTime()) / 1000,
      node: process.version,
      postgres,
      runs: context.runs,
      warmupRuns,
      tableRows,
      searchDocuments: documents,
      queries: results,
      overall: {
        geometricMeanRatio: geometricMean,
        totalGraphqlMs: totalGraphql,
        totalSqlMs: totalSql,
        totalRatio: totalGraphql / totalSql,
      },
      floorMs,
    });
    print(`Results written to ${path} (${((Date.now() - started.getTime()) / 1000).toFixed(1)} s in all)`);
  } finally {
    await sql.end().catch(() => {});
    await app?.close();
    await counting.close();
    await db.close();
  }
}
