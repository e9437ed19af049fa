// The shape of the editorial seed files (prisma/seed/*.json). Validated before anything is
// written, so a typo in a slug or an enum fails the seed with the file and path named.
import { z } from 'zod';
// The same rules editors' writes meet: a seed file is content like any other.
import { month, parsePartialDate, slug } from '../writes/fields.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (Popolo's partial dates), kept as written. */
const partialDate = z.string().refine((text) => parsePartialDate(text) !== null, 'YYYY, YYYY-MM or YYYY-MM-DD');

const classification = z.enum([
  'FEDERAL_AGENCY',
  'STATE_OR_LOCAL_GOVERNMENT',
  'LEGISLATURE',
  'COURT',
  'FOREIGN_GOVERNMENT',
  'NGO',
  'THINK_TANK',
  'ACADEMIC_INSTITUTION',
  'MEDIA',
  'CAMPAIGN',
  'OTHER',
]);

export const actorSeed = z.object({
  slug,
  kind: z.enum(['PERSON', 'ORGANIZATION']),
  name: z.string().min(1),
  otherNames: z.array(z.string().min(1)).default([]),
  classification: classification.optional(),
  summary: z.string().default(''),
  parent: slug.optional(),
  links: z.array(z.object({ url: z.url(), note: z.string().default('') })).default([]),
});

export const roleSeed = z.object({
  person: slug,
  organization: slug.optional(),
  title: z.string().min(1),
  start: partialDate.optional(),
  end: partialDate.optional(),
  source: slug.optional(),
});

export const sourceSeed = z.object({
  slug,
  kind: z.enum([
    'NEWS_ARTICLE',
    'PRESS_RELEASE',
    'INTERVIEW',
    'HEARING',
    'SOCIAL_POST',
    'GOVERNMENT_DOCUMENT',
    'DATASET',
  ]),
  title: z.string().min(1),
  url: z.url().optional(),
  publisher: slug.optional(),
  published: partialDate.optional(),
});

export const statementSeed = z.object({
  slug,
  text: z.string().min(1),
  isParaphrase: z.boolean().default(false),
  speaker: slug,
  said: partialDate.optional(),
  source: slug,
  setting: z.string().default(''),
  topics: z.array(slug).default([]),
  mentionsActors: z.array(slug).default([]),
  mentionsPolicies: z.array(slug).default([]),
});

const encounterFilter = z.record(z.string(), z.array(z.string()));

export const claimSeed = z.object({
  slug,
  statement: slug,
  text: z.string().min(1),
  assertion: z.enum(['VALUE', 'PERCENT_CHANGE', 'RECORD_LOW', 'RECORD_HIGH', 'FIRST_TIME_EXCEEDS', 'NOT_CHECKABLE']),
  dataset: slug.optional(),
  filter: encounterFilter.default({}),
  period: month.optional(),
  comparePeriod: month.optional(),
  compareFilter: encounterFilter.optional(),
  assertedValue: z.number().optional(),
  tolerance: z.number().nonnegative().optional(),
  assertedSince: month.optional(),
  notCheckableReason: z.string().optional(),
});

export const policySeed = z.object({
  slug,
  title: z.string().min(1),
  shortName: z.string().min(1),
  kind: z.enum([
    'EXECUTIVE_ORDER',
    'PROCLAMATION',
    'FEDERAL_RULE',
    'STATUTE',
    'STATE_LAW',
    'LOCAL_POLICY',
    'PROGRAM_OR_APP',
    'COURT_RULING',
    'INTERNATIONAL_AGREEMENT',
  ]),
  jurisdictionLevel: z.enum(['INTERNATIONAL', 'FEDERAL', 'STATE', 'COUNTY', 'CITY']),
  jurisdictionName: z.string().min(1),
  status: z.enum(['PROPOSED', 'ACTIVE', 'ENJOINED', 'RESCINDED', 'EXPIRED']),
  issuer: slug.optional(),
  citations: z.array(z.string().min(1)).default([]),
  summary: z.string().default(''),
  sources: z.array(slug).default([]),
  events: z
    .array(
      z.object({
        kind: z.enum(['ANNOUNCED', 'SIGNED', 'EFFECTIVE', 'ENJOINED', 'AMENDED', 'RESCINDED', 'EXPIRED', 'VOTE']),
        date: partialDate,
        description: z.string().default(''),
        voteTally: z.string().optional(),
        source: slug.optional(),
      }),
    )
    .default([]),
});

export const stanceSeed = z.object({
  actor: slug,
  policy: slug,
  position: z.enum(['SUPPORTS', 'OPPOSES', 'MIXED']),
  statement: slug.optional(),
  note: z.string().default(''),
});

const dimension = z.enum([
  'COMPONENT',
  'LAND_BORDER_REGION',
  'AREA_OF_RESPONSIBILITY',
  'STATE',
  'DEMOGRAPHIC',
  'CITIZENSHIP',
  'TITLE_OF_AUTHORITY',
  'ENCOUNTER_TYPE',
]);

export const datasetSeed = z.object({
  slug,
  name: z.string().min(1),
  publisher: z.string().min(1),
  landingPage: z.url(),
  description: z.string().min(1),
  dimensions: z.array(dimension),
  roundingUnit: z.number().int().positive(),
  scope: z.partialRecord(dimension, z.array(z.string().min(1)).min(1)).default({}),
  /** Files in prisma/data/cbp the seed imports as releases of this dataset, oldest first. */
  releases: z
    .array(
      z.strictObject({
        file: z.string().regex(/^[\w.-]+\.csv$/),
        label: z.string().min(1),
        publishedOn: z.iso.date().optional(),
      }),
    )
    .default([]),
});

/** One editorial seed file: every list optional, references by slug across the file. */
export const editorialSeedFile = z.strictObject({
  actors: z.array(actorSeed).default([]),
  roles: z.array(roleSeed).default([]),
  sources: z.array(sourceSeed).default([]),
  policies: z.array(policySeed).default([]),
  statements: z.array(statementSeed).default([]),
  claims: z.array(claimSeed).default([]),
  stances: z.array(stanceSeed).default([]),
});

export const datasetSeedFile = z.strictObject({ datasets: z.array(datasetSeed) });

export type EditorialSeed = z.infer<typeof editorialSeedFile>;
export type DatasetSeed = z.infer<typeof datasetSeed>;
