// The only reader of process.env. Every setting is validated at start; a bad value stops the
// process with one line naming the variable.
import { isAbsolute, resolve } from 'node:path';
import { type DatabaseTarget, defaultPgliteDir, repoRoot } from '@borderdesk/db';
import { z } from 'zod';

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && url.pathname.length > 1
    );
  } catch {
    return false;
  }
}, 'must be a postgres:// URL with a host and a database name, e.g. postgres://user@127.0.0.1:5432/borderdesk');

const environment = z.object({
  PORT: integer(0, 65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: integer(1, 200).default(10),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed the editorial content and datasets when the database is empty. */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  MAX_QUERY_DEPTH: integer(2, 50).default(12),
  BODY_LIMIT_BYTES: integer(1024, 10_000_000).default(100_000),
  /** Set by npm to where `npm run` was typed; `npm run -w` itself runs in the workspace folder. */
  INIT_CWD: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  logLevel: z.infer<typeof environment>['LOG_LEVEL'];
  seedOnStart: boolean;
  maxQueryDepth: number;
  bodyLimitBytes: number;
  /** Where the command was started: relative file arguments of the command-line tools mean this folder. */
  invokedFrom: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable is treated as unset, as shells and .env files commonly leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environment.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  const database: DatabaseTarget = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
    : { kind: 'pglite', dataDir: e.PGLITE_DATA_DIR ? absolute(e.PGLITE_DATA_DIR) : defaultPgliteDir };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    invokedFrom: e.INIT_CWD ?? process.cwd(),
  };
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(repoRoot, path);
}
