// Persisted documents end to end: the SDK's documents carry a sha256 the API knows from the manifest
// codegen writes, so a client can send `documentId` instead of the text; and, when configured, anonymous
// callers may send nothing else.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as sdk from '@borderdesk/sdk';
import { ActorBySlugDocument, ArchivedSinceDocument, ClaimBySlugDocument, TypedDocumentString } from '@borderdesk/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardManifestPath, loadPersistedDocuments, manifestPath } from '../src/http/persisted-documents.js';
import { startTestServer, type TestServer } from './support/server.js';
import { globalId, lifecycles, type Operation } from './writes/mutations.js';

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(server: TestServer, body: Record<string, unknown>, apiKey?: string): Promise<Answer> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** The hash an SDK document carries, "sha256:<hex>". */
function hashOf(document: { __meta__?: Record<string, unknown> }): string {
  const hash: unknown = document.__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('an SDK document without a hash');
  return hash;
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
/** Every operation the SDK exports (fragments carry no hash: they are not run on their own). */
const operations = Object.entries(sdk).flatMap(([name, value]) =>
  value instanceof TypedDocumentString && typeof value.__meta__?.hash === 'string' ? [{ name, document: value }] : [],
);

describe('the manifest', () => {
  it('holds exactly the SDK’s operations, each under the sha256 of its text', () => {
    expect(operations.length).toBeGreaterThanOrEqual(54);
    expect(Object.keys(manifest).sort()).toEqual(operations.map(({ document }) => hashOf(document)).sort());
    for (const [id, text] of Object.entries(manifest)) {
      expect(`sha256:${createHash('sha256').update(text).digest('hex')}`).toBe(id);
    }
    for (const { name, document } of operations) {
      const operation = /^\s*(query|mutation|subscription) (\w+)/m.exec(document.toString());
      // `ActorBySlugDocument` is operation `ActorBySlug`, and the manifest's text declares the same one.
      expect(operation?.[2]).toBe(name.replace(/Document$/, ''));
      expect(manifest[hashOf(document)]).toContain(`${operation?.[1]} ${operation?.[2]}`);
    }
  });
});

describe("the dashboard's documents", () => {
  it('are known to the API beside the SDK’s, each under the sha256 of its text', () => {
    const dashboard = JSON.parse(readFileSync(dashboardManifestPath, 'utf8')) as Record<string, string>;
    expect(Object.keys(dashboard).length).toBeGreaterThan(0);
    const known = loadPersistedDocuments();
    expect(known.size).toBe(new Set([...Object.keys(manifest), ...Object.keys(dashboard)]).size);
    for (const [id, text] of Object.entries(dashboard)) {
      expect(`sha256:${createHash('sha256').update(text).digest('hex')}`).toBe(id);
      expect(known.get(id.replace('sha256:', ''))).toBe(text);
    }
  });
});

describe('documentId requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answer like the text, with the id prefixed or bare, by POST or GET', async () => {
    const variables = { slug: 'tom-homan' };
    const byText = await server.request(ActorBySlugDocument, variables);
    expect(byText.errors).toBeUndefined();
    expect(byText.data?.actor?.name).toBe('Tom Homan');

    const hash = hashOf(ActorBySlugDocument);
    const prefixed = await post(server, { documentId: hash, variables });
    const bare = await post(server, { documentId: hash.replace('sha256:', ''), variables });
    const query = new URLSearchParams({ documentId: hash, variables: JSON.stringify(variables) });
    const get = await fetch(`${server.origin}/graphql?${query}`, {
      // Apollo's CSRF prevention: a GET must carry a header no plain HTML form can send.
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    for (const answer of [prefixed, bare, { status: get.status, ...((await get.json()) as Omit<Answer, 'status'>) }]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.status).toBe(200);
      expect(answer.data).toEqual(byText.data);
    }
  });

  it('run the record documents: a claim with its check, and the archive feed', async () => {
    const claim = await post(server, {
      documentId: hashOf(ClaimBySlugDocument),
      variables: { slug: 'usbp-southwest-november-2024-46610' },
    });
    expect(claim.errors).toBeUndefined();
    // prisma/seed/article.json: VALUE 46,610 ± 10 for November 2024, USBP Southwest.
    expect(claim.data?.claim).toMatchObject({ assertion: 'VALUE', period: '2024-11', assertedValue: 46610 });

    const archived = await post(server, {
      documentId: hashOf(ArchivedSinceDocument),
      variables: { since: '2000-01-01T00:00:00Z' },
    });
    // The seed archives nothing.
    expect(archived).toMatchObject({ status: 200, data: { archivedSince: [] } });
  });

  it('run every editorial mutation of the SDK, each typed result selected', async () => {
    const editor = await server.createKey('EDITOR');
    const verbs: Operation[] = ['create', 'update', 'archive', 'restore'];
    const outcomes: string[] = [];
    for (const lifecycle of lifecycles) {
      let target = { id: '', version: 0 };
      for (const verb of verbs) {
        const name = `${verb.charAt(0).toUpperCase()}${verb.slice(1)}${lifecycle.type}`;
        const document = operations.find((operation) => operation.name === `${name}Document`)?.document;
        if (!document) throw new Error(`the SDK has no ${name}`);
        const input =
          verb === 'create' ? lifecycle.create : verb === 'update' ? { ...target, ...lifecycle.update } : target;
        const answer = await post(server, { documentId: hashOf(document), variables: { input } }, editor);
        expect(answer.errors).toBeUndefined();
        const result = answer.data?.[`${verb}${lifecycle.type}`] as {
          __typename: string;
          record?: { id: string; version: number; archivedAt: string | null };
        };
        outcomes.push(
          `${name}: ${result.__typename} v${result.record?.version} ${result.record?.archivedAt ? 'archived' : 'live'}`,
        );
        if (result.record) target = { id: result.record.id, version: result.record.version };
      }
    }
    expect(outcomes).toEqual(
      lifecycles.flatMap(({ type }) => [
        `Create${type}: Create${type}Success v1 live`,
        `Update${type}: Update${type}Success v2 live`,
        `Archive${type}: Archive${type}Success v3 archived`,
        `Restore${type}: Restore${type}Success v4 live`,
      ]),
    );
  });

  it('answer a stale version with the ConflictError the SDK selects, current version included', async () => {
    const editor = await server.createKey('EDITOR');
    const actor = await server.db.prisma.actor.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } });
    const id = globalId('Actor', actor.id);
    const answer = await post(
      server,
      { documentId: hashOf(sdk.ArchiveActorDocument), variables: { input: { id, version: 99 } } },
      editor,
    );
    expect(answer.data?.archiveActor).toMatchObject({
      __typename: 'ConflictError',
      current: { __typename: 'Actor', id },
    });
  });

  it('run the admin documents and the period context', async () => {
    const admin = await server.createKey('ADMIN');
    const keys = await post(server, { documentId: hashOf(sdk.ApiKeyListDocument), variables: { first: 10 } }, admin);
    // Two EDITOR keys from the tests above, and this one.
    expect(keys.data).toMatchObject({ apiKeys: { totalCount: 3 } });
    const audit = await post(
      server,
      { documentId: hashOf(sdk.AuditEventListDocument), variables: { first: 1 } },
      admin,
    );
    expect(audit.errors).toBeUndefined();
    // Eight types, each created, updated, archived and restored; the refused archive wrote nothing.
    expect(audit.data).toMatchObject({ auditEvents: { totalCount: 32 } });
    const period = await post(server, {
      documentId: hashOf(sdk.PeriodContextDocument),
      variables: { month: '2024-11', monthsAfter: 1 },
    });
    expect(period.errors).toBeUndefined();
    expect(period.data?.periodContext).toMatchObject({ interval: 'MONTH', start: '2024-11', end: '2024-11' });
  });

  it('refuse an unknown id with 400 PERSISTED_QUERY_NOT_FOUND, and an id beside text with 400', async () => {
    const unknown = await post(server, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(unknown.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));

    const malformed = await post(server, { documentId: 'ActorBySlug' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const both = await post(server, {
      documentId: hashOf(ActorBySlugDocument),
      query: ActorBySlugDocument.toString(),
      variables: { slug: 'tom-homan' },
    });
    expect(both.status).toBe(400);
    expect(both.errors?.[0]).toMatchObject({
      message: 'Send either query or documentId, not both.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });
});

describe('PERSISTED_DOCUMENTS_ONLY_FOR_ANONYMOUS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { persistedDocumentsOnlyForAnonymous: true } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses query text from anonymous callers and runs their documentIds', async () => {
    const text = await server.request(ActorBySlugDocument, { slug: 'tom-homan' });
    expect(text.status).toBe(400);
    expect(text.data).toBeUndefined();
    expect(text.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');

    const byId = await post(server, { documentId: hashOf(ActorBySlugDocument), variables: { slug: 'tom-homan' } });
    expect(byId.status).toBe(200);
    expect(byId.data).toMatchObject({ actor: { slug: 'tom-homan', name: 'Tom Homan' } });
  });

  it('lets any key send text', async () => {
    const answer = await server.request(
      ActorBySlugDocument,
      { slug: 'tom-homan' },
      { apiKey: await server.createKey('PARTNER') },
    );
    expect(answer.status).toBe(200);
    expect(answer.data?.actor?.name).toBe('Tom Homan');
  });
});
