// Nested selections must cost the same small number of SQL statements for 5 rows as for 50, filtered
// or not. The seed has fewer than 50 statements, actors and policies, so more are added first, each
// with what the queries follow: speakers with roles, mentions, issuers, events and stances.
import type { PrismaClient } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

const extra = 60;
/** Prisma loads each relation level with one `IN (…)` statement: about one per relation selected. */
const maxStatements = 12;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await addRows(server.db.prisma);
});
afterAll(async () => {
  await server?.close();
});

async function addRows(prisma: PrismaClient): Promise<void> {
  const source = await prisma.source.findUniqueOrThrow({
    where: { slug: 'latimes-2024-12-border-crossings-four-year-low' },
  });
  for (let i = 0; i < extra; i++) {
    const person = await prisma.actor.create({
      data: {
        slug: `extra-person-${i}`,
        kind: 'PERSON',
        name: `Extra Person ${i}`,
        roles: {
          create: [
            { title: 'Analyst', organization: { connect: { slug: 'cbp' } } },
            { title: 'Adviser', organization: { connect: { slug: 'migration-policy-institute' } } },
          ],
        },
      },
    });
    const policy = await prisma.policy.create({
      data: {
        slug: `extra-policy-${i}`,
        title: `Extra policy ${i}`,
        shortName: `Extra ${i}`,
        kind: 'FEDERAL_RULE',
        jurisdictionLevel: 'FEDERAL',
        jurisdictionName: 'United States',
        status: 'ACTIVE',
        issuer: { connect: { id: person.id } },
        events: {
          create: [
            { kind: 'SIGNED', date: new Date(Date.UTC(2024, 0, 1 + i)) },
            { kind: 'EFFECTIVE', date: new Date(Date.UTC(2024, 1, 1 + i)) },
          ],
        },
      },
    });
    const statement = await prisma.statement.create({
      data: {
        slug: `extra-statement-${i}`,
        text: `Extra statement ${i}`,
        saidOn: i % 6 === 0 ? null : new Date(Date.UTC(2024, 10, 1 + (i % 28))),
        saidOnPrecision: i % 6 === 0 ? null : 'DAY',
        topics: ['extra', 'enforcement'],
        speaker: { connect: { id: person.id } },
        source: { connect: { id: source.id } },
        mentionedActors: { connect: [{ slug: 'cbp' }, { slug: 'tom-homan' }] },
        mentionedPolicies: { connect: [{ id: policy.id }, { slug: 'securing-the-border' }] },
      },
    });
    await prisma.stance.create({
      data: { actorId: person.id, policyId: policy.id, position: 'SUPPORTS', statementId: statement.id },
    });
  }
}

async function statementsFor(query: string, first: number): Promise<string[]> {
  server.sql.length = 0;
  const { data, errors } = await server.query(query, { first });
  expect(errors).toBeUndefined();
  // The page is as long as asked: N = 50 really loads 50 rows and their relations.
  const connection = Object.values(data ?? {})[0] as { totalCount: number; edges: unknown[] };
  expect(connection.edges).toHaveLength(first);
  expect(connection.totalCount).toBeGreaterThan(50);
  // Transaction bookkeeping is not a query of ours.
  return server.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim()));
}

describe.each([
  [
    'statements with speaker roles and organizations, source, mentioned policies with issuer and events',
    `query ($first: Int) { statements(first: $first) { totalCount edges { node { text
       speaker { name roles { title organization { name } } }
       source { title }
       mentions { policies { title issuer { name } events { kind date } } } } } } }`,
  ],
  [
    'filtered statements, with mentioned actors and claims too',
    `query ($first: Int) { statements(first: $first,
         filter: { topics: ["extra", "sanctuary"], saidOn: { to: "2024-12-31" } },
         orderBy: { field: SAID_ON, direction: ASC }) {
       totalCount edges { node { text
         speaker { name roles { title organization { name } } }
         source { title }
         mentions { actors { name } policies { title issuer { name } events { kind date } } }
         claims { text } } } } }`,
  ],
  [
    'policies with events, stances (actor, evidence) and mentions',
    `query ($first: Int) { policies(first: $first) { totalCount edges { node { title effectiveOn
       issuer { name } events { kind date source { title } }
       stances { position actor { name } evidence { text speaker { name } } }
       mentionedIn(first: 5) { totalCount edges { node { text } } } } } } }`,
  ],
  [
    'filtered policies, with filtered mentions',
    `query ($first: Int) { policies(first: $first,
         filter: { statuses: [ACTIVE], jurisdictionLevels: [FEDERAL], effectiveOn: { from: "2023-01-01" } },
         orderBy: { field: EFFECTIVE_ON }) {
       totalCount edges { node { title events { kind date } stances { position actor { name } evidence { text } }
         mentionedIn(first: 5, filter: { isParaphrase: false }) { totalCount edges { node { text } } } } } } }`,
  ],
  [
    'actors with roles, statements and stances',
    `query ($first: Int) { actors(first: $first) { totalCount edges { node { name parent { name }
       roles { title organization { name } }
       statements(first: 5) { totalCount edges { node { text source { title } } } }
       stances { position policy { title } } } } } }`,
  ],
  [
    'filtered actors, with filtered statements',
    `query ($first: Int) { actors(first: $first, filter: { kind: PERSON, name: "person", organization: "cbp" },
         orderBy: { field: CREATED_AT }) {
       totalCount edges { node { name roles { title organization { name } }
         statements(first: 5, filter: { topics: ["extra"] }) { totalCount edges { node { text } } } } } } }`,
  ],
])('%s', (_name, query) => {
  it(`runs the same ${maxStatements} or fewer SQL statements for 5 rows and for 50`, async () => {
    const few = await statementsFor(query, 5);
    const many = await statementsFor(query, 50);
    expect(many.length).toBe(few.length);
    expect(few.length).toBeLessThanOrEqual(maxStatements);
  });
});
