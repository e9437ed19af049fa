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

describe('parents', () => {
  /** `updatedAt` and `version` of records by slug, read straight from the database. */
  async function stamps(model: 'actor' | 'policy' | 'statement', slugs: string[]) {
    const prisma = server.db.prisma;
    const query = { where: { slug: { in: slugs } }, select: { slug: true, updatedAt: true, version: true } };
    const rows =
      model === 'actor'
        ? await prisma.actor.findMany(query)
        : model === 'policy'
          ? await prisma.policy.findMany(query)
          : await prisma.statement.findMany(query);
    return Object.fromEntries(rows.map((row) => [row.slug, { at: row.updatedAt.getTime(), version: row.version }]));
  }

  it("shows a child's write as its parent's change: updatedAt moves, version does not", async () => {
    const actors = ['stephen-miller', 'america-first-legal', 'donald-trump'];
    const before = { ...(await stamps('actor', actors)), ...(await stamps('policy', ['cbp-one-appointments'])) };
    const statementBefore = await stamps('statement', ['cbp-november-2024-between-ports-46610']);
    const since = new Date().toISOString();

    written(
      await write(
        server,
        'create',
        'Role',
        { person: 'stephen-miller', organization: 'america-first-legal', title: 'Adviser' },
        editor,
      ),
    );
    const stance = written(
      await write(
        server,
        'create',
        'Stance',
        { actor: 'donald-trump', policy: 'cbp-one-appointments', position: 'OPPOSES' },
        editor,
      ),
    );
    written(await write(server, 'archive', 'Stance', { id: stance.id, version: 1 }, editor));
    written(
      await write(
        server,
        'create',
        'Claim',
        {
          statement: 'cbp-november-2024-between-ports-46610',
          slug: 'parents-test-claim',
          text: 'Not checkable.',
          assertion: 'NOT_CHECKABLE',
          notCheckableReason: 'No data.',
        },
        editor,
      ),
    );

    const after = { ...(await stamps('actor', actors)), ...(await stamps('policy', ['cbp-one-appointments'])) };
    for (const slug of [...actors, 'cbp-one-appointments']) {
      expect(after[slug]?.at, slug).toBeGreaterThan(before[slug]?.at ?? Infinity);
      expect(after[slug]?.version, slug).toBe(before[slug]?.version);
    }
    const statementAfter = await stamps('statement', ['cbp-november-2024-between-ports-46610']);
    const [was, is] = [statementBefore, statementAfter].map((s) => s['cbp-november-2024-between-ports-46610']);
    expect(is?.at).toBeGreaterThan(was?.at ?? Infinity);
    expect(is?.version).toBe(was?.version);

    // A partner syncing actors from before these writes learns of all three.
    const partner = await server.createKey('PARTNER');
    const { data, errors } = await server.query(
      'query ($since: DateTime!) { actors(filter: { updatedSince: $since }, first: 100) { edges { node { slug } } } }',
      { since },
      { apiKey: partner },
    );
    expect(errors).toBeUndefined();
    const { edges } = (data as { actors: { edges: { node: { slug: string } }[] } }).actors;
    expect(edges.map(({ node }) => node.slug).sort()).toEqual([...actors].sort());
  });

  it("moves a policy's updatedAt when its timeline moves its effective date, and only then", async () => {
    const prisma = server.db.prisma;
    const policy = await prisma.policy.findUniqueOrThrow({ where: { slug: 'circumvention-of-lawful-pathways' } });
    const effective = await prisma.policyEvent.findFirstOrThrow({ where: { policyId: policy.id, kind: 'EFFECTIVE' } });
    // By hand, as the seed or a script would: the trigger, not the API, keeps the date and its stamp.
    // Rewriting the date as it was fires the trigger but moves nothing.
    await prisma.policyEvent.update({ where: { id: effective.id }, data: { date: effective.date } });
    const same = await prisma.policy.findUniqueOrThrow({ where: { id: policy.id } });
    expect(same.updatedAt).toEqual(policy.updatedAt);

    await prisma.policyEvent.update({ where: { id: effective.id }, data: { date: new Date('2023-05-12') } });
    const moved = await prisma.policy.findUniqueOrThrow({ where: { id: policy.id } });
    expect(moved.effectiveOn).toEqual(new Date('2023-05-12'));
    expect(moved.updatedAt.getTime()).toBeGreaterThan(policy.updatedAt.getTime());
    expect(moved.version).toBe(policy.version);
  });
});

describe('answers', () => {
  it('are read in the transaction that wrote them, with the version written', async () => {
    const source = await server.db.prisma.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const id = Buffer.from(`Source:${source.id}`).toString('base64');
    server.sql.length = 0;
    const record = written(
      await write(server, 'update', 'Source', { id, version: source.version, title: 'Retitled' }, editor, 'title'),
    );
    expect(record).toMatchObject({ title: 'Retitled', version: source.version + 1 });
    const audited = await server.db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'Source', entityId: source.id },
      orderBy: { id: 'desc' },
    });
    expect((audited.after as { version: number }).version).toBe(record.version);
    // The answer's SELECT comes before the COMMIT.
    const commit = server.sql.findIndex((sql) => sql.includes('COMMIT'));
    const answer = server.sql.findLastIndex((sql) => sql.startsWith('SELECT') && sql.includes('"public"."Source"'));
    expect(commit).toBeGreaterThan(-1);
    expect(answer).toBeGreaterThan(-1);
    expect(answer).toBeLessThan(commit);
  });
});
