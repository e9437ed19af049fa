// The HTTP surface a public API is attacked through: limits, masking, health, GraphiQL delivery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { maxQueryDepth: 8 } });
});
afterAll(async () => {
  await server?.close();
});

const postRaw = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });

type ErrorBody = { errors: { message: string; extensions: { code: string; requestId?: string } }[] };
const errorBody = async (response: Response) => (await response.json()) as ErrorBody;

/** Nothing a client receives may reveal our internals. */
function expectNoInternals(text: string) {
  for (const leak of ['prisma', 'Prisma', 'SELECT', 'relation "', '/work/', 'node_modules', '    at ', 'stack']) {
    expect(text).not.toContain(leak);
  }
}

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${server.origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
  });

  it('gives every response a request id, keeping a well-formed one the caller sent', async () => {
    const mine = await fetch(`${server.origin}/healthz`, { headers: { 'x-request-id': 'caller-trace-1234' } });
    expect(mine.headers.get('x-request-id')).toBe('caller-trace-1234');
    const hostile = await fetch(`${server.origin}/healthz`, { headers: { 'x-request-id': '<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await fetch(`${server.origin}/wp-admin`);
    expect(response.status).toBe(404);
    expect((await errorBody(response)).errors[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('request limits', () => {
  it('refuses bodies over 100 kB with 413, in JSON', async () => {
    const response = await postRaw(
      JSON.stringify({ query: `{ actors(first: 1) { totalCount } } #${'x'.repeat(120_000)}` }),
    );
    expect(response.status).toBe(413);
    expect((await errorBody(response)).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a malformed JSON body with 400 in JSON, not an HTML stack', async () => {
    const response = await postRaw('{"query": "{ actors { totalCount } ');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expectNoInternals(text);
  });

  it('refuses queries deeper than the limit', async () => {
    const deep =
      '{ actors(first: 1) { edges { node { roles { person { roles { organization { parent { parent { name } } } } } } } } } }';
    const { errors } = await server.query(deep);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses many aliases, including aliased introspection', async () => {
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`;
    const some = await server.query(aliased(30));
    expect(some.data ?? null).toBeNull();
    expect(some.errors?.[0]?.message).toMatch(/alias/i);
    // 500 of them do not even get parsed: the token limit stops them first.
    const many = await server.query(aliased(500));
    expect(many.data ?? null).toBeNull();
    expect(many.errors?.[0]?.message).toMatch(/more that 1000 tokens/);
    expect(many.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses deeply nested input before the parser runs out of stack', async () => {
    const nested = `${'['.repeat(2500)}1${']'.repeat(2500)}`;
    const { errors, status } = await server.query(`query { node(id: ${nested}) { id } }`);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('does not suggest field names to a client guessing at the schema', async () => {
    const { errors } = await server.query('{ actorz(first: 1) { totalCount } }');
    expect(errors?.[0]?.message).not.toMatch(/did you mean/i);
    expect(errors?.[0]?.message).not.toContain('actors');
  });

  it('refuses batched requests', async () => {
    const response = await postRaw(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
  });
});

describe('masking', () => {
  it('hides an internal failure behind a code and the request id, and logs nothing to the client', async () => {
    // Break the database under the running server: the next query fails inside Prisma.
    await server.db.prisma.$executeRawUnsafe('ALTER TABLE "Source" RENAME TO "SourceGone"');
    try {
      const response = await postRaw(
        JSON.stringify({ query: '{ sources(first: 5) { totalCount edges { node { title } } } }' }),
      );
      const text = await response.text();
      const body = JSON.parse(text);
      expect(body.errors[0].message).toBe('Internal server error.');
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0].extensions.requestId).toBe(response.headers.get('x-request-id'));
      expectNoInternals(text);
      expect(text).not.toContain('SourceGone');
    } finally {
      await server.db.prisma.$executeRawUnsafe('ALTER TABLE "SourceGone" RENAME TO "Source"');
    }
    const { errors } = await server.query('{ sources(first: 1) { totalCount } }');
    expect(errors).toBeUndefined();
  });
});
