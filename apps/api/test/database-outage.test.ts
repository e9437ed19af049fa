// When PostgreSQL goes away under a running server: /readyz says so, queries fail masked, the
// process stays up, and everything recovers when the database returns. (PostgreSQL only: an
// embedded PGlite lives inside the process and cannot become unreachable.)
import { openDatabase } from '@borderdesk/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createTestDatabase, onPostgres, type TestDatabase } from './support/database.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';

describe.runIf(onPostgres)('database outage', () => {
  let testDb: TestDatabase;
  let proxy: TcpProxy;
  let app: RunningApp;
  let closeServerDb: () => Promise<void>;

  beforeAll(async () => {
    testDb = await createTestDatabase('seeded');
    if (testDb.target.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const direct = new URL(testDb.target.url);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432));
    const viaProxy = new URL(direct);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const db = await openDatabase({ kind: 'postgres', url: viaProxy.toString(), poolSize: 3 });
    closeServerDb = () => db.close();
    app = await startApp({
      config: loadConfig({ PORT: '0', HOST: '127.0.0.1' }),
      db,
      logger: pino({ level: 'silent' }),
    });
  });

  afterAll(async () => {
    await app?.close();
    await closeServerDb?.();
    await proxy?.close();
    await testDb?.destroy();
  });

  const ready = async () => (await fetch(`${app.origin}/readyz`)).status;
  const actors = async () => {
    const response = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }),
    });
    return { status: response.status, text: await response.text() };
  };

  it('reports, masks, survives and recovers', async () => {
    expect(await ready()).toBe(200);
    expect(JSON.parse((await actors()).text).data.actors.totalCount).toBeGreaterThan(0);

    await proxy.cut();
    expect(await ready()).toBe(503);
    const during = await actors();
    expect(during.status).toBe(200);
    const body = JSON.parse(during.text);
    expect(body.errors[0]).toMatchObject({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(during.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|prisma|connect/i);
    expect((await fetch(`${app.origin}/healthz`)).status).toBe(200);

    await proxy.restore();
    await expect.poll(ready, { timeout: 10_000, interval: 200 }).toBe(200);
    expect(JSON.parse((await actors()).text).data.actors.totalCount).toBeGreaterThan(0);
  });
});
