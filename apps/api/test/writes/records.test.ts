// Every editorial type through its four mutations with an EDITOR key: create, update (from the
// version read), archive, restore; each write leaves exactly one audit event, in order, naming the
// key and the request, with the record before and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyPrefix } from '../../src/access/keys.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { lifecycles, rowId, write, written } from './mutations.js';

let server: TestServer;
let editor: string;
beforeAll(async () => {
  server = await startTestServer();
  editor = await server.createKey('EDITOR');
});
afterAll(async () => {
  await server?.close();
});

describe.each(lifecycles)('$type', (lifecycle) => {
  const { type, fields } = lifecycle;

  it('is created, updated, archived and restored, each write audited with before and after', async () => {
    const created = await write(server, 'create', type, lifecycle.create, editor, fields);
    const record = written(created);
    expect(record).toMatchObject({ ...lifecycle.created, version: 1, archivedAt: null });

    const updated = await write(
      server,
      'update',
      type,
      { id: record.id, version: 1, ...lifecycle.update },
      editor,
      fields,
    );
    expect(written(updated)).toMatchObject({ ...lifecycle.updated, version: 2, archivedAt: null });

    const archived = await write(server, 'archive', type, { id: record.id, version: 2 }, editor, fields);
    expect(written(archived)).toMatchObject({ ...lifecycle.updated, version: 3 });
    expect(Date.parse(String(written(archived).archivedAt))).toBeGreaterThan(Date.now() - 60_000);

    const restored = await write(server, 'restore', type, { id: record.id, version: 3 }, editor, fields);
    expect(written(restored)).toMatchObject({ ...lifecycle.updated, version: 4, archivedAt: null });

    const key = await server.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: keyPrefix(editor) } });
    const events = await server.db.prisma.auditEvent.findMany({
      where: { entityType: type, entityId: rowId(record.id) },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE']);
    expect(events.map((event) => event.requestId)).toEqual(
      [created, updated, archived, restored].map(({ response }) => response.headers.get('x-request-id')),
    );
    expect(events.every((event) => event.apiKeyId === key.id)).toBe(true);
    const column = (json: unknown, name: string) => (json as Record<string, unknown> | null)?.[name];
    expect(events.map((event) => [column(event.before, 'version'), column(event.after, 'version')])).toEqual([
      [undefined, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    const [create, update, archive, restore] = events;
    expect(create?.before).toBeNull();
    expect(column(update?.before, lifecycle.audited.column)).toEqual(lifecycle.audited.before);
    expect(column(update?.after, lifecycle.audited.column)).toEqual(lifecycle.audited.after);
    expect(column(archive?.before, 'archivedAt')).toBeNull();
    expect(column(archive?.after, 'archivedAt')).toBe(written(archived).archivedAt);
    expect(column(restore?.after, 'archivedAt')).toBeNull();
    expect(column(restore?.after, 'id')).toBe(rowId(record.id));
  });
});

describe('archiving', () => {
  it('keeps the references of live records, refuses new ones until restored, and is refused twice', async () => {
    const homan = await server.db.prisma.actor.findUniqueOrThrow({ where: { slug: 'tom-homan' } });
    const id = Buffer.from(`Actor:${homan.id}`).toString('base64');
    const archived = written(await write(server, 'archive', 'Actor', { id, version: homan.version }, editor));

    const again = await write(server, 'archive', 'Actor', { id, version: archived.version }, editor, 'slug');
    expect(again).toMatchObject({ __typename: 'ConflictError', current: { id, slug: 'tom-homan' } });
    expect(again.message).toMatch(/already archived/);

    // His statements still name him, with the date he was archived.
    const { data } = await server.query(
      `{ statements(filter: { speakers: ["tom-homan"] }, first: 1) { totalCount } statement: node(id: "${Buffer.from(
        `Statement:${(await server.db.prisma.statement.findFirstOrThrow({ where: { speakerId: homan.id } })).id}`,
      ).toString('base64')}") { ... on Statement { speaker { slug archivedAt } } } }`,
      {},
      { apiKey: editor },
    );
    expect(data).toMatchObject({ statement: { speaker: { slug: 'tom-homan', archivedAt: archived.archivedAt } } });

    const statement = {
      slug: 'homan-after-archive',
      text: 'Said later.',
      speaker: 'tom-homan',
      source: { slug: 'latimes-2024-12-border-crossings-four-year-low' },
    };
    const refused = await write(server, 'create', 'Statement', statement, editor);
    expect(refused.__typename).toBe('ValidationError');
    expect(refused.fieldErrors).toEqual([
      { path: ['input', 'speaker'], message: "names an archived actor: 'tom-homan' (restore it first)" },
    ]);
    const edit = await write(server, 'update', 'Actor', { id, version: archived.version, name: 'T. Homan' }, editor);
    expect(edit.__typename).toBe('ConflictError');
    expect(edit.message).toMatch(/archived: restore it before editing/);

    const restored = written(await write(server, 'restore', 'Actor', { id, version: archived.version }, editor));
    expect(restored.version).toBe(archived.version + 1);
    expect(written(await write(server, 'create', 'Statement', statement, editor, 'slug'))).toMatchObject({
      slug: 'homan-after-archive',
    });
    const notArchived = await write(server, 'restore', 'Actor', { id, version: restored.version }, editor);
    expect(notArchived.__typename).toBe('ConflictError');
  });
});
