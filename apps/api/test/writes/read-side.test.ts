// The read side of writes, through the HTTP server over the seeded article: archived records are left
// out of every list, count, nested list and the month cross-links, yet a reference to one still
// resolves and editors still find one by id or slug; `updatedSince` returns what changed, archived
// records included, in an order a sync can page through; the audit trail is for ADMIN keys only.
// Rows are archived and audit events inserted directly through Prisma; what each read must return is
// worked out here from prisma/seed/article.json and those writes, never taken from the API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiKeyRole, AuditAction } from '@borderdesk/db';
import { repoRoot } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyPrefix } from '../../src/access/keys.js';
import { editorialSeedFile } from '../../src/seed/content-schema.js';
import { startTestServer, type TestServer } from '../support/server.js';

const article = editorialSeedFile.parse(
  JSON.parse(readFileSync(join(repoRoot, 'prisma', 'seed', 'article.json'), 'utf8')),
);

let server: TestServer;
const keys = new Map<ApiKeyRole, string>();
beforeAll(async () => {
  server = await startTestServer();
  for (const role of ['PARTNER', 'EDITOR', 'ADMIN'] as const) keys.set(role, await server.createKey(role));
});
afterAll(async () => {
  await server?.close();
});

type Caller = 'ANONYMOUS' | ApiKeyRole;
const callers: Caller[] = ['ANONYMOUS', 'PARTNER', 'EDITOR', 'ADMIN'];

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug).sort();
const without = (all: string[], ...left: string[]) => all.filter((slug) => !left.includes(slug)).sort();

/** The data of a query that must succeed, as `caller`. */
async function read<T>(query: string, variables: Record<string, unknown> = {}, caller: Caller = 'PARTNER'): Promise<T> {
  const apiKey = caller === 'ANONYMOUS' ? undefined : keys.get(caller);
  const response = await server.query(query, variables, apiKey ? { apiKey } : {});
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const nodes = <T>(page: Page<T>) => page.edges.map((edge) => edge.node);

const listTypes = { actors: 'Actor', statements: 'Statement', policies: 'Policy', sources: 'Source' } as const;
type List = keyof typeof listTypes;

interface Synced {
  slug: string;
  updatedAt: string;
  archivedAt: string | null;
}

async function list(
  name: List,
  args: { filter?: object; orderBy?: object; first?: number; after?: string } = {},
  caller: Caller = 'PARTNER',
): Promise<Page<Synced>> {
  const type = listTypes[name];
  const data = await read<Record<List, Page<Synced>>>(
    `query ($filter: ${type}Filter, $orderBy: ${type}Order, $first: Int, $after: String) {
       ${name}(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
         totalCount edges { cursor node { slug updatedAt archivedAt } } pageInfo { hasNextPage endCursor } } }`,
    { first: 100, ...args },
    caller,
  );
  return data[name];
}

// ---------------------------------------------------------------------------------------------
// Archived records
// ---------------------------------------------------------------------------------------------

describe('archived records', () => {
  const archived = {
    actors: ['john-minto', 'fox-news'],
    statement: 'homan-harboring-is-a-crime',
    policy: 'migrant-protection-protocols',
    source: 'federal-register-88-fr-31314',
    role: { person: 'tom-homan', organization: 'ice' },
    event: { policy: 'title-42-expulsions', kind: 'SIGNED' },
    stance: { actor: 'tom-homan', policy: 'california-sb-54' },
    claim: 'dhs-deportation-sentences-doubled',
  } as const;

  beforeAll(async () => {
    const { prisma } = server.db;
    const archivedAt = new Date();
    await prisma.actor.updateMany({ where: { slug: { in: [...archived.actors] } }, data: { archivedAt } });
    await prisma.statement.update({ where: { slug: archived.statement }, data: { archivedAt } });
    await prisma.policy.update({ where: { slug: archived.policy }, data: { archivedAt } });
    await prisma.source.update({ where: { slug: archived.source }, data: { archivedAt } });
    await prisma.role.updateMany({
      where: { person: { slug: archived.role.person }, organization: { slug: archived.role.organization } },
      data: { archivedAt },
    });
    await prisma.policyEvent.updateMany({
      where: { policy: { slug: archived.event.policy }, kind: archived.event.kind },
      data: { archivedAt },
    });
    await prisma.stance.updateMany({
      where: { actor: { slug: archived.stance.actor }, policy: { slug: archived.stance.policy } },
      data: { archivedAt },
    });
    await prisma.claim.update({ where: { slug: archived.claim }, data: { archivedAt } });
  });

  it('leaves them out of the root lists and their totalCount', async () => {
    const expected: Record<List, string[]> = {
      actors: without(slugs(article.actors), ...archived.actors),
      statements: without(slugs(article.statements), archived.statement),
      policies: without(slugs(article.policies), archived.policy),
      sources: without(slugs(article.sources), archived.source),
    };
    for (const name of Object.keys(listTypes) as List[]) {
      const page = await list(name);
      expect(slugs(nodes(page)), name).toEqual(expected[name]);
      expect(page.totalCount, name).toBe(expected[name].length);
    }
    const claims = await read<{ claims: Page<{ slug: string }> }>(
      '{ claims(first: 100) { totalCount edges { node { slug } } } }',
    );
    const liveClaims = without(slugs(article.claims), archived.claim);
    expect(slugs(nodes(claims.claims))).toEqual(liveClaims);
    expect(claims.claims.totalCount).toBe(liveClaims.length);
    // Filters over related records count live ones only: ICE's one member held an archived role.
    const iceMembers = article.roles.filter((role) => role.organization === 'ice').map((role) => role.person);
    expect(iceMembers).toEqual([archived.role.person]);
    expect(slugs(nodes(await list('actors', { filter: { organization: 'ice' } })))).toEqual([]);
  });

  it('leaves them out of nested lists', async () => {
    const data = await read<{
      homan: {
        roles: { title: string }[];
        stances: { policy: { slug: string } }[];
        statements: Page<{ slug: string; mentions: { actors: { slug: string }[] } }>;
      };
      dhs: { issuedPolicies: { slug: string }[]; statements: Page<{ slug: string; claims: { slug: string }[] }> };
      sb54: { stances: { actor: { slug: string } }[] };
      title42: { events: { kind: string }[] };
      circumvention: { sources: { slug: string }[] };
      sources: Page<{ slug: string; statements: Page<{ slug: string }> }>;
    }>(`{
      homan: actor(slug: "tom-homan") {
        roles { title } stances { policy { slug } }
        statements(first: 20) { totalCount edges { node { slug mentions { actors { slug } } } } }
      }
      dhs: actor(slug: "dhs") {
        issuedPolicies { slug } statements(first: 20) { totalCount edges { node { slug claims { slug } } } }
      }
      sb54: policy(slug: "california-sb-54") { stances { actor { slug } } }
      title42: policy(slug: "title-42-expulsions") { events { kind } }
      circumvention: policy(slug: "circumvention-of-lawful-pathways") { sources { slug } }
      sources(first: 5) { edges { node { slug statements(first: 30) { totalCount edges { node { slug } } } } } }
    }`);

    const homanRoles = article.roles.filter((role) => role.person === 'tom-homan');
    expect(data.homan.roles.map((role) => role.title).sort()).toEqual(
      homanRoles.filter((role) => role.organization !== 'ice').map((role) => role.title),
    );
    expect(data.homan.stances.map((stance) => stance.policy.slug).sort()).toEqual(
      without(
        article.stances.filter((stance) => stance.actor === 'tom-homan').map((stance) => stance.policy),
        archived.stance.policy,
      ),
    );
    const homanStatements = without(
      slugs(article.statements.filter((statement) => statement.speaker === 'tom-homan')),
      archived.statement,
    );
    expect(slugs(nodes(data.homan.statements))).toEqual(homanStatements);
    expect(data.homan.statements.totalCount).toBe(homanStatements.length);
    for (const statement of nodes(data.homan.statements)) {
      const seeded = article.statements.find((s) => s.slug === statement.slug);
      expect(statement.mentions.actors.map((actor) => actor.slug).sort()).toEqual(
        without([...(seeded?.mentionsActors ?? [])], ...archived.actors),
      );
    }
    // Fox News, archived, was named by Homan's statements: the mentions lost it.
    expect(article.statements.some((s) => s.speaker === 'tom-homan' && s.mentionsActors.includes('fox-news'))).toBe(
      true,
    );

    expect(slugs(data.dhs.issuedPolicies)).toEqual(
      without(slugs(article.policies.filter((policy) => policy.issuer === 'dhs')), archived.policy),
    );
    for (const statement of nodes(data.dhs.statements)) {
      const claims = article.claims.filter((claim) => claim.statement === statement.slug);
      expect(slugs(statement.claims), statement.slug).toEqual(without(slugs(claims), archived.claim));
    }
    // The statement that made the archived claim is itself live, and listed without it.
    const claimed = article.claims.find((claim) => claim.slug === archived.claim)?.statement;
    expect(nodes(data.dhs.statements).find((statement) => statement.slug === claimed)?.claims).toEqual([]);

    expect(data.sb54.stances.map((stance) => stance.actor.slug).sort()).toEqual(
      without(
        article.stances.filter((stance) => stance.policy === 'california-sb-54').map((stance) => stance.actor),
        archived.stance.actor,
      ),
    );
    const title42 = article.policies.find((policy) => policy.slug === archived.event.policy);
    expect(data.title42.events.map((event) => event.kind).sort()).toEqual(
      title42?.events
        .map((event) => event.kind)
        .filter((kind) => kind !== archived.event.kind)
        .sort(),
    );
    const circumvention = article.policies.find((policy) => policy.slug === 'circumvention-of-lawful-pathways');
    expect(slugs(data.circumvention.sources)).toEqual(without([...(circumvention?.sources ?? [])], archived.source));
    for (const source of nodes(data.sources)) {
      const said = without(
        slugs(article.statements.filter((statement) => statement.source === source.slug)),
        archived.statement,
      );
      expect(slugs(nodes(source.statements)), source.slug).toEqual(said);
      expect(source.statements.totalCount).toBe(said.length);
    }
  });

  it("leaves them out of a month's cross-links: policies in effect, policy events, statements", async () => {
    const query = `{
      november: periodContext(month: "2024-11") { policiesInEffect { slug } }
      december: periodContext(month: "2024-12") { statements(first: 100) { slug } }
      march2020: periodContext(month: "2020-03") { policyEvents { kind policy { slug } } }
    }`;
    type Data = {
      november: { policiesInEffect: { slug: string }[] };
      december: { statements: { slug: string }[] };
      march2020: { policyEvents: { kind: string; policy: { slug: string } }[] };
    };
    // In effect in November 2024: an EFFECTIVE event by its end, no RESCINDED or EXPIRED one by its start.
    const inEffect = article.policies
      .filter((policy) => policy.events.some((event) => event.kind === 'EFFECTIVE' && event.date <= '2024-11-30'))
      .filter((policy) => !policy.events.some((e) => ['RESCINDED', 'EXPIRED'].includes(e.kind) && e.date < '2024-11'))
      .map((policy) => policy.slug);
    expect(inEffect).toContain('securing-the-border');
    const december = without(
      slugs(article.statements.filter((statement) => statement.said?.startsWith('2024-12'))),
      archived.statement,
    );
    const march2020 = article.policies.flatMap((policy) =>
      policy.events
        .filter((event) => event.date.startsWith('2020-03') && event.kind !== archived.event.kind)
        .map((event) => `${policy.slug} ${event.kind}`),
    );
    expect(march2020).toEqual([`${archived.event.policy} EFFECTIVE`]);

    const check = async (policies: string[]) => {
      const data = await read<Data>(query);
      expect(slugs(data.november.policiesInEffect)).toEqual([...policies].sort());
      expect(slugs(data.december.statements)).toEqual(december);
      expect(data.march2020.policyEvents.map((event) => `${event.policy.slug} ${event.kind}`)).toEqual(march2020);
    };
    await check(inEffect);
    const policy = { where: { slug: 'securing-the-border' } };
    await server.db.prisma.policy.update({ ...policy, data: { archivedAt: new Date() } });
    try {
      await check(without(inEffect, 'securing-the-border'));
    } finally {
      await server.db.prisma.policy.update({ ...policy, data: { archivedAt: null } });
    }
  });

  /** Runs `check` while the record is archived, restoring it after. */
  async function whileArchived(model: 'statement' | 'policy' | 'actor', slug: string, check: () => Promise<void>) {
    const delegate = server.db.prisma[model] as unknown as {
      update(args: { where: { slug: string }; data: { archivedAt: Date | null } }): Promise<unknown>;
    };
    await delegate.update({ where: { slug }, data: { archivedAt: new Date() } });
    try {
      await check();
    } finally {
      await delegate.update({ where: { slug }, data: { archivedAt: null } });
    }
  }

  it("leaves an archived policy's events out of a month's policy events, and out of reach by id", async () => {
    const title42 = article.policies.find((policy) => policy.slug === 'title-42-expulsions');
    expect(title42?.events.filter((event) => event.date.startsWith('2020-03')).map((e) => e.kind)).toEqual([
      'SIGNED',
      'EFFECTIVE',
    ]);
    const event = await server.db.prisma.policyEvent.findFirstOrThrow({
      where: { policy: { slug: 'title-42-expulsions' }, kind: 'EFFECTIVE' },
    });
    const query = `query ($id: ID!) { periodContext(month: "2020-03") { policyEvents { kind policy { slug title } } }
      node(id: $id) { id ... on PolicyEvent { policy { title } } } }`;
    type Data = { periodContext: { policyEvents: { kind: string }[] }; node: { id: string } | null };
    const id = globalId('PolicyEvent', event.id);
    expect((await read<Data>(query, { id }, 'ANONYMOUS')).periodContext.policyEvents.map((e) => e.kind)).toEqual([
      'EFFECTIVE',
    ]);
    await whileArchived('policy', 'title-42-expulsions', async () => {
      for (const caller of callers) {
        const data = await read<Data>(query, { id }, caller);
        expect(data.periodContext.policyEvents, caller).toEqual([]);
        expect(data.node?.id ?? null, caller).toBe(caller === 'EDITOR' || caller === 'ADMIN' ? id : null);
      }
    });
  });

  it("leaves an archived statement's claims out of lists, lookups and Statement.claims", async () => {
    const statement = 'cbp-november-2024-down-18-percent-lowest-since-july-2020';
    const made = slugs(article.claims.filter((claim) => claim.statement === statement));
    expect(made).toHaveLength(2);
    const [claimSlug = ''] = made;
    const claim = await server.db.prisma.claim.findUniqueOrThrow({ where: { slug: claimSlug } });
    const id = globalId('Claim', claim.id);
    const query = `query ($slug: String!, $id: ID!) {
      claims(first: 100) { totalCount edges { node { slug } } }
      claim(slug: $slug) { slug statement { text } }
      node(id: $id) { id }
    }`;
    type Data = {
      claims: Page<{ slug: string }>;
      claim: { slug: string } | null;
      node: { id: string } | null;
    };
    const liveClaims = without(slugs(article.claims), archived.claim);
    await whileArchived('statement', statement, async () => {
      for (const caller of callers) {
        const data = await read<Data>(query, { slug: claimSlug, id }, caller);
        expect(slugs(nodes(data.claims)), caller).toEqual(without(liveClaims, ...made));
        expect(data.claims.totalCount, caller).toBe(liveClaims.length - made.length);
        const editor = caller === 'EDITOR' || caller === 'ADMIN';
        expect(data.claim?.slug ?? null, caller).toBe(editor ? claimSlug : null);
        expect(data.node, caller).toEqual(editor ? { id } : null);
      }
      // Claims filtered by the archived statement's slug: none, for editors too.
      const bySlug = await read<{ claims: Page<{ slug: string }> }>(
        `{ claims(first: 100, filter: { statements: ["${statement}"] }) { totalCount edges { node { slug } } } }`,
        {},
        'EDITOR',
      );
      expect(bySlug.claims.totalCount).toBe(0);
      // An editor reading the archived statement still sees its claims; no one else can reach it.
      const editorView = await read<{ node: { claims: { slug: string }[] } | null }>(
        `query ($id: ID!) { node(id: $id) { ... on Statement { claims { slug } } } }`,
        { id: globalId('Statement', claim.statementId) },
        'EDITOR',
      );
      expect(slugs(editorView.node?.claims ?? [])).toEqual(made);
    });
  });

  it('gives a stance no evidence when its statement is archived, except for editors', async () => {
    const evidence = 'troy-miller-enforcement-lasting-impact';
    const seeded = article.stances.filter((stance) => stance.policy === 'securing-the-border');
    expect(seeded.find((stance) => stance.actor === 'troy-a-miller')?.statement).toBe(evidence);
    const query = `{ policy(slug: "securing-the-border") { stances { actor { slug } evidence { slug text } } } }`;
    type Data = { policy: { stances: { actor: { slug: string }; evidence: { slug: string } | null }[] } };
    const evidenceOf = (data: Data) =>
      Object.fromEntries(data.policy.stances.map((stance) => [stance.actor.slug, stance.evidence?.slug ?? null]));
    const expected = Object.fromEntries(seeded.map((stance) => [stance.actor, stance.statement ?? null]));
    await whileArchived('statement', evidence, async () => {
      for (const caller of callers) {
        const editor = caller === 'EDITOR' || caller === 'ADMIN';
        expect(evidenceOf(await read<Data>(query, {}, caller)), caller).toEqual({
          ...expected,
          'troy-a-miller': editor ? evidence : null,
        });
      }
    });
    expect(evidenceOf(await read<Data>(query, {}, 'ANONYMOUS'))).toEqual(expected);
  });

  it("leaves the stances on an archived policy out of the actor's, and an archived actor's out of the policy's", async () => {
    type Data = {
      actor: { stances: { policy: { slug: string } }[] };
      policy: { stances: { actor: { slug: string } }[] };
    };
    const query = `{ actor(slug: "tom-homan") { stances { policy { slug } } }
      policy(slug: "california-sb-54") { stances { actor { slug } } } }`;
    const policiesOfHoman = (data: Data) => data.actor.stances.map((stance) => stance.policy.slug).sort();
    const actorsOnSb54 = (data: Data) => data.policy.stances.map((stance) => stance.actor.slug).sort();
    // Homan's stance on SB 54 is itself archived for this whole block.
    const live = article.stances.filter(
      (stance) => stance.actor !== archived.stance.actor || stance.policy !== archived.stance.policy,
    );
    const homan = live.filter((stance) => stance.actor === 'tom-homan').map((stance) => stance.policy);
    const sb54 = live.filter((stance) => stance.policy === 'california-sb-54').map((stance) => stance.actor);
    expect(policiesOfHoman(await read<Data>(query, {}, 'ANONYMOUS'))).toEqual([...homan].sort());
    await whileArchived('policy', 'san-diego-county-non-cooperation', async () => {
      expect(policiesOfHoman(await read<Data>(query, {}, 'PARTNER'))).toEqual(
        homan.filter((policy) => policy !== 'san-diego-county-non-cooperation').sort(),
      );
    });
    await whileArchived('actor', 'stephen-miller', async () => {
      expect(actorsOnSb54(await read<Data>(query, {}, 'PARTNER'))).toEqual(
        sb54.filter((actor) => actor !== 'stephen-miller').sort(),
      );
    });
  });

  it('checks stance evidence and statement claims with the same SQL statements for 2 policies as for all', async () => {
    const query = `query ($first: Int) { policies(first: $first) { edges { node {
      stances { evidence { slug speaker { name } claims { slug statement { slug } } } } } } } }`;
    const measure = async (first: number) => {
      server.sql.length = 0;
      const data = await read<{ policies: Page<unknown> }>(query, { first }, 'ANONYMOUS');
      expect(data.policies.edges).toHaveLength(first);
      return server.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim())).length;
    };
    const all = article.policies.length - 1;
    expect(await measure(all)).toBe(await measure(2));
  });

  it('still resolves a reference to an archived record, which shows when it was archived', async () => {
    const data = await read<{
      statements: Page<{
        slug: string;
        speaker: { slug: string; archivedAt: string | null; roles: { title: string }[] };
      }>;
    }>(`{ statements(first: 100, filter: { speakers: ["john-minto"] }) {
      edges { node { slug speaker { slug archivedAt roles { title } } } } } }`);
    const expected = slugs(article.statements.filter((statement) => statement.speaker === 'john-minto'));
    expect(expected.length).toBeGreaterThan(0);
    expect(slugs(nodes(data.statements))).toEqual(expected);
    for (const statement of nodes(data.statements)) {
      expect(statement.speaker.slug).toBe('john-minto');
      expect(Date.parse(statement.speaker.archivedAt ?? '')).not.toBeNaN();
      expect(statement.speaker.roles.map((role) => role.title)).toEqual(
        article.roles.filter((role) => role.person === 'john-minto').map((role) => role.title),
      );
    }
  });

  it('finds an archived record by id or slug for EDITOR and ADMIN keys, and is null for everyone else', async () => {
    const { prisma } = server.db;
    const minto = await prisma.actor.findUniqueOrThrow({ where: { slug: 'john-minto' } });
    const homan = await prisma.actor.findUniqueOrThrow({ where: { slug: 'tom-homan' } });
    const statement = await prisma.statement.findUniqueOrThrow({ where: { slug: archived.statement } });
    const role = await prisma.role.findFirstOrThrow({ where: { archivedAt: { not: null } } });
    const event = await prisma.policyEvent.findFirstOrThrow({ where: { archivedAt: { not: null } } });
    const stance = await prisma.stance.findFirstOrThrow({ where: { archivedAt: { not: null } } });
    const source = await prisma.source.findUniqueOrThrow({ where: { slug: archived.source } });
    const claim = await prisma.claim.findUniqueOrThrow({ where: { slug: archived.claim } });
    const policy = await prisma.policy.findUniqueOrThrow({ where: { slug: archived.policy } });
    const ids = [
      globalId('Actor', minto.id),
      globalId('Statement', statement.id),
      globalId('Role', role.id),
      globalId('PolicyEvent', event.id),
      globalId('Stance', stance.id),
      globalId('Source', source.id),
      globalId('Claim', claim.id),
      globalId('Policy', policy.id),
    ];
    const query = `query ($ids: [ID!]!, $live: ID!, $archived: ID!) {
      nodes(ids: $ids) { id ... on Actor { archivedAt } ... on Statement { archivedAt } ... on Role { archivedAt }
        ... on PolicyEvent { archivedAt } ... on Stance { archivedAt } ... on Source { archivedAt }
        ... on Claim { archivedAt } ... on Policy { archivedAt } }
      archived: node(id: $archived) { id }
      live: node(id: $live) { id ... on Actor { archivedAt } }
      actor(slug: "john-minto") { slug archivedAt }
      policy(slug: "${archived.policy}") { slug archivedAt }
    }`;
    const variables = { ids, archived: globalId('Actor', minto.id), live: globalId('Actor', homan.id) };
    for (const caller of callers) {
      const data = await read<{
        nodes: ({ id: string; archivedAt: string | null } | null)[];
        archived: { id: string } | null;
        live: { id: string; archivedAt: string | null } | null;
        actor: { slug: string; archivedAt: string | null } | null;
        policy: { slug: string; archivedAt: string | null } | null;
      }>(query, variables, caller);
      expect(data.live, caller).toEqual({ id: globalId('Actor', homan.id), archivedAt: null });
      if (caller === 'EDITOR' || caller === 'ADMIN') {
        expect(data.nodes.map((node) => node?.id)).toEqual(ids);
        for (const node of data.nodes) expect(Date.parse(node?.archivedAt ?? '')).not.toBeNaN();
        expect(data.archived).toEqual({ id: ids[0] });
        expect(data.actor?.slug).toBe('john-minto');
        expect(data.policy?.slug).toBe(archived.policy);
      } else {
        expect(data.nodes, caller).toEqual(ids.map(() => null));
        expect(data.archived, caller).toBeNull();
        expect(data.actor, caller).toBeNull();
        expect(data.policy, caller).toBeNull();
      }
    }
  });

  it('gives every editable type its version and archivedAt', async () => {
    const data = await read<{
      policy: {
        version: number;
        archivedAt: string | null;
        events: { version: number; archivedAt: string | null }[];
        stances: { version: number; archivedAt: string | null; actor: { version: number } }[];
        sources: { version: number; archivedAt: string | null }[];
        issuer: { version: number; archivedAt: string | null; roles: { version: number; archivedAt: string | null }[] };
      };
      statements: Page<{
        version: number;
        archivedAt: string | null;
        claims: { version: number; archivedAt: string | null }[];
      }>;
    }>(`{
      policy(slug: "securing-the-border") { version archivedAt events { version archivedAt }
        stances { version archivedAt actor { version } } sources { version archivedAt }
        issuer { version archivedAt roles { version archivedAt } } }
      statements(first: 100) { edges { node { version archivedAt claims { version archivedAt } } } }
    }`);
    const { events, stances, sources, issuer, ...policy } = data.policy;
    const { roles, ...actor } = issuer;
    const claims = nodes(data.statements).flatMap((statement) => statement.claims);
    const records = [policy, ...events, ...stances.map(({ actor: _actor, ...stance }) => stance), ...sources, actor];
    for (const record of [
      ...records,
      ...roles,
      ...nodes(data.statements).map(({ claims: _c, ...s }) => s),
      ...claims,
    ]) {
      expect(record).toEqual({ version: 1, archivedAt: null });
    }
    expect(events.length * stances.length * sources.length * roles.length * claims.length).toBeGreaterThan(0);
  });

  it("moves a policy's effective date when an EFFECTIVE event is archived, and back when it is restored", async () => {
    const { prisma } = server.db;
    const cbpOne = article.policies.find((policy) => policy.slug === 'cbp-one-appointments');
    const effective = cbpOne?.events.filter((event) => event.kind === 'EFFECTIVE') ?? [];
    expect(effective.map((event) => event.date)).toEqual(['2023-01-12']);
    const query = `{ policy(slug: "cbp-one-appointments") { effectiveOn }
      policies(first: 100, filter: { effectiveOn: { from: "2023-01-01", to: "2023-01-31" } }) { edges { node { slug } } } }`;
    type Data = { policy: { effectiveOn: string | null }; policies: Page<{ slug: string }> };
    const where = { policy: { slug: 'cbp-one-appointments' }, kind: 'EFFECTIVE' as const };

    await prisma.policyEvent.updateMany({ where, data: { archivedAt: new Date() } });
    const archivedData = await read<Data>(query);
    expect(archivedData.policy.effectiveOn).toBeNull();
    expect(slugs(nodes(archivedData.policies))).toEqual([]);

    await prisma.policyEvent.updateMany({ where, data: { archivedAt: null } });
    const restored = await read<Data>(query);
    expect(restored.policy.effectiveOn).toBe('2023-01-12');
    expect(slugs(nodes(restored.policies))).toEqual(['cbp-one-appointments']);
  });
});

// ---------------------------------------------------------------------------------------------
// updatedSince
// ---------------------------------------------------------------------------------------------

describe('updatedSince', () => {
  /** The records written after `since`, per list, in the order they were written. */
  const writes: Record<List, { slug: string; archived: boolean }[]> = {
    actors: [
      { slug: 'rob-bonta', archived: false },
      { slug: 'kamala-harris', archived: true },
    ],
    statements: [
      { slug: 'issa-restore-rule-of-law', archived: true },
      { slug: 'bonta-scaremongering-letters', archived: false },
    ],
    policies: [
      { slug: 'securing-the-border', archived: false },
      { slug: 'title-42-expulsions', archived: true },
    ],
    sources: [
      { slug: 'federal-register-89-fr-48710', archived: true },
      { slug: 'latimes-2024-12-border-crossings-four-year-low', archived: false },
    ],
  };
  let since: Date;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

  beforeAll(async () => {
    const { prisma } = server.db;
    await pause();
    since = new Date();
    await pause();
    const write = {
      actors: (slug: string, archived: boolean) =>
        prisma.actor.update({ where: { slug }, data: archived ? { archivedAt: new Date() } : { summary: 'Edited.' } }),
      statements: (slug: string, archived: boolean) =>
        prisma.statement.update({
          where: { slug },
          data: archived ? { archivedAt: new Date() } : { setting: 'Edited' },
        }),
      policies: (slug: string, archived: boolean) =>
        prisma.policy.update({ where: { slug }, data: archived ? { archivedAt: new Date() } : { summary: 'Edited.' } }),
      sources: (slug: string, archived: boolean) =>
        prisma.source.update({ where: { slug }, data: archived ? { archivedAt: new Date() } : { title: 'Edited' } }),
    };
    // Interleaved, so each list's order is the order of its own writes, not of the lists.
    for (const index of [0, 1]) {
      for (const name of Object.keys(writes) as List[]) {
        const record = writes[name][index];
        if (record) await write[name](record.slug, record.archived);
        await pause();
      }
    }
  });

  it('returns editors the records changed since the instant, archived ones included, oldest change first', async () => {
    for (const name of Object.keys(writes) as List[]) {
      const page = await list(
        name,
        { filter: { updatedSince: since }, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } },
        'EDITOR',
      );
      expect(
        nodes(page).map((node) => ({ slug: node.slug, archived: node.archivedAt !== null })),
        name,
      ).toEqual(writes[name]);
      expect(page.totalCount, name).toBe(writes[name].length);
      // Without updatedSince the archived one is gone.
      const live = slugs(nodes(await list(name)));
      for (const record of writes[name]) expect(live.includes(record.slug), record.slug).toBe(!record.archived);
    }
  });

  it('returns everyone else the live records changed since the instant, never archived content', async () => {
    for (const caller of ['ANONYMOUS', 'PARTNER'] as const) {
      for (const name of Object.keys(writes) as List[]) {
        const page = await list(
          name,
          { filter: { updatedSince: since }, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } },
          caller,
        );
        const expected = writes[name].filter((record) => !record.archived).map((record) => record.slug);
        expect(
          nodes(page).map((node) => node.slug),
          `${caller} ${name}`,
        ).toEqual(expected);
        expect(page.totalCount).toBe(expected.length);
      }
      // The whole history: no archived statement's text, and no claim of one.
      const everything = await read<{ statements: Page<{ slug: string; archivedAt: string | null }> }>(
        '{ statements(first: 100, filter: { updatedSince: "1970-01-01T00:00:00Z" }) { edges { node { slug archivedAt } } } }',
        {},
        caller,
      );
      expect(nodes(everything.statements).filter((node) => node.archivedAt !== null)).toEqual([]);
      const archivedStatements = await server.db.prisma.statement.count({ where: { archivedAt: { not: null } } });
      expect(nodes(everything.statements)).toHaveLength(article.statements.length - archivedStatements);
    }
  });

  it('lists to everyone the records archived since the instant, as tombstones, oldest first', async () => {
    const { prisma } = server.db;
    const archivedOrder = [
      ['STATEMENT', 'issa-restore-rule-of-law'],
      ['SOURCE', 'federal-register-89-fr-48710'],
      ['ACTOR', 'kamala-harris'],
      ['POLICY', 'title-42-expulsions'],
    ] as const;
    const find = { ACTOR: prisma.actor, STATEMENT: prisma.statement, POLICY: prisma.policy, SOURCE: prisma.source };
    const expected = [];
    for (const [type, slug] of archivedOrder) {
      const row = await (find[type] as typeof prisma.actor).findUniqueOrThrow({ where: { slug } });
      const graphqlType = { ACTOR: 'Actor', STATEMENT: 'Statement', POLICY: 'Policy', SOURCE: 'Source' }[type];
      expected.push({ id: globalId(graphqlType, row.id), type, archivedAt: row.archivedAt?.toISOString() });
    }
    const query = `query ($since: DateTime!, $types: [EditorialType!], $first: Int) {
      archivedSince(since: $since, types: $types, first: $first) { id type archivedAt } }`;
    type Data = { archivedSince: { id: string; type: string; archivedAt: string }[] };
    for (const caller of callers) {
      expect((await read<Data>(query, { since }, caller)).archivedSince, caller).toEqual(expected);
    }
    const only = await read<Data>(query, { since, types: ['ACTOR', 'POLICY', 'ROLE'] }, 'ANONYMOUS');
    expect(only.archivedSince).toEqual(expected.filter((record) => ['ACTOR', 'POLICY'].includes(record.type)));
    const first = await read<Data>(query, { since, first: 2 }, 'ANONYMOUS');
    expect(first.archivedSince).toEqual(expected.slice(0, 2));
    // Resuming from the last archivedAt seen: that record comes again, then the rest.
    const next = await read<Data>(query, { since: expected[1]?.archivedAt }, 'ANONYMOUS');
    expect(next.archivedSince).toEqual(expected.slice(1));
    // A restored record is live again and no longer a tombstone.
    await prisma.actor.update({ where: { slug: 'kamala-harris' }, data: { archivedAt: null } });
    try {
      expect((await read<Data>(query, { since }, 'ANONYMOUS')).archivedSince).toEqual(
        expected.filter((record) => record.type !== 'ACTOR'),
      );
    } finally {
      await prisma.actor.update({ where: { slug: 'kamala-harris' }, data: { archivedAt: new Date() } });
    }
    const refused = await server.query(query, { since, first: 101 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('includes the records of the instant itself, so a sync resuming from the last updatedAt it saw misses nothing', async () => {
    const [, last] = nodes(
      await list(
        'actors',
        { filter: { updatedSince: since }, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } },
        'EDITOR',
      ),
    );
    expect(last?.slug).toBe('kamala-harris');
    const again = await list(
      'actors',
      { filter: { updatedSince: last?.updatedAt }, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } },
      'EDITOR',
    );
    expect(nodes(again).map((node) => node.slug)).toEqual(['kamala-harris']);
  });

  it('breaks ties of updatedAt by id, and pages through them one at a time without skipping or repeating', async () => {
    const { prisma } = server.db;
    await pause();
    const instant = new Date(Date.now() + 1000);
    const tied = ['darrell-issa', 'cbp', 'time', 'stephen-miller'];
    await prisma.actor.updateMany({ where: { slug: { in: tied } }, data: { updatedAt: instant } });
    const byId = (await prisma.actor.findMany({ where: { slug: { in: tied } }, orderBy: { id: 'asc' } })).map(
      (actor) => actor.slug,
    );
    for (const direction of ['ASC', 'DESC'] as const) {
      const expected = direction === 'ASC' ? byId : [...byId].reverse();
      const args = { filter: { updatedSince: instant }, orderBy: { field: 'UPDATED_AT', direction } };
      expect(nodes(await list('actors', args)).map((node) => node.slug)).toEqual(expected);
      const paged: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < tied.length + 1; page++) {
        const result = await list('actors', { ...args, first: 1, ...(after ? { after } : {}) });
        paged.push(...nodes(result).map((node) => node.slug));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor ?? undefined;
      }
      expect(paged).toEqual(expected);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The audit trail
// ---------------------------------------------------------------------------------------------

describe('auditEvents', () => {
  interface Fixture {
    apiKeyId: number;
    prefix: string;
    requestId: string;
    action: AuditAction;
    entityType: 'Statement' | 'Actor' | 'Policy';
    entityId: number;
    slug: string | null;
    at: Date;
    before?: { n: number };
    after: { n: number };
  }
  const fixtures: Fixture[] = [];
  const eventCount = 50;
  /** An id no row has: the record was deleted since. */
  const goneId = 2_000_000_000;

  beforeAll(async () => {
    const { prisma } = server.db;
    const editorKey = await prisma.apiKey.findUniqueOrThrow({ where: { prefix: keyPrefix(keys.get('EDITOR') ?? '') } });
    const adminKey = await prisma.apiKey.findUniqueOrThrow({ where: { prefix: keyPrefix(keys.get('ADMIN') ?? '') } });
    const entities = {
      Statement: await prisma.statement.findMany({ orderBy: { id: 'asc' }, take: 10 }),
      Actor: await prisma.actor.findMany({ orderBy: { id: 'asc' }, take: 10 }),
      Policy: await prisma.policy.findMany({ orderBy: { id: 'asc' } }),
    };
    const types = ['Statement', 'Actor', 'Policy'] as const;
    const actions = ['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE'] as const;
    for (let i = 0; i < eventCount; i++) {
      const entityType = types[i % types.length] ?? 'Statement';
      const list = entities[entityType];
      const entity = i === eventCount - 1 ? undefined : list[i % list.length];
      const action = actions[i % actions.length] ?? 'UPDATE';
      const key = i % 2 === 0 ? editorKey : adminKey;
      fixtures.push({
        apiKeyId: key.id,
        prefix: key.prefix,
        requestId: `request-${i}`,
        action,
        entityType,
        entityId: entity?.id ?? goneId,
        slug: entity?.slug ?? null,
        // Two events a minute: ties on `at` are broken by id, newest first.
        at: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 2))),
        ...(action === 'CREATE' ? {} : { before: { n: i } }),
        after: { n: i + 1 },
      });
    }
    await prisma.auditEvent.createMany({ data: fixtures.map(({ prefix: _p, slug: _s, ...event }) => event) });
  });

  interface Event {
    at: string;
    action: AuditAction;
    entityType: string;
    entityId: string;
    requestId: string;
    apiKey: { prefix: string; name: string };
    before: unknown;
    after: unknown;
    record: { __typename: string; slug: string } | null;
  }
  const eventFields = `at action entityType entityId requestId apiKey { prefix name } before after
    record { __typename ... on Statement { slug } ... on Actor { slug } ... on Policy { slug } }`;
  const newestFirst = () => [...fixtures].reverse();
  const expectedEvent = (fixture: Fixture): Event => ({
    at: fixture.at.toISOString(),
    action: fixture.action,
    entityType: fixture.entityType,
    entityId: globalId(fixture.entityType, fixture.entityId),
    requestId: fixture.requestId,
    apiKey: { prefix: fixture.prefix, name: fixture.apiKeyId === fixtures[0]?.apiKeyId ? 'test editor' : 'test admin' },
    before: fixture.before ?? null,
    after: fixture.after,
    record: fixture.slug ? { __typename: fixture.entityType, slug: fixture.slug } : null,
  });

  async function events(filter: Record<string, unknown> = {}, args: { first?: number; after?: string } = {}) {
    const data = await read<{ auditEvents: Page<Event> }>(
      `query ($filter: AuditEventFilter, $first: Int, $after: String) {
         auditEvents(filter: $filter, first: $first, after: $after) {
           totalCount edges { cursor node { ${eventFields} } } pageInfo { hasNextPage endCursor } } }`,
      { filter, first: 100, ...args },
      'ADMIN',
    );
    return data.auditEvents;
  }

  it('lists every write for ADMIN keys, newest first, with the key, the record now, and before and after', async () => {
    const page = await events();
    expect(page.totalCount).toBe(eventCount);
    expect(nodes(page)).toEqual(newestFirst().map(expectedEvent));
    // The key is named by prefix and holder, never by its hash or the key itself.
    expect(JSON.stringify(page)).not.toContain(keys.get('ADMIN'));
  });

  it('filters by entity type, record, key, action and time, each alone and together', async () => {
    const statement = fixtures.find((fixture) => fixture.entityType === 'Statement');
    const adminPrefix = keyPrefix(keys.get('ADMIN') ?? '');
    const from = new Date(Date.UTC(2026, 0, 1, 0, 5));
    const to = new Date(Date.UTC(2026, 0, 1, 0, 12));
    const cases: [Record<string, unknown>, (fixture: Fixture) => boolean][] = [
      [{ entityType: 'Statement' }, (f) => f.entityType === 'Statement'],
      [
        { entityId: globalId('Statement', statement?.entityId ?? 0) },
        (f) => f.entityType === 'Statement' && f.entityId === statement?.entityId,
      ],
      [{ apiKey: adminPrefix }, (f) => f.prefix === adminPrefix],
      [{ action: 'ARCHIVE' }, (f) => f.action === 'ARCHIVE'],
      [{ from }, (f) => f.at >= from],
      [{ to }, (f) => f.at < to],
      [
        { entityType: 'Actor', apiKey: adminPrefix, from, to },
        (f) => f.entityType === 'Actor' && f.prefix === adminPrefix && f.at >= from && f.at < to,
      ],
      [{ apiKey: 'bdk_unknown0' }, () => false],
    ];
    for (const [filter, keep] of cases) {
      const expected = newestFirst().filter(keep).map(expectedEvent);
      const page = await events(filter);
      expect(nodes(page), JSON.stringify(filter)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    }
    expect(
      newestFirst().filter((f) => f.entityType === 'Statement' && f.entityId === statement?.entityId).length,
    ).toBeGreaterThan(1);
  });

  it('pages through the trail with cursors without skipping or repeating', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await events({}, { first: 20, ...(after ? { after } : {}) });
      seen.push(...nodes(result).map((event) => event.requestId));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(newestFirst().map((fixture) => fixture.requestId));
  });

  it('refuses a bad filter, naming the field', async () => {
    const query = 'query ($filter: AuditEventFilter) { auditEvents(filter: $filter) { totalCount } }';
    const refusals: [Record<string, unknown>, string][] = [
      [{ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'filter.from'],
      [{ entityId: 'not a global id' }, 'filter.entityId'],
    ];
    for (const [filter, argument] of refusals) {
      const response = await server.query(query, { filter }, { apiKey: keys.get('ADMIN') ?? '' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('is refused to EDITOR and PARTNER keys and to anonymous callers', async () => {
    for (const caller of ['ANONYMOUS', 'PARTNER', 'EDITOR'] as const) {
      const apiKey = caller === 'ANONYMOUS' ? undefined : keys.get(caller);
      const response = await server.query(
        '{ auditEvents { totalCount edges { node { after } } } }',
        {},
        apiKey ? { apiKey } : {},
      );
      expect(response.data ?? null, caller).toBeNull();
      expect(
        response.errors?.map((error) => error.extensions?.code),
        caller,
      ).toEqual(['FORBIDDEN']);
    }
  });

  it('loads the records of a page with the same SQL statements for 5 events as for 50', async () => {
    const query = `query ($first: Int) { auditEvents(first: $first) { edges { node { at apiKey { prefix }
      record { ... on Statement { slug speaker { name } source { title } }
               ... on Actor { name roles { title organization { name } } }
               ... on Policy { title events { kind } } } } } } }`;
    const measure = async (first: number) => {
      server.sql.length = 0;
      const data = await read<{ auditEvents: Page<{ record: unknown }> }>(query, { first }, 'ADMIN');
      expect(data.auditEvents.edges).toHaveLength(first);
      return server.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim()));
    };
    const few = await measure(5);
    const many = await measure(50);
    expect(many.length).toBe(few.length);
    // The caller's key, the page, the keys that wrote it, then per type its records and each relation level.
    expect(few.length).toBeLessThanOrEqual(11);
  });
});
