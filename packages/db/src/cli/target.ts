import type { DatabaseTarget } from '../connection.js';
import { defaultPgliteDir } from '../paths.js';

/** The database the command-line tools work on: DATABASE_URL, else the embedded database. */
export function targetFromEnvironment(): DatabaseTarget {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', url, poolSize: 2 };
  return { kind: 'pglite', dataDir: process.env.PGLITE_DATA_DIR || defaultPgliteDir };
}
