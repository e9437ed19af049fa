import { SearchType } from '@borderdesk/db';
import { getRefFromModel, PrismaObjectRef, queryFromInfo, type WithBrand } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { UserInputError } from '../errors.js';
import { findSearchHits, maxHits, maxQueryLength, type SearchHitRow, searchTerms } from '../search/search.js';
import { type SnippetPart, snippetHtml } from '../search/snippet.js';

const defaultHits = 10;

const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'A kind of entity search finds.',
  values: {
    ACTOR: { description: 'People and organizations, by their names, other names and summary.' },
    POLICY: { description: 'Policies, by title, short name, summary, citations and jurisdiction.' },
    SOURCE: { description: 'Sources, by title, publisher and kind.' },
    STATEMENT: { description: "Statements, by their text, setting, topics and the speaker's name." },
  } as const,
});

const SearchMatchEnum = builder.enumType('SearchMatch', {
  description: 'How a search hit matched the query.',
  values: {
    FULL_TEXT: {
      description:
        'Every word of the query is among its words, names included (words of three letters or more also as prefixes, in any grammatical form).',
    },
    FUZZY: { description: 'The query is spelt like one of its names (trigram similarity), e.g. "Homman" for Homan.' },
  } as const,
});

/** The Prisma object type each search type resolves to, as its domain file registered it. */
const modelOf = { ACTOR: 'Actor', POLICY: 'Policy', SOURCE: 'Source', STATEMENT: 'Statement' } as const;

function objectRefOf(type: SearchType) {
  const ref = getRefFromModel(modelOf[type], builder, 'object');
  if (!(ref instanceof PrismaObjectRef)) throw new Error(`${modelOf[type]} is not a Prisma object type`);
  return ref;
}

interface FindByIds {
  where: { id: { in: number[] } };
  select?: object;
  include?: object;
}

/** Rows of one type by id, with the selection Pothos planned for them. */
const findByIds: { [T in SearchType]: (ctx: Context, args: FindByIds) => Promise<{ id: number }[]> } = {
  ACTOR: (ctx, args) => ctx.prisma.actor.findMany(args),
  POLICY: (ctx, args) => ctx.prisma.policy.findMany(args),
  SOURCE: (ctx, args) => ctx.prisma.source.findMany(args),
  STATEMENT: (ctx, args) => ctx.prisma.statement.findMany(args),
};

const SearchResult = builder.unionType('SearchResult', {
  description: 'What a search hit is: select fields with `... on Statement`, `... on Actor` and so on.',
  types: Object.values(SearchType).map(objectRefOf),
});

const SnippetPartRef = builder.objectRef<SnippetPart>('SnippetPart').implement({
  description: 'A run of snippet text, highlighted when it matched the query.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The text, as stored (not HTML).' }),
    highlighted: t.exposeBoolean('highlighted', { description: 'True when this run matched the query.' }),
  }),
});

const SnippetRef = builder.objectRef<SnippetPart[]>('Snippet').implement({
  description: 'Text with the words that matched a search highlighted: as runs, as safe HTML, or plain.',
  fields: (t) => ({
    parts: t.field({
      type: [SnippetPartRef],
      description: 'The text in runs, each highlighted or not: render them with your own markup.',
      resolve: (parts) => parts,
    }),
    html: t.string({
      description: 'The text HTML-escaped, with each highlighted run in `<mark>`: safe to insert as HTML.',
      resolve: (parts) => snippetHtml(parts),
    }),
    text: t.string({
      description: 'The text alone, without highlighting.',
      resolve: (parts) => parts.map((part) => part.text).join(''),
    }),
  }),
});

/** A hit with its entity, branded with its GraphQL type so the union resolves without guessing. */
type SearchHit = SearchHitRow & { node: WithBrand<object> };

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One search result: the entity found, how well and how it matched, and where.',
  fields: (t) => ({
    node: t.field({ type: SearchResult, description: 'The entity found.', resolve: (hit) => hit.node }),
    type: t.field({ type: SearchTypeEnum, description: 'The kind of entity.', resolve: (hit) => hit.type }),
    rank: t.exposeFloat('rank', {
      description: 'Relevance, higher is better; only comparable between hits of the same search.',
    }),
    matchedBy: t.field({
      type: [SearchMatchEnum],
      description: 'How it matched: by its words, by the spelling of a name, or both.',
      resolve: (hit) => hit.matchedBy,
    }),
    title: t.field({
      type: SnippetRef,
      description:
        "The entity's names (actor and other names, policy title and short name, source title, a statement's speaker) with the matches highlighted.",
      resolve: (hit) => hit.title,
    }),
    snippet: t.field({
      type: SnippetRef,
      description:
        'An excerpt of its text around the matches, highlighted (statement text, setting and topics; summaries; citations; publisher); its beginning when only a name matched.',
      resolve: (hit) => hit.snippet,
    }),
  }),
});

/** Loads the entities of the hits, one query per type found, each with what the client selected under `node`. */
async function withEntities(hits: SearchHitRow[], ctx: Context, info: GraphQLResolveInfo): Promise<SearchHit[]> {
  const loaded = new Map<string, WithBrand<object>>();
  const key = (type: SearchType, id: number) => `${type}:${id}`;
  const types = [...new Set(hits.map((hit) => hit.type))];
  await Promise.all(
    types.map(async (type) => {
      const ids = hits.filter((hit) => hit.type === type).map((hit) => hit.entityId);
      const query = queryFromInfo({ context: ctx, info, typeName: modelOf[type], path: ['node'] });
      const rows = await findByIds[type](ctx, { ...query, where: { id: { in: ids } } });
      const ref = objectRefOf(type);
      for (const row of rows) loaded.set(key(type, row.id), ref.addBrand(row));
    }),
  );
  // An entity deleted since its document was read is left out rather than failing the search.
  return hits.flatMap((hit) => {
    const node = loaded.get(key(hit.type, hit.entityId));
    return node ? [{ ...hit, node }] : [];
  });
}

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      'Full-text search across statements, actors, policies and sources, best first, with highlighted snippets; tolerant of small misspellings of names. The query is read as words of letters and digits, all of which must match (longer words also as prefixes); other characters such as `%`, `_`, quotes and backslashes only separate words.',
    args: {
      query: t.arg.string({
        required: true,
        description: `What to look for, at most ${maxQueryLength} characters with at least one letter or digit, e.g. \`sanctuary\` or \`Homan\`.`,
      }),
      types: t.arg({
        type: [SearchTypeEnum],
        required: false,
        description: 'Only these kinds of entity (at least one); all kinds when left out.',
      }),
      first: t.arg.int({
        required: false,
        defaultValue: defaultHits,
        description: `How many hits to return, 1 to ${maxHits} (default ${defaultHits}).`,
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      const first = args.first ?? defaultHits;
      if (first < 1 || first > maxHits) throw new UserInputError(`first must be between 1 and ${maxHits}.`, 'first');
      if (args.types?.length === 0) throw new UserInputError('types must name at least one type.', 'types');
      const query = searchTerms(args.query);
      const hits = await findSearchHits(ctx.prisma, { query, types: args.types ?? Object.values(SearchType), first });
      return withEntities(hits, ctx, info);
    },
  }),
}));
