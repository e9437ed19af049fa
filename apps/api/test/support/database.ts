// Every test file gets a database of its own: a fresh PostgreSQL database (created and dropped) when
// DATABASE_URL is set, as in CI, and an in-memory PGlite otherwise. Migrated and seeded ones are
// copied from the templates global-setup.ts built once per run.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Database, type DatabaseTarget, openDatabase } from '@borderdesk/db';
import { inject } from 'vitest';
// The vitest typing of inject('templates') is declared there; importing it here serves every project that imports this file.
import type {} from './global-setup.js';
import { adminQuery, databaseUrl } from './postgres-admin.js';

export interface TestDatabase extends Database {
  /** Closes and, on PostgreSQL, drops the database. */
  destroy(): Promise<void>;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

type Contents = 'empty' | 'migrated' | 'seeded';

/** A database of its own for the calling test file: empty, migrated, or migrated and seeded. */
export async function createTestDatabase(contents: Contents, onQuery?: (sql: string) => void): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  const options = onQuery ? { onQuery: (event: { query: string }) => onQuery(event.query) } : {};
  const templates = inject('templates');
  if (!adminUrl) {
    const snapshot = contents === 'empty' ? undefined : new Blob([readFileSync(templates[contents])]);
    const db = await openDatabase({ kind: 'pglite', dataDir: null, ...(snapshot ? { snapshot } : {}) }, options);
    return Object.assign(db, { destroy: () => db.close() });
  }
  const name = `borderdesk_test_${randomBytes(6).toString('hex')}`;
  const template = contents === 'empty' ? '' : ` TEMPLATE ${templates[contents]}`;
  await createDatabase(adminUrl, `CREATE DATABASE ${name}${template}`);
  const target: DatabaseTarget = { kind: 'postgres', url: databaseUrl(adminUrl, name), poolSize: 5 };
  const db = await openDatabase(target, options);
  return Object.assign(db, {
    async destroy() {
      await db.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  });
}

/** PostgreSQL copies a template only while nobody else uses it, so parallel copies wait their turn. */
async function createDatabase(adminUrl: string, sql: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(adminUrl, sql);
    } catch (error) {
      const templateBusy = (error as { code?: string }).code === '55006';
      if (!templateBusy || attempt === 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}
