// `npm start`: validate the configuration, open, migrate and seed the database, serve.
import { type RunningApp, startApp } from './app.js';
import { runWithDatabase } from './cli/command.js';
import { createLogger } from './logger.js';
import { seed } from './seed/seed.js';

const startedAt = performance.now();

await runWithDatabase('Borderdesk could not start', async ({ config, db, applied }) => {
  const logger = createLogger(config);
  if (applied.length) logger.info({ applied }, 'applied migrations');
  if (config.seedOnStart) {
    const created = await seed(db.prisma);
    if (Object.values(created).some((count) => count > 0)) logger.info({ created }, 'seeded the database');
  }
  const app: RunningApp = await startApp({ config, db, logger });

  const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite (${config.database.dataDir})`;
  const rateLimits = config.redis ? 'shared in Redis' : 'counted in this process';
  logger.info(
    { url: `${app.origin}/graphql`, database: where, rateLimits, startupMs: Math.round(performance.now() - startedAt) },
    `Borderdesk is serving the dashboard at http://localhost:${config.port}/ and GraphQL and GraphiQL at http://localhost:${config.port}/graphql`,
  );

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      await app.close().catch((error) => logger.error({ err: error }, 'error while closing the server'));
      await db.close().catch((error) => logger.error({ err: error }, 'error while closing the database'));
      process.exit(0);
    });
  }
});
