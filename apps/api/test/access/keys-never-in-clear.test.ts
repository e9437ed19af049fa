// Keys are never stored or logged in clear: the database holds a SHA-256 and the visible prefix, and
// whatever the server logs (at its most talkative) about requests with good, bad and revoked keys
// never holds a key, nor the secret part after its prefix.
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/access/keys.js';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('API keys in the database and the logs', () => {
  let db: TestDatabase;
  let app: RunningApp;
  const lines: string[] = [];
  const keys: Record<'partner' | 'admin' | 'revoked', string> = { partner: '', admin: '', revoked: '' };

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'trace' });
    app = await startApp({ config, db, logger: createLogger(config, stream) });
    keys.partner = (await issueKey(db.prisma, 'Pat Partner', 'PARTNER')).key;
    keys.admin = (await issueKey(db.prisma, 'Ada Admin', 'ADMIN')).key;
    keys.revoked = (await issueKey(db.prisma, 'Rex Revoked', 'EDITOR')).key;
    await db.prisma.apiKey.update({ where: { prefix: keys.revoked.slice(0, 12) }, data: { revokedAt: new Date() } });
  });
  afterAll(async () => {
    await app?.close();
    await db?.destroy();
  });

  const send = (authorization: string, body: string) =>
    fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body,
    }).then(async (response) => ({ status: response.status, text: await response.text() }));

  it('stores only the SHA-256 of a key and its 12-character prefix', async () => {
    const rows = await db.prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "ApiKey" ORDER BY id`;
    expect(rows).toHaveLength(3);
    for (const [row, key] of rows.map((row, i) => [row, Object.values(keys)[i] ?? ''] as const)) {
      expect(row.hash).toBe(createHash('sha256').update(key).digest('hex'));
      expect(row.prefix).toBe(key.slice(0, 12));
      expect(JSON.stringify(row)).not.toContain(key.slice(12));
    }
  });

  it('logs neither keys nor their secret part, whatever the request', async () => {
    const query = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });
    const unknown = `bdk_${'S3cretUnknownKey'.repeat(2)}`;
    const answers = [
      await send(`Bearer ${keys.partner}`, query),
      await send(`Bearer ${keys.partner}`, JSON.stringify({ query: '{ apiKeys { totalCount } }' })),
      await send(`Bearer ${keys.admin}`, JSON.stringify({ query: '{ apiKeys { totalCount } }' })),
      await send(`Bearer ${keys.admin}`, '{"query": '),
      await send(`Bearer ${keys.revoked}`, query),
      await send(`Bearer ${unknown}`, query),
      await send(`Bearer ${unknown.slice(0, 30)}`, query),
      await send(`Bearer ${keys.admin} ${keys.partner}`, query),
      await send(`Token ${keys.admin}`, query),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 400, 401, 401, 401, 401, 401]);
    expect(JSON.parse(answers[1]?.text ?? '{}').errors[0].extensions.code).toBe('FORBIDDEN');

    // One access line per request, each with its status; accepted keys go by their prefix.
    const access = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request completed');
    expect(access.map((entry) => entry.res.status)).toEqual([200, 200, 200, 400, 401, 401, 401, 401, 401]);
    expect(access.map((entry) => entry.key)).toEqual([
      keys.partner.slice(0, 12),
      keys.partner.slice(0, 12),
      keys.admin.slice(0, 12),
      keys.admin.slice(0, 12),
      ...Array(5).fill(undefined),
    ]);

    const everything = [...lines, ...answers.map((answer) => answer.text)].join('\n');
    for (const key of [...Object.values(keys), unknown]) {
      expect(everything).not.toContain(key.slice(12));
    }
    expect(lines.join('\n')).not.toMatch(/authorization|bearer/i);
  });
});
