// Full-text and fuzzy search over the SearchDocument table, which triggers keep in step with actors,
// statements, policies and sources (see the search_documents migration). One statement finds,
// ranks and highlights a page of hits; the entities themselves are loaded by the caller.
import { Prisma, type PrismaClient, type SearchType } from '@borderdesk/db';
import { UserInputError } from '../errors.js';
import { highlightedParts, highlightMarks, type SnippetPart } from './snippet.js';

export const maxQueryLength = 200;
export const maxHits = 100;

export interface SearchTerms {
  /** A `to_tsquery` expression of plain words: every word must match, longer ones as prefixes. */
  tsquery: string;
  /** The words compared by trigram similarity with the names (empty: no fuzzy matching). */
  fuzzy: string;
}

/**
 * What the user typed, as words of letters and digits. Everything else (`%`, `_`, quotes,
 * backslashes, operators) only separates words: it is never a wildcard or syntax, and never reaches
 * `to_tsquery`. A query with no words at all is refused rather than answered with everything.
 */
export function searchTerms(query: string): SearchTerms {
  if (query.length > maxQueryLength) {
    throw new UserInputError(`query must be at most ${maxQueryLength} characters.`, 'query');
  }
  const words = query.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  if (words.length === 0) {
    throw new UserInputError('query must contain a word: letters or digits to search for.', 'query');
  }
  // Short words and numbers match whole: `b:*` or `1:*` would match nearly everything.
  const isLongWord = (word: string) => word.length >= 3 && /\p{L}/u.test(word);
  return {
    tsquery: words.map((word) => (isLongWord(word) ? `${word}:*` : word)).join(' & '),
    fuzzy: words.filter(isLongWord).join(' '),
  };
}

export type SearchMatch = 'FULL_TEXT' | 'FUZZY';

export interface SearchHitRow {
  type: SearchType;
  entityId: number;
  rank: number;
  matchedBy: SearchMatch[];
  /** The entity's names, whole, with the matched words highlighted. */
  title: SnippetPart[];
  /** An excerpt of its text around the matches (its beginning when only the names matched). */
  snippet: SnippetPart[];
}

const marks = `${highlightMarks.start}${highlightMarks.stop}`;
const marksOption = `StartSel=${highlightMarks.start}, StopSel=${highlightMarks.stop}`;
const titleOptions = `${marksOption}, HighlightAll=true`;
const snippetOptions = `${marksOption}, MaxWords=35, MinWords=15`;

/**
 * The best `first` hits of the given types. A document matches when every word is among its
 * lexemes (FULL_TEXT), or when the words are like a name in its title (FUZZY: pg_trgm
 * `word_similarity` above its threshold, 0.6 by default). Rank: `ts_rank_cd` of the words plus,
 * for a fuzzy match, the similarity times the rank the matched names would have had, so a
 * misspelt name ranks as the name would, a little lower. Equal ranks: by type, then entity id.
 * One statement finds, ranks and highlights the hits (exported: the benchmark runs it alone too).
 */
export function searchHitsSql({ query, types, first }: SearchRequest): Prisma.Sql {
  const typeList = Prisma.join(types.map((type) => Prisma.sql`${type}::"SearchType"`));
  return Prisma.sql`
    WITH input AS NOT MATERIALIZED (
      SELECT to_tsquery('english', ${query.tsquery}) AS words,
        -- Stop words ("the", "and") are left out of fuzzy matching as full-text search leaves them out.
        (SELECT coalesce(string_agg(word, ' '), '') FROM unnest(string_to_array(${query.fuzzy}, ' ')) AS word
          WHERE to_tsvector('english', word) <> ''::tsvector) AS fuzzy
    ),
    matched AS (
      SELECT d."type", d."entityId", d."title", d."body", d."vector",
        d."vector" @@ i.words AS "byText", i.fuzzy <% d."title" AS "byFuzzy"
      FROM "SearchDocument" d CROSS JOIN input i
      WHERE (d."vector" @@ i.words OR i.fuzzy <% d."title") AND d."type" IN (${typeList})
    ),
    ranked AS (
      SELECT m.*, names.words AS "nameWords",
        round((ts_rank_cd(m."vector", i.words)
          + coalesce(word_similarity(i.fuzzy, m."title") * ts_rank_cd(m."vector", names.words), 0))::numeric, 4
        )::float8 AS rank
      FROM matched m CROSS JOIN input i
      -- For a fuzzy match: the words of the title like a searched word, as a query, to rank and highlight.
      LEFT JOIN LATERAL (
        SELECT to_tsquery('english', string_agg(DISTINCT name, ' | ')) AS words
        FROM unnest(regexp_split_to_array(m."title", '[^[:alnum:]]+')) AS name
        WHERE m."byFuzzy" AND EXISTS (SELECT FROM unnest(string_to_array(i.fuzzy, ' ')) AS word WHERE word <% name)
      ) names ON true
      ORDER BY rank DESC, m."type", m."entityId"
      LIMIT ${first}
    ),
    highlighted AS (
      SELECT r.*, coalesce(i.words || r."nameWords", i.words) AS words FROM ranked r CROSS JOIN input i
    )
    SELECT h."type", h."entityId", h.rank, h."byText", h."byFuzzy",
      ts_headline('english', translate(h."title", ${marks}, ''), h.words, ${titleOptions}) AS title,
      ts_headline('english', translate(h."body", ${marks}, ''), h.words, ${snippetOptions}) AS snippet
    FROM highlighted h
    ORDER BY h.rank DESC, h."type", h."entityId"`;
}

export interface SearchRequest {
  query: SearchTerms;
  types: readonly SearchType[];
  first: number;
}

export async function findSearchHits(prisma: PrismaClient, request: SearchRequest): Promise<SearchHitRow[]> {
  if (request.types.length === 0) return [];
  const rows = await prisma.$queryRaw<
    (Omit<SearchHitRow, 'matchedBy' | 'title' | 'snippet'> & {
      byText: boolean;
      byFuzzy: boolean;
      title: string;
      snippet: string;
    })[]
  >(searchHitsSql(request));
  return rows.map(({ byText, byFuzzy, title, snippet, ...row }) => ({
    ...row,
    matchedBy: [...(byText ? ['FULL_TEXT' as const] : []), ...(byFuzzy ? ['FUZZY' as const] : [])],
    title: highlightedParts(title),
    snippet: highlightedParts(snippet),
  }));
}
