// Writing policies, their timeline events and the stances actors take on them.
import { JurisdictionLevel, PolicyEventKind, PolicyKind, PolicyStatus, StancePosition } from '@borderdesk/db';
import { z } from 'zod';
import { builder } from '../builder.js';
import {
  changeSchema,
  distinctList,
  optionalText,
  Problems,
  parseInput,
  partialDate,
  slug,
  text,
} from '../writes/fields.js';
import {
  type InputFields,
  orEmpty,
  partialDateDescription,
  updateDescription,
  versionFields,
} from '../writes/inputs.js';
import { archiveMutations } from '../writes/mutation-fields.js';
import { createRecord, type Transaction, updateRecord, writeAndRead } from '../writes/records.js';
import {
  type Reference,
  type ResolvedReferences,
  reference,
  references,
  resolveReferences,
} from '../writes/references.js';
import { mutationOptions } from '../writes/results.js';
import { policies, policyEvents, stances } from '../writes/tables.js';
import {
  JurisdictionLevelEnum,
  PolicyEventKindEnum,
  PolicyKindEnum,
  PolicyStatusEnum,
  StancePositionEnum,
} from './enums.js';

// --- Policies ------------------------------------------------------------------------------------

function policyFields(t: InputFields, create: boolean) {
  return {
    slug: t.string({
      required: create,
      description: 'Stable identifier: lowercase words joined by hyphens, unique among policies.',
    }),
    title: t.string({ required: create, description: 'The full title (at most 500 characters).' }),
    shortName: t.string({
      required: create,
      description: 'The name reporters use, e.g. "CBP One" (at most 100 characters).',
    }),
    kind: t.field({ type: PolicyKindEnum, required: create, description: 'Its legal or administrative form.' }),
    jurisdictionLevel: t.field({
      type: JurisdictionLevelEnum,
      required: create,
      description: 'The level of government it applies at.',
    }),
    jurisdictionName: t.string({
      required: create,
      description: 'The jurisdiction it applies in, e.g. "California" (at most 200 characters).',
    }),
    status: t.field({ type: PolicyStatusEnum, required: create, description: 'Where it stands.' }),
    issuer: t.string({ description: 'Who issued or enacted it (slug of a live actor).' }),
    citations: t.stringList({ description: 'Official citations, e.g. `89 FR 48710` (at most 20).' }),
    summary: t.string({ description: 'What it does, in a few sentences (at most 5,000 characters).' }),
    sources: t.stringList({
      description:
        'Where it is documented or reported (slugs of live sources, at most 50); an update replaces the list.',
    }),
  };
}

const CreatePolicyInput = builder.inputType('CreatePolicyInput', {
  description: 'A new policy; its timeline is written with `createPolicyEvent`.',
  fields: (t) => policyFields(t, true),
});

const UpdatePolicyInput = builder.inputType('UpdatePolicyInput', {
  description: `Changes to a policy. ${updateDescription}`,
  fields: (t) => ({ ...versionFields(t), ...policyFields(t, false) }),
});

const policySchema = z.object({
  slug,
  title: text(500),
  shortName: text(100),
  kind: z.enum(PolicyKind),
  jurisdictionLevel: z.enum(JurisdictionLevel),
  jurisdictionName: text(200),
  status: z.enum(PolicyStatus),
  issuer: slug.nullish(),
  citations: distinctList(text(100), 20).nullish(),
  summary: optionalText(5000),
  sources: distinctList(slug, 50).nullish(),
});
const policyChangeSchema = changeSchema(policySchema);
type PolicyFields = Partial<z.output<typeof policySchema>>;

function policyReferences(input: PolicyFields): Reference[] {
  return [
    ...reference('actor', input.issuer, ['input', 'issuer']),
    ...references('source', input.sources, ['input', 'sources']),
  ];
}

function policyColumns(input: PolicyFields, refs: ResolvedReferences) {
  return {
    columns: {
      slug: input.slug,
      title: input.title,
      shortName: input.shortName,
      kind: input.kind,
      jurisdictionLevel: input.jurisdictionLevel,
      jurisdictionName: input.jurisdictionName,
      status: input.status,
      issuerId: refs.optionalId('actor', input.issuer),
      citations: orEmpty(input.citations, []),
      summary: orEmpty(input.summary, ''),
    },
    sources:
      input.sources === undefined ? undefined : (input.sources ?? []).map((slug) => ({ id: refs.id('source', slug) })),
  };
}

// --- Policy events -------------------------------------------------------------------------------

function policyEventFields(t: InputFields, create: boolean) {
  return {
    policy: t.string({ required: create, description: 'The policy (slug of a live policy).' }),
    kind: t.field({ type: PolicyEventKindEnum, required: create, description: 'What happened.' }),
    date: t.string({
      required: create,
      description: `When it happened; a policy has one event of a kind per date. ${partialDateDescription}`,
    }),
    description: t.string({ description: 'What happened, in a sentence (at most 1,000 characters).' }),
    voteTally: t.string({ description: 'VOTE events only: the tally, e.g. "3–1" (at most 50 characters).' }),
    source: t.string({ description: 'Where the event is documented (slug of a live source).' }),
  };
}

const CreatePolicyEventInput = builder.inputType('CreatePolicyEventInput', {
  description: "A new step in a policy's life. An EFFECTIVE event may move the policy's `effectiveOn`.",
  fields: (t) => policyEventFields(t, true),
});

const UpdatePolicyEventInput = builder.inputType('UpdatePolicyEventInput', {
  description: `Changes to a policy event. ${updateDescription}`,
  fields: (t) => ({ ...versionFields(t), ...policyEventFields(t, false) }),
});

const policyEventSchema = z.object({
  policy: slug,
  kind: z.enum(PolicyEventKind),
  date: partialDate,
  description: optionalText(1000),
  voteTally: text(50).nullish(),
  source: slug.nullish(),
});
const policyEventChangeSchema = changeSchema(policyEventSchema);
type PolicyEventFields = Partial<z.output<typeof policyEventSchema>>;

async function policyEventColumns(
  tx: Transaction,
  input: PolicyEventFields,
  before: { kind: PolicyEventKind; voteTally: string | null } | null,
) {
  const problems = new Problems();
  const kind = input.kind ?? before?.kind;
  const voteTally = input.voteTally === undefined ? before?.voteTally : input.voteTally;
  if (voteTally && kind !== 'VOTE') problems.add(['input', 'voteTally'], 'applies to VOTE events only: set it to null');
  const refs = await resolveReferences(
    tx,
    [
      ...reference('policy', input.policy, ['input', 'policy']),
      ...reference('source', input.source, ['input', 'source']),
    ],
    problems,
  );
  const columns = {
    policyId: input.policy === undefined ? undefined : refs.id('policy', input.policy),
    kind: input.kind,
    date: input.date?.date,
    datePrecision: input.date?.precision,
    description: orEmpty(input.description, ''),
    voteTally: input.voteTally,
    sourceId: refs.optionalId('source', input.source),
  };
  return { columns, refs };
}

// --- Stances -------------------------------------------------------------------------------------

function stanceFields(t: InputFields, create: boolean) {
  return {
    actor: t.string({
      required: create,
      description: 'Who takes the position (slug of a live actor); an actor has one stance per policy.',
    }),
    policy: t.string({ required: create, description: 'The policy (slug of a live policy).' }),
    position: t.field({ type: StancePositionEnum, required: create, description: 'Supports, opposes or mixed.' }),
    statement: t.string({ description: 'The statement that shows the position (slug of a live statement).' }),
    note: t.string({ description: 'How the position was read (at most 1,000 characters).' }),
  };
}

const CreateStanceInput = builder.inputType('CreateStanceInput', {
  description: "An actor's position on a policy.",
  fields: (t) => stanceFields(t, true),
});

const UpdateStanceInput = builder.inputType('UpdateStanceInput', {
  description: `Changes to a stance. ${updateDescription}`,
  fields: (t) => ({ ...versionFields(t), ...stanceFields(t, false) }),
});

const stanceSchema = z.object({
  actor: slug,
  policy: slug,
  position: z.enum(StancePosition),
  statement: slug.nullish(),
  note: optionalText(1000),
});
const stanceChangeSchema = changeSchema(stanceSchema);
type StanceFields = Partial<z.output<typeof stanceSchema>>;

async function stanceColumns(tx: Transaction, input: StanceFields) {
  const refs = await resolveReferences(tx, [
    ...reference('actor', input.actor, ['input', 'actor']),
    ...reference('policy', input.policy, ['input', 'policy']),
    ...reference('statement', input.statement, ['input', 'statement']),
  ]);
  const columns = {
    actorId: input.actor === undefined ? undefined : refs.id('actor', input.actor),
    policyId: input.policy === undefined ? undefined : refs.id('policy', input.policy),
    position: input.position,
    statementId: refs.optionalId('statement', input.statement),
    note: orEmpty(input.note, ''),
  };
  return { columns, refs };
}

// --- Mutations -----------------------------------------------------------------------------------

builder.mutationFields((t) => ({
  createPolicy: t.prismaField({
    type: 'Policy',
    description: 'Adds a policy.',
    ...mutationOptions(policies, 'create'),
    args: { input: t.arg({ type: CreatePolicyInput, required: true, description: 'The new policy.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(policySchema, args.input);
      return writeAndRead(ctx, policies, query, async (write) => {
        const { columns, sources } = policyColumns(input, await resolveReferences(write.tx, policyReferences(input)));
        return createRecord(write, policies, {
          ...columns,
          slug: input.slug,
          title: input.title,
          shortName: input.shortName,
          kind: input.kind,
          jurisdictionLevel: input.jurisdictionLevel,
          jurisdictionName: input.jurisdictionName,
          status: input.status,
          sources: { connect: sources ?? [] },
        });
      });
    },
  }),
  updatePolicy: t.prismaField({
    type: 'Policy',
    description: 'Changes a policy, provided nobody changed it since the version you read.',
    ...mutationOptions(policies, 'update'),
    args: { input: t.arg({ type: UpdatePolicyInput, required: true, description: 'The policy and the changes.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(policyChangeSchema, args.input);
      return writeAndRead(ctx, policies, query, (write) =>
        updateRecord(write, policies, input, async () => {
          const { columns, sources } = policyColumns(input, await resolveReferences(write.tx, policyReferences(input)));
          return { ...columns, sources: sources && { set: sources } };
        }),
      );
    },
  }),
  ...archiveMutations(
    t,
    policies,
    'lists and the records of a month leave it out; its events, stances and the statements naming it keep pointing at it.',
  ),
  createPolicyEvent: t.prismaField({
    type: 'PolicyEvent',
    description: "Adds a step to a policy's timeline.",
    ...mutationOptions(policyEvents, 'create'),
    args: { input: t.arg({ type: CreatePolicyEventInput, required: true, description: 'The new event.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(policyEventSchema, args.input);
      return writeAndRead(ctx, policyEvents, query, async (write) => {
        const { columns, refs } = await policyEventColumns(write.tx, input, null);
        return createRecord(write, policyEvents, {
          ...columns,
          policyId: refs.id('policy', input.policy),
          kind: input.kind,
          date: input.date.date,
          datePrecision: input.date.precision,
        });
      });
    },
  }),
  updatePolicyEvent: t.prismaField({
    type: 'PolicyEvent',
    description: 'Changes a policy event, provided nobody changed it since the version you read.',
    ...mutationOptions(policyEvents, 'update'),
    args: {
      input: t.arg({ type: UpdatePolicyEventInput, required: true, description: 'The event and the changes.' }),
    },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(policyEventChangeSchema, args.input);
      return writeAndRead(ctx, policyEvents, query, (write) =>
        updateRecord(
          write,
          policyEvents,
          input,
          async (before) => (await policyEventColumns(write.tx, input, before)).columns,
        ),
      );
    },
  }),
  ...archiveMutations(t, policyEvents, "it leaves the policy's timeline."),
  createStance: t.prismaField({
    type: 'Stance',
    description: "Records an actor's position on a policy.",
    ...mutationOptions(stances, 'create'),
    args: { input: t.arg({ type: CreateStanceInput, required: true, description: 'The new stance.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(stanceSchema, args.input);
      return writeAndRead(ctx, stances, query, async (write) => {
        const { columns, refs } = await stanceColumns(write.tx, input);
        return createRecord(write, stances, {
          ...columns,
          actorId: refs.id('actor', input.actor),
          policyId: refs.id('policy', input.policy),
          position: input.position,
        });
      });
    },
  }),
  updateStance: t.prismaField({
    type: 'Stance',
    description: 'Changes a stance, provided nobody changed it since the version you read.',
    ...mutationOptions(stances, 'update'),
    args: { input: t.arg({ type: UpdateStanceInput, required: true, description: 'The stance and the changes.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(stanceChangeSchema, args.input);
      return writeAndRead(ctx, stances, query, (write) =>
        updateRecord(write, stances, input, async () => (await stanceColumns(write.tx, input)).columns),
      );
    },
  }),
  ...archiveMutations(t, stances),
}));
