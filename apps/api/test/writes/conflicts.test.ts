// Optimistic concurrency: a change names the version it was based on; a stale one is a ConflictError
// carrying the record as it is now, and of two editors saving the same version exactly one wins.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { onPostgres } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { globalId, write, written } from './mutations.js';

let server: TestServer;
let editor: string;
beforeAll(async () => {
  server = await startTestServer();
  editor = await server.createKey('EDITOR');
});
afterAll(async () => {
  await server?.close();
});

it('refuses a change from a stale version with the current record, and writes nothing', async () => {
  const policy = await server.db.prisma.policy.findUniqueOrThrow({ where: { slug: 'california-sb-54' } });
  const id = globalId('Policy', policy.id);
  const first = written(
    await write(server, 'update', 'Policy', { id, version: 1, status: 'ENJOINED' }, editor, 'status'),
  );
  expect(first).toMatchObject({ version: 2, status: 'ENJOINED' });

  for (const operation of ['update', 'archive'] as const) {
    const input = operation === 'update' ? { id, version: 1, status: 'RESCINDED' } : { id, version: 1 };
    const stale = await write(server, operation, 'Policy', input, editor, 'status title');
    expect(stale).toMatchObject({
      __typename: 'ConflictError',
      message:
        'This policy is at version 2, not 1: someone changed it since you read it. Nothing was written; merge with `current` and try again.',
      current: { id, version: 2, archivedAt: null, status: 'ENJOINED', title: policy.title },
    });
  }
  const stored = await server.db.prisma.policy.findUniqueOrThrow({ where: { id: policy.id } });
  expect(stored).toMatchObject({ version: 2, status: 'ENJOINED', archivedAt: null });
  expect(await server.db.prisma.auditEvent.count({ where: { entityType: 'Policy', entityId: policy.id } })).toBe(1);
});

it('lets exactly one of two concurrent changes from the same version through', async () => {
  const actor = await server.db.prisma.actor.findUniqueOrThrow({ where: { slug: 'michelle-mittelstadt' } });
  const id = globalId('Actor', actor.id);
  const summaries = ['Edited by the first editor.', 'Edited by the second editor.'];
  const outcomes = await Promise.all(
    summaries.map((summary) => write(server, 'update', 'Actor', { id, version: 1, summary }, editor, 'summary')),
  );

  expect(outcomes.map((outcome) => outcome.__typename).sort()).toEqual(['ConflictError', 'UpdateActorSuccess']);
  const winner = outcomes.find((outcome) => outcome.record);
  const loser = outcomes.find((outcome) => outcome.current);
  expect(winner?.record).toMatchObject({ version: 2 });
  // The loser is shown what the winner wrote.
  expect(loser?.current).toEqual({ id, version: 2, archivedAt: null, summary: winner?.record?.summary });
  const stored = await server.db.prisma.actor.findUniqueOrThrow({ where: { id: actor.id } });
  expect(stored).toMatchObject({ version: 2, summary: winner?.record?.summary });
  const audit = await server.db.prisma.auditEvent.findMany({ where: { entityType: 'Actor', entityId: actor.id } });
  expect(audit.map((event) => [event.action, (event.after as { summary: string }).summary])).toEqual([
    ['UPDATE', stored.summary],
  ]);
});

it('resolves many concurrent archives of one version to a single winner', async () => {
  const source = await server.db.prisma.source.findUniqueOrThrow({ where: { slug: 'federal-register-88-fr-31314' } });
  const input = { id: globalId('Source', source.id), version: 1 };
  const outcomes = await Promise.all(
    Array.from({ length: 6 }, () => write(server, 'archive', 'Source', input, editor)),
  );
  expect(outcomes.filter((outcome) => outcome.__typename === 'ArchiveSourceSuccess')).toHaveLength(1);
  expect(outcomes.filter((outcome) => outcome.__typename === 'ConflictError')).toHaveLength(5);
  expect(await server.db.prisma.auditEvent.count({ where: { entityType: 'Source', entityId: source.id } })).toBe(1);
});

it('refuses a change whose version moves on between its read and its write (the UPDATE decides)', async () => {
  const actor = await server.db.prisma.actor.findUniqueOrThrow({ where: { slug: 'marisa-cianciarulo' } });
  const id = globalId('Actor', actor.id);
  server.sql.length = 0;
  // Another writer holds the row: on PostgreSQL the mutation reads version 1, then its conditional
  // UPDATE waits for the lock and, once the other commits version 2, matches no row. (PGlite runs one
  // transaction at a time, so there the mutation only reads after the commit.)
  let change: ReturnType<typeof write> | undefined;
  await server.db.prisma.$transaction(async (tx) => {
    await tx.actor.update({ where: { id: actor.id }, data: { name: 'Marisa C.', version: { increment: 1 } } });
    change = write(server, 'update', 'Actor', { id, version: 1, name: 'Marisa Cianciarulo (Dean)' }, editor, 'name');
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  expect(await change).toMatchObject({
    __typename: 'ConflictError',
    current: { id, version: 2, name: 'Marisa C.' },
  });
  const updates = server.sql.filter((sql) => sql.startsWith('UPDATE "public"."Actor"'));
  expect(updates).toHaveLength(onPostgres ? 2 : 1);
  expect(await server.db.prisma.auditEvent.count({ where: { entityType: 'Actor', entityId: actor.id } })).toBe(0);
});
