// Query cost each caller may spend per window: per key for key holders, per address for anonymous
// callers. With Redis the counters are shared by every API process; without it each process counts
// alone. When Redis cannot be reached the API stays up: each process counts in its own memory (so
// the limits still hold, per process) and says so once in the log, until Redis is back.
import { once } from 'node:events';
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
  close(): Promise<void>;
}

type Tier = 'anonymous' | 'partner' | 'editor';

/** With Redis, waits for it (at most its connect timeout) so the first requests are shared too. */
export async function createRateLimiter(
  config: Pick<Config, 'rateLimits' | 'redis'>,
  logger: Logger,
): Promise<RateLimiter> {
  const { rateLimits, redis } = config;
  const client = redis ? await connectRedis(redis.url, logger) : undefined;
  const limiterFor = (tier: Tier): RateLimiterAbstract => {
    const options = {
      points: rateLimits[tier],
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
  };

  return {
    async charge(caller, cost) {
      const tier: Tier = caller.kind === 'anonymous' ? 'anonymous' : caller.role === 'PARTNER' ? 'partner' : 'editor';
      const limit = rateLimits[tier];
      const key = caller.kind === 'anonymous' ? `address:${caller.address}` : `key:${caller.keyId}`;
      try {
        const result = await limiters[tier].consume(key, Math.max(1, Math.min(cost, limit)));
        return { allowed: true, limit, remaining: result.remainingPoints, resetSeconds: seconds(result.msBeforeNext) };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { allowed: false, limit, remaining: 0, resetSeconds: seconds(rejection.msBeforeNext) };
      }
    },
    async close() {
      await client?.quit().catch(() => client.disconnect());
    },
  };
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
