// `npm run keys` run for real, as a child process on a database of its own: the key it prints opens
// the API, `list` never shows a key or a hash, and a revoked key is refused from then on.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type DatabaseTarget, openDatabase } from '@borderdesk/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const cli = fileURLToPath(new URL('../../src/cli/keys.ts', import.meta.url));
const usage = [
  'usage: npm run keys -- create --name <who> --role <PARTNER|EDITOR|ADMIN>',
  '       npm run keys -- list',
  '       npm run keys -- revoke <prefix>',
];

let target: DatabaseTarget;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    const db: TestDatabase = await createTestDatabase('migrated');
    target = db.target;
    cleanUp = () => db.destroy();
  } else {
    // The embedded database lives in one process at a time: a folder the CLI and the API take turns on.
    const dir = mkdtempSync(join(tmpdir(), 'borderdesk-keys-'));
    target = { kind: 'pglite', dataDir: join(dir, 'pglite') };
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => cleanUp?.());

async function keys(...args: string[]) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  if (target.kind === 'postgres') env.DATABASE_URL = target.url;
  else if (target.dataDir) env.PGLITE_DATA_DIR = target.dataDir;
  return promisify(execFile)(process.execPath, ['--import', 'tsx', cli, ...args], { env, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** Sends one query with the key to the API, started on the same database and stopped again. */
async function askWith(key: string): Promise<{ status: number; body: string }> {
  const db = await openDatabase(target.kind === 'postgres' ? { ...target, poolSize: 2 } : target);
  const app = await startApp({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1' }),
    db,
    logger: pino({ level: 'silent' }),
  });
  try {
    const response = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return { status: response.status, body: await response.text() };
  } finally {
    await app.close();
    await db.close();
  }
}

describe('npm run keys', { timeout: 120_000 }, () => {
  it('creates a key shown once, lists it without the key or its hash, and revokes it', async () => {
    const created = await keys('create', '--name', 'Jane Doe, Newsroom', '--role', 'partner');
    expect(created.code).toBe(0);
    const key = /^ {2}(bdk_[A-Za-z0-9_-]{32})$/m.exec(created.stdout)?.[1] ?? '';
    const prefix = key.slice(0, 12);
    expect(created.stdout.trim().split('\n')).toEqual([
      `Created PARTNER key ${prefix}… for "Jane Doe, Newsroom". The key, shown this once:`,
      '',
      `  ${key}`,
      '',
      'Only its hash is stored: keep it now, it cannot be shown again. Send it as "Authorization: Bearer <key>".',
    ]);
    expect(await askWith(key)).toEqual({ status: 200, body: '{"data":{"__typename":"Query"}}\n' });

    const listed = await keys('list');
    expect(listed.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(listed.stdout.trim().split('\n')).toEqual([
      'prefix        role     created     revoked  name',
      `${prefix}  PARTNER  ${today}  -        Jane Doe, Newsroom`,
    ]);
    expect(listed.stdout).not.toContain(key.slice(12));

    const revoked = await keys('revoke', prefix);
    expect(revoked).toMatchObject({
      code: 0,
      stdout: `Revoked key ${prefix}… of "Jane Doe, Newsroom": it is refused from now on.\n`,
    });
    expect(await askWith(key)).toMatchObject({ status: 401 });
    expect((await keys('list')).stdout).toContain(`${prefix}  PARTNER  ${today}  ${today}  Jane Doe, Newsroom`);
    expect(await keys('revoke', `${prefix}…`)).toMatchObject({
      code: 0,
      stdout: `Key ${prefix}… of "Jane Doe, Newsroom" was already revoked on ${today}.\n`,
    });
  });

  it('fails with exit code 1 on an unknown prefix', async () => {
    expect(await keys('revoke', 'bdk_nosuchky')).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'No API key has the prefix "bdk_nosuchky" (npm run keys -- list shows them).\n',
    });
  });

  const nameRequired = 'keys create: --name <who> is required (who holds the key, e.g. "Jane Doe, Newsroom")';
  it.each([
    [
      'an unknown role',
      ['create', '--name', 'Jane', '--role', 'OWNER'],
      "keys create: --role must be one of PARTNER, EDITOR, ADMIN, not 'OWNER'",
    ],
    ['no name', ['create', '--role', 'EDITOR'], nameRequired],
    ['a blank name', ['create', '--name', '  ', '--role', 'EDITOR'], nameRequired],
    [
      'a name too long',
      ['create', '--name', 'x'.repeat(201), '--role', 'EDITOR'],
      'keys create: --name must be at most 200 characters, without control characters',
    ],
    ['revoke without a prefix', ['revoke'], 'keys revoke: name exactly one key prefix'],
    ['list with a role', ['list', '--role', 'ADMIN'], 'keys: --name and --role belong to create'],
    ['an unknown command', ['rotate'], "keys: unknown command 'rotate'"],
    ['no command', [], 'keys: name a command'],
  ])('refuses %s with exit code 2, the reason and the usage', async (_case, args, reason) => {
    expect(await keys(...args)).toMatchObject({ code: 2, stdout: '', stderr: `${[reason, ...usage].join('\n')}\n` });
  });
});
