// Refused input is a ValidationError result naming every field at fault by its path from `input`;
// an unknown record is a NotFoundError. Nothing refused is written.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { type EditorialType, globalId, type Operation, write } from './mutations.js';

let server: TestServer;
let editor: string;
beforeAll(async () => {
  server = await startTestServer();
  editor = await server.createKey('EDITOR');
});
afterAll(async () => {
  await server?.close();
});

async function refused(operation: Operation, type: EditorialType, input: Record<string, unknown>) {
  const outcome = await write(server, operation, type, input, editor);
  expect(outcome.__typename, JSON.stringify(outcome)).toBe('ValidationError');
  return outcome.fieldErrors;
}

const latimes = 'latimes-2024-12-border-crossings-four-year-low';

it('names each field of an actor that breaks a rule', async () => {
  expect(
    await refused('create', 'Actor', {
      slug: 'Ana López',
      kind: 'PERSON',
      name: '   ',
      otherNames: ['Ana', 'Ana'],
      links: [{ url: 'ftp://example.org/ana' }, { url: 'https://example.org/ana' }, { url: 'https://example.org/ana' }],
    }),
  ).toEqual([
    {
      path: ['input', 'slug'],
      message: 'must be lowercase letters and digits in words joined by single hyphens, e.g. `tom-homan`',
    },
    { path: ['input', 'name'], message: 'must not be blank' },
    { path: ['input', 'otherNames', '1'], message: 'is already in the list' },
    { path: ['input', 'links', '0', 'url'], message: 'must be an http or https address' },
    { path: ['input', 'links', '2'], message: 'is already in the list' },
  ]);
  expect(
    await refused('create', 'Actor', {
      slug: 'ana',
      kind: 'PERSON',
      name: 'Ana',
      classification: 'NGO',
      parent: 'tom-homan',
    }),
  ).toEqual([
    { path: ['input', 'classification'], message: 'applies to organizations only: set it to null for a person' },
    { path: ['input', 'parent'], message: "'tom-homan' is not an organization" },
  ]);
  expect(await refused('create', 'Actor', { slug: 'tom-homan', kind: 'PERSON', name: 'Tom Homan' })).toEqual([
    { path: ['input', 'slug'], message: 'is already the slug of another actor' },
  ]);
  const dhs = await server.db.prisma.actor.findUniqueOrThrow({ where: { slug: 'dhs' } });
  // CBP is part of DHS: DHS cannot become part of CBP.
  expect(await refused('update', 'Actor', { id: globalId('Actor', dhs.id), version: 1, parent: 'cbp' })).toEqual([
    { path: ['input', 'parent'], message: 'is this actor or one of its parts: an organization cannot contain itself' },
  ]);
  expect(await refused('update', 'Actor', { id: globalId('Actor', dhs.id), version: 1, name: null })).toEqual([
    { path: ['input', 'name'], message: 'cannot be cleared: leave it out to keep what is stored' },
  ]);
});

it('names the role dates out of order, wrong kinds of actor and a duplicate role', async () => {
  expect(
    await refused('create', 'Role', {
      person: 'cbp',
      organization: 'tom-homan',
      title: 'Adviser',
      startDate: '2024-05',
      endDate: '2024-04-30',
    }),
  ).toEqual([
    { path: ['input', 'endDate'], message: 'the role cannot end before it starts' },
    { path: ['input', 'person'], message: "'cbp' is not a person" },
    { path: ['input', 'organization'], message: "'tom-homan' is not an organization" },
  ]);
  expect(
    await refused('create', 'Role', { person: 'tom-homan', title: 'Adviser', startDate: '2024-02-30', source: 'nope' }),
  ).toEqual([
    { path: ['input', 'startDate'], message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-11' },
  ]);
  // Partial dates compare by their first day, as stored: "2024-05 to 2024" is out of order, "2024 to 2024-03" is not.
  expect(
    await refused('create', 'Role', { person: 'tom-homan', title: 'Adviser', startDate: '2024-05', endDate: '2024' }),
  ).toEqual([{ path: ['input', 'endDate'], message: 'the role cannot end before it starts' }]);
  const { record } = await write(
    server,
    'create',
    'Role',
    { person: 'tom-homan', title: 'Adviser', startDate: '2024', endDate: '2024-03' },
    editor,
  );
  expect(record?.version).toBe(1);
  expect(
    await refused('create', 'Role', {
      person: 'tom-homan',
      organization: 'incoming-trump-administration',
      title: 'Border czar',
    }),
  ).toEqual([
    {
      path: ['input', 'title'],
      message: 'the person already has a role with this title in this organization (archived ones included)',
    },
  ]);
  // A role in no organization is a duplicate too (the unique index treats NULLs as equal).
  expect(await refused('create', 'Role', { person: 'tom-homan', title: 'Adviser' })).toEqual([
    {
      path: ['input', 'title'],
      message: 'the person already has a role with this title in this organization (archived ones included)',
    },
  ]);
  expect(await server.db.prisma.role.count({ where: { title: 'Adviser', organizationId: null } })).toBe(1);
});

it('names unknown references, a source given twice and incomplete claims of a statement', async () => {
  expect(
    await refused('create', 'Statement', {
      slug: 'new-statement',
      text: 'Something.',
      speaker: 'nobody-we-know',
      source: { slug: latimes, create: { slug: 'new-source', kind: 'INTERVIEW', title: 'An interview' } },
      topics: ['Border Crossings'],
      mentions: { actors: ['tom-homan', 'nobody'], policies: ['no-such-policy'] },
      claims: [
        { slug: 'c1', text: 'About 46,000.', assertion: 'VALUE', period: '2024-11' },
        { slug: 'c2', text: 'Lowest since.', assertion: 'RECORD_LOW', period: '2024-11', assertedSince: '2025-01' },
      ],
    }),
  ).toEqual([
    { path: ['input', 'source'], message: 'give exactly one of `slug` and `create`' },
    {
      path: ['input', 'topics', '0'],
      message: 'must be lowercase letters and digits in words joined by single hyphens, e.g. `tom-homan`',
    },
  ]);
  expect(
    await refused('create', 'Statement', {
      slug: 'new-statement',
      text: 'Something.',
      speaker: 'nobody-we-know',
      source: { slug: 'no-such-source' },
      mentions: { actors: ['tom-homan', 'nobody'], policies: ['no-such-policy'] },
      claims: [
        { slug: 'c1', text: 'About 46,000.', assertion: 'VALUE', period: '2024-11', dataset: 'no-such-dataset' },
        { slug: 'c2', text: 'Lowest since.', assertion: 'RECORD_LOW', period: '2024-11', assertedSince: '2025-01' },
      ],
    }),
  ).toEqual([
    { path: ['input', 'claims', '0', 'assertedValue'], message: 'assertedValue is required for VALUE claims.' },
    { path: ['input', 'claims', '1', 'dataset'], message: 'is required for RECORD_LOW claims' },
    {
      path: ['input', 'claims', '1', 'assertedSince'],
      message: 'assertedSince (2025-01) must be before period (2024-11).',
    },
    { path: ['input', 'speaker'], message: "names no actor: 'nobody-we-know'" },
    { path: ['input', 'source', 'slug'], message: "names no source: 'no-such-source'" },
    { path: ['input', 'mentions', 'actors', '1'], message: "names no actor: 'nobody'" },
    { path: ['input', 'mentions', 'policies', '0'], message: "names no policy: 'no-such-policy'" },
    { path: ['input', 'claims', '0', 'dataset'], message: "names no dataset: 'no-such-dataset'" },
  ]);
  expect(await server.db.prisma.statement.count({ where: { slug: 'new-statement' } })).toBe(0);
});

it('names the fields a claim cannot have for its assertion', async () => {
  const statement = 'cbp-november-2024-between-ports-46610';
  expect(
    await refused('create', 'Claim', {
      statement,
      slug: 'not-checkable-with-a-period',
      text: 'Deportations doubled.',
      assertion: 'NOT_CHECKABLE',
      period: '2024-11',
    }),
  ).toEqual([
    { path: ['input', 'notCheckableReason'], message: 'is required for NOT_CHECKABLE claims' },
    { path: ['input', 'period'], message: 'does not apply to NOT_CHECKABLE claims' },
  ]);
  expect(
    await refused('create', 'Claim', {
      statement,
      slug: 'value-with-months-in-its-filter',
      text: '46,610 in November.',
      assertion: 'VALUE',
      dataset: 'ohss-usbp-sector',
      filter: { from: '2024-01', regions: ['SOUTHWEST'] },
      period: '2024-11',
      assertedValue: 46610.12345,
    }),
  ).toEqual([
    {
      path: ['input', 'assertedValue'],
      message: 'assertedValue must be a number below 10,000,000,000 in size with at most 4 decimals.',
    },
  ]);
  expect(
    await refused('create', 'Claim', {
      statement,
      slug: 'value-with-months-in-its-filter',
      text: '46,610 in November.',
      assertion: 'VALUE',
      dataset: 'ohss-usbp-sector',
      filter: { from: '2024-01', regions: ['SOUTHWEST'] },
      period: '2024-11',
      assertedValue: 46610,
    }),
  ).toEqual([
    {
      path: ['input', 'filter', 'from'],
      message: "filter.from does not apply: the claim's period (and comparePeriod) sets the months.",
    },
  ]);
  // A change is checked against the claim as it will be: a VALUE claim turned into a record needs `assertedSince`
  // and must drop the value it no longer asserts.
  const value = await server.db.prisma.claim.findUniqueOrThrow({
    where: { slug: 'usbp-southwest-november-2024-46610' },
  });
  expect(
    await refused('update', 'Claim', { id: globalId('Claim', value.id), version: 1, assertion: 'RECORD_LOW' }),
  ).toEqual([{ path: ['input', 'assertedSince'], message: 'assertedSince is required for RECORD_LOW claims.' }]);
  expect(
    await refused('update', 'Claim', {
      id: globalId('Claim', value.id),
      version: 1,
      assertion: 'RECORD_LOW',
      assertedSince: '2020-07',
    }),
  ).toEqual([{ path: ['input', 'assertedValue'], message: 'assertedValue does not apply to RECORD_LOW claims.' }]);
});

it('names duplicate policy events and stances, and a vote tally on an event that is not a vote', async () => {
  expect(
    await refused('create', 'PolicyEvent', {
      policy: 'securing-the-border',
      kind: 'EFFECTIVE',
      date: '2024-06-05',
      voteTally: '3–1',
    }),
  ).toEqual([{ path: ['input', 'voteTally'], message: 'applies to VOTE events only: set it to null' }]);
  expect(
    await refused('create', 'PolicyEvent', { policy: 'securing-the-border', kind: 'EFFECTIVE', date: '2024-06-05' }),
  ).toEqual([
    {
      path: ['input', 'date'],
      message: 'the policy already has an event of this kind on this date (archived ones included)',
    },
  ]);
  expect(
    await refused('create', 'Stance', { actor: 'troy-a-miller', policy: 'securing-the-border', position: 'OPPOSES' }),
  ).toEqual([
    {
      path: ['input', 'policy'],
      message: 'the actor already has a stance on this policy (archived ones included): update that one',
    },
  ]);
  expect(
    await refused('create', 'Policy', {
      slug: 'a-policy',
      title: 'A policy',
      shortName: 'x'.repeat(101),
      kind: 'STATUTE',
      jurisdictionLevel: 'FEDERAL',
      jurisdictionName: 'United States',
      status: 'ACTIVE',
      sources: [latimes, 'no-such-source', latimes],
    }),
  ).toEqual([
    { path: ['input', 'shortName'], message: 'must be at most 100 characters' },
    { path: ['input', 'sources', '2'], message: 'is already in the list' },
  ]);
});

it('answers an ID of no record with NotFoundError, and a malformed or mistyped ID with a ValidationError', async () => {
  const missing = await write(
    server,
    'update',
    'Actor',
    { id: globalId('Actor', 999_999), version: 1, name: 'X' },
    editor,
  );
  expect(missing).toMatchObject({
    __typename: 'NotFoundError',
    message: `No actor has the ID ${globalId('Actor', 999_999)}.`,
  });
  const stance = await server.db.prisma.stance.findFirstOrThrow();
  expect(await refused('archive', 'Actor', { id: globalId('Stance', stance.id), version: 1 })).toEqual([
    { path: ['input', 'id'], message: 'is the ID of a Stance, not of an Actor' },
  ]);
  expect(await refused('restore', 'PolicyEvent', { id: 'not-an-id', version: 1 })).toEqual([
    { path: ['input', 'id'], message: 'is not a global ID this API returned' },
  ]);
  expect(await server.db.prisma.auditEvent.count()).toBe(1);
});

it('names a text or address field holding a NUL character', async () => {
  expect(
    await refused('create', 'Actor', {
      slug: 'ana-nul',
      kind: 'PERSON',
      name: 'Ana\u0000',
      summary: 'A \u0000 reporter.',
      links: [{ url: 'https://example.org/\u0000' }],
    }),
  ).toEqual([
    { path: ['input', 'name'], message: 'must not contain NUL characters' },
    { path: ['input', 'summary'], message: 'must not contain NUL characters' },
    { path: ['input', 'links', '0', 'url'], message: 'must not contain NUL characters' },
  ]);
  expect(await server.db.prisma.actor.count({ where: { slug: 'ana-nul' } })).toBe(0);
});

it('refuses a change of kind that roles, members or parts contradict', async () => {
  const id = async (slug: string) =>
    globalId('Actor', (await server.db.prisma.actor.findUniqueOrThrow({ where: { slug } })).id);
  // Tom Homan holds roles; CBP has a member (Troy A. Miller) and DHS has parts (CBP, ICE) in the seed.
  expect(await refused('update', 'Actor', { id: await id('tom-homan'), version: 1, kind: 'ORGANIZATION' })).toEqual([
    {
      path: ['input', 'kind'],
      message:
        'cannot become ORGANIZATION: the person holds roles (archived ones included); move or archive them first',
    },
  ]);
  for (const [slug, held] of [
    ['cbp', 'members'],
    ['dhs', 'parts'],
  ] as const) {
    expect(
      await refused('update', 'Actor', { id: await id(slug), version: 1, kind: 'PERSON', classification: null }),
    ).toEqual([
      {
        path: ['input', 'kind'],
        message: `cannot become PERSON: the organization has ${held} (archived ones included); move them first`,
      },
    ]);
  }
  // The CDC has neither.
  const cdc = await write(
    server,
    'update',
    'Actor',
    { id: await id('cdc'), version: 1, kind: 'PERSON', classification: null },
    editor,
    'kind',
  );
  expect(cdc.record).toMatchObject({ kind: 'PERSON', version: 2 });
});
