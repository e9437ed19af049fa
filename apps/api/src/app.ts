// Builds the HTTP service from a config and an open database. Tests start it exactly as production does.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Database } from '@borderdesk/db';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { createRateLimiter } from './access/rate-limits.js';
import type { Config } from './config.js';
import { type Context, createContext } from './context.js';
import { maskError } from './errors.js';
import { authenticate } from './http/authenticate.js';
import { httpErrors, notFound } from './http/errors.js';
import { loadPersistedDocuments, persistedDocuments } from './http/persisted-documents.js';
import { costAndRateLimits, refuseSpentBudgets } from './http/rate-limit.js';
import { requestId } from './http/request-id.js';
import { webPages } from './http/web.js';
import { schema } from './schema/index.js';

export interface AppDependencies {
  config: Config;
  db: Database;
  logger: Logger;
}

export interface RunningApp {
  server: Server;
  /** e.g. `http://127.0.0.1:4000` */
  origin: string;
  close(): Promise<void>;
}

export async function createApp({ config, db, logger }: AppDependencies) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxQueryDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Its token limit re-parses in a plugin hook, which turns every syntax error into a 500;
    // graphql-js enforces the same limit in the parser itself (parseOptions below).
    maxTokens: { enabled: false },
    // Its cost ignores `first`; ours (access/query-cost.ts) weighs lists by it, and the rate limits
    // charge the same number (http/rate-limit.ts).
    costLimit: { enabled: false },
    // "Did you mean …" would reveal field names to a client guessing at the schema.
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  // graphql-armor's declarations resolve Apollo's CommonJS types; the plugins are the same at run time.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<Context>[];
  const limiter = await createRateLimiter(config, logger);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    // server.ts owns shutdown: Apollo's own signal handler races it and delays exit by 10+ s.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // Also bounds nesting: ~2,000 nested list literals overflow graphql-js's recursive parser.
    parseOptions: { maxTokens: 1000 },
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    validationRules: protection.validationRules,
    plugins: [
      ...armorPlugins,
      ApolloServerPluginLandingPageDisabled(),
      errorReporting(),
      costAndRateLimits(limiter, config.maxQueryCost),
    ],
    formatError: (formatted, error) => maskError(formatted, error).formatted,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestId);
  app.use(accessLog(logger));
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ ready });
  });

  const pages = webPages(config.webDistDir);
  app.use(pages.assets);
  app.get('/graphql', pages.graphiql);
  app.use(
    '/graphql',
    authenticate(db.prisma, limiter),
    refuseSpentBudgets(limiter),
    express.json({ limit: config.bodyLimitBytes }),
    persistedDocuments(loadPersistedDocuments(), config.persistedDocumentsOnlyForAnonymous, limiter),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db.prisma, req.id, logger, req.caller) }),
  );
  // Not a `/{*path}` route: Express would decode the path into a parameter and fail on bad escapes.
  app.use(pages.dashboard);
  app.use(notFound);
  app.use(httpErrors((error, id) => logger.error({ err: error, requestId: id }, 'unhandled HTTP error')));

  return { app, apollo, limiter };
}

/** Starts listening; `config.port` 0 picks a free port (tests). */
export async function startApp(dependencies: AppDependencies): Promise<RunningApp> {
  const { app, apollo, limiter } = await createApp(dependencies);
  const server = app.listen(dependencies.config.port, dependencies.config.host);
  await once(server, 'listening');
  // Slow or stalled clients must not hold connections forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const { port } = server.address() as AddressInfo;
  const host = dependencies.config.host === '0.0.0.0' ? '127.0.0.1' : dependencies.config.host;
  return {
    server,
    origin: `http://${host}:${port}`,
    async close() {
      server.closeIdleConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await apollo.stop();
      await limiter.close();
    },
  };
}

/**
 * One line per request: method, path (no query string), status, time, request id, and the key's
 * prefix when one was accepted. No headers: the Authorization header carries the key itself.
 */
function accessLog(logger: Logger) {
  const quiet = new Set(['/healthz', '/readyz']);
  return pinoHttp({
    logger,
    genReqId: (req) => (req as express.Request).id,
    customProps: (req) => {
      const { id, caller } = req as Partial<express.Request>;
      return { requestId: id, ...(caller?.kind === 'key' ? { key: caller.prefix } : {}) };
    },
    autoLogging: { ignore: (req) => quiet.has(req.url ?? '') || (req.url ?? '').startsWith('/assets/') },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
}

/** Stamps every error with the request id, and logs the unexpected ones in full on our side only. */
function errorReporting(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (maskError({ message: error.message, extensions: error.extensions }, error).internal) {
              contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'internal error');
            }
          }
        },
        async willSendResponse({ request, response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          // GraphQL over HTTP: a client asking for plain application/json gets request errors with
          // 200 and the errors in the body; application/graphql-response+json keeps the 4xx.
          const accept = request.http?.headers.get('accept') ?? '';
          if (response.http.status === 400 && !accept.includes('application/graphql-response+json')) {
            response.http.status = 200;
          }
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
