// Prisma's CLI needs a native schema engine that cannot be downloaded here, so migrations run
// through the same engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven over our
// own driver adapters. That works the same for PostgreSQL and for embedded PGlite, offline.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { migrationsDir as defaultMigrationsDir, prismaSchemaPath } from './paths.js';

type EngineModule = typeof import('@prisma/schema-engine-wasm');

// Node has WebAssembly; @types/node 20 does not declare it, and the DOM lib would bring far more.
const { WebAssembly: webAssembly } = globalThis as unknown as {
  WebAssembly: {
    instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
  };
};

const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

let engineModule: Promise<EngineModule> | undefined;

/** Instantiates the wasm-bindgen "bundler" build by hand: Node cannot import `.wasm` modules. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as EngineModule & {
      __wbg_set_wasm(exports: unknown): void;
    };
    const wasmBytes = await readFile(bgPath.replace(/\.js$/, '.wasm'));
    const { instance } = await webAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

async function startEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = readFileSync(schemaPath, 'utf8');
  // The engine logs JSON lines; only errors are worth surfacing, and they also reject the call.
  return SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

/** Reads `prisma/migrations/<name>/migration.sql` in name order, as `prisma migrate` does. */
export function readMigrations(dir = defaultMigrationsDir): MigrationList {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = join(dir, 'migration_lock.toml');
  let lockContent: string | null = null;
  try {
    lockContent = readFileSync(lockPath, 'utf8');
  } catch {
    lockContent = null;
  }
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

export interface MigrateResult {
  /** Migrations applied by this call; empty when the database was up to date. */
  applied: string[];
}

/** `prisma migrate deploy`: applies the pending migrations, records them in `_prisma_migrations`. */
export async function migrate(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options: { migrationsDir?: string; schemaPath?: string } = {},
): Promise<MigrateResult> {
  const engine = await startEngine(adapterFactory, options.schemaPath ?? prismaSchemaPath);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrations(options.migrationsDir),
      filters: noFilter,
    });
    return { applied: appliedMigrationNames };
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes a database built from the migrations folder to the current schema.prisma
 * (empty when they agree). The migrations are replayed on a throwaway in-memory PGlite, which
 * serves as Prisma's shadow database.
 *
 * Call it once per process: the wasm engine keeps shadow-database state between calls, and a
 * second diff in the same process replays the migrations onto the first one's shadow.
 */
export async function diffMigrationsToSchema(
  options: { migrationsDir?: string; schemaPath?: string } = {},
): Promise<string> {
  const schemaPath = options.schemaPath ?? prismaSchemaPath;
  const pglite = await PGlite.create('memory://');
  const engine = await startEngine(new ScratchPGliteFactory(pglite), schemaPath);
  try {
    const migrations = readMigrations(options.migrationsDir);
    const result = await engine.diff({
      // With no migrations yet, the engine answers "empty migration": diff from nothing instead.
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const stdout = result.stdout ?? '';
    return isEmptyScript(stdout) ? '' : stdout;
  } finally {
    engine.free();
    await pglite.close();
  }
}

/** Gives every shadow database its own fresh in-memory PGlite. */
class ScratchPGliteFactory extends PrismaPGlite {
  override async connectToShadowDb() {
    return new PrismaPGlite(await PGlite.create('memory://')).connect();
  }
}

/** Prisma prints a comment-only script when there is nothing to do. */
function isEmptyScript(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}
