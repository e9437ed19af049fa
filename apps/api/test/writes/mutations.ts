// What the write tests share: the mutation documents of each editorial type, global IDs, and
// reading a typed result.
import { expect } from 'vitest';
import type { GraphQLResponse, TestServer } from '../support/server.js';

export type EditorialType = 'Actor' | 'Role' | 'Source' | 'Statement' | 'Claim' | 'Policy' | 'PolicyEvent' | 'Stance';
export type Operation = 'create' | 'update' | 'archive' | 'restore';

export const globalId = (type: EditorialType, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
export const rowId = (id: string) => Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1]);

const inputTypes: Record<Operation, (type: EditorialType) => string> = {
  create: (type) => `Create${type}Input`,
  update: (type) => `Update${type}Input`,
  archive: () => 'RecordVersionInput',
  restore: () => 'RecordVersionInput',
};

/** `mutation { <operation><Type>(input: $input) { …every outcome, with `fields` of the record } }` */
export function mutation(operation: Operation, type: EditorialType, fields = ''): string {
  const name = `${operation}${type}`;
  return `mutation Write($input: ${inputTypes[operation](type)}!) {
    ${name}(input: $input) {
      __typename
      ... on MutationError { message }
      ... on ValidationError { fieldErrors { path message } }
      ${operation === 'create' ? '' : `... on ConflictError { current { id ... on ${type} { version archivedAt ${fields} } } }`}
      ... on ${operation.charAt(0).toUpperCase()}${name.slice(1)}Success { record { id version archivedAt ${fields} } }
    }
  }`;
}

export interface Outcome {
  __typename: string;
  message?: string;
  fieldErrors?: { path: string[]; message: string }[];
  current?: Record<string, unknown> & { id: string; version: number };
  record?: Record<string, unknown> & { id: string; version: number; archivedAt: string | null };
}

/** Runs a mutation and returns its one result (a GraphQL error fails the test). */
export async function write(
  server: TestServer,
  operation: Operation,
  type: EditorialType,
  input: Record<string, unknown>,
  apiKey: string | undefined,
  fields = '',
): Promise<Outcome & { response: GraphQLResponse<Record<string, unknown>> }> {
  const response = await server.query(mutation(operation, type, fields), { input }, apiKey ? { apiKey } : {});
  expect(response.errors).toBeUndefined();
  const outcome = response.data?.[`${operation}${type}`] as Outcome;
  return { ...outcome, response };
}

/** The record of a success; fails the test with the outcome otherwise. */
export function written(outcome: Outcome): NonNullable<Outcome['record']> {
  expect(outcome.__typename, JSON.stringify(outcome)).toMatch(/Success$/);
  if (!outcome.record) throw new Error('no record');
  return outcome.record;
}

/** One editorial type written through its four mutations: a valid new record and a valid change. */
export interface Lifecycle {
  type: EditorialType;
  /** Fields of the record to select. */
  fields: string;
  create: Record<string, unknown>;
  /** What the new record reads back as (a subset of `fields`). */
  created: Record<string, unknown>;
  update: Record<string, unknown>;
  updated: Record<string, unknown>;
  /** A scalar column the update changes, as the audit trail records it before and after. */
  audited: { column: string; before: unknown; after: unknown };
}

export const lifecycles: Lifecycle[] = [
  {
    type: 'Actor',
    fields: 'slug kind name otherNames summary classification links { url note }',
    create: {
      slug: 'ana-lopez',
      kind: 'PERSON',
      name: 'Ana López',
      otherNames: ['A. López'],
      summary: '  Reporter.  ',
      links: [{ url: 'https://example.org/ana', note: 'biography' }],
    },
    created: {
      slug: 'ana-lopez',
      kind: 'PERSON',
      name: 'Ana López',
      otherNames: ['A. López'],
      summary: 'Reporter.',
      classification: null,
      links: [{ url: 'https://example.org/ana', note: 'biography' }],
    },
    update: { name: 'Ana María López', links: null, summary: null },
    updated: { name: 'Ana María López', otherNames: ['A. López'], summary: '', links: [] },
    audited: { column: 'name', before: 'Ana López', after: 'Ana María López' },
  },
  {
    type: 'Role',
    fields: 'title startDate startPrecision endDate endPrecision person { slug } organization { slug } source { slug }',
    create: { person: 'tom-homan', organization: 'dhs', title: 'Adviser', startDate: '2025-01', endDate: '2025' },
    created: {
      title: 'Adviser',
      startDate: '2025-01-01',
      startPrecision: 'MONTH',
      endDate: '2025-01-01',
      endPrecision: 'YEAR',
      person: { slug: 'tom-homan' },
      organization: { slug: 'dhs' },
      source: null,
    },
    update: { endDate: '2025-06-30', source: 'latimes-2024-12-border-crossings-four-year-low' },
    updated: {
      startDate: '2025-01-01',
      endDate: '2025-06-30',
      endPrecision: 'DAY',
      source: { slug: 'latimes-2024-12-border-crossings-four-year-low' },
    },
    audited: { column: 'endPrecision', before: 'YEAR', after: 'DAY' },
  },
  {
    type: 'Source',
    fields: 'slug kind title url publishedOn publishedOnPrecision publisher { slug }',
    create: {
      slug: 'example-news-2025-01',
      kind: 'NEWS_ARTICLE',
      title: 'Crossings in January',
      url: 'https://example.org/news/january',
      publisher: 'los-angeles-times',
      publishedOn: '2025-01',
    },
    created: {
      slug: 'example-news-2025-01',
      kind: 'NEWS_ARTICLE',
      title: 'Crossings in January',
      url: 'https://example.org/news/january',
      publishedOn: '2025-01-01',
      publishedOnPrecision: 'MONTH',
      publisher: { slug: 'los-angeles-times' },
    },
    update: { title: 'Crossings in January (corrected)', publishedOn: null, publisher: null },
    updated: {
      title: 'Crossings in January (corrected)',
      publishedOn: null,
      publishedOnPrecision: null,
      publisher: null,
    },
    audited: { column: 'title', before: 'Crossings in January', after: 'Crossings in January (corrected)' },
  },
  {
    type: 'Statement',
    fields:
      'slug text isParaphrase saidOn saidOnPrecision setting topics speaker { slug } source { slug } mentions { actors { slug } policies { slug } }',
    create: {
      slug: 'homan-example-2025-01-20',
      text: 'We will start on day one.',
      speaker: 'tom-homan',
      saidOn: '2025-01-20',
      source: { slug: 'latimes-2024-12-border-crossings-four-year-low' },
      setting: 'in a television interview',
      topics: ['enforcement', 'deportations'],
      mentions: { actors: ['ice', 'dhs'], policies: ['securing-the-border'] },
    },
    created: {
      slug: 'homan-example-2025-01-20',
      text: 'We will start on day one.',
      isParaphrase: false,
      saidOn: '2025-01-20',
      saidOnPrecision: 'DAY',
      setting: 'in a television interview',
      topics: ['enforcement', 'deportations'],
      speaker: { slug: 'tom-homan' },
      source: { slug: 'latimes-2024-12-border-crossings-four-year-low' },
      mentions: { actors: [{ slug: 'dhs' }, { slug: 'ice' }], policies: [{ slug: 'securing-the-border' }] },
    },
    update: { isParaphrase: true, mentions: { actors: ['cbp'] } },
    updated: {
      isParaphrase: true,
      mentions: { actors: [{ slug: 'cbp' }], policies: [{ slug: 'securing-the-border' }] },
    },
    audited: { column: 'isParaphrase', before: false, after: true },
  },
  {
    type: 'Claim',
    fields: 'slug text assertion period assertedValue tolerance dataset { slug } statement { slug } check { verdict }',
    create: {
      statement: 'cbp-november-2024-between-ports-46610',
      slug: 'usbp-southwest-november-2024-46610-again',
      text: '46,610 people were stopped between ports of entry.',
      assertion: 'VALUE',
      dataset: 'ohss-usbp-sector',
      filter: { regions: ['SOUTHWEST'] },
      period: '2024-11',
      assertedValue: 46610,
      tolerance: 10,
    },
    // The seed's own claim of the same figure is SUPPORTED: the sector file sums to 46,620.
    created: {
      slug: 'usbp-southwest-november-2024-46610-again',
      assertion: 'VALUE',
      period: '2024-11',
      assertedValue: 46610,
      tolerance: 10,
      dataset: { slug: 'ohss-usbp-sector' },
      statement: { slug: 'cbp-november-2024-between-ports-46610' },
      check: { verdict: 'SUPPORTED' },
    },
    update: { assertedValue: 50000, tolerance: null },
    updated: { assertedValue: 50000, tolerance: null, check: { verdict: 'CONTRADICTED' } },
    audited: { column: 'assertedValue', before: '46610', after: '50000' },
  },
  {
    type: 'Policy',
    fields: 'slug title shortName kind status citations summary issuer { slug } sources { slug }',
    create: {
      slug: 'example-border-act',
      title: 'Example Border Act',
      shortName: 'Border Act',
      kind: 'STATUTE',
      jurisdictionLevel: 'FEDERAL',
      jurisdictionName: 'United States',
      status: 'PROPOSED',
      issuer: 'us-house-of-representatives',
      citations: ['H.R. 1'],
      sources: ['federal-register-89-fr-48710'],
    },
    created: {
      slug: 'example-border-act',
      title: 'Example Border Act',
      shortName: 'Border Act',
      kind: 'STATUTE',
      status: 'PROPOSED',
      citations: ['H.R. 1'],
      summary: '',
      issuer: { slug: 'us-house-of-representatives' },
      sources: [{ slug: 'federal-register-89-fr-48710' }],
    },
    update: { status: 'ACTIVE', sources: [] },
    updated: { status: 'ACTIVE', citations: ['H.R. 1'], sources: [] },
    audited: { column: 'status', before: 'PROPOSED', after: 'ACTIVE' },
  },
  {
    type: 'PolicyEvent',
    fields: 'kind date datePrecision description voteTally policy { slug }',
    create: { policy: 'securing-the-border', kind: 'AMENDED', date: '2025-02', description: 'Amended.' },
    created: {
      kind: 'AMENDED',
      date: '2025-02-01',
      datePrecision: 'MONTH',
      description: 'Amended.',
      voteTally: null,
      policy: { slug: 'securing-the-border' },
    },
    update: { date: '2025-02-14' },
    updated: { date: '2025-02-14', datePrecision: 'DAY', description: 'Amended.' },
    audited: { column: 'datePrecision', before: 'MONTH', after: 'DAY' },
  },
  {
    type: 'Stance',
    fields: 'position note actor { slug } policy { slug } evidence { slug }',
    create: { actor: 'joe-biden', policy: 'securing-the-border', position: 'SUPPORTS', note: 'Issued it.' },
    created: {
      position: 'SUPPORTS',
      note: 'Issued it.',
      actor: { slug: 'joe-biden' },
      policy: { slug: 'securing-the-border' },
      evidence: null,
    },
    update: { position: 'MIXED', statement: 'cbp-november-2024-between-ports-46610' },
    updated: { position: 'MIXED', evidence: { slug: 'cbp-november-2024-between-ports-46610' } },
    audited: { column: 'position', before: 'SUPPORTS', after: 'MIXED' },
  },
];
