// A statement written with its new source, mentions and claims is one transaction: when its last
// step fails, after the source and the statement were inserted, nothing stays, audit trail included.
// And what a write costs in SQL statements does not grow with the mentions it makes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { write, written } from './mutations.js';

let server: TestServer;
let editor: string;
beforeAll(async () => {
  server = await startTestServer();
  editor = await server.createKey('EDITOR');
});
afterAll(async () => {
  await server?.close();
});

const claim = (slug: string) => ({
  slug,
  text: 'Down 18% in November.',
  assertion: 'PERCENT_CHANGE',
  dataset: 'cbp-southwest',
  filter: { components: ['USBP'] },
  period: '2024-11',
  comparePeriod: '2024-10',
  assertedValue: -18,
});

const statement = (slug: string, mentions: string[], claims: ReturnType<typeof claim>[]) => ({
  slug,
  text: 'Crossings fell again in November.',
  speaker: 'cbp',
  saidOn: '2024-12',
  source: {
    create: {
      slug: `${slug}-source`,
      kind: 'PRESS_RELEASE',
      title: 'November update',
      url: 'https://example.org/november',
      publisher: 'cbp',
      publishedOn: '2024-12-17',
    },
  },
  topics: ['border-crossings'],
  mentions: { actors: mentions, policies: ['securing-the-border'] },
  claims,
});

const fields = 'slug source { slug } mentions { actors { slug } } claims { slug assertion }';

it('writes a statement with its new source, mentions and claims, each audited', async () => {
  const input = statement('cbp-november-update', ['us-border-patrol', 'dhs'], [claim('cbp-november-down-18')]);
  const record = written(await write(server, 'create', 'Statement', input, editor, fields));
  expect(record).toMatchObject({
    slug: 'cbp-november-update',
    source: { slug: 'cbp-november-update-source' },
    claims: [{ slug: 'cbp-november-down-18', assertion: 'PERCENT_CHANGE' }],
  });
  const audit = await server.db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
  expect(audit.map((event) => [event.action, event.entityType, (event.after as { slug: string }).slug])).toEqual([
    ['CREATE', 'Source', 'cbp-november-update-source'],
    ['CREATE', 'Statement', 'cbp-november-update'],
    ['CREATE', 'Claim', 'cbp-november-down-18'],
  ]);
});

it('leaves nothing behind when the last step fails after the first ones were written', async () => {
  const before = await server.db.prisma.auditEvent.count();
  // The second claim's slug is taken: only its INSERT finds out, after the source, the statement and
  // the first claim were inserted.
  const input = statement(
    'cbp-november-update-again',
    ['us-border-patrol'],
    [claim('cbp-november-down-18-again'), claim('usbp-southwest-november-2024-46610')],
  );
  server.sql.length = 0;
  const outcome = await write(server, 'create', 'Statement', input, editor, fields);
  expect(outcome).toMatchObject({
    __typename: 'ValidationError',
    fieldErrors: [{ path: ['input', 'claims', '1', 'slug'], message: 'is already the slug of another claim' }],
  });
  const inserts = server.sql
    .filter((sql) => sql.startsWith('INSERT'))
    .map((sql) => /INTO "public"\."(\w+)"/.exec(sql)?.[1]);
  // Prisma logs the statements that succeeded: the failing INSERT of the second claim is not among them.
  expect(inserts).toEqual(['Source', 'Statement', '_StatementMentionsActor', '_StatementMentionsPolicy', 'Claim']);
  expect(server.sql.some((sql) => sql.includes('ROLLBACK'))).toBe(true);

  const prisma = server.db.prisma;
  expect(await prisma.source.count({ where: { slug: 'cbp-november-update-again-source' } })).toBe(0);
  expect(await prisma.statement.count({ where: { slug: 'cbp-november-update-again' } })).toBe(0);
  expect(await prisma.claim.count({ where: { slug: 'cbp-november-down-18-again' } })).toBe(0);
  expect(await prisma.auditEvent.count()).toBe(before);
  // The claim whose slug was taken is untouched.
  const taken = await prisma.claim.findUniqueOrThrow({
    where: { slug: 'usbp-southwest-november-2024-46610' },
    include: { statement: { select: { slug: true } } },
  });
  expect(taken).toMatchObject({ version: 1, statement: { slug: 'cbp-november-2024-between-ports-46610' } });
});

it('costs the same few SQL statements for 1 mention as for 12', async () => {
  const actors = (
    await server.db.prisma.actor.findMany({ select: { slug: true }, orderBy: { id: 'asc' }, take: 12 })
  ).map((actor) => actor.slug);
  const cost = async (slug: string, mentions: string[]) => {
    server.sql.length = 0;
    written(
      await write(server, 'create', 'Statement', statement(slug, mentions, [claim(`${slug}-claim`)]), editor, 'slug'),
    );
    return server.sql.length;
  };
  const one = await cost('cost-of-one-mention', actors.slice(0, 1));
  const twelve = await cost('cost-of-twelve-mentions', actors);
  expect(twelve).toBe(one);
  // 19 today: the key, one lookup per kind of reference, the inserts and the rows they return, the
  // audit events, the commit and the answer.
  expect(one).toBeLessThanOrEqual(20);
});
