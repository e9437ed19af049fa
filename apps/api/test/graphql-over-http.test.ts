// The GraphQL-over-HTTP specification's own audit (graphql-http), run against the real server.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  await server?.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD of the audit', async () => {
    const results = await Promise.all(
      serverAudits({ url: () => `${server.origin}/graphql` }).map((audit) => audit.fn()),
    );
    // `notice` marks MAY items (optional behaviour); MUST and SHOULD failures are `error` and `warn`.
    const failures = results.filter((result) => result.status !== 'ok' && result.status !== 'notice');
    expect(failures.map((result) => `${result.status}: ${result.name}`)).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(20);
  });

  it('answers syntax errors with 400 GRAPHQL_PARSE_FAILED, not a server error', async () => {
    const response = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ actors(' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0]?.extensions.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('answers request errors with 200 to clients that accept only application/json', async () => {
    const { status, errors } = await server.query('{ actors(');
    // server.query sends both media types; graphql-response+json wins and keeps the 4xx.
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const plain = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(plain.status).toBe(200);
  });
});
