// Rate limits through the real HTTP server: each caller spends a budget of query cost per window
// (per key, per address for anonymous callers); past it, 429 with Retry-After until the window ends.
// Costs below follow the rule in access/query-cost.ts: every field costs 1; a list asked for with
// `first: n` (a connection without it: 20) costs its items' selection n times, `nodes(ids:)` once per
// id, any other list of objects 5 times; a figure field or `__schema` costs 100 more, once per field
// of the document. A request refused before it runs costs 1.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import type { RateLimits } from '../../src/config.js';
import { loadConfig } from '../../src/config.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const defaults = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
/** `actors` (1) + `totalCount` (1), for one item. */
const cheap = '{ actors(first: 1) { totalCount } }';
const cheapCost = 2;

const redisUrl = process.env.REDIS_URL;
// CI sets REQUIRE_REDIS=1, so there a missing Redis fails the suite instead of skipping its tests.
const redisRequired = process.env.REQUIRE_REDIS === '1';
if (!redisUrl && !redisRequired) {
  console.warn(
    'Skipping the rate-limit tests on Redis: REDIS_URL is not set. Start Redis and run them with ' +
      'REDIS_URL=redis://127.0.0.1:6379 (set REQUIRE_REDIS=1 to fail instead).',
  );
}

/** A pino logger whose lines the test can read. */
function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

async function post(origin: string, query: string, apiKey?: string) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    limit: Number(response.headers.get('ratelimit-limit')),
    remaining: Number(response.headers.get('ratelimit-remaining')),
    ...body,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limits, counted in process memory', () => {
  const rateLimits: RateLimits = { anonymous: 10, partner: 30, editor: 10_000, refusedKeys: 1000, windowSeconds: 2 };
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ config: { rateLimits, maxQueryCost: 1000 } });
  });
  afterAll(() => server?.close());

  it('answers 429 with Retry-After and RATE_LIMITED past the budget, and serves again after the window', async () => {
    const remaining: number[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await post(server.origin, cheap);
      expect(answer.status).toBe(200);
      remaining.push(answer.remaining);
    }
    expect(remaining).toEqual([8, 6, 4, 2, 0]);

    const refused = await post(server.origin, cheap);
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    const retryAfter = Number(refused.retryAfter);
    expect([1, 2]).toContain(retryAfter);
    expect(refused.errors).toEqual([
      {
        message: `Rate limit reached: 10 cost per window for this address. Retry in ${retryAfter} s.`,
        extensions: { code: 'RATE_LIMITED', retryAfter, requestId: expect.any(String) },
      },
    ]);

    await sleep(retryAfter * 1000 + 100);
    const again = await post(server.origin, cheap);
    expect(again.status).toBe(200);
    expect(again.remaining).toBe(10 - cheapCost);
  });

  it('counts each key apart: an exhausted key limits neither another key nor anonymous callers', async () => {
    const [first, second] = [await server.createKey('PARTNER'), await server.createKey('PARTNER')];
    let answer = await post(server.origin, cheap, first);
    while (answer.status === 200) answer = await post(server.origin, cheap, first);
    expect(answer.status).toBe(429);
    expect(answer.errors?.[0]?.message).toMatch(/^Rate limit reached: 30 cost per window for this key\./);

    const other = await post(server.origin, cheap, second);
    expect(other).toMatchObject({ status: 200, limit: 30, remaining: 30 - cheapCost });
    expect((await post(server.origin, cheap)).status).toBe(200);
  });

  it('gives partners more than anonymous callers, and editors and admins more than partners', async () => {
    const limitOf = async (apiKey?: string) => (await post(server.origin, cheap, apiKey)).limit;
    expect(await limitOf()).toBe(10);
    expect(await limitOf(await server.createKey('PARTNER'))).toBe(30);
    expect(await limitOf(await server.createKey('EDITOR'))).toBe(10_000);
    expect(await limitOf(await server.createKey('ADMIN'))).toBe(10_000);
  });

  it('charges by cost: a list weighs its items by first, a connection without it by 20', async () => {
    // actors (1) + n × (edges (1) + node (1) + name (1))
    const spentOn = async (query: string) => {
      const answer = await post(server.origin, query, await server.createKey('EDITOR'));
      expect(answer.status).toBe(200);
      return answer.limit - answer.remaining;
    };
    expect(await spentOn('{ actors(first: 1) { edges { node { name } } } }')).toBe(1 + 1 * 3);
    expect(await spentOn('{ actors(first: 100) { edges { node { name } } } }')).toBe(1 + 100 * 3);
    expect(await spentOn('{ actors { edges { node { name } } } }')).toBe(1 + 20 * 3);
    // A nested list multiplies: actors 1 + 5 × (edges 1 + node 1 + statements (1 + 2 × totalCount 1)).
    expect(await spentOn('{ actors(first: 5) { edges { node { statements(first: 2) { totalCount } } } } }')).toBe(
      1 + 5 * (1 + 1 + (1 + 2 * 1)),
    );
  });

  it('prices nodes by their ids, other lists of objects as 5 items, figures and introspection at 100 more', async () => {
    const spentOn = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await server.query(query, variables, { apiKey: await server.createKey('EDITOR') });
      expect(answer.errors).toBeUndefined();
      return 10_000 - Number(answer.headers.get('ratelimit-remaining'));
    };
    const ids = await server.query(
      '{ actors(first: 3) { edges { node { id } } } }',
      {},
      { apiKey: await server.createKey('EDITOR') },
    );
    const actorIds = (ids.data as { actors: { edges: { node: { id: string } }[] } }).actors.edges.map(
      ({ node }) => node.id,
    );
    // nodes 1 + ids × (statements 1 + 10 × totalCount 1)
    const nodes = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Actor { statements(first: 10) { totalCount } } } }';
    expect(await spentOn(nodes, { ids: actorIds.slice(0, 1) })).toBe(1 + 1 * (1 + 10));
    expect(await spentOn(nodes, { ids: actorIds })).toBe(1 + 3 * (1 + 10));
    // actor 1 + roles (1 + 5 × title 1)
    expect(await spentOn('{ actor(slug: "tom-homan") { roles { title } } }')).toBe(1 + (1 + 5 * 1));
    // Plain lists multiply as they nest: actors 1 + 2 × (edges 1 + node 1 + roles (1 + 5 × (title 1 +
    // organization (1 + members (1 + 5 × title 1))))).
    expect(
      await spentOn('{ actors(first: 2) { edges { node { roles { title organization { members { title } } } } } } }'),
    ).toBe(1 + 2 * (1 + 1 + (1 + 5 * (1 + (1 + (1 + 5 * 1))))));
    // A series: encounterSeries 1 + 100 + points (1 + 5 × 2).
    expect(await spentOn('{ encounterSeries(dataset: "cbp-southwest") { points { period value } } }')).toBe(
      1 + 100 + (1 + 5 * 2),
    );
    // Claim checks: claims 1 + n × (edges 1 + node 1 + check (1 + verdict 1)), and 100 once for the
    // field, however many claims it checks.
    const checks = 'query ($first: Int) { claims(first: $first) { edges { node { check { verdict } } } } }';
    expect(await spentOn(checks, { first: 3 })).toBe(1 + 3 * 4 + 100);
    expect(await spentOn(checks, { first: 9 })).toBe(1 + 9 * 4 + 100);
    // __schema 1 + 100 + types (1 + name 1 + fields (1 + name 1)): introspection lists count once.
    expect(await spentOn('{ __schema { types { name fields { name } } } }')).toBe(1 + 100 + (1 + 1 + (1 + 1)));
  });

  it('refuses 100 ids asking 10 statements each as above a max cost of 1,000', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => Buffer.from(`Actor:${i + 1}`).toString('base64'));
    const answer = await server.query(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Actor { statements(first: 10) { totalCount } } } }',
      { ids },
      { apiKey: await server.createKey('EDITOR') },
    );
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 1 + 100 * 11 });
  });

  it('refuses an operation above the max cost before running it, and charges it 1 as any refused request', async () => {
    const key = await server.createKey('EDITOR');
    // 1 + 100 × (1 + 1 + (1 + 10 × 1)) = 1,301 > 1,000
    const costly = await post(
      server.origin,
      '{ actors(first: 100) { edges { node { statements(first: 10) { totalCount } } } } }',
      key,
    );
    expect(costly.status).toBe(400);
    expect(costly.data).toBeUndefined();
    expect(costly.errors).toEqual([
      {
        message:
          'This operation costs 1301, more than the 1000 allowed: ask for fewer items (first/last) or fewer nested lists.',
        extensions: { code: 'QUERY_TOO_COSTLY', cost: 1301, maxCost: 1000, requestId: expect.any(String) },
      },
    ]);
    expect(costly.remaining).toBe(10_000 - 1);
    const next = await post(server.origin, cheap, key);
    expect(next.limit - next.remaining).toBe(1 + cheapCost);
  });

  it('refuses variables that do not fit their types as BAD_USER_INPUT, charging only the 1 a refusal costs', async () => {
    const apiKey = await server.createKey('EDITOR');
    const answer = await server.query(
      'query ($n: Int) { actors(first: $n) { totalCount } }',
      { n: 'many' },
      { apiKey },
    );
    expect(answer.status).toBe(400);
    expect(answer.headers.get('ratelimit-remaining')).toBe(String(10_000 - 1));
    const next = await post(server.origin, cheap, apiKey);
    expect(next.remaining).toBe(10_000 - 1 - cheapCost);
    expect(answer.errors).toEqual([
      {
        message: 'Variable "$n" got invalid value "many"; Int cannot represent non-integer value: "many"',
        locations: [{ line: 1, column: 8 }],
        extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) },
      },
    ]);
  });

  it('charges documents that do not parse or validate 1 each, and refuses them unparsed once the budget is spent', async () => {
    const apiKey = await server.createKey('PARTNER');
    const remaining: number[] = [];
    for (const query of ['{ actors(', '{ nothingHere }', '{ actors(first: 1) { totalCount } } }']) {
      const answer = await post(server.origin, query, apiKey);
      expect(answer.status).toBe(400);
      remaining.push(answer.remaining);
    }
    expect(remaining).toEqual([29, 28, 27]);
    let answer = await post(server.origin, '{ actors(', apiKey);
    while (answer.status === 400) answer = await post(server.origin, '{ actors(', apiKey);
    expect(answer.status).toBe(429);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(answer.errors?.[0]?.message).toMatch(
      /^Rate limit reached: 30 cost per window for this key\. Retry in \d s\.$/,
    );
  });

  it('keeps serving, counting in memory, when Redis cannot be reached, and says so once', async () => {
    const { logger, lines } = capturedLogger();
    const config = {
      ...defaults,
      rateLimits,
      // Nothing listens on port 1.
      redis: { url: 'redis://127.0.0.1:1', keyPrefix: `borderdesk-test-${randomUUID()}` },
    };
    const app = await startApp({ config, db: server.db, logger });
    try {
      const remaining: number[] = [];
      let answer = await post(app.origin, cheap);
      while (answer.status === 200) {
        remaining.push(answer.remaining);
        answer = await post(app.origin, cheap);
      }
      expect(remaining).toEqual([8, 6, 4, 2, 0]);
      expect(answer.status).toBe(429);
      const warnings = lines.filter((line) => line.includes('Redis is unreachable'));
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({ level: 40, redis: { code: 'ECONNREFUSED' } });
    } finally {
      await app.close();
    }
  });
});

describe.skipIf(!redisUrl && !redisRequired)('rate limits on Redis', () => {
  const url = redisUrl ?? '';
  const rateLimits: RateLimits = { anonymous: 10, partner: 30, editor: 10_000, refusedKeys: 1000, windowSeconds: 60 };
  let server: TestServer;
  const apps: RunningApp[] = [];
  const startOnRedis = async (redisAt: string, logger = pino({ level: 'silent' })) => {
    // A prefix of this run's own: other runs and processes on the same Redis never share its counters.
    const redis = { url: redisAt, keyPrefix: `borderdesk-test-${randomUUID()}` };
    const app = await startApp({ config: { ...defaults, rateLimits, redis }, db: server.db, logger });
    apps.push(app);
    return { app, redis };
  };

  beforeAll(async () => {
    if (!redisUrl) throw new Error('REQUIRE_REDIS=1, but REDIS_URL is not set.');
    // Without Redis the API falls back to memory and these tests would fail for a less obvious reason.
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    client.on('error', () => {});
    try {
      await client.connect();
      expect(await client.ping()).toBe('PONG');
    } catch {
      throw new Error(`Redis does not answer at ${url}.`);
    } finally {
      client.disconnect();
    }
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await server?.close();
  });

  it('shares one budget between two API processes', async () => {
    const { app: first, redis } = await startOnRedis(url);
    const second = await startApp({
      config: { ...defaults, rateLimits, redis },
      db: server.db,
      logger: pino({ level: 'silent' }),
    });
    apps.push(second);
    const origins = [first.origin, second.origin];

    const remaining: number[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await post(origins[i % 2] ?? '', cheap);
      expect(answer.status).toBe(200);
      remaining.push(answer.remaining);
    }
    expect(remaining).toEqual([8, 6, 4, 2, 0]);
    for (const origin of origins) {
      const refused = await post(origin, cheap);
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    }
  });

  it('keeps serving when Redis goes away, counting in memory, and shares again once it is back', async () => {
    const redisAddress = new URL(url);
    let proxy: TcpProxy | undefined;
    try {
      proxy = await startTcpProxy(redisAddress.hostname, Number(redisAddress.port || 6379));
      const viaProxy = new URL(url);
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(proxy.port);
      const { logger, lines } = capturedLogger();
      const { app } = await startOnRedis(viaProxy.toString(), logger);
      const waitForLog = async (text: string) => {
        for (let i = 0; i < 100 && !lines.some((line) => line.includes(text)); i++) await sleep(100);
        expect(lines.filter((line) => line.includes(text))).toHaveLength(1);
      };

      // Redis counts 10 → 8; while it is away this process counts alone, from a fresh budget.
      expect((await post(app.origin, cheap)).remaining).toBe(8);
      await proxy.cut();
      await waitForLog('Redis is unreachable');
      const during = [await post(app.origin, cheap), await post(app.origin, cheap)];
      expect(during.map((answer) => [answer.status, answer.remaining])).toEqual([
        [200, 8],
        [200, 6],
      ]);

      await proxy.restore();
      await waitForLog('Redis is back');
      const after = await post(app.origin, cheap);
      expect([after.status, after.remaining]).toEqual([200, 6]);
    } finally {
      await proxy?.close();
    }
  });
});
