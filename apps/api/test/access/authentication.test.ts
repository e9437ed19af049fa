// Who may call, through the real HTTP server: no key reads as anonymous; a malformed, unknown or
// revoked key is 401 whatever the request holds; each role reads; only ADMIN keys see the keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const article = JSON.parse(readFileSync(join(repoRoot, 'prisma/seed/article.json'), 'utf8')) as { actors: unknown[] };
const challenge = 'Bearer realm="borderdesk", error="invalid_token"';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function send(init: { authorization?: string; method?: 'GET' | 'POST'; query: string }) {
  const headers: Record<string, string> = { accept: 'application/graphql-response+json' };
  if (init.authorization !== undefined) headers.authorization = init.authorization;
  const response =
    init.method === 'GET'
      ? await fetch(`${server.origin}/graphql?query=${encodeURIComponent(init.query)}`, { headers })
      : await fetch(`${server.origin}/graphql`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ query: init.query }),
        });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: unknown }[] };
  return { status: response.status, challenge: response.headers.get('www-authenticate'), ...body };
}

describe('a bad key is 401 whatever the operation', () => {
  const operations = {
    'a query': { query: '{ actors(first: 1) { totalCount } }' },
    'an introspection query': { query: '{ __schema { queryType { name } } }' },
    'a GET query': { method: 'GET' as const, query: '{ __typename }' },
    'a mutation': { query: 'mutation { anything { id } }' },
    'a document that does not parse': { query: '{ actors(' },
  };

  it.each(Object.entries(operations))('refuses a malformed key on %s', async (_name, operation) => {
    for (const [authorization, message] of [
      ['Bearer not-a-key', 'Malformed API key: keys look like bdk_ followed by 32 characters.'],
      ['Bearer bdk_short', 'Malformed API key: keys look like bdk_ followed by 32 characters.'],
      ['Basic dXNlcjpwYXNz', 'The Authorization header must be "Bearer <API key>".'],
      ['Bearer', 'The Authorization header must be "Bearer <API key>".'],
    ] as const) {
      const answer = await send({ ...operation, authorization });
      expect(answer).toEqual({
        status: 401,
        challenge,
        errors: [{ message, extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) } }],
      });
    }
  });

  it.each(Object.entries(operations))(
    'refuses an unknown key on %s, naming only its prefix',
    async (_name, operation) => {
      const unknown = `bdk_${'UnknownKey'.repeat(3)}Un`;
      const answer = await send({ ...operation, authorization: `Bearer ${unknown}` });
      expect(answer).toEqual({
        status: 401,
        challenge,
        errors: [
          {
            message: 'Unknown API key bdk_UnknownK….',
            extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) },
          },
        ],
      });
    },
  );

  it.each(Object.entries(operations))(
    'refuses a revoked key on %s, naming only its prefix',
    async (_name, operation) => {
      const key = await server.createKey('ADMIN', 'revoked admin');
      await server.db.prisma.apiKey.update({
        where: { prefix: key.slice(0, 12) },
        data: { revokedAt: new Date('2026-03-04T05:06:07Z') },
      });
      const answer = await send({ ...operation, authorization: `Bearer ${key}` });
      expect(answer).toEqual({
        status: 401,
        challenge,
        errors: [
          {
            message: `API key ${key.slice(0, 12)}… was revoked on 2026-03-04.`,
            extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) },
          },
        ],
      });
      expect(JSON.stringify(answer)).not.toContain(key.slice(12));
    },
  );
});

describe('reading', () => {
  const actors = '{ actors(first: 1) { totalCount } }';

  it('works without a key, and with a PARTNER, EDITOR or ADMIN key, all alike', async () => {
    const expected = { data: { actors: { totalCount: article.actors.length } } };
    expect(await server.query(actors)).toMatchObject({ status: 200, ...expected });
    for (const role of ['PARTNER', 'EDITOR', 'ADMIN'] as const) {
      const answer = await server.query(actors, {}, { apiKey: await server.createKey(role) });
      expect(answer).toMatchObject({ status: 200, ...expected });
      expect(answer.errors).toBeUndefined();
    }
  });
});

describe('apiKeys, for ADMIN keys only', () => {
  // A server of its own: these tests count every key there is.
  let server: TestServer;
  const list = `query ($filter: ApiKeyFilter, $orderBy: ApiKeyOrder) {
    apiKeys(filter: $filter, orderBy: $orderBy, first: 100) {
      totalCount
      edges { node { prefix name role createdAt revokedAt } }
    }
  }`;
  let admin: string;
  const made: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.createKey('ADMIN', 'Ada Admin');
    made.partner = await server.createKey('PARTNER', 'Pat Partner');
    made.editor = await server.createKey('EDITOR', 'Ed Editor');
    made.revoked = await server.createKey('PARTNER', 'Rex Revoked');
    await server.db.prisma.apiKey.update({
      where: { prefix: made.revoked.slice(0, 12) },
      data: { revokedAt: new Date('2026-01-02T03:04:05Z') },
    });
  });

  afterAll(() => server?.close());

  const edgesOf = (data: unknown) =>
    (data as { apiKeys?: { edges: { node: { id: string; name: string } }[] } } | null | undefined)?.apiKeys?.edges ??
    [];

  it('lists keys by prefix, name, role and dates, and never the key or its hash', async () => {
    const answer = await server.query(
      list,
      { filter: { roles: ['PARTNER'] }, orderBy: { field: 'NAME' } },
      { apiKey: admin },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      apiKeys: {
        totalCount: 2,
        edges: [
          {
            node: {
              prefix: made.partner?.slice(0, 12),
              name: 'Pat Partner',
              role: 'PARTNER',
              createdAt: expect.any(String),
              revokedAt: null,
            },
          },
          {
            node: {
              prefix: made.revoked?.slice(0, 12),
              name: 'Rex Revoked',
              role: 'PARTNER',
              createdAt: expect.any(String),
              revokedAt: '2026-01-02T03:04:05.000Z',
            },
          },
        ],
      },
    });
    const fields = await server.query('{ __type(name: "ApiKey") { fields { name } } }');
    expect(fields.data).toEqual({
      __type: {
        fields: ['createdAt', 'id', 'name', 'prefix', 'revokedAt', 'role'].map((name) => ({ name })),
      },
    });
  });

  it('filters revoked keys in or out', async () => {
    const names = async (revoked: boolean) => {
      const answer = await server.query(list, { filter: { revoked }, orderBy: { field: 'NAME' } }, { apiKey: admin });
      return edgesOf(answer.data).map((edge) => edge.node.name);
    };
    expect(await names(true)).toEqual(['Rex Revoked']);
    expect(await names(false)).toEqual(['Ada Admin', 'Ed Editor', 'Pat Partner']);
  });

  it('is FORBIDDEN to anonymous callers, PARTNER and EDITOR keys, saying which role it needs', async () => {
    const answers = [
      [await server.query(list), 'you sent no key'],
      [
        await server.query(list, {}, { apiKey: made.partner }),
        `your key ${made.partner?.slice(0, 12)}… is a PARTNER key`,
      ],
      [
        await server.query(list, {}, { apiKey: made.editor }),
        `your key ${made.editor?.slice(0, 12)}… is an EDITOR key`,
      ],
    ] as const;
    for (const [answer, who] of answers) {
      expect(answer.status).toBe(200);
      expect(answer.data).toBeNull();
      expect(answer.errors).toEqual([
        {
          message: `Forbidden: this needs an ADMIN key; ${who}.`,
          path: ['apiKeys'],
          locations: [{ line: 2, column: 5 }],
          extensions: { code: 'FORBIDDEN', requestId: expect.any(String) },
        },
      ]);
    }
  });

  it('answers node(id:) and nodes(ids:) to non-admins with null alike for existing and missing keys', async () => {
    const byId = '{ apiKeys(first: 1) { edges { node { id } } } }';
    const { data } = await server.query(byId, {}, { apiKey: admin });
    const id = edgesOf(data)[0]?.node.id ?? '';
    // The same global id with a row number no key has.
    const missing = Buffer.from(`${Buffer.from(id, 'base64').toString().split(':')[0]}:999999`).toString('base64');
    const node = 'query ($id: ID!) { node(id: $id) { ... on ApiKey { prefix name } } }';
    const nodes = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ApiKey { prefix } } }';

    expect((await server.query(node, { id }, { apiKey: admin })).data).toEqual({
      node: { prefix: expect.any(String), name: expect.any(String) },
    });
    expect((await server.query(node, { id: missing }, { apiKey: admin })).data).toEqual({ node: null });
    for (const apiKey of [undefined, made.partner, made.editor]) {
      const answers = [];
      for (const asked of [id, missing]) {
        const { status, data, errors } = await server.query(node, { id: asked }, apiKey ? { apiKey } : {});
        answers.push({ status, data, errors });
      }
      expect(answers).toEqual([
        { status: 200, data: { node: null }, errors: undefined },
        { status: 200, data: { node: null }, errors: undefined },
      ]);
      const both = await server.query(nodes, { ids: [id, missing] }, apiKey ? { apiKey } : {});
      expect([both.data, both.errors]).toEqual([{ nodes: [null, null] }, undefined]);
    }
  });
});
