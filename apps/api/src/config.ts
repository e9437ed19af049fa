// The only reader of process.env. Every setting is validated at start; a bad value stops the
// process with one line naming the variable.
import { isIP } from 'node:net';
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

const redisUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'must be a redis:// URL with a host, e.g. redis://127.0.0.1:6379');

/**
 * Which proxies' X-Forwarded-For to believe (Express's `trust proxy`): `false` (none, the default),
 * a number of proxy hops, or addresses, subnets and the names loopback, linklocal and uniquelocal.
 */
const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isSubnet = (entry: string) => {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};
const trustProxy = z.string().transform((value, context): false | number | string[] => {
  if (value === 'false') return false;
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.every((entry) => proxyNames.has(entry) || isSubnet(entry))) return entries;
  context.addIssue({
    code: 'custom',
    message:
      'must be false, a number of proxy hops from 1 to 10, or a comma-separated list of addresses, subnets (10.0.0.0/8) and loopback, linklocal or uniquelocal',
  });
  return z.NEVER;
});

/** Query cost a caller may spend per window (see access/query-cost.ts for what a cost is). */
const budget = integer(1, 1_000_000_000);

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
  MAX_QUERY_COST: integer(1, 1_000_000).default(20_000),
  RATE_LIMIT_ANONYMOUS: budget.default(20_000),
  RATE_LIMIT_PARTNER: budget.default(200_000),
  RATE_LIMIT_EDITOR: budget.default(1_000_000),
  RATE_LIMIT_REFUSED_KEYS: budget.default(20),
  RATE_LIMIT_WINDOW_SECONDS: integer(1, 86_400).default(60),
  TRUST_PROXY: trustProxy.default(false),
  /** Rate-limit counters shared by every API process; unset = each process counts on its own. */
  REDIS_URL: redisUrl.optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1 to 64 letters, digits, ":", "_" or "-"')
    .default('borderdesk'),
  /** Anonymous callers may send only the documentId of an SDK document, never query text. */
  PERSISTED_DOCUMENTS_ONLY_FOR_ANONYMOUS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** The built dashboard and GraphiQL (`vite build` of apps/web). */
  WEB_DIST_DIR: z.string().min(1).optional(),
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
  /** The most a single operation may cost. */
  maxQueryCost: number;
  rateLimits: RateLimits;
  /** Where rate-limit counters live across processes; null = in this process only. */
  redis: { url: string; keyPrefix: string } | null;
  /** Express's `trust proxy`: which X-Forwarded-For hops name the caller's address. */
  trustProxy: false | number | string[];
  /** Anonymous callers may run only the SDK's persisted documents (by `documentId`); keys may send any text. */
  persistedDocumentsOnlyForAnonymous: boolean;
  /** The folder of the built web pages: index.html (dashboard), graphiql.html and assets/. */
  webDistDir: string;
  /** Where the command was started: relative file arguments of the command-line tools mean this folder. */
  invokedFrom: string;
}

/** Query cost each kind of caller may spend per window; anonymous callers are counted per address. */
export interface RateLimits {
  anonymous: number;
  partner: number;
  /** EDITOR and ADMIN keys. */
  editor: number;
  /** Refused keys (401) an address may send per window; past them its requests with a key are 429. */
  refusedKeys: number;
  windowSeconds: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Budgets no run reaches: for tests and benchmarks, which measure other things than the limits. */
export const unlimitedRateLimits = {
  RATE_LIMIT_ANONYMOUS: '1000000000',
  RATE_LIMIT_PARTNER: '1000000000',
  RATE_LIMIT_EDITOR: '1000000000',
  RATE_LIMIT_REFUSED_KEYS: '1000000000',
} as const;

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
    maxQueryCost: e.MAX_QUERY_COST,
    rateLimits: {
      anonymous: e.RATE_LIMIT_ANONYMOUS,
      partner: e.RATE_LIMIT_PARTNER,
      editor: e.RATE_LIMIT_EDITOR,
      refusedKeys: e.RATE_LIMIT_REFUSED_KEYS,
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
    },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : null,
    trustProxy: e.TRUST_PROXY,
    persistedDocumentsOnlyForAnonymous: e.PERSISTED_DOCUMENTS_ONLY_FOR_ANONYMOUS,
    webDistDir: e.WEB_DIST_DIR ? absolute(e.WEB_DIST_DIR) : resolve(repoRoot, 'apps/web/dist'),
    invokedFrom: e.INIT_CWD ?? process.cwd(),
  };
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(repoRoot, path);
}
