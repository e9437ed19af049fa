// Writing actors and their roles: create, update, archive, restore (see writes/records.ts for how).
import { ActorKind, OrganizationClassification, Prisma } from '@borderdesk/db';
import { z } from 'zod';
import { builder } from '../builder.js';
import {
  changeSchema,
  distinctList,
  optionalText,
  type PartialDate,
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
  storedDate,
  updateDescription,
  versionFields,
} from '../writes/inputs.js';
import { archiveMutations } from '../writes/mutation-fields.js';
import { createRecord, type Transaction, updateRecord, writeAndRead } from '../writes/records.js';
import { reference, resolveReferences } from '../writes/references.js';
import { mutationOptions, ValidationError } from '../writes/results.js';
import { actors, roles } from '../writes/tables.js';
import { ActorKindEnum, OrganizationClassificationEnum } from './enums.js';

// --- Actors --------------------------------------------------------------------------------------

const ActorLinkInput = builder.inputType('ActorLinkInput', {
  description: 'A web page about an actor.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The address, http or https.' }),
    note: t.string({ description: 'What the page is, e.g. "official biography" (at most 200 characters).' }),
  }),
});

function actorFields(t: InputFields, create: boolean) {
  return {
    slug: t.string({
      required: create,
      description: 'Stable identifier: lowercase words joined by hyphens (`tom-homan`), unique among actors.',
    }),
    kind: t.field({ type: ActorKindEnum, required: create, description: 'Person or organization.' }),
    name: t.string({ required: create, description: 'The name as commonly written (at most 200 characters).' }),
    otherNames: t.stringList({
      description: 'Other names: abbreviations, former names, spellings seen in print (at most 50, no repeats).',
    }),
    classification: t.field({
      type: OrganizationClassificationEnum,
      description: 'What kind of organization it is; organizations only.',
    }),
    summary: t.string({ description: 'Who or what this is, in a sentence or two (at most 2,000 characters).' }),
    parent: t.string({
      description:
        'The organization this one is part of (slug of a live organization; not itself or one of its parts).',
    }),
    links: t.field({
      type: [ActorLinkInput],
      description: 'Web pages about the actor (at most 20, each address once); an update replaces the whole list.',
    }),
  };
}

const CreateActorInput = builder.inputType('CreateActorInput', {
  description: 'A new actor: a person or an organization.',
  fields: (t) => actorFields(t, true),
});

const UpdateActorInput = builder.inputType('UpdateActorInput', {
  description: `Changes to an actor. ${updateDescription}`,
  fields: (t) => ({ ...versionFields(t), ...actorFields(t, false) }),
});

const actorSchema = z.object({
  slug,
  kind: z.enum(ActorKind),
  name: text(200),
  otherNames: distinctList(text(200), 50).nullish(),
  classification: z.enum(OrganizationClassification).nullish(),
  summary: optionalText(2000),
  parent: slug.nullish(),
  links: distinctList(z.object({ url: webAddress, note: optionalText(200) }), 20, (link) => link.url).nullish(),
});
const actorChangeSchema = changeSchema(actorSchema);
type ActorFields = Partial<z.output<typeof actorSchema>>;

/** The columns an actor input sets, after checking what the input alone cannot tell. */
async function actorColumns(
  tx: Transaction,
  input: ActorFields,
  before: { id: number; kind: ActorKind; classification: OrganizationClassification | null } | null,
) {
  const problems = new Problems();
  const kind = input.kind ?? before?.kind;
  const classification = input.classification === undefined ? before?.classification : input.classification;
  if (kind === 'PERSON' && classification) {
    problems.add(['input', 'classification'], 'applies to organizations only: set it to null for a person');
  }
  if (before && kind && kind !== before.kind) {
    const held = await kindBound(tx, before.id, kind);
    if (held) problems.add(['input', 'kind'], held);
  }
  const refs = await resolveReferences(
    tx,
    reference('actor', input.parent, ['input', 'parent'], 'ORGANIZATION'),
    problems,
  );
  const parentId = refs.optionalId('actor', input.parent);
  if (before && parentId != null && (await isPartOf(tx, parentId, before.id))) {
    throw new ValidationError([
      {
        path: ['input', 'parent'],
        message: 'is this actor or one of its parts: an organization cannot contain itself',
      },
    ]);
  }
  return {
    slug: input.slug,
    kind: input.kind,
    name: input.name,
    otherNames: orEmpty(input.otherNames, []),
    classification: input.classification,
    summary: orEmpty(input.summary, ''),
    parentId,
    links:
      input.links === undefined ? undefined : (input.links ?? []).map(({ url, note }) => ({ url, note: note ?? '' })),
  };
}

/**
 * Why actor `id` cannot become `kind`, or null: a person who holds roles cannot become an
 * organization, nor an organization with members or parts a person (archived ones count: they
 * can be restored).
 */
async function kindBound(tx: Transaction, id: number, kind: ActorKind): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ roles: boolean; members: boolean; parts: boolean }[]>(Prisma.sql`
    SELECT EXISTS (SELECT FROM "Role" WHERE "personId" = ${id}) AS roles,
      EXISTS (SELECT FROM "Role" WHERE "organizationId" = ${id}) AS members,
      EXISTS (SELECT FROM "Actor" WHERE "parentId" = ${id}) AS parts`);
  if (kind === 'ORGANIZATION' && row?.roles) {
    return 'cannot become ORGANIZATION: the person holds roles (archived ones included); move or archive them first';
  }
  if (kind === 'PERSON' && (row?.members || row?.parts)) {
    return `cannot become PERSON: the organization has ${row.members ? 'members' : 'parts'} (archived ones included); move them first`;
  }
  return null;
}

/**
 * True when `actorId` is `ancestorId` or lies under it (following parents up from `actorId`). The
 * chain is locked FOR SHARE: two editors hanging organizations under each other at once cannot
 * both pass this check (one waits, then fails) and make a loop.
 */
async function isPartOf(tx: Transaction, actorId: number, ancestorId: number): Promise<boolean> {
  const chain = await tx.$queryRaw<{ id: number }[]>(Prisma.sql`
    WITH RECURSIVE up(id, "parentId") AS (
      SELECT id, "parentId" FROM "Actor" WHERE id = ${actorId}
      UNION
      SELECT a.id, a."parentId" FROM "Actor" a JOIN up ON a.id = up."parentId"
    )
    SELECT a.id FROM "Actor" a WHERE a.id IN (SELECT id FROM up) FOR SHARE`);
  return chain.some((row) => row.id === ancestorId);
}

// --- Roles ---------------------------------------------------------------------------------------

function roleFields(t: InputFields, create: boolean) {
  return {
    person: t.string({ required: create, description: 'Who holds the position (slug of a live person).' }),
    organization: t.string({ description: 'Where the position is held (slug of a live organization), if anywhere.' }),
    title: t.string({
      required: create,
      description:
        'The position, e.g. "Border czar" (at most 200 characters); a person holds one role per title and organization.',
    }),
    startDate: t.string({ description: `When the position began. ${partialDateDescription}` }),
    endDate: t.string({
      description: `When it ended; not before \`startDate\` (partial dates compare by their first day). ${partialDateDescription}`,
    }),
    source: t.string({ description: 'Where the role is documented (slug of a live source).' }),
  };
}

const CreateRoleInput = builder.inputType('CreateRoleInput', {
  description: "A person's position in an organization (a Popolo membership).",
  fields: (t) => roleFields(t, true),
});

const UpdateRoleInput = builder.inputType('UpdateRoleInput', {
  description: `Changes to a role. ${updateDescription}`,
  fields: (t) => ({ ...versionFields(t), ...roleFields(t, false) }),
});

const roleSchema = z.object({
  person: slug,
  organization: slug.nullish(),
  title: text(200),
  startDate: partialDate.nullish(),
  endDate: partialDate.nullish(),
  source: slug.nullish(),
});
const roleChangeSchema = changeSchema(roleSchema);
type RoleFields = Partial<z.output<typeof roleSchema>>;

async function roleColumns(
  tx: Transaction,
  input: RoleFields,
  before: { start: PartialDate | null; end: PartialDate | null },
) {
  const problems = new Problems();
  const start = input.startDate === undefined ? before.start : input.startDate;
  const end = input.endDate === undefined ? before.end : input.endDate;
  if (start && end && start.date > end.date) {
    problems.add(
      ['input', input.endDate === undefined ? 'startDate' : 'endDate'],
      'the role cannot end before it starts',
    );
  }
  const refs = await resolveReferences(
    tx,
    [
      ...reference('actor', input.person, ['input', 'person'], 'PERSON'),
      ...reference('actor', input.organization, ['input', 'organization'], 'ORGANIZATION'),
      ...reference('source', input.source, ['input', 'source']),
    ],
    problems,
  );
  const startColumns = dateColumns(input.startDate);
  const endColumns = dateColumns(input.endDate);
  const columns = {
    personId: input.person === undefined ? undefined : refs.id('actor', input.person),
    organizationId: refs.optionalId('actor', input.organization),
    title: input.title,
    startDate: startColumns.date,
    startPrecision: startColumns.precision,
    endDate: endColumns.date,
    endPrecision: endColumns.precision,
    sourceId: refs.optionalId('source', input.source),
  };
  return { columns, refs };
}

// --- Mutations -----------------------------------------------------------------------------------

builder.mutationFields((t) => ({
  createActor: t.prismaField({
    type: 'Actor',
    description: 'Adds an actor: a person or an organization.',
    ...mutationOptions(actors, 'create'),
    args: { input: t.arg({ type: CreateActorInput, required: true, description: 'The new actor.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(actorSchema, args.input);
      return writeAndRead(ctx, actors, query, async (write) => {
        const { links, ...columns } = await actorColumns(write.tx, input, null);
        const data = { ...columns, slug: input.slug, kind: input.kind, name: input.name, links: { create: links } };
        return createRecord(write, actors, data);
      });
    },
  }),
  updateActor: t.prismaField({
    type: 'Actor',
    description: 'Changes an actor, provided nobody changed it since the version you read.',
    ...mutationOptions(actors, 'update'),
    args: { input: t.arg({ type: UpdateActorInput, required: true, description: 'The actor and the changes.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(actorChangeSchema, args.input);
      return writeAndRead(ctx, actors, query, (write) =>
        updateRecord(write, actors, input, async (before) => {
          const { links, ...columns } = await actorColumns(write.tx, input, before);
          return { ...columns, links: links && { deleteMany: {}, create: links } };
        }),
      );
    },
  }),
  ...archiveMutations(
    t,
    actors,
    'lists leave it out; records that name it keep naming it, but new ones cannot until it is restored.',
  ),
  createRole: t.prismaField({
    type: 'Role',
    description: "Adds a person's position in an organization.",
    ...mutationOptions(roles, 'create'),
    args: { input: t.arg({ type: CreateRoleInput, required: true, description: 'The new role.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(roleSchema, args.input);
      return writeAndRead(ctx, roles, query, async (write) => {
        const { columns, refs } = await roleColumns(write.tx, input, { start: null, end: null });
        return createRecord(write, roles, { ...columns, personId: refs.id('actor', input.person), title: input.title });
      });
    },
  }),
  updateRole: t.prismaField({
    type: 'Role',
    description: 'Changes a role, provided nobody changed it since the version you read.',
    ...mutationOptions(roles, 'update'),
    args: { input: t.arg({ type: UpdateRoleInput, required: true, description: 'The role and the changes.' }) },
    resolve: (query, _root, args, ctx) => {
      const input = parseInput(roleChangeSchema, args.input);
      return writeAndRead(ctx, roles, query, (write) =>
        updateRecord(write, roles, input, async (before) => {
          const stored = {
            start: storedDate(before.startDate, before.startPrecision),
            end: storedDate(before.endDate, before.endPrecision),
          };
          return (await roleColumns(write.tx, input, stored)).columns;
        }),
      );
    },
  }),
  ...archiveMutations(t, roles),
}));
