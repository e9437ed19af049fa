import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import lockfile from 'proper-lockfile';
import { PrismaClient } from './generated/prisma/client.js';

/** Where the data lives: a PostgreSQL server, or PGlite embedded in this process. */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize: number }
  /**
   * `dataDir: null` keeps the embedded database in memory (tests); `snapshot` starts it from a
   * `dumpDataDir()` tarball instead of an empty cluster, which skips PGlite's slow initdb.
   */
  | { kind: 'pglite'; dataDir: string | null; snapshot?: Blob };

export interface Database {
  readonly target: DatabaseTarget;
  readonly prisma: PrismaClient;
  /** The driver adapter factory, shared with the migrator. */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Embedded database only: its whole data directory as a tarball (PGlite `dumpDataDir`). */
  snapshot?: () => Promise<Blob>;
  /** True when a trivial query answers. Never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * PostgreSQL extensions the migrations create (`pg_trgm` for fuzzy search). PGlite bundles each as a
 * module that must be loaded into every instance that runs the migrations or opens their result.
 */
export const pgliteExtensions = { pg_trgm };

export type PrismaLogListener = (event: { query: string; params: string; duration: number }) => void;

export interface OpenDatabaseOptions {
  /** Called for every SQL statement Prisma sends (tests count them to catch N+1). */
  onQuery?: PrismaLogListener;
}

/** Opens the database the target names: PGlite in-process, or a PostgreSQL pool checked with one query. */
export async function openDatabase(target: DatabaseTarget, options: OpenDatabaseOptions = {}): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize,
      // A server that accepts connections but never answers must fail requests, not hang them.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
      query_timeout: 20_000,
    });
    // An idle client losing its server (restart, network) must not crash the process.
    pool.on('error', () => {});
    // Fail at open, with the driver's own error code (ECONNREFUSED, 3D000, 28P01), not at first use.
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end();
      throw error;
    }
    const adapterFactory = new PrismaPg(pool);
    const prisma = createClient(adapterFactory, options);
    return {
      target,
      prisma,
      adapterFactory: new PrismaPg(target.url),
      ping: () => ping(prisma),
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  // PGlite is single-writer: a second process on the same folder would corrupt it.
  const release = target.dataDir ? await lockDataDir(target.dataDir) : async () => {};
  const pglite = await PGlite.create({
    dataDir: target.dataDir ?? 'memory://',
    extensions: pgliteExtensions,
    ...(target.snapshot ? { loadDataDir: target.snapshot } : {}),
  });
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = createClient(adapterFactory, options);
  return {
    target,
    prisma,
    adapterFactory,
    snapshot: () => pglite.dumpDataDir('none'),
    ping: () => ping(prisma),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      await release();
    },
  };
}

function createClient(adapter: SqlMigrationAwareDriverAdapterFactory, { onQuery }: OpenDatabaseOptions) {
  const prisma = new PrismaClient({ adapter, log: onQuery ? [{ emit: 'event', level: 'query' }] : [] });
  if (onQuery) {
    prisma.$on('query' as never, (event: { query: string; params: string; duration: number }) => onQuery(event));
  }
  return prisma;
}

async function ping(prisma: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), 2_000);
  });
  try {
    return await Promise.race([prisma.$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Locks the embedded database folder for this process (a `<dir>.lock` folder, refreshed every few
 * seconds, beside a `<dir>.pid` file). A lock whose process is gone, after a crash, is taken over at
 * once; a live one throws `ELOCKED`.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const pidFile = `${dataDir}.pid`;
  const take = async () => {
    const release = await lockfile.lock(dataDir, { stale: 15_000, update: 5_000, retries: 0, onCompromised: () => {} });
    writeFileSync(pidFile, String(process.pid));
    return async () => {
      rmSync(pidFile, { force: true });
      await release();
    };
  };
  try {
    return await take();
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    if (holderIsGone(pidFile)) {
      rmSync(`${dataDir}.lock`, { recursive: true, force: true });
      return take();
    }
    throw Object.assign(new Error(`the embedded database at ${dataDir} is in use by another process`), {
      code: 'ELOCKED',
    });
  }
}

function holderIsGone(pidFile: string): boolean {
  const pid = Number(existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : Number.NaN);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as { code?: string }).code === 'ESRCH';
  }
}
