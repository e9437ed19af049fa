// Filters, orders and pages of the editorial lists (actors, statements, policies, sources) over the
// seeded article, through the HTTP server. Expected slugs are computed here from
// prisma/seed/article.json, never taken from the API. The seed inserts each list in file order, so
// ids follow the file: "ties broken by id" is "ties broken by position in the file".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorialSeedFile } from '../../src/seed/content-schema.js';
import { type GraphQLResponse, startTestServer, type TestServer } from '../support/server.js';

const article = editorialSeedFile.parse(
  JSON.parse(readFileSync(join(repoRoot, 'prisma', 'seed', 'article.json'), 'utf8')),
);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const listTypes = { actors: 'Actor', statements: 'Statement', policies: 'Policy', sources: 'Source' } as const;
type List = keyof typeof listTypes;

interface ListArgs {
  filter?: Record<string, unknown>;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' };
}

/** One page of `first` items: slugs in order and the list's totalCount. */
async function list(name: List, args: ListArgs = {}, first = 100): Promise<{ slugs: string[]; totalCount: number }> {
  const type = listTypes[name];
  const response = await server.query(
    `query ($filter: ${type}Filter, $orderBy: ${type}Order, $first: Int) {
       ${name}(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { node { slug } } } }`,
    { ...args, first },
  );
  expect(response.errors).toBeUndefined();
  const connection = response.data?.[name] as { totalCount: number; edges: { node: { slug: string } }[] };
  return { slugs: connection.edges.map((edge) => edge.node.slug), totalCount: connection.totalCount };
}

/** Slugs of a filtered list, in no particular order, after checking totalCount agrees. */
async function matching(name: List, filter: Record<string, unknown>): Promise<string[]> {
  const { slugs, totalCount } = await list(name, { filter });
  expect(totalCount).toBe(slugs.length);
  return [...slugs].sort();
}

const sortedSlugs = (items: { slug: string }[]) => items.map((item) => item.slug).sort();

/** The first and last day a seed date (`2024`, `2024-12` or `2024-12-10`) may stand for. */
function period(text: string): [string, string] {
  const [year = '', month, day] = text.split('-');
  if (day) return [text, text];
  if (!month) return [`${year}-01-01`, `${year}-12-31`];
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return [`${year}-${month}-01`, `${year}-${month}-${last}`];
}

/** Seed items whose whole date lies within [from, to] (either end open). */
function within<T>(items: T[], date: (item: T) => string | undefined, from?: string, to?: string): T[] {
  return items.filter((item) => {
    const text = date(item);
    if (!text) return false;
    const [first, last] = period(text);
    return (!from || first >= from) && (!to || last <= to);
  });
}

/** The day a seed statement's date is stored as: the first of what is known. */
const saidOn = (statement: { said?: string | undefined }) => (statement.said ? period(statement.said)[0] : null);

/** Items by a key, nulls last in either direction, ties by position in the seed file. */
function ordered<T>(items: T[], key: (item: T) => string | null, direction: 'ASC' | 'DESC'): T[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, value: key(item) }))
    .sort((a, b) => {
      if (a.value !== b.value) {
        if (a.value === null) return 1;
        if (b.value === null) return -1;
        return a.value < b.value ? -sign : sign;
      }
      return (a.index - b.index) * sign;
    })
    .map(({ item }) => item);
}

function expectBadInput(response: GraphQLResponse<unknown>, argument: string): void {
  expect(response.status).toBeLessThan(500);
  const error = response.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(error?.message).not.toMatch(/select|prisma|"Actor"|"Statement"|ILIKE|\$\d/i);
}

describe('actors', () => {
  const people = article.actors.filter((actor) => actor.kind === 'PERSON');

  it('filters by kind, by name by default (ties by id)', async () => {
    // People's names sort alike under every collation (capitalised words), so the order is exact.
    const { slugs, totalCount } = await list('actors', { filter: { kind: 'PERSON' } });
    expect(totalCount).toBe(11);
    expect(slugs).toEqual(ordered(people, (a) => a.name, 'ASC').map((a) => a.slug));
    const descending = await list('actors', {
      filter: { kind: 'PERSON' },
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    expect(descending.slugs).toEqual([...slugs].reverse());
  });

  it('filters by classification (any of)', async () => {
    const classifications = ['FOREIGN_GOVERNMENT', 'THINK_TANK'];
    expect(await matching('actors', { classifications })).toEqual(
      sortedSlugs(article.actors.filter((a) => a.classification && classifications.includes(a.classification))),
    );
    expect(await matching('actors', { classifications })).toEqual([
      'government-of-costa-rica',
      'government-of-mexico',
      'government-of-panama',
      'migration-policy-institute',
    ]);
  });

  it('filters by organization: its people (past roles too) and the organizations directly in it', async () => {
    const inOrganization = (org: string) =>
      [
        ...article.roles.filter((role) => role.organization === org).map((role) => role.person),
        ...article.actors.filter((actor) => actor.parent === org).map((actor) => actor.slug),
      ]
        .filter((slug, index, all) => all.indexOf(slug) === index)
        .sort();
    for (const org of ['cbp', 'dhs', 'incoming-trump-administration', 'ice', 'county-of-san-diego']) {
      expect(await matching('actors', { organization: org }), org).toEqual(inOrganization(org));
    }
    expect(await matching('actors', { organization: 'cbp' })).toEqual([
      'office-of-field-operations',
      'troy-a-miller',
      'us-border-patrol',
    ]);
    // Homan's ICE role ended in 2018; a past role still counts.
    expect(await matching('actors', { organization: 'ice' })).toEqual(['tom-homan']);
    expect(await matching('actors', { organization: 'no-such-organization' })).toEqual([]);
  });

  it('filters by text in the name or any other name, ignoring case, wildcards literal', async () => {
    const named = (text: string) =>
      sortedSlugs(
        article.actors.filter((actor) =>
          [actor.name, ...actor.otherNames].some((name) => name.toLowerCase().includes(text.toLowerCase())),
        ),
      );
    for (const text of ['homan', 'BORDER CZAR', 'mpi', 'l.a.', 'U.S.', "'s", 'county', 'santee']) {
      expect(await matching('actors', { name: text }), text).toEqual(named(text));
    }
    expect(await matching('actors', { name: 'border czar' })).toEqual(['tom-homan']);
    expect(await matching('actors', { name: 'l.a.' })).toEqual(['los-angeles-times']);
    for (const text of ['%', '_', '\\', 'u_s', '%homan']) {
      expect(await matching('actors', { name: text }), text).toEqual([]);
    }
  });

  it('filters by having statements', async () => {
    const speakers = new Set(article.statements.map((s) => s.speaker));
    expect(await matching('actors', { hasStatements: true })).toEqual(
      sortedSlugs(article.actors.filter((a) => speakers.has(a.slug))),
    );
    expect(await matching('actors', { hasStatements: false })).toEqual(
      sortedSlugs(article.actors.filter((a) => !speakers.has(a.slug))),
    );
  });

  it('combines filters with AND', async () => {
    const speakers = new Set(article.statements.map((s) => s.speaker));
    const { slugs, totalCount } = await list('actors', {
      filter: {
        kind: 'ORGANIZATION',
        classifications: ['FEDERAL_AGENCY', 'STATE_OR_LOCAL_GOVERNMENT'],
        hasStatements: true,
      },
    });
    expect(totalCount).toBe(3);
    expect([...slugs].sort()).toEqual(
      sortedSlugs(
        article.actors.filter(
          (a) =>
            (a.classification === 'FEDERAL_AGENCY' || a.classification === 'STATE_OR_LOCAL_GOVERNMENT') &&
            speakers.has(a.slug),
        ),
      ),
    );
  });

  it('orders by creation, newest first by default', async () => {
    const { slugs } = await list('actors', { orderBy: { field: 'CREATED_AT' } });
    expect(slugs).toEqual(article.actors.map((a) => a.slug).reverse());
  });
});

describe('statements', () => {
  const statements = article.statements;

  it('lists every statement, most recently said first, ties by id', async () => {
    const { slugs, totalCount } = await list('statements');
    expect(totalCount).toBe(27);
    expect(slugs).toEqual(ordered(statements, saidOn, 'DESC').map((s) => s.slug));
    const ascending = await list('statements', { orderBy: { field: 'SAID_ON', direction: 'ASC' } });
    expect(ascending.slugs).toEqual(ordered(statements, saidOn, 'ASC').map((s) => s.slug));
  });

  it('orders by creation', async () => {
    const newest = await list('statements', { orderBy: { field: 'CREATED_AT' } });
    expect(newest.slugs).toEqual(statements.map((s) => s.slug).reverse());
    const oldest = await list('statements', { orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(oldest.slugs).toEqual(statements.map((s) => s.slug));
  });

  it('filters by speakers (any of), an unknown one matching nothing', async () => {
    const speakers = ['tom-homan', 'rob-bonta'];
    expect(await matching('statements', { speakers })).toEqual(
      sortedSlugs(statements.filter((s) => speakers.includes(s.speaker))),
    );
    expect(await matching('statements', { speakers: ['rob-bonta', 'nobody'] })).toEqual([
      'bonta-scaremongering-letters',
    ]);
    expect(await matching('statements', { speakers: [] })).toHaveLength(27);
  });

  it('filters by the date said: a partial date counts only when all of it is inside the range', async () => {
    const ranges: [string | undefined, string | undefined][] = [
      ['2024-12-01', '2024-12-31'],
      ['2024-12-01', '2024-12-15'],
      ['2024-11-01', '2024-11-30'],
      ['2024-01-01', '2024-12-31'],
      ['2024-01-01', '2024-06-30'],
      ['2024-11-26', undefined],
      [undefined, '2024-09-30'],
      ['2024-11-25', '2024-11-25'],
    ];
    for (const [from, to] of ranges) {
      expect(await matching('statements', { saidOn: { from, to } }), `${from}…${to}`).toEqual(
        sortedSlugs(within(statements, (s) => s.said, from, to)),
      );
    }
    // "December 2024" is not known to fall in its first half; "2024" is not known to fall in June.
    expect(await matching('statements', { saidOn: { from: '2024-12-01', to: '2024-12-15' } })).toEqual([]);
    expect(await matching('statements', { saidOn: { from: '2024-11-01', to: '2024-11-30' } })).toEqual([
      'trump-record-numbers-national-guard',
      'trump-time-military-deportations',
    ]);
    expect(await matching('statements', { saidOn: { to: '2024-09-30' } })).toEqual([
      'issa-legal-asylum-vs-illegal-entry',
      'issa-restore-rule-of-law',
      'minto-154000-street-releases',
      'minto-unofficial-figures-local-resources',
    ]);
  });

  it('filters by topics (any of)', async () => {
    const topics = ['military', 'economy'];
    expect(await matching('statements', { topics })).toEqual(
      sortedSlugs(statements.filter((s) => s.topics.some((topic) => topics.includes(topic)))),
    );
    expect(await matching('statements', { topics: ['sanctuary'] })).toEqual(
      sortedSlugs(statements.filter((s) => s.topics.includes('sanctuary'))),
    );
  });

  it('filters by mentioned actor and mentioned policy', async () => {
    expect(await matching('statements', { mentionsActor: 'fox-news' })).toEqual(
      sortedSlugs(statements.filter((s) => s.mentionsActors.includes('fox-news'))),
    );
    expect(await matching('statements', { mentionsActor: 'kamala-harris' })).toEqual([
      'minto-154000-street-releases',
      'trump-criticized-biden-harris-border-increases',
    ]);
    for (const policy of article.policies.map((p) => p.slug)) {
      expect(await matching('statements', { mentionsPolicy: policy }), policy).toEqual(
        sortedSlugs(statements.filter((s) => s.mentionsPolicies.includes(policy))),
      );
    }
    expect(await matching('statements', { mentionsPolicy: 'securing-the-border' })).toEqual([
      'mittelstadt-november-first-time-ports-of-entry',
      'troy-miller-enforcement-lasting-impact',
    ]);
  });

  it('filters by source and by paraphrase', async () => {
    expect(await matching('statements', { source: 'latimes-2024-12-border-crossings-four-year-low' })).toHaveLength(27);
    expect(await matching('statements', { source: 'federal-register-88-fr-31314' })).toEqual([]);
    expect(await matching('statements', { isParaphrase: false })).toEqual(
      sortedSlugs(statements.filter((s) => !s.isParaphrase)),
    );
    expect(await matching('statements', { isParaphrase: true })).toEqual(
      sortedSlugs(statements.filter((s) => s.isParaphrase)),
    );
  });

  it('combines filters with AND, and totalCount counts the filtered list, not the page', async () => {
    const filter = { speakers: ['marisa-cianciarulo', 'donald-trump'], topics: ['deportation'], isParaphrase: true };
    const expected = statements.filter(
      (s) =>
        ['marisa-cianciarulo', 'donald-trump'].includes(s.speaker) &&
        s.topics.includes('deportation') &&
        s.isParaphrase,
    );
    expect(expected).toHaveLength(3);
    const page = await list('statements', { filter }, 1);
    expect(page.totalCount).toBe(3);
    expect(page.slugs).toEqual([ordered(expected, saidOn, 'DESC')[0]?.slug]);
  });

  it('filters and orders the statements of an actor, a policy and a source with the same arguments', async () => {
    const response = await server.query(`{
      actor(slug: "tom-homan") {
        statements(filter: { topics: ["sanctuary"] }, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount edges { node { slug } } } }
      policy(slug: "cbp-one-appointments") {
        mentionedIn(first: 1, filter: { isParaphrase: false }) { totalCount edges { node { slug } } } }
      sources(filter: { kinds: [NEWS_ARTICLE] }) { edges { node {
        statements(first: 2, filter: { saidOn: { from: "2024-09-01", to: "2024-09-30" } }, orderBy: { field: CREATED_AT }) {
          totalCount edges { node { slug } } } } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      actor: {
        statements: {
          totalCount: 2,
          edges: [
            { node: { slug: 'homan-sanctuary-cities-prosecution' } },
            { node: { slug: 'homan-harboring-is-a-crime' } },
          ],
        },
      },
      policy: {
        mentionedIn: { totalCount: 1, edges: [{ node: { slug: 'mittelstadt-november-first-time-ports-of-entry' } }] },
      },
      sources: {
        edges: [
          {
            node: {
              statements: {
                totalCount: 4,
                edges: [
                  { node: { slug: 'minto-unofficial-figures-local-resources' } },
                  { node: { slug: 'minto-154000-street-releases' } },
                ],
              },
            },
          },
        ],
      },
    });
  });
});

describe('policies', () => {
  const policies = article.policies;
  const effectiveOn = (policy: (typeof policies)[number]) =>
    policy.events
      .filter((event) => event.kind === 'EFFECTIVE')
      .map((event) => period(event.date)[0])
      .sort()[0] ?? null;

  it('orders by title (federal titles sort alike under every collation), ties by id', async () => {
    const federal = policies.filter((p) => p.jurisdictionLevel === 'FEDERAL');
    const { slugs } = await list('policies', { filter: { jurisdictionLevels: ['FEDERAL'] } });
    expect(slugs).toEqual(ordered(federal, (p) => p.title, 'ASC').map((p) => p.slug));
    const descending = await list('policies', {
      filter: { jurisdictionLevels: ['FEDERAL'] },
      orderBy: { field: 'TITLE', direction: 'DESC' },
    });
    expect(descending.slugs).toEqual([...slugs].reverse());
  });

  it('orders by effective date, newest first, never-effective last in both directions', async () => {
    for (const direction of ['DESC', 'ASC'] as const) {
      const { slugs } = await list('policies', { orderBy: { field: 'EFFECTIVE_ON', direction } });
      expect(slugs).toEqual(ordered(policies, effectiveOn, direction).map((p) => p.slug));
    }
    const { slugs } = await list('policies', { orderBy: { field: 'EFFECTIVE_ON' } });
    expect(slugs).toEqual([
      'securing-the-border',
      'circumvention-of-lawful-pathways',
      'cbp-one-appointments',
      'title-42-expulsions',
      'california-sb-54',
      'migrant-protection-protocols',
      'san-diego-county-non-cooperation',
    ]);
  });

  it('filters by kind, jurisdiction level and status (any of)', async () => {
    expect(await matching('policies', { kinds: ['FEDERAL_RULE', 'STATE_LAW'] })).toEqual(
      sortedSlugs(policies.filter((p) => ['FEDERAL_RULE', 'STATE_LAW'].includes(p.kind))),
    );
    expect(await matching('policies', { jurisdictionLevels: ['STATE', 'COUNTY'] })).toEqual([
      'california-sb-54',
      'san-diego-county-non-cooperation',
    ]);
    expect(await matching('policies', { statuses: ['EXPIRED', 'RESCINDED'] })).toEqual(
      sortedSlugs(policies.filter((p) => ['EXPIRED', 'RESCINDED'].includes(p.status))),
    );
    expect(await matching('policies', { statuses: ['ENJOINED'] })).toEqual([]);
  });

  it('filters by text in the jurisdiction name, and in the title or short name', async () => {
    expect(await matching('policies', { jurisdictionName: 'san diego' })).toEqual(['san-diego-county-non-cooperation']);
    expect(await matching('policies', { jurisdictionName: 'CALIFORNIA' })).toEqual(['california-sb-54']);
    expect(await matching('policies', { jurisdictionName: 'united' })).toHaveLength(5);
    for (const text of ['remain in mexico', 'SB 54', 'border', 'title 42']) {
      const lower = text.toLowerCase();
      expect(await matching('policies', { name: text }), text).toEqual(
        sortedSlugs(
          policies.filter((p) => p.title.toLowerCase().includes(lower) || p.shortName.toLowerCase().includes(lower)),
        ),
      );
    }
    expect(await matching('policies', { name: 'remain in mexico' })).toEqual(['migrant-protection-protocols']);
    expect(await matching('policies', { name: '%' })).toEqual([]);
    expect(await matching('policies', { name: 'title_42' })).toEqual([]);
  });

  it('filters by effective date and issuer', async () => {
    expect(await matching('policies', { effectiveOn: { from: '2023-01-01', to: '2023-12-31' } })).toEqual([
      'cbp-one-appointments',
      'circumvention-of-lawful-pathways',
    ]);
    expect(await matching('policies', { effectiveOn: { to: '2020-12-31' } })).toEqual(
      sortedSlugs(policies.filter((p) => (effectiveOn(p) ?? '9999') <= '2020-12-31')),
    );
    // Title 42 took effect in March 2020, day unknown: inside March, not inside its first day.
    expect(await matching('policies', { effectiveOn: { from: '2020-03-01', to: '2020-03-31' } })).toEqual([
      'title-42-expulsions',
    ]);
    expect(await matching('policies', { effectiveOn: { from: '2020-03-01', to: '2020-03-01' } })).toEqual([]);
    expect(await matching('policies', { issuer: 'dhs' })).toEqual(
      sortedSlugs(policies.filter((p) => p.issuer === 'dhs')),
    );
    expect(await matching('policies', { issuer: 'dhs', statuses: ['ACTIVE'] })).toEqual([
      'circumvention-of-lawful-pathways',
    ]);
    expect(await matching('policies', { issuer: 'nobody' })).toEqual([]);
  });
});

describe('sources', () => {
  const sources = article.sources;

  it('lists sources, most recently published first; by title', async () => {
    const { slugs, totalCount } = await list('sources');
    expect(totalCount).toBe(3);
    expect(slugs).toEqual(
      ordered(sources, (s) => (s.published ? period(s.published)[0] : null), 'DESC').map((s) => s.slug),
    );
    const byTitle = await list('sources', { orderBy: { field: 'TITLE' } });
    expect(byTitle.slugs).toEqual(ordered(sources, (s) => s.title, 'ASC').map((s) => s.slug));
  });

  it('filters by kind, publisher, publication date and title', async () => {
    expect(await matching('sources', { kinds: ['GOVERNMENT_DOCUMENT'] })).toEqual(
      sortedSlugs(sources.filter((s) => s.kind === 'GOVERNMENT_DOCUMENT')),
    );
    expect(await matching('sources', { publisher: 'los-angeles-times' })).toEqual([
      'latimes-2024-12-border-crossings-four-year-low',
    ]);
    expect(await matching('sources', { publishedOn: { from: '2023-01-01', to: '2024-06-30' } })).toEqual(
      sortedSlugs(within(sources, (s) => s.published, '2023-01-01', '2024-06-30')),
    );
    // Published "December 2024": inside December, not inside its first week.
    expect(await matching('sources', { publishedOn: { from: '2024-12-01', to: '2024-12-31' } })).toEqual([
      'latimes-2024-12-border-crossings-four-year-low',
    ]);
    expect(await matching('sources', { publishedOn: { from: '2024-12-01', to: '2024-12-07' } })).toEqual([]);
    expect(await matching('sources', { title: 'FR 4' })).toEqual(['federal-register-89-fr-48710']);
    expect(await matching('sources', { title: '(final rule' })).toEqual(['federal-register-88-fr-31314']);
  });
});

describe('pages', () => {
  const orderFields: Record<List, string[]> = {
    actors: ['NAME', 'CREATED_AT', 'UPDATED_AT'],
    statements: ['SAID_ON', 'CREATED_AT', 'UPDATED_AT'],
    policies: ['TITLE', 'EFFECTIVE_ON', 'CREATED_AT', 'UPDATED_AT'],
    sources: ['PUBLISHED_ON', 'TITLE', 'CREATED_AT', 'UPDATED_AT'],
  };

  it('tests every order field the schema offers', async () => {
    for (const [name, type] of Object.entries(listTypes)) {
      const response = await server.query(`{ __type(name: "${type}OrderField") { enumValues { name } } }`);
      const values = (response.data?.__type as { enumValues: { name: string }[] } | undefined)?.enumValues.map(
        (v) => v.name,
      );
      expect(values?.sort()).toEqual([...orderFields[name as List]].sort());
    }
  });

  /** Every page of `first: 2` in turn, following endCursor. */
  async function walk(connection: (after: string | null) => Promise<unknown>): Promise<string[]> {
    const slugs: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result = (await connection(after)) as {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { slug: string } }[];
      };
      slugs.push(...result.edges.map((edge) => edge.node.slug));
      if (!result.pageInfo.hasNextPage) return slugs;
      after = result.pageInfo.endCursor;
    }
    throw new Error('more than 100 pages');
  }

  const pageOf = (name: List, args: ListArgs) => async (after: string | null) => {
    const type = listTypes[name];
    const response = await server.query(
      `query ($filter: ${type}Filter, $orderBy: ${type}Order, $after: String) {
         ${name}(first: 2, after: $after, filter: $filter, orderBy: $orderBy) {
           pageInfo { hasNextPage endCursor } edges { node { slug } } } }`,
      { ...args, after },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.[name];
  };

  it('walks every list in every order, two at a time: the whole list, in order, no repeats, no gaps', async () => {
    // Undated rows and equal dates, so the NULLs-last sort keys and the id tie-breaker are walked through.
    const prisma = server.db.prisma;
    const latimes = await prisma.source.findUniqueOrThrow({
      where: { slug: 'latimes-2024-12-border-crossings-four-year-low' },
    });
    const homan = await prisma.actor.findUniqueOrThrow({ where: { slug: 'tom-homan' } });
    const undated = ['undated-a', 'undated-b', 'undated-c'];
    for (const slug of undated) {
      await prisma.statement.create({ data: { slug, text: slug, speakerId: homan.id, sourceId: latimes.id } });
    }
    await prisma.source.create({ data: { slug: 'undated-source', kind: 'SOCIAL_POST', title: 'Undated' } });
    try {
      for (const name of Object.keys(orderFields) as List[]) {
        for (const field of orderFields[name]) {
          for (const direction of ['ASC', 'DESC'] as const) {
            const args = { orderBy: { field, direction } };
            const whole = await list(name, args);
            const walked = await walk(pageOf(name, args));
            expect(walked, `${name} ${field} ${direction}`).toEqual(whole.slugs);
            expect(new Set(walked).size).toBe(whole.totalCount);
          }
        }
      }
      const statements = await list('statements');
      expect(statements.slugs.slice(-3)).toEqual([...undated].reverse());
      const sources = await list('sources', { orderBy: { field: 'PUBLISHED_ON', direction: 'ASC' } });
      expect(sources.slugs.at(-1)).toBe('undated-source');

      const filtered = {
        filter: { topics: ['enforcement'] },
        orderBy: { field: 'SAID_ON', direction: 'ASC' as const },
      };
      expect(await walk(pageOf('statements', filtered))).toEqual((await list('statements', filtered)).slugs);

      // A nested connection pages the same way: Homan's three statements and the three undated ones.
      const homansPage = async (after: string | null) => {
        const response = await server.query(
          `query ($after: String) { actor(slug: "tom-homan") {
             statements(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { slug } } } } }`,
          { after },
        );
        expect(response.errors).toBeUndefined();
        return (response.data?.actor as { statements: unknown } | undefined)?.statements;
      };
      const homans = article.statements.filter((s) => s.speaker === 'tom-homan');
      expect(await walk(homansPage)).toEqual([
        ...ordered(homans, saidOn, 'DESC').map((s) => s.slug),
        ...[...undated].reverse(),
      ]);
    } finally {
      await prisma.statement.deleteMany({ where: { slug: { in: undated } } });
      await prisma.source.delete({ where: { slug: 'undated-source' } });
    }
  });
});

describe('bad arguments', () => {
  it('refuses a forged cursor, naming the argument', async () => {
    const notACursor = Buffer.from('not-a-cursor').toString('base64');
    for (const list of ['actors', 'statements', 'policies', 'sources']) {
      expectBadInput(await server.query(`{ ${list}(first: 2, after: "${notACursor}") { totalCount } }`), 'after');
    }
  });

  // A nested connection's cursor is parsed while its parent's query is planned, not by its resolver.
  it('refuses a forged cursor on a nested connection, naming the argument', async () => {
    const notACursor = Buffer.from('not-a-cursor').toString('base64');
    const query = `{ actor(slug: "tom-homan") { statements(first: 2, after: "${notACursor}") { totalCount } } }`;
    expectBadInput(await server.query(query), 'after');
  });

  it('refuses an unknown enum value, naming where it is', async () => {
    const response = await server.query('query ($orderBy: ActorOrder) { actors(orderBy: $orderBy) { totalCount } }', {
      orderBy: { field: 'POPULARITY' },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('"orderBy.field"');
    const kinds = await server.query('query ($filter: PolicyFilter) { policies(filter: $filter) { totalCount } }', {
      filter: { kinds: ['DECREE'] },
    });
    expect(kinds.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(kinds.errors?.[0]?.message).toContain('"filter.kinds[0]"');
  });

  it('refuses an inverted date range on every list, nested ones too', async () => {
    const inverted = '{ from: "2024-12-31", to: "2024-01-01" }';
    expectBadInput(
      await server.query(`{ statements(filter: { saidOn: ${inverted} }) { totalCount } }`),
      'filter.saidOn',
    );
    expectBadInput(
      await server.query(`{ policies(filter: { effectiveOn: ${inverted} }) { totalCount } }`),
      'filter.effectiveOn',
    );
    expectBadInput(
      await server.query(`{ sources(filter: { publishedOn: ${inverted} }) { totalCount } }`),
      'filter.publishedOn',
    );
    expectBadInput(
      await server.query(
        `{ policy(slug: "securing-the-border") { mentionedIn(filter: { saidOn: ${inverted} }) { totalCount } } }`,
      ),
      'filter.saidOn',
    );
    const response = await server.query(`{ statements(filter: { saidOn: ${inverted} }) { totalCount } }`);
    expect(response.errors?.[0]?.message).toBe('filter.saidOn.from is after filter.saidOn.to.');
    // A one-day range is not inverted.
    expect(await matching('statements', { saidOn: { from: '2024-11-25', to: '2024-11-25' } })).toHaveLength(2);
  });

  it('refuses a malformed date', async () => {
    const response = await server.query(
      'query ($filter: StatementFilter) { statements(filter: $filter) { totalCount } }',
      {
        filter: { saidOn: { from: '2024-13-01' } },
      },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('"filter.saidOn.from"');
  });

  it('refuses a malformed updatedSince on every list, naming it', async () => {
    for (const [name, type] of Object.entries(listTypes)) {
      const response = await server.query(
        `query ($filter: ${type}Filter) { ${name}(filter: $filter) { totalCount } }`,
        { filter: { updatedSince: '2024-12-01' } },
      );
      expect(response.errors?.[0]?.extensions?.code, name).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message, name).toContain('"filter.updatedSince"');
    }
  });

  it('refuses text over 200 characters and lists over 100 values, naming the field', async () => {
    const long = 'x'.repeat(201);
    expectBadInput(
      await server.query('query ($name: String) { actors(filter: { name: $name }) { totalCount } }', { name: long }),
      'filter.name',
    );
    expectBadInput(
      await server.query('query ($t: String) { policies(filter: { jurisdictionName: $t }) { totalCount } }', {
        t: long,
      }),
      'filter.jurisdictionName',
    );
    expectBadInput(
      await server.query('query ($s: [String!]) { statements(filter: { speakers: $s }) { totalCount } }', {
        s: ['tom-homan', long],
      }),
      'filter.speakers',
    );
    expectBadInput(
      await server.query('query ($t: [String!]) { statements(filter: { topics: $t }) { totalCount } }', {
        t: Array.from({ length: 101 }, (_, i) => `topic-${i}`),
      }),
      'filter.topics',
    );
    const response = await server.query('query ($name: String) { actors(filter: { name: $name }) { totalCount } }', {
      name: long,
    });
    expect(response.errors?.[0]?.message).toBe('filter.name takes text of at most 200 characters.');
    expect(await matching('actors', { name: 'x'.repeat(200) })).toEqual([]);
  });
});
