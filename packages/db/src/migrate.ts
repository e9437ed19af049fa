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
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { pgliteExtensions } from './connection.js';
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

/**
 * The engine arms a 10 s timer on PostgreSQL that outlives it, so every command-line tool lingered
 * 10 s before exiting. Its timers must never keep the process alive on their own.
 */
function unrefTimers(bindings: object): Record<string, unknown> {
  const wrapped: Record<string, unknown> = {};
  for (const name of Object.keys(bindings).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    wrapped[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return wrapped;
}

/** Instantiates the wasm-bindgen "bundler" build by hand: Node cannot import `.wasm` modules. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as EngineModule & {
      __wbg_set_wasm(exports: unknown): void;
    };
    const wasmBytes = await readFile(bgPath.replace(/\.js$/, '.wasm'));
    const { instance } = await webAssembly.instantiate(wasmBytes, {
      './schema_engine_bg.js': { ...bindings, ...unrefTimers(bindings) },
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

/**
 * Runs `work` on a schema engine, then frees it and closes every connection it opened. The engine
 * never disposes its adapters itself; on PostgreSQL a leftover session keeps Prisma's advisory lock,
 * and the next migration waits 10 s for it.
 */
async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const opened: SqlDriverAdapter[] = [];
  const track = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = sendScriptsWhole(await connecting);
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const schema = readFileSync(schemaPath, 'utf8');
  // The engine logs JSON lines; only errors are worth surfacing, and they also reject the call.
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

/**
 * Both adapters mishandle a migration script: PrismaPg splits it at every `;`, which breaks function
 * bodies (triggers), and the PGlite adapter does not wait for it, which loses its errors. Send each
 * script whole instead, as `psql` would: PostgreSQL's simple query protocol runs a multi-statement
 * string as one implicit transaction, so a migration that fails halfway leaves nothing behind.
 */
function sendScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // The PGlite adapter keeps its PGlite instance as `client`; `exec` runs a multi-statement script.
  const pglite =
    adapter.adapterName === 'pglite-prisma-adapter'
      ? (adapter as unknown as { client: { exec(sql: string): Promise<unknown> } }).client
      : null;
  const exec = pglite ? (script: string) => pglite.exec(script) : null;
  adapter.executeScript = exec
    ? async (script) => {
        await exec(script);
      }
    : async (script) => {
        // No parameters: node-postgres uses the simple query protocol, which accepts many statements.
        await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
      };
  return adapter;
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
  return withEngine(adapterFactory, options.schemaPath ?? prismaSchemaPath, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrations(options.migrationsDir),
      filters: noFilter,
    });
    return { applied: appliedMigrationNames };
  });
}

/**
 * The SQL that takes a database built from the migrations folder to the current schema.prisma
 * (empty when they agree). The migrations are replayed on a throwaway in-memory PGlite, which
 * serves as Prisma's shadow database.
 */
export async function diffMigrationsToSchema(
  options: { migrationsDir?: string; schemaPath?: string } = {},
): Promise<string> {
  const schemaPath = options.schemaPath ?? prismaSchemaPath;
  const scratch = await ScratchPGliteFactory.create();
  try {
    return await withEngine(scratch, schemaPath, async (engine) => {
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
    });
  } finally {
    await scratch.close();
  }
}

/** Throwaway in-memory databases: one to diff on, and a fresh one for every shadow database. */
class ScratchPGliteFactory extends PrismaPGlite {
  private readonly instances: PGlite[];

  private constructor(main: PGlite) {
    super(main);
    this.instances = [main];
  }

  static async create() {
    return new ScratchPGliteFactory(await PGlite.create({ dataDir: 'memory://', extensions: pgliteExtensions }));
  }

  override async connectToShadowDb() {
    const shadow = await PGlite.create({ dataDir: 'memory://', extensions: pgliteExtensions });
    this.instances.push(shadow);
    return new PrismaPGlite(shadow).connect();
  }

  async close() {
    await Promise.all(this.instances.map((instance) => instance.close()));
  }
}

/** Prisma prints a comment-only script when there is nothing to do. */
function isEmptyScript(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}
