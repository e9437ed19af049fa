// The embedded database is a folder on disk that only one process may open at a time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@borderdesk/db';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'borderdesk-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded database folder', () => {
  it('refuses a second opener while the first holds it, and opens again once released', async () => {
    const dataDir = join(dir, 'pglite');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toMatchObject({
      code: 'ELOCKED',
      message: expect.stringContaining('in use by another process'),
    });
    await first.close();
    const again = await openDatabase({ kind: 'pglite', dataDir });
    expect(await again.ping()).toBe(true);
    await again.close();
  });
});

describe('after a crash', () => {
  it('takes over a lock whose process is gone', async () => {
    const dataDir = join(dir, 'crashed');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await first.close();
    // What a killed process leaves behind: the lock folder and its pid, of a process that no longer runs.
    mkdirSync(`${dataDir}.lock`);
    writeFileSync(`${dataDir}.pid`, '2147483646');
    const reopened = await openDatabase({ kind: 'pglite', dataDir });
    expect(await reopened.ping()).toBe(true);
    await reopened.close();
  });
});
