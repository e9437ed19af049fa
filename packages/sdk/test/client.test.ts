// The client facade against the real API on the seeded database, driven only through the SDK.
// Expected values come from prisma/seed/article.json and from figures verified in the API's own
// tests against the published CSV files (apps/api/test/encounters/analytics.test.ts).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import {
  ArchiveActorDocument,
  AuthenticationError,
  CreateActorDocument,
  createClient,
  GraphQLRequestError,
  NetworkError,
  RateLimitedError,
  TypedDocumentString,
} from '@borderdesk/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../apps/api/test/support/server.js';

interface Seed {
  actors: { slug: string; kind: string; name: string }[];
  statements: { slug: string; speaker: string; text: string; setting?: string; topics: string[] }[];
  policies: { slug: string }[];
  claims: { slug: string; statement: string }[];
}
const seed = JSON.parse(readFileSync(join(repoRoot, 'prisma/seed/article.json'), 'utf8')) as Seed;
const sorted = (values: string[]) => [...values].sort();

/** A fetch that records each request's body and each answer's status. */
function recordingFetch() {
  const calls: { body: Record<string, unknown>; status?: number }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const call: (typeof calls)[number] = { body: JSON.parse(String(init?.body)) as Record<string, unknown> };
    calls.push(call);
    const response = await fetch(input, init);
    call.status = response.status;
    return response;
  };
  return { calls, fetch: fetchImpl };
}

/** The variables a recorded request sent. */
const variablesOf = (call: { body: Record<string, unknown> } | undefined) =>
  (call?.body.variables ?? {}) as { first?: number; after?: string };

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

const CheapDocument = new TypedDocumentString<{ actors: { totalCount: number } }, Record<string, never>>(
  'query Cheap { actors(first: 1) { totalCount } }',
);

describe('the client against the seeded API', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer();
    url = `${server.origin}/graphql`;
  });
  afterAll(() => server?.close());

  it('encounters.series and encounters.record: the reference figures', async () => {
    const client = createClient({ url });
    const series = await client.encounters.series({
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'], from: '2024-09', to: '2024-11' },
    });
    expect(series.points.map((point) => [point.period, point.value])).toEqual([
      ['2024-09', 53858],
      ['2024-10', 56520],
      ['2024-11', 46612],
    ]);
    expect(series.points[2]?.previous).toMatchObject({ period: '2024-10', value: 56520, absolute: -9908 });

    const record = await client.encounters.record({
      dataset: 'ohss-usbp-sector',
      filter: { regions: ['SOUTHWEST'] },
      kind: 'LOWEST',
      period: '2024-11',
    });
    expect(record).toMatchObject({ period: '2024-11', value: 46620, since: { period: '2020-07', value: 38570 } });
  });

  it('datasets.list and datasets.get', async () => {
    const client = createClient({ url });
    const datasets = await client.datasets.list().toArray();
    expect(sorted(datasets.map((dataset) => dataset.slug))).toEqual([
      'cbp-nationwide-aor',
      'cbp-nationwide-state',
      'cbp-southwest',
      'ohss-usbp-sector',
    ]);
    const ohss = await client.datasets.get('ohss-usbp-sector');
    expect(ohss).toMatchObject({ slug: 'ohss-usbp-sector', roundingUnit: 10 });
    expect(await client.datasets.get('cbp-moon')).toBeNull();
  });

  it('actors.get and actors.list with a filter', async () => {
    const client = createClient({ url });
    const homan = await client.actors.get('tom-homan');
    expect(homan).toMatchObject({ slug: 'tom-homan', name: 'Tom Homan', kind: 'PERSON' });
    expect(await client.actors.get('nobody')).toBeNull();

    const people = await client.actors.list({ kind: 'PERSON' }).toArray();
    expect(sorted(people.map((actor) => actor.slug))).toEqual(
      sorted(seed.actors.filter((actor) => actor.kind === 'PERSON').map((actor) => actor.slug)),
    );
  });

  it('walks a connection page by page, two at a time, and stops at the limit', async () => {
    const recorder = recordingFetch();
    const client = createClient({ url, fetch: recorder.fetch });
    const slugs: string[] = [];
    for await (const actor of client.actors.list(undefined, { pageSize: 2 })) slugs.push(actor.slug);
    expect(sorted(slugs)).toEqual(sorted(seed.actors.map((actor) => actor.slug)));
    expect(new Set(slugs).size).toBe(seed.actors.length);
    // 38 actors, two a page: 19 requests, each after the cursor of the one before.
    expect(recorder.calls).toHaveLength(Math.ceil(seed.actors.length / 2));
    expect(recorder.calls.every((call) => variablesOf(call).first === 2)).toBe(true);
    expect(variablesOf(recorder.calls[0]).after).toBeUndefined();
    expect(typeof variablesOf(recorder.calls[1]).after).toBe('string');

    // The same order as one big page.
    const onePage = await client.actors.list(undefined, { pageSize: 100 }).toArray();
    expect(slugs).toEqual(onePage.map((actor) => actor.slug));

    recorder.calls.length = 0;
    const firstFive = await client.actors.list(undefined, { pageSize: 2 }).toArray({ limit: 5 });
    expect(firstFive.map((actor) => actor.slug)).toEqual(slugs.slice(0, 5));
    // 2 + 2 + 1: the last page asks only for what is still wanted.
    expect(recorder.calls.map((call) => variablesOf(call).first)).toEqual([2, 2, 1]);

    const pages = [];
    for await (const page of client.claims.list(undefined, { pageSize: 2 }).pages()) pages.push(page);
    expect(pages.map((page) => page.edges.length)).toEqual([2, 2, 2, 2, 1]);
    expect(pages.every((page) => page.totalCount === seed.claims.length)).toBe(true);
  });

  it('statements.list with a filter, and statements.search', async () => {
    const client = createClient({ url });
    const homans = await client.statements.list({ speakers: ['tom-homan'] }, { pageSize: 2 }).toArray();
    expect(sorted(homans.map((statement) => statement.slug))).toEqual(
      sorted(seed.statements.filter((statement) => statement.speaker === 'tom-homan').map((s) => s.slug)),
    );
    expect(homans.every((statement) => statement.speaker.name === 'Tom Homan')).toBe(true);

    const hits = await client.statements.search('sanctuary', { first: 50 });
    expect(hits.every((hit) => hit.type === 'STATEMENT' && hit.node.__typename === 'Statement')).toBe(true);
    const mentioning = seed.statements.filter((statement) =>
      [statement.text, statement.setting ?? '', ...statement.topics].join(' ').toLowerCase().includes('sanctuary'),
    );
    expect(sorted(hits.map((hit) => hit.node.slug))).toEqual(sorted(mentioning.map((statement) => statement.slug)));
  });

  it('policies.get, policies.list and policies.impact', async () => {
    const client = createClient({ url });
    const policy = await client.policies.get('securing-the-border');
    expect(policy).toMatchObject({ slug: 'securing-the-border', effectiveOn: '2024-06-05' });

    const policies = await client.policies.list(undefined, { pageSize: 3 }).toArray();
    expect(sorted(policies.map((p) => p.slug))).toEqual(sorted(seed.policies.map((p) => p.slug)));

    const impact = await client.policies.impact('securing-the-border', 6, {
      dataset: 'cbp-southwest',
      filter: { components: ['USBP'] },
    });
    expect(impact).toMatchObject({
      effectiveOn: '2024-06-05',
      window: 6,
      transitionMonth: '2024-06',
      before: { from: '2023-12', to: '2024-05', months: 6, complete: true },
      after: { from: '2024-07', to: '2024-12', months: 6, complete: true },
    });
    const points = new Map(impact?.series.points.map((point) => [point.period, point.value]));
    expect([points.get('2024-09'), points.get('2024-10'), points.get('2024-11')]).toEqual([53858, 56520, 46612]);
    expect(await client.policies.impact('no-such-policy')).toBeNull();
  });

  it('claims.list and claims.check', async () => {
    const client = createClient({ url });
    const claims = await client.claims.list().toArray();
    expect(claims.map((claim) => [claim.slug, claim.statement.slug])).toEqual(
      seed.claims.map((claim) => [claim.slug, claim.statement]),
    );
    const check = await client.claims.check({
      assertion: 'VALUE',
      dataset: 'ohss-usbp-sector',
      filter: { regions: ['SOUTHWEST'] },
      period: '2024-11',
      assertedValue: 46610,
      tolerance: 10,
    });
    expect(check).toMatchObject({ verdict: 'SUPPORTED', computedValue: 46620, assertedValue: 46610 });
  });

  it('search and node', async () => {
    const client = createClient({ url });
    const hits = await client.search('Homan', { types: ['ACTOR'] });
    expect(hits.map((hit) => hit.node.__typename === 'Actor' && hit.node.slug)).toEqual(['tom-homan']);

    const homan = await client.actors.get('tom-homan');
    const node = await client.node(homan?.id ?? '');
    expect(node).toEqual({ __typename: 'Actor', id: homan?.id, slug: 'tom-homan' });
  });

  it('surfaces typed mutation results as values: the record, a refusal, field errors', async () => {
    const input = { slug: 'sdk-test-desk', kind: 'ORGANIZATION' as const, name: 'SDK test desk' };
    const editor = createClient({ url, apiKey: await server.createKey('EDITOR') });
    const created = (await editor.request(CreateActorDocument, { input })).createActor;
    expect(created.__typename === 'CreateActorSuccess' && [created.record.slug, created.record.version]).toEqual([
      'sdk-test-desk',
      1,
    ]);

    const anonymous = await createClient({ url }).request(CreateActorDocument, { input: { ...input, slug: 'nope' } });
    expect(anonymous.createActor.__typename).toBe('ForbiddenError');

    const invalid = (await editor.request(CreateActorDocument, { input: { ...input, slug: 'Not A Slug' } }))
      .createActor;
    expect(invalid.__typename).toBe('ValidationError');
    expect(invalid.__typename === 'ValidationError' && invalid.fieldErrors.map((error) => error.path)).toEqual([
      ['input', 'slug'],
    ]);

    // Archived again, so the other tests' counts of the seeded actors still hold.
    const id = created.__typename === 'CreateActorSuccess' ? created.record.id : '';
    const archived = (await editor.request(ArchiveActorDocument, { input: { id, version: 1 } })).archiveActor;
    expect(archived.__typename).toBe('ArchiveActorSuccess');
  });

  it('runs a custom operation through client.request, typed by its document', async () => {
    const client = createClient({ url });
    const data = await client.request(CheapDocument);
    expect(data.actors.totalCount).toBe(seed.actors.length);
    // Not one of the SDK's documents, so not in the API's manifest: a persisted client sends its text.
    const recorder = recordingFetch();
    const persisted = createClient({ url, persisted: true, fetch: recorder.fetch });
    expect((await persisted.request(CheapDocument)).actors.totalCount).toBe(seed.actors.length);
    expect(recorder.calls[0]?.body).toMatchObject({ query: expect.stringContaining('actors') });
  });

  it('sends persisted documents by id', async () => {
    const recorder = recordingFetch();
    const client = createClient({ url, persisted: true, fetch: recorder.fetch });
    expect(await client.actors.get('tom-homan')).toMatchObject({ name: 'Tom Homan' });
    expect(recorder.calls[0]?.body).toEqual({
      documentId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      variables: { slug: 'tom-homan' },
    });
  });

  it('BAD_USER_INPUT is a GraphQLRequestError naming the argument, with the request id', async () => {
    const client = createClient({ url });
    const error = await client.encounters
      .series({ dataset: 'cbp-southwest', filter: { areas: ['YUM'] } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.areas' });
    expect((error as GraphQLRequestError).requestId).toMatch(/\S/);
  });

  it('a bad API key is an AuthenticationError (HTTP 401)', async () => {
    const client = createClient({ url, apiKey: `bdk_${'x'.repeat(32)}` });
    const error = await client.actors.get('tom-homan').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((error as AuthenticationError).requestId).toMatch(/\S/);
  });

  it('a closed port is a NetworkError, retried for queries', async () => {
    let calls = 0;
    const client = createClient({
      url: `http://127.0.0.1:${await closedPort()}/graphql`,
      retry: { attempts: 3, baseDelayMs: 1 },
      fetch: (input, init) => {
        calls += 1;
        return fetch(input, init);
      },
    });
    await expect(client.datasets.get('cbp-southwest')).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toBe(3);
  });

  it('retries 5xx for queries, never for mutations', async () => {
    let calls = 0;
    const client = createClient({
      url,
      retry: { attempts: 3, baseDelayMs: 1 },
      fetch: async () => {
        calls += 1;
        return new Response('{"errors":[{"message":"Internal server error."}]}', {
          status: 503,
          headers: { 'x-request-id': 'r1' },
        });
      },
    });
    await expect(client.datasets.get('cbp-southwest')).rejects.toMatchObject({
      name: 'HttpError',
      status: 503,
      requestId: 'r1',
    });
    expect(calls).toBe(3);
    calls = 0;
    const Archive = new TypedDocumentString<unknown, Record<string, never>>(
      '# a comment with the word query\nmutation Archive { archiveActor(input: { id: "x", version: 1 }) { __typename } }',
    );
    await expect(client.request(Archive)).rejects.toMatchObject({ status: 503 });
    expect(calls).toBe(1);
  });

  it('abort rejects at once, and cuts a wait before a retry short', async () => {
    const client = createClient({ url });
    const aborted = new AbortController();
    aborted.abort();
    await expect(client.actors.get('tom-homan', { signal: aborted.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });

    const slow = createClient({
      url: `http://127.0.0.1:${await closedPort()}/graphql`,
      retry: { attempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await expect(slow.datasets.get('cbp-southwest', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('rate limits through the client', () => {
  // Anonymous callers may spend 10 per 2-second window; the cheap query costs 2.
  const windowSeconds = 2;
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer({
      config: {
        rateLimits: { anonymous: 10, partner: 30, editor: 10_000, refusedKeys: 1000, windowSeconds },
        maxQueryCost: 1000,
      },
    });
    url = `${server.origin}/graphql`;
  });
  afterAll(() => server?.close());

  const exhaust = async () => {
    const client = createClient({ url, retry: false });
    for (;;) {
      const error = await client.request(CheapDocument).catch((caught: unknown) => caught);
      if (error instanceof RateLimitedError) return error;
    }
  };

  it('429 is a RateLimitedError with retryAfter; with retries the query waits Retry-After and succeeds', async () => {
    const limited = await exhaust();
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.retryAfter).toBeGreaterThanOrEqual(1);
    expect(limited.retryAfter).toBeLessThanOrEqual(windowSeconds);
    expect(limited.requestId).toMatch(/\S/);

    const recorder = recordingFetch();
    const client = createClient({ url, fetch: recorder.fetch, retry: { attempts: 3, maxDelayMs: 5_000 } });
    const started = Date.now();
    const data = await client.request(CheapDocument);
    expect(data.actors.totalCount).toBe(seed.actors.length);
    expect(recorder.calls.map((call) => call.status)).toEqual([429, 200]);
    // It waited out the window (Retry-After is in whole seconds, rounded up from what was left of it).
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('a mutation refused with 429 is not retried', async () => {
    await exhaust();
    const recorder = recordingFetch();
    const client = createClient({ url, fetch: recorder.fetch, retry: { attempts: 3, maxDelayMs: 5_000 } });
    const Archive = new TypedDocumentString<unknown, Record<string, never>>(
      'mutation Archive { archiveActor(input: { id: "x", version: 1 }) { __typename } }',
    );
    await expect(client.request(Archive)).rejects.toBeInstanceOf(RateLimitedError);
    expect(recorder.calls.map((call) => call.status)).toEqual([429]);
  });
});
