// Runs once per `vitest run`: builds two template databases, migrated and migrated+seeded, that each
// test file copies instead of migrating and seeding its own. On PostgreSQL they are real template
// databases (CREATE DATABASE … TEMPLATE); on PGlite, data-directory snapshots in a temp folder.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import type { TestProject } from 'vitest/node';
import { seed } from '../../src/seed/seed.js';
import { adminQuery, databaseUrl } from './postgres-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Database names (PostgreSQL) or snapshot file paths (PGlite), by template. */
    templates: { migrated: string; seeded: string };
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  const prepare = async (db: Database, withSeed: boolean) => {
    await migrate(db.adapterFactory);
    if (withSeed) await seed(db.prisma);
  };

  if (adminUrl) {
    const suffix = randomBytes(4).toString('hex');
    const names = { migrated: `borderdesk_tpl_migrated_${suffix}`, seeded: `borderdesk_tpl_seeded_${suffix}` };
    const dropAll = async () => {
      for (const name of Object.values(names)) {
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    };
    try {
      for (const [template, name] of Object.entries(names)) {
        await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
        const db = await openDatabase({ kind: 'postgres', url: databaseUrl(adminUrl, name), poolSize: 2 });
        try {
          await prepare(db, template === 'seeded');
        } finally {
          await db.close();
        }
      }
    } catch (error) {
      await dropAll();
      throw error;
    }
    project.provide('templates', names);
    return dropAll;
  }

  const dir = mkdtempSync(join(tmpdir(), 'borderdesk-test-'));
  const paths = { migrated: join(dir, 'migrated.tar'), seeded: join(dir, 'seeded.tar') };
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  await prepare(db, false);
  const save = async (path: string) => {
    const snapshot = await db.snapshot?.();
    if (!snapshot) throw new Error('embedded database without snapshots');
    writeFileSync(path, Buffer.from(await snapshot.arrayBuffer()));
  };
  await save(paths.migrated);
  await seed(db.prisma);
  await save(paths.seeded);
  await db.close();
  project.provide('templates', paths);
  return () => rmSync(dir, { recursive: true, force: true });
}
