// Every test file gets a database of its own: a fresh PostgreSQL database (created and dropped) when
// DATABASE_URL is set, as in CI, and an in-memory PGlite otherwise. Both are migrated for real.
import { randomBytes } from 'node:crypto';
import { type Database, type DatabaseTarget, openDatabase } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import pg from 'pg';

export interface TestDatabase extends Database {
  /** Closes and, on PostgreSQL, drops the database. */
  destroy(): Promise<void>;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

/** An empty, unmigrated database. */
export async function createEmptyDatabase(onQuery?: (sql: string) => void): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  const options = onQuery ? { onQuery: (event: { query: string }) => onQuery(event.query) } : {};
  if (!adminUrl) {
    const db = await openDatabase({ kind: 'pglite', dataDir: null }, options);
    return Object.assign(db, { destroy: () => db.close() });
  }
  const name = `borderdesk_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { kind: 'postgres', url: url.toString(), poolSize: 5 };
  const db = await openDatabase(target, options);
  return Object.assign(db, {
    async destroy() {
      await db.close();
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  });
}

/** A migrated database. */
export async function createTestDatabase(onQuery?: (sql: string) => void): Promise<TestDatabase> {
  const db = await createEmptyDatabase(onQuery);
  await migrate(db.adapterFactory);
  return db;
}

async function withAdmin(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
