// What `npm start` and the command-line tools share: configuration that stops with one line when
// it is wrong, and a database that is opened and migrated, or a one-line reason why not.
import { type Database, openDatabase } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import { type Config, ConfigError, loadConfig } from '../config.js';

/**
 * Runs a command: validates the configuration, opens and migrates the database, and hands it to
 * `work`, which closes it when done (the server keeps it open). Any failure prints
 * `<what>: <reason>` on one line, closes the database and exits 1.
 */
export async function runWithDatabase(
  what: string,
  work: (context: { config: Config; db: Database; applied: string[] }) => Promise<void>,
): Promise<void> {
  const config = loadConfigOrExit();
  let db: Database | undefined;
  try {
    db = await openDatabase(config.database);
    const { applied } = await migrate(db.adapterFactory);
    await work({ config, db, applied });
  } catch (error) {
    await db?.close().catch(() => {});
    console.error(`${what}: ${describeDatabaseError(error, config)}`);
    process.exit(1);
  }
}

export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** One line a person can act on; the database URL's password never appears. */
export function describeDatabaseError(error: unknown, config: Config): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (config.database.kind === 'postgres') {
    const url = new URL(config.database.url);
    const target = `${url.hostname}:${url.port || 5432}${url.pathname}`;
    if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code ?? '')) {
      return `cannot reach PostgreSQL at ${target} (${code}). Is it running? Check DATABASE_URL.`;
    }
    if (/timeout/i.test(message)) return `PostgreSQL at ${target} did not answer in time. Check DATABASE_URL.`;
    if (code === '3D000') {
      return `database ${url.pathname.slice(1)} does not exist on ${url.hostname}. Create it or fix DATABASE_URL.`;
    }
    if (code === '28P01' || code === '28000') return `PostgreSQL at ${target} refused the credentials in DATABASE_URL.`;
  }
  if (code === 'ELOCKED') return `${message}. Stop it, or set PGLITE_DATA_DIR to another folder.`;
  return message.replace(/\s+/g, ' ').trim();
}
