// Writing sources, statements and claims. A statement can be written with a new source and its
// claims in one mutation, which is one transaction: if any step fails, nothing is written.
import { ClaimAssertion, Prisma, SourceKind } from '@borderdesk/db';
import { z } from 'zod';
import { builder } from '../builder.js';
import { type ClaimSpec, specFromClaim, specProblem } from '../claims/spec.js';
import { activeFilters, type EncounterFilter } from '../encounters/filter.js';
import { UserInputError } from '../errors.js';
import {
  changeSchema,
  distinctList,
  month,
  optionalText,
  Problems,
  parseInput,
  partialDate,
  slug,
  text,
  webAddress,
} from '../writes/fields.js';
import {
  dateColumns,
  type InputFields,
  orEmpty,
  partialDateDescription,
  updateDescription,
  versionFields,
} from '../writes/inputs.js';
import { archiveMutations } from '../writes/mutation-fields.js';
import { createRecord, type Transaction, updateRecord, type Write, writeAndRead } from '../writes/records.js';
import {
  type Reference,
  type ResolvedReferences,
  reference,
  references,
  resolveReferences,
} from '../writes/references.js';
import { type FieldPath, mutationOptions } from '../writes/results.js';
import { claims, sources, statements } from '../writes/tables.js';
import { checkEncounterFilter, EncounterFilterInput } from './encounter.js';
import { ClaimAssertionEnum, SourceKindEnum } from './enums.js';

// --- Sources -------------------------------------------------------------------------------------

function sourceFields(t: InputFields, create: boolean) {
  return {
    slug: t.string({
      required: create,
      description: 'Stable identifier: lowercase words joined by hyphens, unique among sources.',
    }),
    kind: t.field({ type: SourceKindEnum, required: create, description: 'What kind of publication it is.' }),
    title: t.string({ required: create, description: 'The title as published (at most 500 characters).' }),
    url: t.string({ description: 'Where to read it: an http or https address.' }),
    publisher: t.string({ description: 'Who published it (slug of a live actor).' }),
    publishedOn: t.string({ description: `When it was published. ${partialDateDescription}` }),
  };
}

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  description: 'A new source: where something was said or published.',
  fields: (t) => sourceFields(t, true),
});

const UpdateSourceInput = builder.inputType('UpdateSourceInput', {
  description: `Changes to a source. ${updateDescription}`,
  fields: (t) => ({ ...versionFields(t), ...sourceFields(t, false) }),
});

const sourceSchema = z.object({
  slug,
  kind: z.enum(SourceKind),
  title: text(500),
  url: webAddress.nullish(),
  publisher: slug.nullish(),
  publishedOn: partialDate.nullish(),
});
const sourceChangeSchema = changeSchema(sourceSchema);
type SourceFields = Partial<z.output<typeof sourceSchema>>;

function sourceReferences(input: SourceFields, at: FieldPath): Reference[] {
  return reference('actor', input.publisher, [...at, 'publisher']);
}

function sourceColumns(input: SourceFields, refs: ResolvedReferences) {
  const published = dateColumns(input.publishedOn);
  return {
    slug: input.slug,
    kind: input.kind,
    title: input.title,
    url: input.url,
    publisherId: refs.optionalId('actor', input.publisher),
    publishedOn: published.date,
    publishedOnPrecision: published.precision,
  };
}

function newSource(input: z.output<typeof sourceSchema>, refs: ResolvedReferences) {
  return { ...sourceColumns(input, refs), slug: input.slug, kind: input.kind, title: input.title };
}

// --- Claims --------------------------------------------------------------------------------------

function claimFields(t: InputFields, create: boolean) {
  return {
    slug: t.string({
      required: create,
      description: 'Stable identifier: lowercase words joined by hyphens, unique among claims.',
    }),
    text: t.string({
      required: create,
      description: 'The claim as it appears in the statement (at most 1,000 characters).',
    }),
    assertion: t.field({
      type: ClaimAssertionEnum,
      required: create,
      description:
        'What the claim asserts. Each assertion needs its fields and refuses the others: VALUE `assertedValue` ' +
        '(and `tolerance`); PERCENT_CHANGE `comparePeriod` and `assertedValue` (and `tolerance`); RECORD_LOW and ' +
        'RECORD_HIGH `assertedSince`; FIRST_TIME_EXCEEDS `compareFilter`. All but NOT_CHECKABLE need `period`; ' +
        'NOT_CHECKABLE needs `notCheckableReason` and takes none of the metric fields.',
    }),
    dataset: t.string({
      description: 'The dataset the claim is checked against (slug); every claim but NOT_CHECKABLE needs one.',
    }),
    filter: t.field({
      type: EncounterFilterInput,
      description: 'Which encounters the metric counts, without `from`/`to` (the periods set the months).',
    }),
    period: t.string({ description: 'The month the claim is about, `YYYY-MM`.' }),
    comparePeriod: t.string({ description: 'PERCENT_CHANGE: the earlier month the change is from, `YYYY-MM`.' }),
    compareFilter: t.field({
      type: EncounterFilterInput,
      description: 'FIRST_TIME_EXCEEDS: the metric to exceed, e.g. `{ components: [USBP] }`.',
    }),
    assertedValue: t.float({ description: 'VALUE: the count; PERCENT_CHANGE: the percent (−18 for "down 18%").' }),
    tolerance: t.float({
      description: 'How far off the computed value may be and still support the claim (zero or more).',
    }),
    assertedSince: t.string({
      description: 'RECORD_LOW / RECORD_HIGH: the month it is the lowest (highest) since, `YYYY-MM`.',
    }),
    notCheckableReason: t.string({
      description: 'NOT_CHECKABLE: why the encounter data cannot check the claim (at most 1,000 characters).',
    }),
  };
}

const StatementClaimInput = builder.inputType('StatementClaimInput', {
  description: 'A claim written together with its statement.',
  fields: (t) => claimFields(t, true),
});

const CreateClaimInput = builder.inputType('CreateClaimInput', {
  description: 'A new claim in an existing statement.',
  fields: (t) => ({
    statement: t.string({ required: true, description: 'The statement the claim is in (slug of a live statement).' }),
    ...claimFields(t, true),
  }),
});

const UpdateClaimInput = builder.inputType('UpdateClaimInput', {
  description: `Changes to a claim; the claim as changed must still be complete for its assertion. ${updateDescription}`,
  fields: (t) => ({
    ...versionFields(t),
    statement: t.string({ description: 'Move the claim to this statement (slug of a live statement).' }),
    ...claimFields(t, false),
  }),
});

const encounterFilter = z.custom<EncounterFilter>((value) => typeof value === 'object' && value !== null);

const claimSchema = z.object({
  slug,
  text: text(1000),
  assertion: z.enum(ClaimAssertion),
  dataset: slug.nullish(),
  filter: encounterFilter.nullish(),
  period: month.nullish(),
  comparePeriod: month.nullish(),
  compareFilter: encounterFilter.nullish(),
  assertedValue: z.number().nullish(),
  tolerance: z.number().nullish(),
  assertedSince: month.nullish(),
  notCheckableReason: optionalText(1000),
});
const createClaimSchema = claimSchema.extend({ statement: slug });
const claimChangeSchema = changeSchema(claimSchema).extend({ statement: slug.optional() });
type ClaimFields = Partial<z.output<typeof claimSchema>>;

/** Fields that describe the metric: a NOT_CHECKABLE claim has none of them. */
const metricFields = [
  'dataset',
  'period',
  'comparePeriod',
  'compareFilter',
  'assertedValue',
  'tolerance',
  'assertedSince',
] as const;

/**
 * The claim as it will be (the stored one with the input's changes) checked against the rules of
 * its assertion (claims/spec.ts); each problem is put on the input field to change.
 */
function checkClaim(spec: ClaimSpec, at: FieldPath, problems: Problems): void {
  if (spec.assertion === 'NOT_CHECKABLE') {
    if (!spec.notCheckableReason) problems.add([...at, 'notCheckableReason'], 'is required for NOT_CHECKABLE claims');
    for (const field of metricFields) {
      if (spec[field] !== null) problems.add([...at, field], 'does not apply to NOT_CHECKABLE claims');
    }
    if (activeFilters(spec.filter).length || spec.filter.from || spec.filter.to) {
      problems.add([...at, 'filter'], 'does not apply to NOT_CHECKABLE claims');
    }
    return;
  }
  if (spec.notCheckableReason) {
    problems.add([...at, 'notCheckableReason'], 'applies to NOT_CHECKABLE claims only: set it to null');
  }
  if (spec.dataset === null) problems.add([...at, 'dataset'], `is required for ${spec.assertion} claims`);
  for (const field of ['filter', 'compareFilter'] as const) {
    try {
      checkEncounterFilter(spec[field] ?? {});
    } catch (error) {
      // It names `filter.<list>`; here the list sits under the claim's own field.
      if (!(error instanceof UserInputError)) throw error;
      const [, list = ''] = String(error.extensions.argument).split('.');
      problems.add([...at, field, list], error.message.replace(/^filter\.\w+ /, ''));
      return;
    }
  }
  const problem = specProblem(spec);
  if (problem) problems.add([...at, ...problem.field.split('.')], problem.message);
}

/** A filter as stored: only the lists given (the check reads it in the EncounterFilter shape). */
function storedFilter(filter: EncounterFilter): Prisma.InputJsonObject {
  return Object.fromEntries(activeFilters(filter).map(({ field, values }) => [field, values]));
}

function claimSpec(input: ClaimFields, stored: ClaimSpec | null): ClaimSpec {
  const pick = <K extends keyof ClaimSpec>(key: K, value: ClaimSpec[K] | undefined, empty: ClaimSpec[K]) =>
    value === undefined ? (stored?.[key] ?? empty) : value;
  const filter = input.filter === undefined ? stored?.filter : input.filter;
  return {
    assertion: input.assertion ?? stored?.assertion ?? 'NOT_CHECKABLE',
    dataset: pick('dataset', input.dataset, null),
    filter: filter ?? {},
    compareFilter: pick('compareFilter', input.compareFilter, null),
    period: pick('period', input.period, null),
    comparePeriod: pick('comparePeriod', input.comparePeriod, null),
    assertedValue: pick('assertedValue', input.assertedValue, null),
    tolerance: pick('tolerance', input.tolerance, null),
    assertedSince: pick('assertedSince', input.assertedSince, null),
    notCheckableReason: pick('notCheckableReason', blankAsNull(input.notCheckableReason), null),
  };
}

/** An empty reason is no reason; absence stays absence. */
function blankAsNull(text: string | null | undefined): string | null | undefined {
  return text === '' ? null : text;
}

function claimColumns(input: ClaimFields, refs: ResolvedReferences) {
  return {
    slug: input.slug,
    text: input.text,
    assertion: input.assertion,
    datasetId: refs.optionalId('dataset', input.dataset),
    filter: input.filter === undefined ? undefined : storedFilter(input.filter ?? {}),
    compareFilter:
      input.compareFilter === undefined
        ? undefined
        : input.compareFilter === null
          ? Prisma.DbNull
          : storedFilter(input.compareFilter),
    period: input.period,
    comparePeriod: input.comparePeriod,
    assertedValue: input.assertedValue,
    tolerance: input.tolerance,
    assertedSince: input.assertedSince,
    notCheckableReason: blankAsNull(input.notCheckableReason),
  };
}

function newClaim(input: z.output<typeof claimSchema>, statementId: number, refs: ResolvedReferences) {
  return { ...claimColumns(input, refs), slug: input.slug, text: input.text, assertion: input.assertion, statementId };
}

// --- Statements ----------------------------------------------------------------------------------

const StatementSourceInput = builder.inputType('StatementSourceInput', {
  description:
    'The source of a statement: an existing one by slug, or a new one written with the statement. Give exactly one.',
  fields: (t) => ({
    slug: t.string({ description: 'An existing live source.' }),
    create: t.field({ type: CreateSourceInput, description: 'A new source, written in the same transaction.' }),
  }),
});

const StatementMentionsInput = builder.inputType('StatementMentionsInput', {
  description:
    'The actors and policies a statement names (slugs of live records). A list given replaces the stored one.',
  fields: (t) => ({
    actors: t.stringList({ description: 'Actors the statement names (at most 50).' }),
    policies: t.stringList({ description: 'Policies the statement names (at most 50).' }),
  }),
});

function statementFields(t: InputFields, create: boolean) {
  return {
    slug: t.string({
      required: create,
      description: 'Stable identifier: lowercase words joined by hyphens, unique among statements.',
    }),
    text: t.string({
      required: create,
      description: 'The words as the source prints them (at most 10,000 characters).',
    }),
    isParaphrase: t.boolean({
      description:
        'True when the source reports what was said in its own words rather than quoting it (default false).',
    }),
    speaker: t.string({ required: create, description: 'Who said it (slug of a live actor).' }),
    saidOn: t.string({ description: `When it was said. ${partialDateDescription}` }),
    source: t.field({ type: StatementSourceInput, required: create, description: 'Where it was reported.' }),
    setting: t.string({ description: 'Where it was said, e.g. "Time interview" (at most 200 characters).' }),
    topics: t.stringList({ description: 'What it is about, as kebab-case topic keys (at most 20).' }),
    mentions: t.field({ type: StatementMentionsInput, description: 'The actors and policies it names.' }),
  };
}

const CreateStatementInput = builder.inputType('CreateStatementInput', {
  description:
    'A new statement, with its source (existing or new), mentions and claims: all written in one transaction, or nothing is.',
  fields: (t) => ({
    ...statementFields(t, true),
    claims: t.field({
      type: [StatementClaimInput],
      description: 'Checkable assertions inside the statement (at most 20).',
    }),
  }),
});

const UpdateStatementInput = builder.inputType('UpdateStatementInput', {
  description: `Changes to a statement (its claims change with \`updateClaim\`). ${updateDescription}`,
  fields: (t) => ({ ...versionFields(t), ...statementFields(t, false) }),
});

const statementSchema = z.object({
  slug,
  text: text(10_000),
  isParaphrase: z.boolean().nullish(),
  speaker: slug,
  saidOn: partialDate.nullish(),
  source: z.object({ slug: slug.nullish(), create: sourceSchema.nullish() }).transform((source, check) => {
    if (source.create && source.slug == null) return { new: true as const, create: source.create };
    if (source.slug != null && !source.create) return { new: false as const, slug: source.slug };
    check.addIssue({ code: 'custom', message: 'give exactly one of `slug` and `create`' });
    return z.NEVER;
  }),
  setting: optionalText(200),
  topics: distinctList(slug, 20).nullish(),
  mentions: z
    .object({ actors: distinctList(slug, 50).nullish(), policies: distinctList(slug, 50).nullish() })
    .nullish(),
});
const createStatementSchema = statementSchema.extend({ claims: z.array(claimSchema).max(20).nullish() });
const statementChangeSchema = changeSchema(statementSchema);
type StatementFields = Partial<z.output<typeof statementSchema>>;

type StatementSource = z.output<typeof statementSchema>['source'];

function statementReferences(input: StatementFields): Reference[] {
  const source: Reference[] = !input.source
    ? []
    : input.source.new
      ? sourceReferences(input.source.create, ['input', 'source', 'create'])
      : reference('source', input.source.slug, ['input', 'source', 'slug']);
  return [
    ...reference('actor', input.speaker, ['input', 'speaker']),
    ...source,
    ...references('actor', input.mentions?.actors, ['input', 'mentions', 'actors']),
    ...references('policy', input.mentions?.policies, ['input', 'mentions', 'policies']),
  ];
}

/** The id of the source a statement names, or of the new one it brings (written here). */
async function statementSourceId(write: Write, source: StatementSource, refs: ResolvedReferences): Promise<number> {
  if (!source.new) return refs.id('source', source.slug);
  return (await createRecord(write, sources, newSource(source.create, refs), ['input', 'source', 'create'])).id;
}

function statementColumns(input: StatementFields, refs: ResolvedReferences) {
  const said = dateColumns(input.saidOn);
  const mentioned = (to: 'actor' | 'policy', slugs: string[] | null | undefined) =>
    slugs === undefined ? undefined : (slugs ?? []).map((slug) => ({ id: refs.id(to, slug) }));
  return {
    columns: {
      slug: input.slug,
      text: input.text,
      isParaphrase: orEmpty(input.isParaphrase, false),
      speakerId: input.speaker === undefined ? undefined : refs.id('actor', input.speaker),
      saidOn: said.date,
      saidOnPrecision: said.precision,
      setting: orEmpty(input.setting, ''),
      topics: orEmpty(input.topics, []),
    },
    // A `mentions: null` clears both lists.
    actors: mentioned('actor', input.mentions === null ? null : input.mentions?.actors),
    policies: mentioned('policy', input.mentions === null ? null : input.mentions?.policies),
  };
}

async function createStatement(write: Write, input: z.output<typeof createStatementSchema>) {
  const problems = new Problems();
  const claimInputs = input.claims ?? [];
  claimInputs.forEach((claim, i) => {
    checkClaim(claimSpec(claim, null), ['input', 'claims', String(i)], problems);
  });
  const refs = await resolveReferences(
    write.tx,
    [
      ...statementReferences(input),
      ...claimInputs.flatMap((claim, i) =>
        reference('dataset', claim.dataset, ['input', 'claims', String(i), 'dataset']),
      ),
    ],
    problems,
  );
  const sourceId = await statementSourceId(write, input.source, refs);
  const { columns, actors, policies } = statementColumns(input, refs);
  const statement = await createRecord(write, statements, {
    ...columns,
    slug: input.slug,
    text: input.text,
    speakerId: refs.id('actor', input.speaker),
    sourceId,
    mentionedActors: { connect: actors ?? [] },
    mentionedPolicies: { connect: policies ?? [] },
  });
  for (const [i, claim] of claimInputs.entries()) {
    await createRecord(write, claims, newClaim(claim, statement.id, refs), ['input', 'claims', String(i)]);
  }
  return statement;
}

async function claimReferences(tx: Transaction, input: ClaimFields & { statement?: string }, problems: Problems) {
  return resolveReferences(
    tx,
    [
      ...reference('statement', input.statement, ['input', 'statement']),
      ...reference('dataset', input.dataset, ['input', 'dataset']),
    ],
    problems,
  );
}

// --- Mutations -----------------------------------------------------------------------------------

builder.mutationFields((t) => ({
  createSource: t.prismaField({
    type: 'Source',
    description: 'Adds a source: where something was said or published.',
    ...mutationOptions(sources, 'create'),
    args: { input: t.arg({ type: CreateSourceInput, required: true, description: 'The new source.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(sourceSchema, args.input);
      return writeAndRead(ctx, sources, query, async (write) => {
        const refs = await resolveReferences(write.tx, sourceReferences(input, ['input']));
        return createRecord(write, sources, newSource(input, refs));
      });
    },
  }),
  updateSource: t.prismaField({
    type: 'Source',
    description: 'Changes a source, provided nobody changed it since the version you read.',
    ...mutationOptions(sources, 'update'),
    args: { input: t.arg({ type: UpdateSourceInput, required: true, description: 'The source and the changes.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(sourceChangeSchema, args.input);
      return writeAndRead(ctx, sources, query, (write) =>
        updateRecord(write, sources, input, async () =>
          sourceColumns(input, await resolveReferences(write.tx, sourceReferences(input, ['input']))),
        ),
      );
    },
  }),
  ...archiveMutations(
    t,
    sources,
    'lists leave it out; records that cite it keep citing it, but new ones cannot until it is restored.',
  ),
  createStatement: t.prismaField({
    type: 'Statement',
    description:
      'Adds a statement with its source (an existing one, or a new one), the actors and policies it names, and its claims, in one transaction: when any part is refused, nothing is written.',
    ...mutationOptions(statements, 'create'),
    args: { input: t.arg({ type: CreateStatementInput, required: true, description: 'The new statement.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(createStatementSchema, args.input);
      return writeAndRead(ctx, statements, query, (write) => createStatement(write, input));
    },
  }),
  updateStatement: t.prismaField({
    type: 'Statement',
    description:
      'Changes a statement (a new source may come with it, in the same transaction), provided nobody changed it since the version you read.',
    ...mutationOptions(statements, 'update'),
    args: {
      input: t.arg({ type: UpdateStatementInput, required: true, description: 'The statement and the changes.' }),
    },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(statementChangeSchema, args.input);
      return writeAndRead(ctx, statements, query, (write) =>
        updateRecord(write, statements, input, async () => {
          const refs = await resolveReferences(write.tx, statementReferences(input));
          const sourceId = input.source && (await statementSourceId(write, input.source, refs));
          const { columns, actors, policies } = statementColumns(input, refs);
          return {
            ...columns,
            sourceId,
            mentionedActors: actors && { set: actors },
            mentionedPolicies: policies && { set: policies },
          };
        }),
      );
    },
  }),
  ...archiveMutations(
    t,
    statements,
    'lists and search leave it out; its claims and the stances it evidences keep pointing at it.',
  ),
  createClaim: t.prismaField({
    type: 'Claim',
    description: 'Adds a claim to a statement.',
    ...mutationOptions(claims, 'create'),
    args: { input: t.arg({ type: CreateClaimInput, required: true, description: 'The new claim.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(createClaimSchema, args.input);
      return writeAndRead(ctx, claims, query, async (write) => {
        const problems = new Problems();
        checkClaim(claimSpec(input, null), ['input'], problems);
        const refs = await claimReferences(write.tx, input, problems);
        return createRecord(write, claims, newClaim(input, refs.id('statement', input.statement), refs));
      });
    },
  }),
  updateClaim: t.prismaField({
    type: 'Claim',
    description: 'Changes a claim, provided nobody changed it since the version you read.',
    ...mutationOptions(claims, 'update'),
    args: { input: t.arg({ type: UpdateClaimInput, required: true, description: 'The claim and the changes.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(claimChangeSchema, args.input);
      return writeAndRead(ctx, claims, query, (write) =>
        updateRecord(write, claims, input, async (before) => {
          const problems = new Problems();
          const { spec: stored } = specFromClaim(before);
          checkClaim(claimSpec(input, stored), ['input'], problems);
          const refs = await claimReferences(write.tx, input, problems);
          const statementId = input.statement === undefined ? undefined : refs.id('statement', input.statement);
          return { ...claimColumns(input, refs), statementId };
        }),
      );
    },
  }),
  ...archiveMutations(t, claims),
}));
