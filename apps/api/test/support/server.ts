// The real HTTP server on a real database, on a free port, driven with the SDK's typed documents.
import type { ApiKeyRole } from '@borderdesk/db';
import type { TypedDocumentString } from '@borderdesk/sdk';
import { pino } from 'pino';
import { issueKey } from '../../src/access/keys.js';
import { type RunningApp, startApp } from '../../src/app.js';
import { type Config, loadConfig, unlimitedRateLimits } from '../../src/config.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  origin: string;
  db: TestDatabase;
  /** Every SQL statement Prisma sent, in order; clear it between measurements. */
  sql: string[];
  request<TData, TVariables>(
    document: TypedDocumentString<TData, TVariables>,
    variables?: NoInfer<TVariables>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<TData>>;
  /** A raw GraphQL POST, for queries the SDK does not ship (limits, hostile input). */
  query(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Record<string, unknown>>>;
  /** Stores a new API key with this role and returns the key itself (as `npm run keys -- create` would). */
  createKey(role: ApiKeyRole, name?: string): Promise<string>;
  close(): Promise<void>;
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  headers?: Record<string, string>;
}

export async function startTestServer(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestServer> {
  const sql: string[] = [];
  const db = await createTestDatabase(options.seed === false ? 'migrated' : 'seeded', (statement) =>
    sql.push(statement),
  );
  // Rate limits are tested on their own (test/access); here they would throttle whole test files.
  // WEB_DIST_DIR lets a browser test run against a build of its own.
  const config: Config = {
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', WEB_DIST_DIR: process.env.WEB_DIST_DIR, ...unlimitedRateLimits }),
    ...options.config,
  };
  let app: RunningApp;
  try {
    app = await startApp({ config, db, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  sql.length = 0;

  const post = async <TData>(body: unknown, options: RequestOptions = {}): Promise<GraphQLResponse<TData>> => {
    const response = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Omit<GraphQLResponse<TData>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...json };
  };

  return {
    origin: app.origin,
    db,
    sql,
    request: (document, variables, options) => post({ query: document.toString(), variables }, options),
    query: (query, variables, options) => post({ query, variables }, options),
    async createKey(role, name = `test ${role.toLowerCase()}`) {
      return (await issueKey(db.prisma, name, role)).key;
    },
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}
