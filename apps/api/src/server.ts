// `npm start`: validate the configuration, open (and migrate, and seed) the database, serve.
import { type Database, openDatabase } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import { type RunningApp, startApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { seed } from './seed/seed.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config);
const startedAt = performance.now();
let db: Database | undefined;
let app: RunningApp | undefined;

try {
  db = await openDatabase(config.database);
  const { applied } = await migrate(db.adapterFactory);
  if (applied.length) logger.info({ applied }, 'applied migrations');
  if (config.seedOnStart) {
    const created = await seed(db.prisma);
    const total = Object.values(created).reduce((sum, count) => sum + count, 0);
    if (total) logger.info({ created }, 'seeded the database');
  }
  app = await startApp({ config, db, logger });
} catch (error) {
  console.error(`Borderdesk could not start: ${describeStartupError(error, config)}`);
  await db?.close().catch(() => {});
  process.exit(1);
}

const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite (${config.database.dataDir})`;
logger.info(
  { url: `${app.origin}/graphql`, database: where, startupMs: Math.round(performance.now() - startedAt) },
  `Borderdesk is serving GraphQL and GraphiQL at http://localhost:${config.port}/graphql`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app?.close().catch((error) => logger.error({ err: error }, 'error while closing the server'));
    await db?.close().catch((error) => logger.error({ err: error }, 'error while closing the database'));
    process.exit(0);
  });
}

/** One line a person can act on; the database URL's password never appears. */
function describeStartupError(error: unknown, config: Config): string {
  const code = (error as { code?: string }).code;
  if (config.database.kind === 'postgres') {
    const url = new URL(config.database.url);
    const target = `${url.hostname}:${url.port || 5432}${url.pathname}`;
    if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code ?? '')) {
      return `cannot reach PostgreSQL at ${target} (${code}). Is it running? Check DATABASE_URL.`;
    }
    if (code === '3D000') {
      return `database ${url.pathname.slice(1)} does not exist on ${url.hostname}. Create it or fix DATABASE_URL.`;
    }
    if (code === '28P01' || code === '28000') return `PostgreSQL at ${target} refused the credentials in DATABASE_URL.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}
