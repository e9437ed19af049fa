// Configuration is validated at start: a bad value stops the process with one line naming it.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to port 4000 on the embedded database', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toMatchObject({ kind: 'pglite' });
    expect(config.bodyLimitBytes).toBe(100_000);
  });

  it('uses PostgreSQL when DATABASE_URL is set, with a configurable pool', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db.internal:5432/borderdesk', DATABASE_POOL_SIZE: '25' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db.internal:5432/borderdesk',
      poolSize: 25,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT /],
    [{ PORT: '70000' }, /^Invalid configuration: PORT must be at most 65535$/],
    [{ DATABASE_URL: 'not a url' }, /^Invalid configuration: DATABASE_URL must be a postgres:\/\/ URL/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /^Invalid configuration: DATABASE_URL /],
    [{ DATABASE_URL: 'postgres://localhost' }, /^Invalid configuration: DATABASE_URL /],
    [{ DATABASE_POOL_SIZE: '0' }, /^Invalid configuration: DATABASE_POOL_SIZE must be at least 1$/],
    [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL /],
  ])('rejects %o with a line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('pglite');
  });
});

describe('the server process', () => {
  const serverEntry = fileURLToPath(new URL('../src/server.ts', import.meta.url));
  const start = (env: Record<string, string>) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', serverEntry], {
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 20_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it('exits non-zero with one clear line for a malformed DATABASE_URL', async () => {
    const { code, stderr } = await start({ DATABASE_URL: 'postgres//oops' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Invalid configuration: DATABASE_URL must be a postgres:\/\/ URL/),
    ]);
  });

  it('exits non-zero with one clear line when PostgreSQL cannot be reached, without the password', async () => {
    const { code, stderr } = await start({ DATABASE_URL: 'postgres://app:s3cret@127.0.0.1:1/borderdesk', PORT: '0' });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Borderdesk could not start: cannot reach PostgreSQL at 127\.0\.0\.1:1\/borderdesk/);
    expect(stderr).not.toContain('s3cret');
  });

  it('serves, then shuts down cleanly on SIGINT and releases the embedded database', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borderdesk-server-'));
    const dataDir = join(dir, 'pglite');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
        env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /"url":"([^"]+)"/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.on('exit', () => reject(new Error(`server exited early: ${output}`)));
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }),
      });
      expect(
        ((await response.json()) as { data: { actors: { totalCount: number } } }).data.actors.totalCount,
      ).toBeGreaterThan(0);
      expect(existsSync(`${dataDir}.lock`)).toBe(true);

      // Ctrl-C reaches the whole process group, and a wrapper (tsx, npm) relays it once more.
      child.kill('SIGINT');
      child.kill('SIGINT');
      // Promptly: with Apollo's own signal handler racing ours, exit took over 10 s (a restart then
      // found the database still locked).
      const deadline = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 5_000));
      expect(await Promise.race([exited, deadline])).toBe(0);
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
