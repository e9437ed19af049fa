// Query cost each caller may spend per window: per key for key holders, per address for anonymous
// callers (an IPv6 address by its /64, which one subscriber usually holds whole). Refused keys (401)
// are counted apart, per address: past `rateLimits.refusedKeys` in a window, requests with a key from
// that address are 429 before any lookup. With Redis the counters are shared by every API process; without it each process counts
// alone. When Redis cannot be reached the API stays up: each process counts in its own memory (so
// the limits still hold, per process) and says so once in the log, until Redis is back.
import { once } from 'node:events';
import { isIPv6 } from 'node:net';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Caller } from './caller.js';

export interface Charge {
  allowed: boolean;
  /** The caller's budget per window. */
  limit: number;
  /** What is left of it after this charge. */
  remaining: number;
  /** Seconds until the window starts over. */
  resetSeconds: number;
}

export interface RateLimiter {
  /** Spends `cost` of the caller's budget; a cost above the whole budget spends all of it. */
  charge(caller: Caller, cost: number): Promise<Charge>;
  /** The caller's budget as it stands, spending nothing; `allowed` is false once none is left. */
  peek(caller: Caller): Promise<Charge>;
  /** Counts a key refused (401) for this address. */
  chargeRefusedKey(address: string): Promise<Charge>;
  /** Whether this address may still try a key in this window, counting nothing. */
  peekRefusedKeys(address: string): Promise<Charge>;
  close(): Promise<void>;
}

type Tier = 'anonymous' | 'partner' | 'editor' | 'refusedKeys';

/** With Redis, waits for it (at most its connect timeout) so the first requests are shared too. */
export async function createRateLimiter(
  config: Pick<Config, 'rateLimits' | 'redis'>,
  logger: Logger,
): Promise<RateLimiter> {
  const { rateLimits, redis } = config;
  const client = redis ? await connectRedis(redis.url, logger) : undefined;
  const points: Record<Tier, number> = rateLimits;
  const limiterFor = (tier: Tier): RateLimiterAbstract => {
    const options = {
      points: points[tier],
      duration: rateLimits.windowSeconds,
      keyPrefix: `${redis?.keyPrefix ?? 'borderdesk'}:rate:${tier}`,
    };
    const memory = new RateLimiterMemory(options);
    if (!client) return memory;
    return new RateLimiterRedis({
      ...options,
      storeClient: client,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };
  const limiters: Record<Tier, RateLimiterAbstract> = {
    anonymous: limiterFor('anonymous'),
    partner: limiterFor('partner'),
    editor: limiterFor('editor'),
    refusedKeys: limiterFor('refusedKeys'),
  };

  const spend = async (tier: Tier, key: string, cost: number): Promise<Charge> => {
    const limit = points[tier];
    try {
      const result = await limiters[tier].consume(key, Math.max(1, Math.min(cost, limit)));
      return { allowed: true, limit, remaining: result.remainingPoints, resetSeconds: seconds(result.msBeforeNext) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, limit, remaining: 0, resetSeconds: seconds(rejection.msBeforeNext) };
    }
  };
  const peek = async (tier: Tier, key: string): Promise<Charge> => {
    const limit = points[tier];
    const result = await limiters[tier].get(key);
    if (!result) return { allowed: true, limit, remaining: limit, resetSeconds: rateLimits.windowSeconds };
    const remaining = Math.max(0, limit - result.consumedPoints);
    return { allowed: remaining > 0, limit, remaining, resetSeconds: seconds(result.msBeforeNext) };
  };
  const bucketOf = (caller: Caller): [Tier, string] =>
    caller.kind === 'anonymous'
      ? ['anonymous', `address:${addressKey(caller.address)}`]
      : [caller.role === 'PARTNER' ? 'partner' : 'editor', `key:${caller.keyId}`];

  return {
    charge: (caller, cost) => spend(...bucketOf(caller), cost),
    peek: (caller) => peek(...bucketOf(caller)),
    chargeRefusedKey: (address) => spend('refusedKeys', `address:${addressKey(address)}`, 1),
    peekRefusedKeys: (address) => peek('refusedKeys', `address:${addressKey(address)}`),
    async close() {
      await client?.quit().catch(() => client.disconnect());
    },
  };
}

/**
 * What an address is counted by: an IPv4 address whole (also when written as IPv4-mapped IPv6), an
 * IPv6 address by its first 64 bits, e.g. `2001:db8:0:1::/64`.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const bare = address.split('%')[0] ?? address;
  if (!isIPv6(bare)) return address;
  const [head = '', tail] = bare.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  // A trailing IPv4 part holds the last 32 bits, two groups' worth; only the first four groups matter.
  const width = (parts: string[]) => parts.length + (parts.at(-1)?.includes('.') ? 1 : 0);
  const [before, after] = [groups(head), tail === undefined ? [] : groups(tail)];
  const all = [
    ...before,
    ...Array<string>(tail === undefined ? 0 : 8 - width(before) - width(after)).fill('0'),
    ...after,
  ];
  return `${all
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const client = new Redis(url, {
    // Fail fast while Redis is away, so a request falls back to memory instead of waiting for it.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2_000,
  });
  let reachable = true;
  client.on('error', (error: Error & { code?: string }) => {
    if (!reachable) return;
    reachable = false;
    logger.warn(
      { redis: { message: error.message, code: error.code } },
      'Redis is unreachable: rate limits are counted in this process only until it is back',
    );
  });
  client.on('ready', () => {
    if (reachable) return;
    reachable = true;
    logger.info('Redis is back: rate limits are shared between processes again');
  });
  // An unreachable Redis fails this (logged above); the process serves all the same.
  await once(client, 'ready').catch(() => {});
  return client;
}
