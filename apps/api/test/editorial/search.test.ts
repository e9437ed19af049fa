// `search` through the HTTP server over the seeded article. Which entities must be found is worked
// out here from prisma/seed/article.json (the fields each kind of entity is searched by, as the
// schema documents them), never taken from the API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorialSeedFile } from '../../src/seed/content-schema.js';
import { startTestServer, type TestServer } from '../support/server.js';

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

type SearchType = 'ACTOR' | 'POLICY' | 'SOURCE' | 'STATEMENT';

interface Snippet {
  parts: { text: string; highlighted: boolean }[];
  html: string;
  text: string;
}

interface Hit {
  type: SearchType;
  rank: number;
  matchedBy: ('FULL_TEXT' | 'FUZZY')[];
  title: Snippet;
  snippet: Snippet;
  node: { __typename: string; slug: string };
}

const hitFields = `type rank matchedBy
  title { parts { text highlighted } html text }
  snippet { parts { text highlighted } html text }
  node { __typename ... on Actor { slug } ... on Policy { slug } ... on Source { slug } ... on Statement { slug } }`;

async function search(query: string, args: { types?: SearchType[]; first?: number } = {}) {
  return server.query(
    `query ($query: String!, $types: [SearchType!], $first: Int) {
       search(query: $query, types: $types, first: $first) { ${hitFields} } }`,
    { query, ...args },
  );
}

async function hits(query: string, args: { types?: SearchType[]; first?: number } = {}): Promise<Hit[]> {
  const response = await search(query, { first: 50, ...args });
  expect(response.errors).toBeUndefined();
  return response.data?.search as Hit[];
}

const keys = (found: Hit[]) => found.map((hit) => `${hit.type}:${hit.node.slug}`);

// ---------------------------------------------------------------------------------------------
// What each seeded entity is searched by (the fields the SearchType values describe)
// ---------------------------------------------------------------------------------------------

const actorName = new Map(article.actors.map((actor) => [actor.slug, actor.name]));

const documents: { key: string; text: string }[] = [
  ...article.actors.map((a) => ({ key: `ACTOR:${a.slug}`, text: [a.name, ...a.otherNames, a.summary].join(' ') })),
  ...article.policies.map((p) => ({
    key: `POLICY:${p.slug}`,
    text: [p.title, p.shortName, p.summary, ...p.citations, p.jurisdictionName].join(' '),
  })),
  ...article.sources.map((s) => ({
    key: `SOURCE:${s.slug}`,
    text: [s.title, s.publisher ? actorName.get(s.publisher) : '', s.kind.replaceAll('_', ' ')].join(' '),
  })),
  ...article.statements.map((s) => ({
    key: `STATEMENT:${s.slug}`,
    text: [s.text, s.setting, ...s.topics.map((topic) => topic.replaceAll('-', ' ')), actorName.get(s.speaker)].join(
      ' ',
    ),
  })),
];

/** Entities with a word matching every pattern, sorted. */
function containing(...patterns: RegExp[]): string[] {
  return documents
    .filter((document) => patterns.every((pattern) => pattern.test(document.text)))
    .map((document) => document.key)
    .sort();
}

const highlighted = (snippet: Snippet) => snippet.parts.filter((part) => part.highlighted).map((part) => part.text);

function expectRanked(found: Hit[]) {
  const ranks = found.map((hit) => hit.rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
}

// ---------------------------------------------------------------------------------------------

describe('search', () => {
  it('finds everything about "sanctuary", ranked, with the word highlighted in each snippet', async () => {
    const found = await hits('sanctuary');
    const expected = containing(/\bsanctuar(y|ies)\b/i);
    // Five statements on the topic and the incoming administration, which threatened sanctuary jurisdictions.
    expect(expected.filter((key) => key.startsWith('STATEMENT:'))).toHaveLength(5);
    expect([...keys(found)].sort()).toEqual(expected);
    expectRanked(found);
    for (const hit of found) {
      expect(hit.matchedBy).toEqual(['FULL_TEXT']);
      expect(highlighted(hit.snippet).map((text) => text.toLowerCase())).toContain('sanctuary');
      expect(hit.snippet.html).toMatch(/<mark>sanctuary<\/mark>/i);
      expect(hit.snippet.text).toBe(hit.snippet.parts.map((part) => part.text).join(''));
    }
    // The same search twice gives the same order: equal ranks are broken by type and id.
    expect(keys(await hits('sanctuary'))).toEqual(keys(found));
  });

  it('finds the actor "Homan" first, then his statements and those that name him', async () => {
    const found = await hits('Homan');
    expect(keys(found)[0]).toBe('ACTOR:tom-homan');
    expect(found[0]?.matchedBy).toEqual(['FULL_TEXT', 'FUZZY']);
    expect(highlighted(found[0]?.title as Snippet)).toEqual(['Homan', 'Homan', 'Homan']);
    expect(found[0]?.title.text).toBe('Tom Homan · Thomas Homan · Thomas D. Homan · Border Czar');
    expect([...keys(found)].sort()).toEqual(containing(/\bhoman/i));
    const statements = article.statements.filter((s) => s.speaker === 'tom-homan').map((s) => `STATEMENT:${s.slug}`);
    expect(statements.length).toBeGreaterThan(0);
    expect(keys(found)).toEqual(expect.arrayContaining(statements));
    expectRanked(found);
  });

  it('finds "Homman", misspelt, by the trigrams of the name, the actor first', async () => {
    const found = await hits('Homman');
    // Nothing contains the misspelling: every hit is fuzzy, on the name Homan.
    expect(containing(/\bhomman/i)).toEqual([]);
    expect(keys(found)[0]).toBe('ACTOR:tom-homan');
    expect([...keys(found)].sort()).toEqual(
      [
        'ACTOR:tom-homan',
        ...article.statements.filter((s) => s.speaker === 'tom-homan').map((s) => `STATEMENT:${s.slug}`),
      ].sort(),
    );
    for (const hit of found) {
      expect(hit.matchedBy).toEqual(['FUZZY']);
      expect(highlighted(hit.title)).toContain('Homan');
    }
    expect(found[0]?.title.html).toBe(
      'Tom <mark>Homan</mark> · Thomas <mark>Homan</mark> · Thomas D. <mark>Homan</mark> · Border Czar',
    );
    expectRanked(found);
  });

  it('needs every word, longer ones as prefixes, in any grammatical form', async () => {
    expect([...keys(await hits('sanctuary enforcement'))].sort()).toEqual(
      containing(/\bsanctuar(y|ies)\b/i, /\benforc/i),
    );
    expect([...keys(await hits('deport'))].sort()).toEqual(containing(/\bdeport/i));
  });

  it('restricts hits to the types asked for', async () => {
    const all = keys(await hits('Homan'));
    expect(keys(await hits('Homan', { types: ['STATEMENT'] }))).toEqual(all.filter((k) => k.startsWith('STATEMENT:')));
    expect(keys(await hits('Homan', { types: ['ACTOR', 'POLICY'] }))).toEqual(['ACTOR:tom-homan']);
    expect(await hits('Homan', { types: ['POLICY', 'SOURCE'] })).toEqual([]);
    const policies = await hits('border', { types: ['POLICY'] });
    expect(policies.map((hit) => hit.node.__typename)).toEqual(policies.map(() => 'Policy'));
  });

  it('returns at most `first` hits, the best ones', async () => {
    const all = keys(await hits('border'));
    expect(all.length).toBeGreaterThan(10);
    expect(keys(await hits('border', { first: 3 }))).toEqual(all.slice(0, 3));
    const { data } = await search('border');
    expect(data?.search).toHaveLength(10);
  });
});

describe('search input', () => {
  const expectBadInput = async (args: Parameters<typeof search>, argument: string) => {
    const response = await search(...args);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(response.errors?.[0]?.message).not.toMatch(/prisma|sql|tsquery|syntax/i);
  };

  it('refuses a query with no letters or digits, however it is made of wildcards, quotes or backslashes', async () => {
    for (const query of ['', '   ', '%', '_', "'", '"', '\\', `%_'"\\`, '&|!():*<->']) {
      await expectBadInput([query], 'query');
    }
  });

  it('takes %, _, quotes and backslashes literally: they separate words and are never wildcards', async () => {
    // `100%` and `a_b` are the words 100, a and b: no seeded text has them, so nothing, not everything.
    expect(containing(/\b100\b/)).toEqual([]);
    expect(await hits('100%')).toEqual([]);
    expect(await hits('a_b')).toEqual([]);
    // As LIKE patterns these would match "sanctuary"; as words they match nothing.
    expect(await hits('%uary')).toEqual([]);
    expect(await hits('sanctu_ry')).toEqual([]);
    // Around a word they change nothing.
    const sanctuary = keys(await hits('sanctuary'));
    for (const query of ['"sanctuary"', "'sanctuary'", 'sanctuary\\', '%sanctuary%']) {
      expect(keys(await hits(query))).toEqual(sanctuary);
    }
    // Nor is anything SQL: these are the words sanctuary, or and 1, and no text has 1.
    expect(await hits("sanctuary' OR '1'='1")).toEqual([]);
    expect(keys(await hits("Sheriff's"))).toEqual(keys(await hits('Sheriff s')));
    // Words too common to mean anything (stop words) match nothing, by text or by spelling.
    expect(await hits('the')).toEqual([]);
  });

  it('refuses a query over 200 characters, and first outside 1..100, naming the argument', async () => {
    await expectBadInput(['a'.repeat(201)], 'query');
    expect((await search(`${'homan '.repeat(33)}ho`)).errors).toBeUndefined();
    await expectBadInput(['Homan', { first: 0 }], 'first');
    await expectBadInput(['Homan', { first: 101 }], 'first');
    await expectBadInput(['Homan', { types: [] }], 'types');
  });
});

describe('search over nested selections', () => {
  const query = `query ($first: Int) {
    search(query: "trump", types: [ACTOR, STATEMENT], first: $first) { type rank snippet { html } node {
      ... on Actor { name parent { name } roles { title organization { name } }
        statements(first: 5) { totalCount edges { node { text } } } }
      ... on Statement { text speaker { name roles { title } } source { title publisher { name } }
        mentions { actors { name } policies { title } } claims { text } }
    } } }`;

  async function measure(first: number) {
    server.sql.length = 0;
    const response = await server.query(query, { first });
    expect(response.errors).toBeUndefined();
    const found = response.data?.search as { type: SearchType }[];
    const sql = server.sql.filter((statement) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(statement.trim()));
    return { found, sql };
  }

  it('runs the same few SQL statements for 3 hits as for 30', async () => {
    const few = await measure(3);
    const many = await measure(30);
    expect(few.found).toHaveLength(3);
    expect(many.found.length).toBeGreaterThan(10);
    // Both pages hold actors and statements, so both load the same relations.
    expect(new Set(few.found.map((hit) => hit.type))).toEqual(new Set(['ACTOR', 'STATEMENT']));
    expect(new Set(many.found.map((hit) => hit.type))).toEqual(new Set(['ACTOR', 'STATEMENT']));
    expect(many.sql.length).toBe(few.sql.length);
    // One for the hits, then one per type and relation level selected.
    expect(few.sql.length).toBeLessThanOrEqual(16);
  });
});

describe('search documents follow their entities (triggers)', () => {
  it('finds an actor by a new name, with the statements he made, and no longer by the old one', async () => {
    const minto = article.statements.filter((s) => s.speaker === 'john-minto').map((s) => `STATEMENT:${s.slug}`);
    expect(minto.length).toBeGreaterThan(0);
    expect(await hits('Quillfeather')).toEqual([]);
    await server.db.prisma.actor.update({ where: { slug: 'john-minto' }, data: { name: 'Jonathan Quillfeather' } });
    const found = await hits('Quillfeather');
    expect(keys(found)[0]).toBe('ACTOR:john-minto');
    expect([...keys(found)].sort()).toEqual(['ACTOR:john-minto', ...minto].sort());
    expect(highlighted(found[0]?.title as Snippet)).toEqual(['Quillfeather']);
    // "Minto" is left only where a text says it (the City of Santee's summary names its mayor).
    expect(keys(await hits('Minto'))).not.toContain('ACTOR:john-minto');
  });

  it('indexes a new statement, its edits, and forgets it once deleted', async () => {
    const speaker = await server.db.prisma.actor.findUniqueOrThrow({ where: { slug: 'rob-bonta' } });
    const source = await server.db.prisma.source.findFirstOrThrow();
    const statement = await server.db.prisma.statement.create({
      data: {
        slug: 'search-fixture',
        text: 'Zanzibar is not a border state.',
        speakerId: speaker.id,
        sourceId: source.id,
      },
    });
    expect(keys(await hits('Zanzibar'))).toEqual(['STATEMENT:search-fixture']);
    await server.db.prisma.statement.update({ where: { id: statement.id }, data: { topics: ['quokka-policy'] } });
    expect(keys(await hits('quokka'))).toEqual(['STATEMENT:search-fixture']);
    await server.db.prisma.statement.delete({ where: { id: statement.id } });
    expect(await hits('Zanzibar')).toEqual([]);
  });

  it('leaves archived entities out, whatever matched them, and finds them again once restored', async () => {
    const archive = (archivedAt: Date | null) =>
      Promise.all([
        server.db.prisma.actor.update({ where: { slug: 'tom-homan' }, data: { archivedAt } }),
        server.db.prisma.statement.update({ where: { slug: 'homan-workplace-raids' }, data: { archivedAt } }),
        server.db.prisma.policy.update({ where: { slug: 'securing-the-border' }, data: { archivedAt } }),
        server.db.prisma.source.update({ where: { slug: 'federal-register-89-fr-48710' }, data: { archivedAt } }),
      ]);
    const homan = [...keys(await hits('Homan'))].sort();
    const border = [...keys(await hits('Securing the Border'))].sort();
    expect(homan).toEqual(expect.arrayContaining(['ACTOR:tom-homan', 'STATEMENT:homan-workplace-raids']));
    expect(border).toEqual(
      expect.arrayContaining(['POLICY:securing-the-border', 'SOURCE:federal-register-89-fr-48710']),
    );
    await archive(new Date());
    const archived = ['ACTOR:tom-homan', 'STATEMENT:homan-workplace-raids'];
    expect([...keys(await hits('Homan'))].sort()).toEqual(homan.filter((key) => !archived.includes(key)));
    expect([...keys(await hits('Homman'))]).not.toContain('ACTOR:tom-homan');
    expect([...keys(await hits('Securing the Border'))].sort()).toEqual(
      border.filter((key) => key !== 'POLICY:securing-the-border' && key !== 'SOURCE:federal-register-89-fr-48710'),
    );
    await archive(null);
    expect([...keys(await hits('Homan'))].sort()).toEqual(homan);
    expect([...keys(await hits('Securing the Border'))].sort()).toEqual(border);
  });

  it('forgets a truncated table', async () => {
    await server.db.prisma.$executeRaw`TRUNCATE "Statement" CASCADE`;
    expect(keys(await hits('sanctuary'))).toEqual(
      containing(/\bsanctuar(y|ies)\b/i).filter((key) => key.startsWith('ACTOR:')),
    );
  });
});
