// The embedded database is a folder on disk that only one process may open at a time.
import { mkdtempSync, rmSync } from 'node:fs';
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
