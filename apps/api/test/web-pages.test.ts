// The built pages as the API serves them, over plain HTTP: the dashboard at its routes, GraphiQL at
// GET /graphql, the assets both load, and what an unknown path, a missing build or a path climbing out
// of the build folder gets instead.
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

/** What a browser sends when it navigates to a page. */
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

function getPage(origin: string, path: string) {
  return fetch(`${origin}${path}`, { headers: { accept: browserAccept } });
}

/** A GET with the path sent as written: fetch would resolve `..` and `%2e%2e` before sending. */
function getRaw(origin: string, path: string): Promise<{ status: number; contentType: string; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, headers: { accept: browserAccept } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? '', body }),
      );
    });
    sent.on('error', reject);
    sent.end();
  });
}

function expectPageHeaders(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(response.headers.get('cache-control')).toBe('no-cache');
  const directives = (response.headers.get('content-security-policy') ?? '').split(';');
  for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) {
    expect(directives).toContain(directive);
  }
}

describe('the pages the API serves', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: false });
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each(['/', '/statements', '/policies', '/policies/securing-the-border', '/actors/tom-homan', '/claims'])(
    'answers the dashboard route %s with the dashboard',
    async (path) => {
      const response = await getPage(server.origin, path);
      expect(response.status).toBe(200);
      expectPageHeaders(response);
      const html = await response.text();
      expect(html).toContain('<title>Borderdesk</title>');
      expect(html).toContain('<div id="root">');
    },
  );

  it.each(['/nope', '/actors', '/policies/securing-the-border/impact', '/index.html', '/graphiql.html'])(
    'answers the unknown page %s 404, with the dashboard (which shows its "not found")',
    async (path) => {
      const response = await getPage(server.origin, path);
      expect(response.status).toBe(404);
      expectPageHeaders(response);
      expect(await response.text()).toContain('<div id="root">');
    },
  );

  it('gives the dashboard a strict policy: no inline styles, no workers, no fonts from data: (GraphiQL needs them)', async () => {
    const dashboard = (await getPage(server.origin, '/')).headers.get('content-security-policy') ?? '';
    expect(dashboard.split(';')).toContain("style-src 'self'");
    expect(dashboard).not.toContain('unsafe-inline');
    expect(dashboard).not.toContain('worker-src');
    const graphiql = (await getPage(server.origin, '/graphql')).headers.get('content-security-policy') ?? '';
    expect(graphiql.split(';')).toContain("style-src 'self' 'unsafe-inline'");
  });

  it.each([
    ['curl', { accept: '*/*' }],
    ['an uptime check', {}],
  ])('answers %s at / with the dashboard, by GET and by HEAD', async (_who, headers: Record<string, string>) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await fetch(`${server.origin}/`, { method, headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    }
  });

  it('answers a path with a broken %-escape 400 (not 500), to a browser and to a program', async () => {
    for (const accept of [browserAccept, 'application/json']) {
      const response = await fetch(`${server.origin}/actors/%E0%A4%A`, { headers: { accept } });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('answers a program asking an unknown path with the JSON 404, naming the request', async () => {
    const response = await fetch(`${server.origin}/nope`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Not found.',
          extensions: { code: 'NOT_FOUND', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
  });

  it('serves GraphiQL to a browser at GET /graphql, and GraphQL to a GET with a query', async () => {
    const page = await getPage(server.origin, '/graphql');
    expect(page.status).toBe(200);
    expectPageHeaders(page);
    const html = await page.text();
    expect(html).toContain('<title>Borderdesk GraphiQL</title>');
    expect(html).toContain('<div id="graphiql">');

    const query = await fetch(`${server.origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(query.status).toBe(200);
    expect(query.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves the assets a page names from this origin, cached for good (their names change with them)', async () => {
    for (const page of ['/', '/graphql']) {
      const html = await (await getPage(server.origin, page)).text();
      const named = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
      expect(named.filter((url) => /^(?:https?:)?\/\//.test(url))).toEqual([]);
      const script = named.find((url) => /^\/assets\/.+\.js$/.test(url));
      expect(script, `a script under /assets/ in ${page}`).toBeDefined();

      const asset = await fetch(`${server.origin}${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answers a missing asset 404, not with a page', async () => {
    const response = await getPage(server.origin, '/assets/missing-0000.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/^text\/html/);
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/immutable/);
  });

  const climbs = [
    '/assets/../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%2f..%2f..%2f..%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  ];

  it.each(climbs)('answers %s as a missing asset (404), never with a file outside the build', async (path) => {
    const { status, contentType, body } = await getRaw(server.origin, path);
    expect(status).toBe(404);
    expect(contentType).toMatch(/^application\/json/);
    // apps/web/package.json names the workspace; the root one lists the workspaces; passwd has root's line.
    expect(body).not.toContain('@borderdesk/');
    expect(body).not.toContain('workspaces');
    expect(body).not.toContain('root:');
  });

  it('answers HEAD for a page like GET, without a body (uptime checks use it)', async () => {
    for (const path of ['/', '/graphql']) {
      const response = await fetch(`${server.origin}${path}`, { method: 'HEAD', headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe('');
    }
  });
});

describe('the pages, before they are built', () => {
  let server: TestServer;
  let emptyDir: string;

  beforeAll(async () => {
    emptyDir = await mkdtemp(join(tmpdir(), 'borderdesk-no-web-'));
    server = await startTestServer({ seed: false, config: { webDistDir: emptyDir } });
  });

  afterAll(async () => {
    await server?.close();
    await rm(emptyDir, { recursive: true, force: true });
  });

  it('answers 503 saying how to build them, while GraphQL still answers', async () => {
    for (const path of ['/', '/graphql']) {
      const response = await getPage(server.origin, path);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toContain('not built');
      expect(text).toContain('npm run build -w @borderdesk/web');
    }
    const { data } = await server.query('{ __typename }');
    expect(data).toEqual({ __typename: 'Query' });
  });
});
