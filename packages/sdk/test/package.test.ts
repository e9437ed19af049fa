// The package as npm would publish it (`npm run build -w @borderdesk/sdk`, then `dist/`): plain ESM
// with declarations that Node 20 imports by name, with no TypeScript loader and no dependencies.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dist = join(repoRoot, 'packages/sdk/dist');
let consumer: string;

beforeAll(async () => {
  await run('npm', ['run', 'build', '-w', '@borderdesk/sdk'], { cwd: repoRoot });
  // A project that installed the package: node_modules/@borderdesk/sdk is the published folder.
  consumer = mkdtempSync(join(tmpdir(), 'borderdesk-sdk-consumer-'));
  mkdirSync(join(consumer, 'node_modules/@borderdesk'), { recursive: true });
  symlinkSync(dist, join(consumer, 'node_modules/@borderdesk/sdk'), 'dir');
}, 120_000);
afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe('the published package', () => {
  it('points its exports map at compiled ESM and declarations, and depends on nothing at run time', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './index.d.ts', default: './index.js' });
    expect(manifest.type).toBe('module');
    expect(readFileSync(join(dist, 'index.d.ts'), 'utf8')).toContain('createClient');
    // The one dependency carries types only.
    expect(Object.keys(manifest.dependencies)).toEqual(['@graphql-typed-document-node/core']);
  });

  it('is imported by name in plain Node and sends a typed document through a given fetch', async () => {
    const script = join(consumer, 'main.mjs');
    writeFileSync(
      script,
      `import { ActorBySlugDocument, createClient } from '@borderdesk/sdk';
      const fetch = async (_url, init) => new Response(
        JSON.stringify({ data: { actor: { name: JSON.parse(init.body).variables.slug } } }),
        { headers: { 'content-type': 'application/json' } });
      const client = createClient({ url: 'http://example.invalid/graphql', fetch });
      const data = await client.request(ActorBySlugDocument, { slug: 'tom-homan' });
      console.log(data.actor.name);`,
    );
    const { stdout } = await run(process.execPath, [script], { cwd: consumer });
    expect(stdout.trim()).toBe('tom-homan');
  });
});
