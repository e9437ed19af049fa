// Nested selections must cost the same number of SQL statements for 2 rows as for all of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function statementsFor(query: string, first: number): Promise<string[]> {
  server.sql.length = 0;
  const { errors } = await server.query(query, { first });
  expect(errors).toBeUndefined();
  // Transaction bookkeeping is not a query of ours.
  return server.sql.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim()));
}

describe.each([
  [
    'statements with speaker roles, source, mentions and claims',
    `query ($first: Int) { statements(first: $first) { totalCount edges { node { text
       speaker { name roles { title organization { name } } }
       source { title publisher { name } }
       mentions { actors { name } policies { title issuer { name } events { kind date } } }
       claims { text dataset { slug } } } } } }`,
  ],
  [
    'policies with events, stances and evidence',
    `query ($first: Int) { policies(first: $first) { totalCount edges { node { title effectiveOn
       issuer { name } events { kind date source { title } }
       stances { position actor { name } evidence { text speaker { name } } }
       mentionedIn(first: 5) { totalCount edges { node { text } } } } } } }`,
  ],
  [
    'actors with roles, statements and stances',
    `query ($first: Int) { actors(first: $first) { totalCount edges { node { name parent { name }
       roles { title organization { name } }
       statements(first: 5) { totalCount edges { node { text source { title } } } }
       stances { position policy { title } } } } } }`,
  ],
])('%s', (_name, query) => {
  it('runs the same small number of SQL statements for 2 rows and for all', async () => {
    const few = await statementsFor(query, 2);
    const many = await statementsFor(query, 100);
    expect(many.length).toBe(few.length);
    // Prisma loads each relation level with one `IN (…)` statement: about one per relation selected.
    expect(few.length).toBeLessThanOrEqual(15);
  });
});
