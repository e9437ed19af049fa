// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings the migrations up to prisma/schema.prisma. Review it before committing:
// constraints Prisma cannot express (CHECKs, NULLS NOT DISTINCT) are added to it by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { diffMigrationsToSchema } from '../migrate.js';
import { migrationsDir } from '../paths.js';

const { positionals } = parseArgs({ allowPositionals: true });
const name = positionals[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <name>   (name: lowercase letters, digits, underscores)');
  process.exit(2);
}
const sql = await diffMigrationsToSchema();
if (!sql) {
  console.log('schema.prisma and prisma/migrations agree: no migration needed');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'migration.sql'), sql);
console.log(`wrote ${join(dir, 'migration.sql')}`);
