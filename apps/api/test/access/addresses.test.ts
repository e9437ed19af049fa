// Who an anonymous caller is, for the rate limits: its address (an IPv6 one by its /64), read from
// X-Forwarded-For only through the proxies TRUST_PROXY names; and how many refused keys an address
// may send before its requests with a key are 429 without any lookup.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressKey } from '../../src/access/rate-limits.js';
import { type RunningApp, startApp } from '../../src/app.js';
import { type Config, ConfigError, loadConfig, type RateLimits } from '../../src/config.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** `actors` (1) + `totalCount` (1), for one item. */
const cheap = '{ actors(first: 1) { totalCount } }';

async function post(origin: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: cheap }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    remaining: response.headers.get('ratelimit-remaining'),
    ...body,
  };
}

describe('addressKey', () => {
  it('keeps an IPv4 address whole, also written as IPv4-mapped IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by their first 64 bits, however they are written', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:eeee:dddd:cccc')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:1:2:abcd::9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('64:ff9b::203.0.113.7')).toBe('64:ff9b:0:0::/64');
  });
});

describe('TRUST_PROXY', () => {
  const load = (value?: string) => loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

  it('is off by default, or a hop count, or addresses, subnets and the names Express knows', () => {
    expect(load()).toBe(false);
    expect(load('false')).toBe(false);
    expect(load('2')).toBe(2);
    expect(load('loopback')).toEqual(['loopback']);
    expect(load('loopback, 10.0.0.0/8,fd00::/8, 192.0.2.1')).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.1',
    ]);
  });

  it.each(['true', '0', '11', 'localhost', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/8', 'loopback,'])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => load(value)).toThrow(ConfigError);
      expect(() => load(value)).toThrow(/^Invalid configuration: TRUST_PROXY must be false, a number of proxy hops/);
    },
  );
});

describe('through the real HTTP server', () => {
  const rateLimits: RateLimits = { anonymous: 4, partner: 1000, editor: 1000, refusedKeys: 3, windowSeconds: 60 };
  let server: TestServer;
  const apps: RunningApp[] = [];
  const start = async (config: Partial<Config>) => {
    const base = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
    const app = await startApp({
      config: { ...base, rateLimits, ...config },
      db: server.db,
      logger: pino({ level: 'silent' }),
    });
    apps.push(app);
    return app.origin;
  };
  const spend = async (origin: string, headers: Record<string, string>) => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(origin, headers)).status);
    return statuses;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await server?.close();
  });

  it('ignores X-Forwarded-For by default: every caller behind one socket address shares its budget', async () => {
    const origin = await start({});
    // 4 per window, 2 a request.
    expect(await spend(origin, { 'x-forwarded-for': '203.0.113.7' })).toEqual([200, 200, 429]);
    expect((await post(origin, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(429);
  });

  it('with TRUST_PROXY, counts each client X-Forwarded-For names apart, an IPv6 one by its /64', async () => {
    const origin = await start({ trustProxy: loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy });
    expect(await spend(origin, { 'x-forwarded-for': '203.0.113.7' })).toEqual([200, 200, 429]);
    expect(await spend(origin, { 'x-forwarded-for': '203.0.113.8' })).toEqual([200, 200, 429]);
    // One /64: the two addresses share one budget; the next /64 has its own.
    expect((await post(origin, { 'x-forwarded-for': '2001:db8:1:2::1' })).status).toBe(200);
    expect((await post(origin, { 'x-forwarded-for': '2001:db8:1:2:ffff::9' })).status).toBe(200);
    expect((await post(origin, { 'x-forwarded-for': '2001:db8:1:2::1' })).status).toBe(429);
    expect((await post(origin, { 'x-forwarded-for': '2001:db8:1:3::1' })).status).toBe(200);
  });

  it('answers a burst of refused keys with 429 before looking the next key up', async () => {
    const origin = await start({});
    const unknown = { authorization: `Bearer bdk_${'UnknownKey'.repeat(3)}Un` };
    const refusals = [];
    for (let i = 0; i < 3; i++) refusals.push((await post(origin, unknown)).status);
    expect(refusals).toEqual([401, 401, 401]);
    // A malformed header counts too; from here on nothing is looked up.
    server.sql.length = 0;
    const limited = await post(origin, { authorization: 'Bearer not-a-key' });
    expect(server.sql).toEqual([]);
    const retryAfter = Number(limited.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited).toMatchObject({
      status: 429,
      remaining: '0',
      errors: [
        {
          message: `Too many refused API keys from this address: 3 per window. Retry in ${retryAfter} s.`,
          extensions: { code: 'RATE_LIMITED', retryAfter, requestId: expect.any(String) },
        },
      ],
    });
    // Even a good key from that address waits for the window; callers without a key do not.
    const partner = await server.createKey('PARTNER');
    expect((await post(origin, { authorization: `Bearer ${partner}` })).status).toBe(429);
    expect((await post(origin)).status).toBe(200);
  });
});
